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
  /**
   * Ask the object store to encrypt the state at rest (SSE-S3: `x-amz-server-side-encryption`). State holds
   * generated secrets, so the default is true; set false only for a store that rejects the header.
   */
  readonly serverSideEncryption?: boolean;
}

/**
 * OpenTofu's client-side encryption of state and plan files, with a key kept on the sovereign side:
 * emitted as `terraform { encryption { ... } }` when `TERRAFORM_BINARY_NAME=tofu` (Terraform has no
 * such feature; with it, synth warns that the state is only encrypted at rest by the store).
 */
export type StateEncryptionConfig = PassphraseStateEncryptionConfig | OpenBaoStateEncryptionConfig;

interface StateEncryptionCommon {
  /**
   * Read existing unencrypted state once while moving to encryption (an `unencrypted` fallback method);
   * remove it after the first apply. Default false: unencrypted state is refused.
   */
  readonly migrateFromUnencrypted?: boolean;
}

/** A key derived (PBKDF2) from a passphrase the operators keep in the sovereign secret store. */
export interface PassphraseStateEncryptionConfig extends StateEncryptionCommon {
  readonly keyProvider: "pbkdf2";
  /** Root variable that carries the passphrase (`TF_VAR_<name>`); default `state_encryption_passphrase`. */
  readonly passphraseVariable?: string;
}

/** A data key wrapped by an OpenBao transit key on the sovereign side; the token comes from `BAO_TOKEN`. */
export interface OpenBaoStateEncryptionConfig extends StateEncryptionCommon {
  readonly keyProvider: "openbao";
  /** HTTPS address of the OpenBao server, e.g. `https://bao.snc-par-hdh1.pod.ovh.example:8200`. */
  readonly address: string;
  /** Name of the transit key (created beforehand in OpenBao). */
  readonly keyName: string;
  /** Where the transit engine is mounted; OpenTofu's default is `/transit`. */
  readonly transitEnginePath?: string;
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
  /** Spoke virtual networks peered to the hub: research workspaces and the data services (PostgreSQL). */
  readonly spokes: LegacySpokesConfig;
  /** ADLS Gen2 storage accounts holding the datasets, by logical name. Each must be covered by the migration plan. */
  readonly dataStores: readonly LegacyDataStoreConfig[];
  /** Name of the Key Vault (globally unique, 3-24 characters). */
  readonly keyVaultName: string;
  /** PostgreSQL Flexible Server of the portal and catalogue. */
  readonly postgres: LegacyPostgresConfig;
  /** Linux scale set running the researchers' workspaces. */
  readonly workspaces: LegacyWorkspacesConfig;
  /**
   * The Azure subscription (UUID) the estate lives in. Every resource's import ID is computed from it, the
   * resource group and the names, following the azurerm type's documented import format; the provider is
   * pinned to it.
   */
  readonly subscriptionId: string;
  /**
   * Overrides of the computed import IDs, logical name (e.g. `key.pseudonymisation`) → import ID: for what
   * cannot be computed (a Key Vault key's versioned URL, an existing role assignment's GUID) or lives
   * elsewhere than the code assumes. An entry naming no resource is refused.
   */
  readonly importIds?: Readonly<Record<string, string>>;
  /**
   * Logical names of resources this environment creates instead of importing (they do not exist in Azure
   * yet); resources within them are new too. Synth refuses any resource neither imported nor declared new.
   */
  readonly newResources?: readonly string[];
}

/** Address spaces (CIDR) of the spoke virtual networks. */
export interface LegacySpokesConfig {
  readonly research: string;
  readonly data: string;
}

/** One ADLS Gen2 storage account and its containers (file systems). */
export interface LegacyDataStoreConfig {
  /** Logical name used by the migration plan and the import IDs, e.g. `raw`. */
  readonly name: string;
  /** Azure storage account name (globally unique, 3-24 lowercase letters and digits). */
  readonly accountName: string;
  /** Containers (ADLS file systems) of the account. */
  readonly containers: readonly string[];
}

export interface LegacyPostgresConfig {
  /** Server name (globally unique). */
  readonly serverName: string;
  /** SKU, e.g. `GP_Standard_D4ds_v5`. */
  readonly skuName: string;
  /** Storage in MB. */
  readonly storageMb: number;
  /** Zone-redundant high availability (prod). */
  readonly highAvailability: boolean;
  /**
   * The server's databases (the portal's, the catalogue's ...). Each is described in the legacy stack and must
   * be covered by a `database` dataset of the migration plan; it may leave this list only once its dataset is
   * decommissioned with a recorded verification. None by default.
   */
  readonly databases?: readonly string[];
}

export interface LegacyWorkspacesConfig {
  /** VM size, e.g. `Standard_D8s_v5`. */
  readonly vmSize: string;
  readonly instances: number;
  /** Administrator's SSH public key (OpenSSH format): password login is disabled. */
  readonly adminSshPublicKey: string;
}

/** The migration of this environment from the legacy estate to the sovereign target. */
export interface MigrationConfig {
  /** Migration plan file (datasets, phases), relative to the environment file. */
  readonly plan: string;
  /**
   * Date by which every dataset must be cut over (YYYY-MM-DD). Default 2026-12-31. It is also the day the
   * legacy estate's waiver of SecNumCloud ends: past it, the sovereignty policy fails on Azure data.
   */
  readonly deadline?: string;
  /** Sustained copy throughput over the interconnect, in GiB per day, used to estimate the finish date. */
  readonly transferRateGiBPerDay: number;
  /** Days kept between the end of a copy and the cutover (final sync, verification). Default 7. */
  readonly cutoverDays?: number;
  /**
   * Replication and database copy workers on the sovereign side. On Scaleway they get a private network of
   * their own, the environment's last workspace slot (no workspace may use it while the environment migrates).
   */
  readonly worker: MigrationWorkerConfig;
  /** DNS record name of the portal in the sovereign zone (relative, e.g. `portal`). */
  readonly portalRecordName: string;
}

/** The migration's workers (replication, database copy), in the sovereign cloud's own names. */
export interface MigrationWorkerConfig {
  /** The image the workers boot: a Glance image name on OpenStack (e.g. `Debian 12`), an image label on Scaleway (e.g. `debian_bookworm`). */
  readonly imageName: string;
  /** The workers' size: a Nova flavor on OpenStack (e.g. `b3-16`), a commercial type on Scaleway (e.g. `PRO2-XS`). */
  readonly flavorName: string;
  /** Parallel transfers per worker (rclone --transfers). Default 16. */
  readonly transfers?: number;
}

/**
 * The sovereign cloud an environment's landing zone is built on. Each has its own construct family
 * (constructs/sovereign/openstack/, constructs/sovereign/scaleway/) implementing the one blueprint
 * (constructs/sovereign/blueprint.ts).
 */
export type SovereignCloud = "openstack" | "scaleway";

/** The sovereign target of the environment: one cloud's section, chosen by `cloud` (default `openstack`). */
export type SovereignTargetConfig = OpenStackTargetConfig | ScalewayTargetConfig;

/** The sovereign target on an OpenStack cloud (OVHcloud Public Cloud, Bare Metal Pod SecNumCloud, ...). */
export interface OpenStackTargetConfig {
  /** The cloud; `openstack` when absent. */
  readonly cloud?: "openstack";
  /** OpenStack region name, as the cloud spells it (e.g. `EU-WEST-PAR`); must be in the region catalogue. */
  readonly region: string;
  /** Keystone endpoint, e.g. `https://auth.cloud.ovh.net/v3`. Credentials come from the `OS_*` variables. */
  readonly authUrl: string;
  /**
   * Address range that all the environment's private networks are carved from (IPv4 CIDR, /20 or wider):
   * the first half holds the four tiers, the second half one subnet per research workspace slot.
   */
  readonly networkCidr: string;
  /** Name of the cloud's external network: the router's gateway and the public floating IPs come from it. */
  readonly externalNetworkName: string;
  /** Ranges (the operators' VPN egress) allowed to reach the bastion over SSH. Never 0.0.0.0/0 or ::/0. */
  readonly adminSourceCidrs: readonly string[];
  /** Ranges instances may open HTTPS connections to (object storage, key manager and API endpoints, mirrors). */
  readonly httpsEgressCidrs: readonly string[];
  /** The Cinder volume type whose volumes the cloud encrypts; every volume and boot disk uses it. */
  readonly encryptedVolumeType: SovereignVolumeTypeConfig;
  readonly compute: SovereignComputeConfig;
  readonly portal: SovereignPortalConfig;
  /** One research workspace ("espace projet") per approved research project. */
  readonly workspaces: readonly ResearchWorkspaceConfig[];
  /** PostgreSQL on the data tier's servers (installed and configured by cloud-init); defaults apply when absent. */
  readonly database?: SovereignDatabaseConfig;
}

/** The data tier's PostgreSQL: the portal's database and the target of the database copy. */
export interface SovereignDatabaseConfig {
  /**
   * PostgreSQL major version, pinned (package `postgresql-<version>`). Default "16", the legacy server's: logical
   * replication needs the target at the source's major version or later.
   */
  readonly postgresVersion?: "16" | "17";
  /**
   * APT repository serving the PostgreSQL packages (the PGDG layout: `<url> <codename>-pgdg main`), e.g. a mirror
   * inside the qualified region. Default https://apt.postgresql.org/pub/repos/apt.
   */
  readonly aptRepository?: string;
  /**
   * Where the repository's signing key is downloaded from (a mirror's copy, say). Whatever the URL, the key must
   * be the PostgreSQL project's (fingerprint B97B0AFCAA1A47F044F244A07FCC7D46ACCC4CF8) or the install stops.
   * Default https://www.postgresql.org/media/keys/ACCC4CF8.asc.
   */
  readonly aptSigningKeyUrl?: string;
  /** Full backups kept in the object storage (pgBackRest retention). Default 4 (weekly fulls: four weeks). */
  readonly backupRetentionFull?: number;
}

/** A Cinder volume type that encrypts its volumes. */
export interface SovereignVolumeTypeConfig {
  /** Name of the volume type, e.g. OVHcloud's `classic-luks`. */
  readonly name: string;
  /** How it encrypts: only LUKS (front-end encryption with a Barbican-held key) is accepted. */
  readonly encryption: "luks";
}

/** Flavors (by name), image (by name) and sizes of the landing zone's fixed servers. */
export interface SovereignComputeConfig {
  /** Image every server boots from, looked up by name (most recent). */
  readonly imageName: string;
  readonly bastionFlavor: string;
  /** Flavor and count of the researcher portal's servers (application tier, behind the load balancer). */
  readonly portalFlavor: string;
  readonly portalInstances: number;
  /** Flavor and count of the data tier's database servers; each gets a data volume of dataVolumeSizeGb. */
  readonly dataFlavor: string;
  readonly dataInstances: number;
  readonly dataVolumeSizeGb: number;
}

/** The researcher portal's public name, served by Designate. */
export interface SovereignPortalConfig {
  /** DNS zone, fully qualified with its trailing dot, e.g. `dev.hdh.example.`. */
  readonly zone: string;
  /** Host name inside the zone, e.g. `portail`. */
  readonly hostname: string;
  /** Contact e-mail of the zone (SOA). */
  readonly email: string;
  /** Path the load balancer's health monitor requests; default `/healthz`. */
  readonly healthCheckPath?: string;
}

/** An approved research project's isolated workspace. */
export interface ResearchWorkspaceConfig {
  /** Short id used in names, e.g. `cancer-registry-2026`. */
  readonly id: string;
  readonly title?: string;
  /** Index of the workspace's subnet in the second half of networkCidr; keep it for the workspace's life. */
  readonly networkSlot: number;
  /** Flavor of the workspace's servers, looked up by name. */
  readonly flavorName: string;
  readonly instanceCount: number;
  /** Size of the encrypted data volume attached to each of the workspace's servers. */
  readonly volumeSizeGb: number;
  /** Public key for the workspace's keypair; when absent the cloud generates one (its private half stays in the state). */
  readonly sshPublicKey?: string;
}

/** The sovereign target on Scaleway (HDS-certified; SecNumCloud qualification in progress). */
export interface ScalewayTargetConfig {
  readonly cloud: "scaleway";
  /** Scaleway region, e.g. `fr-par` (health data must stay in Paris); must be in the region catalogue. */
  readonly region: string;
  /**
   * Availability zones of the region the zonal resources (servers, volumes, gateway, load balancer) spread
   * over, e.g. `["fr-par-1", "fr-par-2"]`; each must be a zone of `region`. The first holds the public
   * gateway and the load balancer; servers of a fleet go round the list.
   */
  readonly zones: readonly string[];
  /**
   * Address range that all the environment's private networks are carved from (IPv4 CIDR, /20 or wider):
   * the first half holds the four tiers, the second half one private network per research workspace slot.
   */
  readonly networkCidr: string;
  /** Ranges (the operators' VPN egress) allowed to reach the gateway's SSH bastion. Never 0.0.0.0/0 or ::/0. */
  readonly adminSourceCidrs: readonly string[];
  /**
   * The operators' public SSH keys (OpenSSH format), registered as the project's IAM SSH keys: the gateway's
   * SSH bastion and the instances accept them. No key is ever generated here.
   */
  readonly adminSshPublicKeys: readonly string[];
  /** The public gateway: the landing zone's only way out, and its SSH bastion. */
  readonly gateway: ScalewayGatewayConfig;
  readonly compute: ScalewayComputeConfig;
  /** Managed PostgreSQL (Database for PostgreSQL): the portal's and the copied database's home. */
  readonly database: ScalewayDatabaseConfig;
  readonly dataLake: ScalewayDataLakeConfig;
  /** The load balancer in front of the researcher portal. */
  readonly loadBalancer: ScalewayLoadBalancerConfig;
  readonly portal: ScalewayPortalConfig;
  /** One research workspace ("espace projet") per approved research project, each in its own Scaleway project. */
  readonly workspaces: readonly ScalewayResearchWorkspaceConfig[];
}

export interface ScalewayGatewayConfig {
  /** Public Gateway offer, e.g. `VPC-GW-S`. */
  readonly type: string;
  /** Port of the SSH bastion on the gateway's public IP; default Scaleway's 61000. */
  readonly bastionPort?: number;
}

/** Commercial types (by name), image (by label) and sizes of the landing zone's fixed servers. */
export interface ScalewayComputeConfig {
  /** Image label every server boots from, e.g. `debian_bookworm`. */
  readonly image: string;
  /** Commercial type and count of the researcher portal's servers, e.g. `PRO2-S`. */
  readonly portalType: string;
  readonly portalInstances: number;
  /** Size of every server's boot volume (Block Storage); default 20 GB. */
  readonly bootVolumeSizeGb?: number;
  /** IOPS class of the Block Storage volumes: 5000 or 15000. */
  readonly volumeIops: 5000 | 15000;
}

export interface ScalewayDatabaseConfig {
  /** Node type, e.g. `DB-PRO2-XXS`. */
  readonly nodeType: string;
  /** Engine and major version, e.g. `PostgreSQL-16`. */
  readonly engine: string;
  /** A standby node in another zone, with automatic failover. */
  readonly highAvailability: boolean;
  /** Storage (Block Storage, `sbs_5k`) in GB. */
  readonly volumeSizeGb: number;
  /** Days automated backups are kept (1 to 365). Backups stay in the database's region. */
  readonly backupRetentionDays: number;
  /** Hours between two automated backups; default 24. */
  readonly backupFrequencyHours?: number;
}

export interface ScalewayDataLakeConfig {
  /**
   * Object lock of the zones whose data must not change (the raw zone): every new object version is
   * retained for `days` in `mode` (COMPLIANCE: nobody can shorten it; GOVERNANCE: only a privileged bypass).
   */
  readonly immutableRetention: { readonly mode: "GOVERNANCE" | "COMPLIANCE"; readonly days: number };
  /** Days between two automatic rotations of the data lake's Key Manager keys; default 90. */
  readonly keyRotationDays?: number;
}

export interface ScalewayLoadBalancerConfig {
  /** Load Balancer offer, e.g. `LB-S`. */
  readonly type: string;
}

/** The researcher portal's public name, in a Scaleway Domains and DNS zone. */
export interface ScalewayPortalConfig {
  /** The registered domain the zone belongs to, e.g. `hdh.example`. */
  readonly domain: string;
  /** The zone under it, e.g. `dev` for `dev.hdh.example`; empty for the domain's own zone. */
  readonly subdomain: string;
  /** Host name inside the zone, e.g. `portail`. */
  readonly hostname: string;
  /** Path the load balancer's health check requests; default `/healthz`. */
  readonly healthCheckPath?: string;
}

/** An approved research project's isolated workspace on Scaleway. */
export interface ScalewayResearchWorkspaceConfig {
  /** Short id used in names, e.g. `cancer-registry-2026`. */
  readonly id: string;
  readonly title?: string;
  /** Index of the workspace's private network in the second half of networkCidr; keep it for the workspace's life. */
  readonly networkSlot: number;
  /** Commercial type of the workspace's servers, e.g. `POP2-HM-8C-64G`. */
  readonly instanceType: string;
  readonly instanceCount: number;
  /** Size of the LUKS-encrypted data volume attached to each of the workspace's servers. */
  readonly volumeSizeGb: number;
  /** The researchers' public key, authorised on the workspace's servers only (instance tag `AUTHORIZED_KEY`). */
  readonly sshPublicKey?: string;
}

/** Sovereignty policy settings of the environment (see policy/). */
export interface EnvironmentPolicyConfig {
  /** Extra waiver files (config/waivers.schema.json), relative to the environment file. */
  readonly waiverFiles?: readonly string[];
}

/** One environment; `S` narrows its sovereign target to one cloud (see config/sovereign-cloud.ts). */
export interface EnvironmentConfig<S extends SovereignTargetConfig = SovereignTargetConfig> {
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
  /** Client-side state encryption with OpenTofu; optional (see StateEncryptionConfig). */
  readonly stateEncryption?: StateEncryptionConfig;
  readonly legacy: LegacyEstateConfig;
  /** The sovereign landing zone: its cloud (`cloud`, default `openstack`) and that cloud's settings. */
  readonly sovereign: S;
  /** The migration stack; absent for an environment with nothing to migrate. */
  readonly migration?: MigrationConfig;
  /** Sovereignty policy settings; optional. */
  readonly policy?: EnvironmentPolicyConfig;
}

/** An environment whose sovereign target is on OpenStack. */
export type OpenStackEnvironmentConfig = EnvironmentConfig<OpenStackTargetConfig>;
/** An environment whose sovereign target is on Scaleway. */
export type ScalewayEnvironmentConfig = EnvironmentConfig<ScalewayTargetConfig>;
