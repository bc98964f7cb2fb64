import { ConfigError } from "../../config/config-error";
import type { LegacyEstateConfig } from "../../config/environment";
import type { LoadedMigrationPlan } from "../../config/migration/plan";

/**
 * What the guard lets go: for each legacy data store (by logical name), the containers whose dataset
 * is decommissioned with a recorded verification. Only these may lose prevent_destroy.
 */
export type DestroyableContainers = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The decommission guard. A legacy data store container may leave the configuration only once its
 * dataset is `decommissioned` with a recorded verification (checksum report and date); and every
 * container still configured must be covered by a dataset of the plan, so nothing is forgotten.
 * Throws a ConfigError naming the file and field otherwise.
 */
export function checkDecommissionGuard(legacy: LegacyEstateConfig, environmentFile: string, loaded: LoadedMigrationPlan): DestroyableContainers {
  const destroyable = new Map<string, Set<string>>();
  const covered = new Set<string>();
  loaded.plan.datasets.forEach((dataset, index) => {
    const { dataStore, container } = dataset.legacyStore;
    const source = `${dataStore}/${container}`;
    covered.add(source);
    const verified = dataset.phase === "decommissioned" && dataset.verification !== undefined;
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
