import { ConfigError } from "../../config/config-error";
import type { LegacyEstateConfig } from "../../config/environment";
import { isBlobDataset, isDatabaseDataset, isVerifiedDecommissioned, type LoadedMigrationPlan } from "../../config/migration/plan";

/**
 * What the guard lets go: for each legacy data store (by logical name), the containers whose dataset
 * is decommissioned with a recorded verification. Only these may lose prevent_destroy.
 */
export type DestroyableContainers = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The decommission guard. A legacy data store container, or a database of the legacy PostgreSQL server, may
 * leave the configuration only once its dataset is `decommissioned` with a recorded verification (checksum or
 * table report and date); and every container and database still configured must be covered by a dataset of
 * the plan, so nothing is forgotten. Throws a ConfigError naming the file and field otherwise.
 */
export function checkDecommissionGuard(legacy: LegacyEstateConfig, environmentFile: string, loaded: LoadedMigrationPlan): DestroyableContainers {
  checkDatabaseDecommissionGuard(legacy, environmentFile, loaded);
  const destroyable = new Map<string, Set<string>>();
  const covered = new Set<string>();
  loaded.plan.datasets.forEach((dataset, index) => {
    if (!isBlobDataset(dataset)) return;
    const { dataStore, container } = dataset.legacyStore;
    const source = `${dataStore}/${container}`;
    covered.add(source);
    const verified = isVerifiedDecommissioned(dataset);
    const store = legacy.dataStores.find((s) => s.name === dataStore);
    if (!store || !store.containers.includes(container)) {
      if (verified) return; // decommissioned and verified: it may be gone
      throw new ConfigError(
        loaded.file,
        `datasets[${index}].legacyStore`,
        `legacy store '${source}' is not in legacy.dataStores of ${environmentFile}: a legacy data store may leave the configuration only once its dataset is decommissioned with a recorded verification (dataset '${dataset.id}' is ${dataset.phase}); or the reference is mistyped`,
      );
    }
    if (verified) {
      if (!destroyable.has(dataStore)) destroyable.set(dataStore, new Set());
      destroyable.get(dataStore)?.add(container);
    }
  });
  legacy.dataStores.forEach((store, storeIndex) =>
    store.containers.forEach((container, containerIndex) => {
      if (!covered.has(`${store.name}/${container}`)) {
        throw new ConfigError(
          environmentFile,
          `legacy.dataStores[${storeIndex}].containers[${containerIndex}]`,
          `'${store.name}/${container}' has no dataset in the migration plan ${loaded.file}: every legacy data store must be migrated or explicitly decommissioned`,
        );
      }
    }),
  );
  return destroyable;
}

/**
 * The guard for the legacy PostgreSQL server's databases, as for containers: a database dataset names the
 * configured server and one of its `legacy.postgres.databases` (unless decommissioned and verified: then it
 * may be gone), and every configured database has a dataset. Returns the databases that may be destroyed
 * (decommissioned with a recorded verification); throws a ConfigError otherwise.
 */
export function checkDatabaseDecommissionGuard(legacy: LegacyEstateConfig, environmentFile: string, loaded: LoadedMigrationPlan): ReadonlySet<string> {
  const destroyable = new Set<string>();
  const covered = new Set<string>();
  const server = legacy.postgres.serverName;
  const databases = legacy.postgres.databases ?? [];
  loaded.plan.datasets.forEach((dataset, index) => {
    if (!isDatabaseDataset(dataset)) return;
    const source = `${dataset.legacyDatabase.server}/${dataset.legacyDatabase.database}`;
    const verified = isVerifiedDecommissioned(dataset);
    const configured = dataset.legacyDatabase.server === server && databases.includes(dataset.legacyDatabase.database);
    if (configured) covered.add(dataset.legacyDatabase.database);
    if (!configured) {
      if (verified) return; // decommissioned and verified: it may be gone
      throw new ConfigError(
        loaded.file,
        `datasets[${index}].legacyDatabase`,
        `legacy database '${source}' is not in legacy.postgres of ${environmentFile} (server '${server}', databases: ${databases.join(", ") || "none"}): a legacy database may leave the configuration only once its dataset is decommissioned with a recorded verification (dataset '${dataset.id}' is ${dataset.phase}); or the reference is mistyped`,
      );
    }
    if (verified) destroyable.add(dataset.legacyDatabase.database);
  });
  databases.forEach((database, index) => {
    if (!covered.has(database)) {
      throw new ConfigError(
        environmentFile,
        `legacy.postgres.databases[${index}]`,
        `'${server}/${database}' has no database dataset in the migration plan ${loaded.file}: every legacy database must be migrated or explicitly decommissioned`,
      );
    }
  });
  return destroyable;
}
