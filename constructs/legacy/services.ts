import { Construct } from "constructs";
import { BastionHost } from "@cdktf/provider-azurerm/lib/bastion-host";
import { LinuxVirtualMachineScaleSet } from "@cdktf/provider-azurerm/lib/linux-virtual-machine-scale-set";
import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { PostgresqlFlexibleServer } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server";
import { PostgresqlFlexibleServerConfiguration } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server-configuration";
import { PostgresqlFlexibleServerDatabase } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server-database";
import { Password } from "@cdktf/provider-random/lib/password";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import type { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import type { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import type { LegacyPostgresConfig, LegacyWorkspacesConfig } from "../../config/environment";
import type { LegacyAdoption } from "./adoption";
import { AUDIT_SETTING_NAME } from "./key-vault";
import type { LegacyNames } from "./naming";
import type { PrivateLink } from "./private-link";

interface CommonProps {
  readonly resourceGroup: ResourceGroup;
  readonly names: LegacyNames;
  readonly adoption: LegacyAdoption;
  readonly tags: Record<string, string>;
}

/** The Log Analytics workspace every audit log of the estate goes to: one year of retention, Entra ID access only. */
export function logAnalyticsWorkspace(scope: Construct, props: CommonProps): LogAnalyticsWorkspace {
  const workspace = new LogAnalyticsWorkspace(scope, "log-analytics", {
    name: props.names.logAnalytics,
    resourceGroupName: props.resourceGroup.name,
    location: props.resourceGroup.location,
    sku: "PerGB2018",
    retentionInDays: 365,
    localAuthenticationEnabled: false,
    tags: props.tags,
  });
  props.adoption.adopt(workspace, "logAnalytics", props.adoption.inGroup(props.resourceGroup, "Microsoft.OperationalInsights/workspaces", props.names.logAnalytics), {
    expectedName: props.names.logAnalytics,
  });
  return workspace;
}

export interface LegacyPostgresProps extends CommonProps {
  readonly config: LegacyPostgresConfig;
  readonly tenantId: string;
  readonly delegatedSubnet: Subnet;
  readonly privateLink: PrivateLink;
  readonly logAnalytics: LogAnalyticsWorkspace;
  /**
   * Databases whose dataset is decommissioned with a recorded verification (the decommission guard's answer):
   * only they lose prevent_destroy. None by default.
   */
  readonly destroyableDatabases?: ReadonlySet<string>;
  /** Every database dataset of the server is decommissioned and verified: the server itself may go. Default false. */
  readonly serverDestroyable?: boolean;
  /**
   * A database copy to the sovereign cloud is running (a database dataset is replicating or cut over): PostgreSQL
   * password authentication is switched on beside Entra ID, with a generated administrator password, because
   * the sovereign subscriber connects with a password (an Entra token expires within the hour). Default false.
   */
  readonly databaseCopy?: boolean;
  /** Database datasets being copied (replicating or cut over): sizes the replication slots. Default 1. */
  readonly databasesCopied?: number;
  /**
   * The copy is by logical replication (the target subscribes): the server gets the parameters it needs. False
   * for a snapshot copy (pg_dump), which needs none (constructs/migration/copy-method.ts). Default true.
   */
  readonly logicalReplication?: boolean;
}

/** Azure's default shared_preload_libraries, plus pg_failover_slots (logical slots survive an HA failover). */
export const HA_PRELOAD_LIBRARIES = "pg_cron,pg_stat_statements,pg_failover_slots";

/**
 * The server parameters logical replication needs on Azure (the documented prerequisites): `wal_level=logical`,
 * `max_worker_processes` ≥ 16, a replication slot and a WAL sender per subscription plus its table-sync slots;
 * with zone-redundant HA on PostgreSQL 16, `pg_failover_slots` preloaded and `hot_standby_feedback` so the
 * slots survive a failover.
 */
export function logicalReplicationParameters(databasesCopied: number, highAvailability: boolean): [string, string][] {
  const slots = String(10 + 3 * Math.max(1, databasesCopied));
  return [
    ["wal_level", "logical"],
    ["max_worker_processes", "16"],
    ["max_replication_slots", slots],
    ["max_wal_senders", slots],
    ...(highAvailability ? ([["hot_standby_feedback", "on"], ["shared_preload_libraries", HA_PRELOAD_LIBRARIES]] as [string, string][]) : []),
  ];
}

/** The administrator login the database copy uses to create its replication role and publications. */
export const MIGRATION_ADMINISTRATOR_LOGIN = "hdhmigration";

/** The legacy server's administrator credential while a database copy runs; the password by reference. */
export interface PostgresCopyAdministrator {
  readonly login: string;
  readonly password: string;
}

/**
 * The PostgreSQL Flexible Server of the portal: VNet-integrated (no public access), Entra ID
 * authentication only (password authentication too while a database copy runs), geo-redundant backups
 * (restorable in francesouth), zone-redundant HA in prod; and its databases.
 */
export class LegacyPostgres extends Construct {
  readonly server: PostgresqlFlexibleServer;
  readonly databases: Record<string, PostgresqlFlexibleServerDatabase> = {};
  /** Present while a database copy runs. */
  readonly copyAdministrator?: PostgresCopyAdministrator;
  /** The logical replication parameters, while a database copy runs (applied one after another). */
  readonly parameters: PostgresqlFlexibleServerConfiguration[] = [];

  constructor(scope: Construct, id: string, props: LegacyPostgresProps) {
    super(scope, id);
    const { config } = props;
    // Generated, never written in the code; kept in the state (encrypted at rest on the sovereign bucket).
    const copyPassword = props.databaseCopy ? new Password(this, "copy-administrator-password", { length: 40, special: false }) : undefined;
    if (copyPassword) this.copyAdministrator = { login: MIGRATION_ADMINISTRATOR_LOGIN, password: copyPassword.result };
    this.server = new PostgresqlFlexibleServer(this, "server", {
      name: config.serverName,
      resourceGroupName: props.resourceGroup.name,
      location: props.resourceGroup.location,
      version: "16",
      skuName: config.skuName,
      storageMb: config.storageMb,
      autoGrowEnabled: true,
      zone: "1",
      highAvailability: config.highAvailability ? { mode: "ZoneRedundant", standbyAvailabilityZone: "2" } : undefined,
      backupRetentionDays: 35,
      geoRedundantBackupEnabled: true,
      publicNetworkAccessEnabled: false,
      delegatedSubnetId: props.delegatedSubnet.id,
      privateDnsZoneId: props.privateLink.zones.postgres.id,
      authentication: { activeDirectoryAuthEnabled: true, passwordAuthEnabled: copyPassword !== undefined, tenantId: props.tenantId },
      // Setting a login on a server created without one is an in-place update; changing it afterwards forces a new server.
      administratorLogin: this.copyAdministrator?.login,
      administratorPassword: this.copyAdministrator?.password,
      tags: props.tags,
      lifecycle: { preventDestroy: !props.serverDestroyable, ignoreChanges: ["zone", "high_availability[0].standby_availability_zone"] },
    });
    const adoption = props.adoption;
    // Generated by this project for the copy: a value in the state, not an Azure resource, so never imported.
    if (copyPassword) adoption.declareNew(copyPassword, "postgresCopyAdministratorPassword", "generated by this project for the database copy (not an Azure resource)");
    adoption.adopt(this.server, "postgres", adoption.inGroup(props.resourceGroup, "Microsoft.DBforPostgreSQL/flexibleServers", config.serverName), {
      expectedName: config.serverName,
      dependsOn: [props.delegatedSubnet],
    });
    if (props.databaseCopy && props.logicalReplication !== false) {
      // One after another: Azure refuses concurrent changes to a server, and restarts it for the static ones
      // (plan the first apply in a maintenance window).
      for (const [name, value] of logicalReplicationParameters(props.databasesCopied ?? 1, config.highAvailability)) {
        const previous = this.parameters[this.parameters.length - 1];
        const parameter = new PostgresqlFlexibleServerConfiguration(this, `parameter-${name.replace(/_/g, "-")}`, { name, value, serverId: this.server.id, dependsOn: previous ? [previous] : undefined });
        // Imported, not new: every parameter of a Flexible Server already exists (with its default value); azurerm's
        // "create" only sets the value and its destroy resets the default. The import reads today's value, so the
        // plan shows the change (wal_level replica -> logical) on the existing parameter.
        adoption.adopt(parameter, `postgresParameter.${name}`, adoption.childOf(this.server, "configurations", name), { expectedName: name });
        this.parameters.push(parameter);
      }
    }
    for (const name of config.databases ?? []) {
      const database = new PostgresqlFlexibleServerDatabase(this, `database-${name}`, {
        name,
        serverId: this.server.id,
        charset: "UTF8",
        collation: "en_US.utf8",
        // Both force a new database: an adopted database keeps what it was created with.
        lifecycle: { preventDestroy: !(props.destroyableDatabases?.has(name) ?? false), ignoreChanges: ["charset", "collation"] },
      });
      // The data to copy: it exists, so it is imported.
      adoption.adopt(database, `postgresDatabase.${name}`, adoption.childOf(this.server, "databases", name), { expectedName: name });
      this.databases[name] = database;
    }
    const audit = new MonitorDiagnosticSetting(this, "audit", {
      name: AUDIT_SETTING_NAME,
      targetResourceId: this.server.id,
      logAnalyticsWorkspaceId: props.logAnalytics.id,
      enabledLog: [{ categoryGroup: "audit" }],
    });
    adoption.adopt(audit, "diagnosticSetting.postgres", adoption.diagnosticSettingOf(this.server, AUDIT_SETTING_NAME), {
      expectedName: AUDIT_SETTING_NAME,
      dependsOn: [props.logAnalytics],
    });
  }
}

export interface ResearchWorkspacesProps extends CommonProps {
  readonly config: LegacyWorkspacesConfig;
  readonly subnet: Subnet;
}

/**
 * The researchers' workspaces: a Linux scale set with no public IP (reached through Bastion), SSH keys
 * only, trusted launch (secure boot, vTPM), encryption at host.
 */
export function researchWorkspaces(scope: Construct, props: ResearchWorkspacesProps): LinuxVirtualMachineScaleSet {
  const { config } = props;
  const adminUsername = "hdhadmin";
  const scaleSet = new LinuxVirtualMachineScaleSet(scope, "workspaces", {
    name: props.names.workspaces,
    resourceGroupName: props.resourceGroup.name,
    location: props.resourceGroup.location,
    sku: config.vmSize,
    instances: config.instances,
    adminUsername,
    disablePasswordAuthentication: true,
    adminSshKey: [{ username: adminUsername, publicKey: config.adminSshPublicKey }],
    sourceImageReference: { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" },
    osDisk: { caching: "ReadWrite", storageAccountType: "Premium_LRS" },
    encryptionAtHostEnabled: true,
    secureBootEnabled: true,
    vtpmEnabled: true,
    upgradeMode: "Manual",
    identity: { type: "SystemAssigned" },
    bootDiagnostics: {},
    networkInterface: [
      {
        name: "workspace-nic",
        primary: true,
        ipConfiguration: [{ name: "internal", primary: true, subnetId: props.subnet.id }],
      },
    ],
    tags: props.tags,
    lifecycle: { ignoreChanges: ["instances"] }, // researchers' demand scales it
  });
  props.adoption.adopt(scaleSet, "workspaces", props.adoption.inGroup(props.resourceGroup, "Microsoft.Compute/virtualMachineScaleSets", props.names.workspaces), {
    expectedName: props.names.workspaces,
    dependsOn: [props.subnet],
  });
  return scaleSet;
}

export interface BastionProps extends CommonProps {
  readonly subnet: Subnet;
}

/** Azure Bastion: the only way in to the workspaces (no public IP on any VM); no shareable links. */
export function bastion(scope: Construct, props: BastionProps): BastionHost {
  const publicIp = new PublicIp(scope, "bastion-public-ip", {
    name: props.names.bastionPublicIp,
    resourceGroupName: props.resourceGroup.name,
    location: props.resourceGroup.location,
    allocationMethod: "Static",
    sku: "Standard",
    zones: ["1", "2", "3"],
    tags: props.tags,
  });
  props.adoption.adopt(publicIp, "bastionPublicIp", props.adoption.inGroup(props.resourceGroup, "Microsoft.Network/publicIPAddresses", props.names.bastionPublicIp), {
    expectedName: props.names.bastionPublicIp,
  });
  const host = new BastionHost(scope, "bastion", {
    name: props.names.bastion,
    resourceGroupName: props.resourceGroup.name,
    location: props.resourceGroup.location,
    sku: "Standard",
    tunnelingEnabled: true,
    shareableLinkEnabled: false,
    ipConnectEnabled: false,
    copyPasteEnabled: false, // keep health data inside the workspaces
    fileCopyEnabled: false,
    ipConfiguration: { name: "bastion", subnetId: props.subnet.id, publicIpAddressId: publicIp.id },
    tags: props.tags,
  });
  props.adoption.adopt(host, "bastion", props.adoption.inGroup(props.resourceGroup, "Microsoft.Network/bastionHosts", props.names.bastion), {
    expectedName: props.names.bastion,
    dependsOn: [publicIp, props.subnet],
  });
  return host;
}
