/**
 * The migration plan of one environment: which legacy data goes where, and how far it got.
 * Plan files live in config/migration/<environment>.json, validated by plan.schema.json and
 * checked by load-plan.ts (transitions, duplicates, references, verification).
 */

/** The phases a dataset goes through, in order. */
export const MIGRATION_PHASES = ["legacy", "replicating", "cutover", "decommissioned"] as const;
export type MigrationPhase = (typeof MIGRATION_PHASES)[number];

/** Where a dataset lives today: one container of one legacy ADLS Gen2 data store. */
export interface LegacyStoreReference {
  /** Logical name of the data store (`legacy.dataStores[].name` of the environment). */
  readonly dataStore: string;
  /** Container (ADLS file system) in that store. */
  readonly container: string;
}

/** One recorded phase change. */
export interface PhaseChange {
  readonly phase: MigrationPhase;
  /** The day the dataset entered the phase (YYYY-MM-DD). */
  readonly since: string;
}

/** Proof that the sovereign copy matches the legacy data, required before decommissioning. */
export interface Verification {
  /** Where the checksum report is kept, e.g. `swift://raw/snds-dcir/_migration/checksum-report.txt`. */
  readonly checksumReport: string;
  /** The day the report was reviewed (YYYY-MM-DD). */
  readonly verifiedOn: string;
}

export interface MigrationDataset {
  /** Unique id, e.g. `snds-dcir`: names the worker, the target prefix and the report line. */
  readonly id: string;
  /** `dataset` (data at rest) or `workload` (data a running service uses, such as the portal's). */
  readonly kind: "dataset" | "workload";
  readonly description?: string;
  readonly legacyStore: LegacyStoreReference;
  /** Logical name of the sovereign data container: `raw`, `pseudonymised`, `extracts` or a workspace container. */
  readonly sovereignContainer: string;
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

export interface MigrationPlan {
  readonly datasets: readonly MigrationDataset[];
}

/** A plan ready to use: its data and the file it came from (named in every error). */
export interface LoadedMigrationPlan {
  readonly plan: MigrationPlan;
  readonly file: string;
}
