/**
 * The typed configuration of one deployment environment (dev, prod, ...).
 * Environment files live in config/environments/<name>.json and are validated against
 * config/environment.schema.json when loaded (see load-environment.ts).
 */

/** What the environment holds: it decides which qualifications its regions must have. */
export type DataClassification =
  /** Real, pseudonymised health data: needs an EU region qualified SecNumCloud and certified HDS. */
  | "health-data"
  /** Synthetic or test data only: an HDS-certified EU region is enough. */
  | "synthetic";

/** Where Terraform keeps the state of each stack. */
export type StateBackendConfig = LocalStateBackendConfig | S3StateBackendConfig;

/** The default: state files next to the synthesized stacks (terraform.<stack>.tfstate). */
export interface LocalStateBackendConfig {
  readonly type: "local";
}

/**
 * State in an S3-compatible bucket on the sovereign object storage (e.g. OVHcloud Object Storage).
 * The AWS-specific validations are skipped. The endpoint and region must be in a qualified EU
 * region of a non-extraterritorial operator: Azure storage or any AWS/GCP endpoint is refused.
 */
export interface S3StateBackendConfig {
  readonly type: "s3";
  /** HTTPS endpoint of the S3 API, e.g. `https://s3.eu-west-par.io.cloud.ovh.net`. */
  readonly endpoint: string;
  /** Bucket that holds the state files. */
  readonly bucket: string;
  /** Key prefix: each stack's state lives at `<key>/<stack>.tfstate`. */
  readonly key: string;
  /** The object storage region, as the S3 API spells it (e.g. `eu-west-par`). */
  readonly region: string;
  /** Path-style addressing (`endpoint/bucket/key`); most OpenStack object stores need it. Default true. */
  readonly usePathStyle?: boolean;
}

/** The legacy Azure estate of the environment. */
export interface LegacyEstateConfig {
  /** Primary Azure location, e.g. `francecentral`. */
  readonly location: string;
  /** Disaster-recovery Azure location, e.g. `francesouth`. */
  readonly disasterRecoveryLocation: string;
  /** Name of the platform's main resource group. */
  readonly resourceGroupName: string;
  /** Address space of the hub virtual network (CIDR). */
  readonly addressSpace: string;
}

/** The sovereign OpenStack target of the environment. */
export interface SovereignTargetConfig {
  /** OpenStack region name, as the cloud spells it (e.g. `EU-WEST-PAR`); must be in the region catalogue. */
  readonly region: string;
  /** Keystone endpoint, e.g. `https://auth.cloud.ovh.net/v3`. Credentials come from the `OS_*` variables. */
  readonly authUrl: string;
  /** Address range that all the environment's private networks are carved from (CIDR). */
  readonly networkCidr: string;
}

/** Sovereignty policy settings of the environment (see policy/). */
export interface EnvironmentPolicyConfig {
  /** Last day (YYYY-MM-DD) the legacy Azure estate may hold data without SecNumCloud; default 2026-12-31. */
  readonly migrationDeadline?: string;
  /** Extra waiver files (config/waivers.schema.json), relative to the environment file. */
  readonly waiverFiles?: readonly string[];
}

export interface EnvironmentConfig {
  /** Short name, used in resource names and tags, e.g. `dev`. */
  readonly name: string;
  /** What data the environment holds; decides the required qualifications. */
  readonly dataClassification: DataClassification;
  /** Team that owns the environment, written in tags. */
  readonly owner: string;
  /** Migration wave the environment belongs to, written in tags. */
  readonly migrationWave: string;
  /** Extra region catalogue files (the platform's contracted regions), relative to the environment file. */
  readonly regionCatalogues: readonly string[];
  readonly stateBackend: StateBackendConfig;
  readonly legacy: LegacyEstateConfig;
  readonly sovereign: SovereignTargetConfig;
  /** Sovereignty policy settings; optional. */
  readonly policy?: EnvironmentPolicyConfig;
}
