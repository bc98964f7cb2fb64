import * as path from "node:path";
import type { TerraformStack } from "cdktf";
import type { LegacyEstateConfig } from "../../config/environment";
import { isBlobDataset, isDatabaseDataset, isVerifiedCopy, type LoadedMigrationPlan, type MigrationDataset } from "../../config/migration/plan";
import { MIGRATION_COVERAGE_KEY, type CoveredPart, type CoveredResource, type MigrationCoverageRecord } from "../../policy/review/reconciliation/coverage-record";

/** Azure types of what the legacy code describes and the migration copies. */
export const AZURE_TYPES = {
  storageAccount: "Microsoft.Storage/storageAccounts",
  storageContainer: "Microsoft.Storage/storageAccounts/blobServices/containers",
  postgresServer: "Microsoft.DBforPostgreSQL/flexibleServers",
  postgresDatabase: "Microsoft.DBforPostgreSQL/flexibleServers/databases",
} as const;

function part(name: string, type: string, described: boolean, dataset: MigrationDataset | undefined): CoveredPart {
  return { name, type, described, dataset: dataset?.id ?? null, phase: dataset?.phase ?? null, verified: dataset ? isVerifiedCopy(dataset) : false };
}

/**
 * How a dataset covers an Azure resource: a blob dataset covers its container, and so its storage account
 * (an account is covered when every container the code knows of it, and every container the plan names in
 * it, is covered); a database dataset covers its database, and so the Flexible Server (covered when every
 * database the code knows, and every one the plan names, is covered). Decisions not to copy come as they are.
 */
export function migrationCoverage(legacy: LegacyEstateConfig, loaded: LoadedMigrationPlan | undefined, projectRoot: string): MigrationCoverageRecord {
  const datasets = loaded?.plan.datasets ?? [];
  const covered: CoveredResource[] = legacy.dataStores.map((store) => {
    const ofStore = datasets.filter(isBlobDataset).filter((d) => d.legacyStore.dataStore === store.name);
    const names = [...new Set([...store.containers, ...ofStore.map((d) => d.legacyStore.container)])];
    return {
      type: AZURE_TYPES.storageAccount,
      name: store.accountName,
      parts: names.map((name) => part(name, AZURE_TYPES.storageContainer, store.containers.includes(name), ofStore.find((d) => d.legacyStore.container === name))),
    };
  });
  const server = legacy.postgres;
  const ofServer = datasets.filter(isDatabaseDataset).filter((d) => d.legacyDatabase.server === server.serverName);
  const databases = [...new Set([...(server.databases ?? []), ...ofServer.map((d) => d.legacyDatabase.database)])];
  covered.push({
    type: AZURE_TYPES.postgresServer,
    name: server.serverName,
    parts: databases.map((name) =>
      part(name, AZURE_TYPES.postgresDatabase, (server.databases ?? []).includes(name), ofServer.find((d) => d.legacyDatabase.database === name)),
    ),
  });
  return {
    version: 1,
    planFile: loaded ? path.relative(projectRoot, loaded.file).split(path.sep).join("/") : null,
    covered,
    notCopied: (loaded?.plan.notCopied ?? []).map((d) => ({ ...d })),
  };
}

/** Records the coverage in the stack's synthesized JSON (under "//", which Terraform ignores). */
export function recordMigrationCoverage(stack: TerraformStack, record: MigrationCoverageRecord): void {
  stack.addOverride(`//.${MIGRATION_COVERAGE_KEY}`, record);
}
