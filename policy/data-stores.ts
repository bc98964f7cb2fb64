/**
 * Which resource types hold data (volumes, buckets, databases, secrets, key vaults ...): the ones that
 * must be encrypted and protected from destroy. Each entry says how its encryption at rest is judged:
 * by a check of rule data-store-encrypted (policy/rules/data-store-encrypted.ts), or why the platform
 * encrypts it by design, with the source. Matched by type-name pattern so new versions of a type count;
 * a test checks that every pattern names at least one type of its provider's schema.
 */

/** The encryption checks rule data-store-encrypted implements, one per kind of store. */
export type EncryptionCheck =
  /** A block volume (OpenStack Cinder, Trove's volume): an encrypted volume type of its cloud. */
  | "volume-type"
  /** A Swift container: versioning, on a cloud the catalogue shows encrypting object storage at rest. */
  | "swift-container"
  /** A Swift object: on a cloud the catalogue shows encrypting object storage at rest. */
  | "cloud-object-storage"
  /** A Manila share: a share type the catalogue lists as encrypted for its cloud. */
  | "share-type"
  /** A Glance image: encrypted (os_encrypt_format and os_encrypt_key_id properties). */
  | "encrypted-image"
  /** A store inside another (a Trove database in its instance, a Managed Database in its instance): the parent's check. */
  | "parent"
  /** An Azure storage account: double encryption and blob versioning. */
  | "storage-account"
  /** An Azure SQL database: transparent data encryption not turned off. */
  | "sql-tde"
  /** A Scaleway bucket: versioning, and a server-side encryption configuration of this configuration for it. */
  | "scaleway-bucket"
  /** A Scaleway object: a customer key (SSE-C), or its bucket's server-side encryption. */
  | "scaleway-object"
  /** A Scaleway Managed Database instance: encryption_at_rest. */
  | "rdb-encryption"
  /** A Scaleway block or instance volume: LUKS-encrypted by the server it is attached to (the provider offers no customer key). */
  | "scaleway-luks-volume"
  /** A store whose encryption at rest nothing documents and no argument sets: not proven (an error, or the classification's `unprovenCloudEncryption`). */
  | "unproven";

export type Encryption = { readonly check: EncryptionCheck; readonly parent?: string; readonly why?: string } | { readonly byDesign: string };

export interface DataStoreKind {
  readonly provider: "openstack" | "azurerm" | "scaleway";
  readonly types: RegExp;
  readonly encryption: Encryption;
}

const AZURE_STORAGE_ENCRYPTION =
  "Azure Storage encrypts every blob, file, table and queue at rest (Storage Service Encryption, which cannot be turned off: https://learn.microsoft.com/azure/storage/common/storage-service-encryption); double encryption and versioning are judged on its storage account";

export const DATA_STORES: readonly DataStoreKind[] = [
  { provider: "openstack", types: /^openstack_blockstorage_volume_v\d$/, encryption: { check: "volume-type" } },
  { provider: "openstack", types: /^openstack_objectstorage_container_v\d$/, encryption: { check: "swift-container" } },
  { provider: "openstack", types: /^openstack_objectstorage_object_v\d$/, encryption: { check: "cloud-object-storage" } },
  { provider: "openstack", types: /^openstack_db_instance_v\d$/, encryption: { check: "volume-type" } },
  { provider: "openstack", types: /^openstack_db_database_v\d$/, encryption: { check: "parent", parent: "instance_id" } },
  { provider: "openstack", types: /^openstack_sharedfilesystem_share_v\d$/, encryption: { check: "share-type" } },
  { provider: "openstack", types: /^openstack_images_image_v\d$/, encryption: { check: "encrypted-image" } },
  {
    provider: "openstack",
    types: /^openstack_keymanager_(secret|container)_v\d$/,
    encryption: {
      byDesign:
        "Barbican stores every secret encrypted under its project's key-encryption key, itself protected by the cloud's crypto plugin or HSM (https://docs.openstack.org/barbican/latest/install/barbican-backend.html); a container holds references to such secrets",
    },
  },
  { provider: "azurerm", types: /^azurerm_storage_account$/, encryption: { check: "storage-account" } },
  { provider: "azurerm", types: /^azurerm_storage_(container|share|blob|table|queue|data_lake_gen2_filesystem)$/, encryption: { byDesign: AZURE_STORAGE_ENCRYPTION } },
  {
    provider: "azurerm",
    types: /^azurerm_managed_disk$/,
    encryption: { byDesign: "Azure encrypts every managed disk at rest (server-side encryption with platform-managed keys, which cannot be turned off: https://learn.microsoft.com/azure/virtual-machines/disk-encryption)" },
  },
  { provider: "azurerm", types: /^azurerm_mssql_database$/, encryption: { check: "sql-tde" } },
  {
    provider: "azurerm",
    types: /^azurerm_mssql_(server|managed_instance)$/,
    encryption: { byDesign: "transparent data encryption encrypts each database of an Azure SQL server or managed instance at rest, on by default (https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-tde-overview; judged on azurerm_mssql_database)" },
  },
  {
    provider: "azurerm",
    types: /^azurerm_(mysql|postgresql)_flexible_(server|server_database|database)$/,
    encryption: { byDesign: "Azure Database for PostgreSQL and MySQL flexible servers encrypt data, backups and logs at rest with AES-256, which cannot be turned off (https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-data-encryption)" },
  },
  {
    provider: "azurerm",
    types: /^azurerm_cosmosdb_(account|sql_database|sql_container|mongo_database|mongo_collection)$/,
    encryption: { byDesign: "Azure Cosmos DB encrypts all data at rest, which cannot be turned off (https://learn.microsoft.com/azure/cosmos-db/database-encryption-at-rest)" },
  },
  {
    provider: "azurerm",
    types: /^azurerm_key_vault(_key|_secret|_certificate)?$/,
    encryption: { byDesign: "Key Vault keeps keys, secrets and certificates encrypted under its HSM-protected key hierarchy, by design (https://learn.microsoft.com/azure/key-vault/general/security-features)" },
  },
  {
    provider: "azurerm",
    types: /^azurerm_(recovery_services|data_protection_backup)_vault$/,
    encryption: { byDesign: "Azure Backup encrypts backup data at rest with platform-managed keys, which cannot be turned off (https://learn.microsoft.com/azure/backup/backup-encryption)" },
  },
  {
    provider: "azurerm",
    types: /^azurerm_redis_cache$/,
    encryption: { byDesign: "Azure Cache for Redis holds data in memory; its persistence files and its disks are encrypted at rest by Azure Storage and disk encryption, by design (https://learn.microsoft.com/azure/azure-cache-for-redis/cache-how-to-encryption)" },
  },
  { provider: "scaleway", types: /^scaleway_object_bucket$/, encryption: { check: "scaleway-bucket" } },
  { provider: "scaleway", types: /^scaleway_object$/, encryption: { check: "scaleway-object" } },
  { provider: "scaleway", types: /^scaleway_rdb_instance$/, encryption: { check: "rdb-encryption" } },
  { provider: "scaleway", types: /^scaleway_rdb_(database|read_replica)$/, encryption: { check: "parent", parent: "instance_id" } },
  { provider: "scaleway", types: /^scaleway_(block|instance)_volume$/, encryption: { check: "scaleway-luks-volume" } },
  { provider: "scaleway", types: /^scaleway_(block|instance)_snapshot$/, encryption: { check: "parent", parent: "volume_id" } },
  {
    provider: "scaleway",
    types: /^scaleway_secret(_version)?$/,
    encryption: { byDesign: "Secret Manager encrypts every secret version at rest, under a Scaleway-managed or a Key Manager key (https://www.scaleway.com/en/developers/api/secret-manager/)" },
  },
  { provider: "scaleway", types: /^scaleway_rdb_(snapshot|database_backup)$/, encryption: { check: "parent", parent: "instance_id" } },
  {
    provider: "scaleway",
    types: /^scaleway_file_filesystem$/,
    encryption: { byDesign: "Scaleway encrypts all File Storage data at rest on its physical disks (https://www.scaleway.com/en/docs/file-storage/faq/, \"How does Scaleway ensure the protection of my data\"), as it manages a Managed Database's encryption key" },
  },
  {
    provider: "scaleway",
    types: /^scaleway_(mongodb_instance|redis_cluster|sdb_sql_database|datawarehouse_deployment|opensearch_deployment|kafka_cluster)$/,
    encryption: { check: "unproven", why: "Scaleway documents no encryption at rest for this product, and its provider has no argument to ask for it" },
  },
  { provider: "scaleway", types: /^scaleway_mongodb_snapshot$/, encryption: { check: "parent", parent: "instance_id" } },
  { provider: "scaleway", types: /^scaleway_datawarehouse_database$/, encryption: { check: "parent", parent: "deployment_id" } },
  {
    provider: "scaleway",
    types: /^scaleway_key_manager_key$/,
    encryption: { byDesign: "Key Manager keeps key material encrypted inside the service; it never leaves it (https://www.scaleway.com/en/docs/key-manager/concepts/)" },
  },
];

const known = new Map<string, DataStoreKind | null>();

/** The data-store kind of a type, if it holds data. */
export function dataStoreKind(type: string): DataStoreKind | undefined {
  let kind = known.get(type);
  if (kind === undefined) known.set(type, (kind = matchingKind(type) ?? null));
  return kind ?? undefined;
}

/** The kind whose pattern a type matches. A function apart: its callback would make every cached answer above allocate a context. */
function matchingKind(type: string): DataStoreKind | undefined {
  return DATA_STORES.find((k) => k.types.test(type));
}

export function isDataStore(type: string): boolean {
  return dataStoreKind(type) !== undefined;
}

/**
 * Scaleway resource types whose name says they may hold data (databases, volumes, snapshots, buckets,
 * file systems, clusters of data products ...) but which hold none themselves, with why: with
 * DATA_STORES, they must cover every such type of the vendored schema (a test derives the list from it),
 * so that a new data product cannot go unjudged.
 */
export const SCALEWAY_DATA_STORE_PATTERN = /(database|mongodb|redis|filesystem|volume|snapshot|bucket|backup|sql|datawarehouse|opensearch|image|kafka|secret|key_manager)/;
export const SCALEWAY_NOT_DATA_STORES: Readonly<Record<string, string>> = {
  scaleway_datawarehouse_user: "a user of a deployment: credentials, not data (judged on its deployment)",
  scaleway_mongodb_user: "a user of an instance: credentials, not data (judged on its instance)",
  scaleway_key_manager_key_material: "imported material of a Key Manager key (judged on the key)",
  scaleway_object_bucket_acl: "access settings of a bucket (judged on the bucket)",
  scaleway_object_bucket_lock_configuration: "a setting of a bucket (judged on the bucket)",
  scaleway_object_bucket_policy: "access settings of a bucket (judged on the bucket)",
  scaleway_object_bucket_server_side_encryption_configuration: "the encryption setting a bucket's check reads",
  scaleway_object_bucket_website_configuration: "a setting of a bucket (judged on the bucket)",
  scaleway_instance_image: "an image names snapshots (scaleway_instance_snapshot, judged) as its volumes",
};
