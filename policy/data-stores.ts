/**
 * Which resource types hold data (volumes, buckets, databases, key vaults ...): the ones that must be
 * encrypted and protected from destroy. Matched by type-name pattern so new types of a provider count.
 */
const DATA_STORE_PATTERNS: readonly RegExp[] = [
  /^openstack_blockstorage_volume_v\d$/,
  /^openstack_objectstorage_(container|object)_v\d$/,
  /^openstack_db_(instance|database)_v\d$/,
  /^openstack_sharedfilesystem_share_v\d$/,
  /^openstack_images_image_v\d$/,
  /^azurerm_storage_(account|container|share|blob|table|queue|data_lake_gen2_filesystem)$/,
  /^azurerm_managed_disk$/,
  /^azurerm_(mssql|mysql_flexible|postgresql_flexible|postgresql|mariadb|cosmosdb_sql|cosmosdb_mongo)_(server|database|account)$/,
  /^azurerm_cosmosdb_account$/,
  /^azurerm_key_vault$/,
  /^azurerm_data_lake_gen2_filesystem$/,
  /^azurerm_(recovery_services|data_protection_backup)_vault$/,
  /^azurerm_redis_cache$/,
];

const known = new Map<string, boolean>();

export function isDataStore(type: string): boolean {
  let dataStore = known.get(type);
  if (dataStore === undefined) {
    dataStore = DATA_STORE_PATTERNS.some((pattern) => pattern.test(type));
    known.set(type, dataStore);
  }
  return dataStore;
}
