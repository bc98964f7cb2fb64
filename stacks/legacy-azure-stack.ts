import { TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import type { EnvironmentConfig } from "../config/environment";
import { databaseCopyRunning, isBlobDataset, isDatabaseDataset, isVerifiedDecommissioned, type LoadedMigrationPlan } from "../config/migration/plan";
import { LegacyAdoption } from "../constructs/legacy/adoption";
import { DataLakeStore } from "../constructs/legacy/data-lake-store";
import { LegacyKeyVault } from "../constructs/legacy/key-vault";
import { legacyNames } from "../constructs/legacy/naming";
import { MigrationDnsResolver } from "../constructs/legacy/migration-dns";
import { HubSpokeNetwork } from "../constructs/legacy/network";
import { PrivateLink } from "../constructs/legacy/private-link";
import { bastion, LegacyPostgres, logAnalyticsWorkspace, researchWorkspaces, type PostgresCopyAdministrator } from "../constructs/legacy/services";
import { databaseCopyMethodOf } from "../constructs/migration/copy-method";
import { migrationCoverage, recordMigrationCoverage } from "../constructs/migration/coverage";
import { checkDatabaseDecommissionGuard, checkDecommissionGuard, type DestroyableContainers } from "../constructs/migration/decommission-guard";
import type { LegacyMigrationSource } from "../constructs/migration/legacy-source";
import { findProjectRoot } from "../policy/inputs/project-root";
import { keepProviderLockFile } from "./provider-lock";
import { convertOnceAtSynth } from "./one-conversion";
import { configureStateBackend, configureStateEncryption, requireTerraformVersion } from "./state-backend";
import { declareStackPolicy, environmentPolicy } from "../policy/stack-policy";

export interface LegacyAzureStackProps {
  readonly environment: EnvironmentConfig;
  /** The environment file, named in configuration errors. Default `config/environments/<name>.json`. */
  readonly environmentFile?: string;
  /**
   * The migration plan. With it the decommission guard runs: only containers of decommissioned,
   * verified datasets lose prevent_destroy. Without it every data store is protected.
   */
  readonly migrationPlan?: LoadedMigrationPlan;
}

/**
 * The legacy Azure estate of one environment, as it runs today, adopted by import, never re-created:
 * every resource is imported (its import ID computed from `legacy.subscriptionId`, the resource group
 * and the names; `legacy.importIds` overrides) or declared new, else synth refuses (LegacyAdoption).
 * Credentials come from the usual ARM_* variables (ARM_TENANT_ID, ARM_CLIENT_ID, ...), never from code;
 * the provider is pinned to the environment's subscription. Its synthesized JSON records which dataset
 * of the migration plan covers each data-bearing resource (see constructs/migration/coverage.ts), for the
 * reconciliation with the real Azure inventory (`npm run legacy:reconcile`).
 */
export class LegacyAzureStack extends TerraformStack implements LegacyMigrationSource {
  readonly resourceGroup: ResourceGroup;
  readonly network: HubSpokeNetwork;
  readonly dataStores: Record<string, DataLakeStore>;
  readonly keyVault: LegacyKeyVault;
  readonly postgres: LegacyPostgres;
  /** The adoption of this stack: which logical names exist and which are imported. */
  readonly adoption: LegacyAdoption;

  constructor(scope: Construct, id: string, props: LegacyAzureStackProps) {
    super(scope, id);
    const { environment } = props;
    const legacy = environment.legacy;
    const source = props.environmentFile ?? `config/environments/${environment.name}.json`;
    const plan = props.migrationPlan;
    const destroyable: DestroyableContainers = plan ? checkDecommissionGuard(legacy, source, plan) : new Map();
    const destroyableDatabases = plan ? checkDatabaseDecommissionGuard(legacy, source, plan) : new Set<string>();
    const databaseCopy = databaseCopyRunning(plan?.plan, legacy.postgres.serverName);
    configureStateBackend(this, id, environment.stateBackend);
    configureStateEncryption(this, environment.stateEncryption);
    keepProviderLockFile(this, "legacy-azure");
    convertOnceAtSynth(this);
    requireTerraformVersion(this);
    declareStackPolicy(this, { role: "legacy", ...environmentPolicy(environment) });
    // The import IDs name this subscription: never plan them against another one.
    new AzurermProvider(this, "azurerm", { features: [{}], subscriptionId: legacy.subscriptionId });
    if (databaseCopy) new RandomProvider(this, "random"); // the copy administrator's generated password

    const names = legacyNames(environment);
    const adoption = new LegacyAdoption({ subscriptionId: legacy.subscriptionId, importIds: legacy.importIds, newResources: legacy.newResources, source });
    this.adoption = adoption;
    const tags = { environment: environment.name, owner: environment.owner, "migration-wave": environment.migrationWave };
    const client = new DataAzurermClientConfig(this, "client");

    this.resourceGroup = new ResourceGroup(this, "platform", {
      name: legacy.resourceGroupName,
      location: legacy.location,
      tags,
    });
    adoption.adopt(this.resourceGroup, "resourceGroup", { id: adoption.ids.resourceGroup(legacy.resourceGroupName) }, { expectedName: legacy.resourceGroupName });
    // Where geo-restored backups (PostgreSQL) land in a disaster; the storage accounts replicate there (GZRS).
    const recoveryGroupName = `${legacy.resourceGroupName}-dr`;
    const recoveryGroup = new ResourceGroup(this, "disaster-recovery", {
      name: recoveryGroupName,
      location: legacy.disasterRecoveryLocation,
      tags,
    });
    adoption.adopt(recoveryGroup, "resourceGroup.disasterRecovery", { id: adoption.ids.resourceGroup(recoveryGroupName) }, { expectedName: recoveryGroupName });

    this.network = new HubSpokeNetwork(this, "network", {
      resourceGroup: this.resourceGroup,
      names,
      hubAddressSpace: legacy.addressSpace,
      spokes: legacy.spokes,
      sovereignCidr: environment.sovereign.networkCidr,
      databaseCopy,
      adoption,
      source,
      tags,
    });
    const privateLink = new PrivateLink(this, "private-link", {
      resourceGroup: this.resourceGroup,
      names,
      networks: { hub: this.network.hub, research: this.network.research, data: this.network.data },
      endpointSubnet: this.network.privateEndpointSubnet,
      adoption,
      tags,
    });
    const logAnalytics = logAnalyticsWorkspace(this, { resourceGroup: this.resourceGroup, names, adoption, tags });
    this.keyVault = new LegacyKeyVault(this, "key-vault", {
      name: legacy.keyVaultName,
      tenantId: client.tenantId,
      resourceGroup: this.resourceGroup,
      privateLink,
      logAnalytics,
      adoption,
      tags,
    });
    this.dataStores = {};
    for (const store of legacy.dataStores) {
      this.dataStores[store.name] = new DataLakeStore(this, `data-store-${store.name}`, {
        store,
        resourceGroup: this.resourceGroup,
        privateLink,
        keyVault: this.keyVault.vault,
        encryptionKey: this.keyVault.keys["storage-encryption"],
        adoption,
        destroyableContainers: destroyable.get(store.name) ?? new Set(),
        tags,
      });
    }
    // Cut-over blob datasets: their legacy copy becomes read-only (the sovereign copy is now the reference).
    // (A cut-over database is frozen by the copy worker itself: default_transaction_read_only on the database.)
    for (const dataset of plan?.plan.datasets.filter(isBlobDataset) ?? []) {
      if (dataset.phase === "cutover") this.dataStores[dataset.legacyStore.dataStore]?.freeze(dataset.legacyStore.container, dataset.id);
    }
    const ofServer = plan?.plan.datasets.filter(isDatabaseDataset).filter((d) => d.legacyDatabase.server === legacy.postgres.serverName) ?? [];
    this.postgres = new LegacyPostgres(this, "postgres", {
      config: legacy.postgres,
      tenantId: client.tenantId,
      delegatedSubnet: this.network.postgresSubnet,
      privateLink,
      logAnalytics,
      resourceGroup: this.resourceGroup,
      names,
      adoption,
      tags,
      destroyableDatabases,
      serverDestroyable: ofServer.length > 0 && ofServer.every(isVerifiedDecommissioned),
      databaseCopy,
      databasesCopied: ofServer.filter((d) => d.phase === "replicating" || d.phase === "cutover").length,
      logicalReplication: databaseCopyMethodOf(environment.sovereign) === "logical-replication",
    });
    if (databaseCopy) {
      new MigrationDnsResolver(this, "migration-dns", {
        environmentName: environment.name,
        resourceGroup: this.resourceGroup,
        hub: this.network.hub,
        hubAddressSpace: legacy.addressSpace,
        sovereignCidr: environment.sovereign.networkCidr,
        source,
        tags,
        adoption,
      });
    }
    researchWorkspaces(this, { config: legacy.workspaces, subnet: this.network.workspaceSubnet, resourceGroup: this.resourceGroup, names, adoption, tags });
    bastion(this, { subnet: this.network.bastionSubnet, resourceGroup: this.resourceGroup, names, adoption, tags });
    recordMigrationCoverage(this, migrationCoverage(legacy, plan, findProjectRoot(source) ?? process.cwd()));
    // Refuse, one line each, resources that deploy would create without being declared new; again at
    // synth, for resources added to the stack after construction.
    adoption.check(this);
    this.node.addValidation({ validate: () => (adoption.check(this), []) });
  }

  /** The server's administrator credential while a database copy runs (LegacyMigrationSource). */
  get postgresCopyAdministrator(): PostgresCopyAdministrator | undefined {
    return this.postgres.copyAdministrator;
  }
}
