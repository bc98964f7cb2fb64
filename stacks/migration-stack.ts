import { TerraformOutput, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TimeProvider } from "@cdktf/provider-time/lib/provider";
import { ConfigError } from "../config/config-error";
import type { EnvironmentConfig, MigrationConfig } from "../config/environment";
import { DEFAULT_MIGRATION_DEADLINE } from "../config/migration/load-plan";
import { databaseCopyRunning, isBlobDataset, isDatabaseDataset, sovereignTargetOf, type LoadedMigrationPlan } from "../config/migration/plan";
import { legacyNames } from "../constructs/legacy/naming";
import { migrationDnsResolverAddress } from "../constructs/legacy/migration-dns";
import { postgresSubnetCidr } from "../constructs/legacy/network";
import { DatabaseCopy } from "../constructs/migration/database-copy";
import type { LegacyMigrationSource } from "../constructs/migration/legacy-source";
import { Cutover } from "../constructs/migration/cutover";
import { checkDecommissionGuard } from "../constructs/migration/decommission-guard";
import { Interconnect } from "../constructs/migration/interconnect";
import type { IpsecParameters } from "../constructs/migration/ipsec-parameters";
import { ReplicationWorkers } from "../constructs/migration/replication";
import type { SovereignMigrationTarget } from "../constructs/migration/sovereign-target";
import { MIGRATION_PROGRESS_OUTPUT } from "../policy/review/migration-progress";
import { declareStackPolicy, environmentPolicy } from "../policy/stack-policy";
import { keepProviderLockFile, type StackKind } from "./provider-lock";
import { convertOnceAtSynth } from "./one-conversion";
import { configureStateBackend, configureStateEncryption, requireTerraformVersion } from "./state-backend";

/** The lock file kind of a migration stack to a cloud (OpenStack's is plain `migration`, as first committed). */
function migrationLockKind(cloud: SovereignMigrationTarget["cloud"]): StackKind {
  return cloud === "scaleway" ? "migration-scaleway" : "migration";
}

/** 1 GiB in GB: the plan counts in GiB, the review shows GB. */
const GB_PER_GIB = 1.073741824;

export interface MigrationStackProps {
  /** The environment (its sovereign target on any cloud: the stack knows it only through `target`). */
  readonly environment: EnvironmentConfig;
  /** The environment file, named in configuration errors. */
  readonly environmentFile: string;
  readonly plan: LoadedMigrationPlan;
  /**
   * The sovereign target: the sovereign stack's `migrationTarget` (its resources referenced across stacks), or a
   * function building a target inside this stack (the tests build a small stand-in that way).
   */
  readonly target: SovereignMigrationTarget | ((stack: TerraformStack) => SovereignMigrationTarget);
  /** Tunnel parameters; default DEFAULT_IPSEC_PARAMETERS. */
  readonly ipsecParameters?: IpsecParameters;
  /**
   * The legacy side: the LegacyAzureStack itself (its PostgreSQL copy administrator is referenced across stacks),
   * or a function building a stand-in inside this stack (tests). Needed while a database copy runs.
   */
  readonly source?: LegacyMigrationSource | ((stack: TerraformStack) => LegacyMigrationSource);
}

/**
 * The migration of one environment from Azure to the sovereign cloud: the IPsec interconnect,
 * replication workers for the datasets in `replicating`, the database copy, the cutover of the portal and of
 * the legacy containers, under the decommission guard. Everything it knows of the sovereign cloud comes from
 * its SovereignMigrationTarget (OpenStack, Scaleway). Credentials come from the ARM_* variables and the
 * target cloud's (OS_*, SCW_*).
 */
export class MigrationStack extends TerraformStack {
  readonly target: SovereignMigrationTarget;
  readonly interconnect: Interconnect;
  readonly replication: ReplicationWorkers;
  /** The database copy, while a database dataset replicates or is cut over. */
  readonly databaseCopy?: DatabaseCopy;
  readonly cutover: Cutover;

  constructor(scope: Construct, id: string, props: MigrationStackProps) {
    super(scope, id);
    const { environment, plan } = props;
    const migration: MigrationConfig | undefined = environment.migration;
    if (!migration) throw new ConfigError(props.environmentFile, "migration", "is required for the migration stack");
    checkDecommissionGuard(environment.legacy, props.environmentFile, plan);

    configureStateBackend(this, id, environment.stateBackend);
    configureStateEncryption(this, environment.stateEncryption);
    requireTerraformVersion(this);
    declareStackPolicy(this, { role: "migration", ...environmentPolicy(environment) });
    new AzurermProvider(this, "azurerm", { features: [{}] });
    this.target = typeof props.target === "function" ? props.target(this) : props.target;
    this.target.configureProvider(this);
    // The target cloud's provider is locked beside azurerm's: one lock file per target cloud.
    keepProviderLockFile(this, migrationLockKind(this.target.cloud));
    convertOnceAtSynth(this);
    new RandomProvider(this, "random");
    new TimeProvider(this, "time");
    this.checkTargetReferences(plan);
    const names = legacyNames(environment);
    const azureTags = { environment: environment.name, owner: environment.owner, "migration-wave": environment.migrationWave };
    const sovereignTags = [`environment=${environment.name}`, `owner=${environment.owner}`, `migration-wave=${environment.migrationWave}`];

    const legacy = environment.legacy;
    const copyRunning = databaseCopyRunning(plan.plan, legacy.postgres.serverName);
    const postgresSubnet = postgresSubnetCidr(legacy.spokes, props.environmentFile);
    this.interconnect = new Interconnect(this, "interconnect", {
      environmentName: environment.name,
      legacyNames: names,
      location: legacy.location,
      // The hub (private endpoints, the DNS resolver); and the PostgreSQL subnet while a database copy runs.
      azureCidrs: copyRunning ? [legacy.addressSpace, postgresSubnet] : [legacy.addressSpace],
      azureNetworks: copyRunning ? [legacy.addressSpace, legacy.spokes.data] : [legacy.addressSpace],
      target: this.target,
      parameters: props.ipsecParameters,
      tags: azureTags,
      sovereignTags,
    });
    this.replication = new ReplicationWorkers(this, "replication", {
      environmentName: environment.name,
      legacyNames: names,
      target: this.target,
      worker: migration.worker,
      tags: sovereignTags,
    });
    this.cutover = new Cutover(this, "cutover", { target: this.target, portalRecordName: migration.portalRecordName });

    const storeOf = (name: string) => environment.legacy.dataStores.find((s) => s.name === name);
    for (const dataset of plan.plan.datasets.filter(isBlobDataset)) {
      const store = storeOf(dataset.legacyStore.dataStore);
      if (!store) continue; // gone after a verified decommissioning (the guard checked it)
      if (dataset.phase === "replicating") this.replication.addWorker(dataset, store);
    }
    const copying = plan.plan.datasets
      .filter(isDatabaseDataset)
      .filter((d) => d.legacyDatabase.server === legacy.postgres.serverName && (d.phase === "replicating" || d.phase === "cutover"));
    if (copyRunning) {
      const source = typeof props.source === "function" ? props.source(this) : props.source;
      const administrator = source?.postgresCopyAdministrator;
      // A wiring bug, not bad input: the legacy stack switches the credential on by the same plan rule.
      if (!administrator) throw new Error("migration stack: a database copy runs but the legacy source gives no PostgreSQL copy administrator (pass the legacy stack as `source`)");
      this.databaseCopy = new DatabaseCopy(this, "database-copy", {
        environmentName: environment.name,
        legacyPostgres: { serverName: legacy.postgres.serverName, subnetCidr: postgresSubnet, administrator },
        resolverAddress: migrationDnsResolverAddress(legacy.addressSpace, props.environmentFile).address,
        target: this.target,
        worker: migration.worker,
        sovereignTags,
      });
      for (const dataset of copying) this.databaseCopy.addDatabase(dataset);
    }
    // The portal moves once every workload (data the portal serves) is cut over.
    const workloads = plan.plan.datasets.filter((d) => d.kind === "workload");
    if (workloads.length > 0 && workloads.every((d) => d.phase === "cutover" || d.phase === "decommissioned")) this.cutover.movePortal();
    this.reportProgress(plan, migration);
  }

  /** The plan review (hdh-policy review) shows the migration's progress from this output. */
  private reportProgress(plan: LoadedMigrationPlan, migration: MigrationConfig): void {
    new TerraformOutput(this, MIGRATION_PROGRESS_OUTPUT, {
      description: "Migration progress: each dataset's phase, size and sovereign target, and the deadline.",
      value: {
        deadline: migration.deadline ?? DEFAULT_MIGRATION_DEADLINE,
        datasets: plan.plan.datasets.map((d) => ({
          id: d.id,
          kind: d.kind,
          phase: d.phase,
          sizeGb: Math.round(d.sizeGiB * GB_PER_GIB * 10) / 10,
          target: sovereignTargetOf(d),
        })),
      },
    });
  }

  /** Every dataset's sovereign container (a database dataset's report container) must be one the target declares. */
  private checkTargetReferences(plan: LoadedMigrationPlan): void {
    const known = [...this.target.dataStores];
    plan.plan.datasets.forEach((dataset, index) => {
      const [field, container] = isDatabaseDataset(dataset) ? ["sovereignDatabase.reportContainer", dataset.sovereignDatabase.reportContainer] : ["sovereignContainer", dataset.sovereignContainer];
      if (!known.includes(container)) {
        throw new ConfigError(plan.file, `datasets[${index}].${field}`, `unknown sovereign data container '${container}' (known: ${known.sort().join(", ")})`);
      }
    });
  }
}
