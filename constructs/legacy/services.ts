import { Construct } from "constructs";
import { BastionHost } from "@cdktf/provider-azurerm/lib/bastion-host";
import { LinuxVirtualMachineScaleSet } from "@cdktf/provider-azurerm/lib/linux-virtual-machine-scale-set";
import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { PostgresqlFlexibleServer } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server";
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
}

/**
 * The PostgreSQL Flexible Server of the portal: VNet-integrated (no public access), Entra ID
 * authentication only, geo-redundant backups (restorable in francesouth), zone-redundant HA in prod.
 */
export class LegacyPostgres extends Construct {
  readonly server: PostgresqlFlexibleServer;

  constructor(scope: Construct, id: string, props: LegacyPostgresProps) {
    super(scope, id);
    const { config } = props;
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
      authentication: { activeDirectoryAuthEnabled: true, passwordAuthEnabled: false, tenantId: props.tenantId },
      tags: props.tags,
      lifecycle: { preventDestroy: true, ignoreChanges: ["zone", "high_availability[0].standby_availability_zone"] },
    });
    const adoption = props.adoption;
    adoption.adopt(this.server, "postgres", adoption.inGroup(props.resourceGroup, "Microsoft.DBforPostgreSQL/flexibleServers", config.serverName), {
      expectedName: config.serverName,
      dependsOn: [props.delegatedSubnet],
    });
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
