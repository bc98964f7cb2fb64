/**
 * The migration plan of one environment: which legacy data goes where, and how far it got.
 * Plan files live in config/migration/<environment>.json, validated by plan.schema.json and
 * checked by load-plan.ts (transitions, duplicates, references, verification).
 */

/** The phases a dataset goes through, in order. */
export const MIGRATION_PHASES = ["legacy", "replicating", "cutover", "decommissioned"] as const;
export type MigrationPhase = (typeof MIGRATION_PHASES)[number];

/** Where a blob dataset lives today: one container of one legacy ADLS Gen2 data store. */
export interface LegacyStoreReference {
  /** Logical name of the data store (`legacy.dataStores[].name` of the environment). */
  readonly dataStore: string;
  /** Container (ADLS file system) in that store. */
  readonly container: string;
}

/** Where a database dataset lives today: one database of the legacy PostgreSQL Flexible Server. */
export interface LegacyDatabaseReference {
  /** Azure name of the Flexible Server (`legacy.postgres.serverName` of the environment). */
  readonly server: string;
  /** Database on that server (`legacy.postgres.databases[]`). */
  readonly database: string;
}

/** Where a database dataset lands: a database on the sovereign data tier's PostgreSQL primary. */
export interface SovereignDatabaseReference {
  /** Database name on the sovereign primary (usually the legacy one's). */
  readonly database: string;
  /**
   * Logical name of the sovereign data container (`raw`, `pseudonymised`, `extracts`, ...) that receives the
   * copy's verification report, next to the blob datasets' checksum reports.
   */
  readonly reportContainer: string;
}

/** One recorded phase change. */
export interface PhaseChange {
  readonly phase: MigrationPhase;
  /** The day the dataset entered the phase (YYYY-MM-DD). */
  readonly since: string;
}

/** Proof that the sovereign copy matches the legacy data, required before decommissioning. */
export interface Verification {
  /**
   * Where the report is kept: the checksum report of a blob dataset, e.g.
   * `swift://raw/_migration/snds-dcir/checksum-report.txt` (`s3://` on Scaleway); the per-table row counts and
   * checksums of a database dataset, `<scheme>://<reportContainer>/_migration/<id>/table-checksums.tsv`.
   */
  readonly checksumReport: string;
  /** The day the report was reviewed (YYYY-MM-DD). */
  readonly verifiedOn: string;
}

/** What every kind of dataset has: identity, size, phase and its history, verification. */
interface DatasetCommon {
  /** Unique id, e.g. `snds-dcir`: names the worker, the target prefix and the report line. */
  readonly id: string;
  readonly description?: string;
  /** Size of the data at rest, in GiB. */
  readonly sizeGiB: number;
  /** GiB already copied (for the estimate of a dataset in `replicating`). */
  readonly replicatedGiB?: number;
  /** The current phase: must be the last entry of phaseHistory. */
  readonly phase: MigrationPhase;
  /** Every phase change, oldest first, starting with `legacy`. */
  readonly phaseHistory: readonly PhaseChange[];
  /** Required from `decommissioned` on. */
  readonly verification?: Verification;
}

/** Blob data: one legacy container copied to one sovereign Swift container by an rclone worker. */
export interface BlobDataset extends DatasetCommon {
  /** `dataset` (data at rest) or `workload` (data a running service uses, such as the portal's). */
  readonly kind: "dataset" | "workload";
  readonly legacyStore: LegacyStoreReference;
  /** Logical name of the sovereign data container: `raw`, `pseudonymised`, `extracts` or a workspace container. */
  readonly sovereignContainer: string;
}

/** A PostgreSQL database: copied by logical replication from the legacy Flexible Server to the sovereign data tier. */
export interface DatabaseDataset extends DatasetCommon {
  readonly kind: "database";
  readonly legacyDatabase: LegacyDatabaseReference;
  readonly sovereignDatabase: SovereignDatabaseReference;
}

export type MigrationDataset = BlobDataset | DatabaseDataset;

export function isDatabaseDataset(dataset: MigrationDataset): dataset is DatabaseDataset {
  return dataset.kind === "database";
}

export function isBlobDataset(dataset: MigrationDataset): dataset is BlobDataset {
  return dataset.kind !== "database";
}

/**
 * A legacy Azure resource that holds data but is deliberately not copied (Key Vault HSM keys cannot leave
 * the HSM; audit logs are exported another way ...): an explicit, reasoned, owned and dated decision, so the
 * reconciliation with the Azure inventory never passes it silently.
 */
export interface NotCopiedDecision {
  /** Azure resource type, as `az resource list` spells it, e.g. `Microsoft.KeyVault/vaults`. */
  readonly type: string;
  /** Azure resource name. */
  readonly name: string;
  /** Resource group, when the name alone is ambiguous (disks, snapshots). */
  readonly resourceGroup?: string;
  /** Why the data is not copied, and what replaces it on the sovereign side. */
  readonly reason: string;
  /** Who decided (a team or a role, never a credential). */
  readonly owner: string;
  /** The day of the decision (YYYY-MM-DD). */
  readonly decidedOn: string;
}

export interface MigrationPlan {
  readonly datasets: readonly MigrationDataset[];
  /** Data-bearing legacy resources deliberately not copied; none by default. */
  readonly notCopied?: readonly NotCopiedDecision[];
}

/** A plan ready to use: its data and the file it came from (named in every error). */
export interface LoadedMigrationPlan {
  readonly plan: MigrationPlan;
  readonly file: string;
}

/** Verified as copied: a recorded verification of the final copy (cut over or decommissioned). */
export function isVerifiedCopy(dataset: MigrationDataset): boolean {
  return dataset.verification !== undefined && (dataset.phase === "cutover" || dataset.phase === "decommissioned");
}

/** Decommissioned with a recorded verification: its legacy source may leave the configuration. */
export function isVerifiedDecommissioned(dataset: MigrationDataset): boolean {
  return dataset.phase === "decommissioned" && dataset.verification !== undefined;
}

/** The legacy source of a dataset as one line, e.g. `raw/snds-dcir` or `psql-hdh-prod/portal`. */
export function legacySourceOf(dataset: MigrationDataset): string {
  return isDatabaseDataset(dataset) ? `${dataset.legacyDatabase.server}/${dataset.legacyDatabase.database}` : `${dataset.legacyStore.dataStore}/${dataset.legacyStore.container}`;
}

/** The sovereign target of a dataset as one line, e.g. `raw` or `postgres:portal`. */
export function sovereignTargetOf(dataset: MigrationDataset): string {
  return isDatabaseDataset(dataset) ? `postgres:${dataset.sovereignDatabase.database}` : dataset.sovereignContainer;
}

/** Where the database copy writes a dataset's per-table report, relative to its report container. */
export function databaseReportPath(datasetId: string): string {
  return `_migration/${datasetId}/table-checksums.tsv`;
}

/**
 * How the plan's `verification.checksumReport` names a database dataset's report: `<scheme>://<report store>/...`,
 * the scheme of the sovereign cloud's object storage (`swift`, the default; `s3` on Scaleway).
 */
export function databaseReportReference(dataset: DatabaseDataset, scheme = "swift"): string {
  return `${scheme}://${dataset.sovereignDatabase.reportContainer}/${databaseReportPath(dataset.id)}`;
}

/**
 * A database copy of the server runs: one of its database datasets is replicating or cut over (the cutover
 * run freezes the source, verifies and stops the subscription). The legacy server then accepts password
 * logins and the tunnel reaches it.
 */
export function databaseCopyRunning(plan: MigrationPlan | undefined, serverName: string): boolean {
  return (plan?.datasets ?? []).some((d) => isDatabaseDataset(d) && d.legacyDatabase.server === serverName && (d.phase === "replicating" || d.phase === "cutover"));
}
