// Shared helpers of the legacy and migration tests that need no stack: load an environment, change it or its
// plan in memory, read synthesized JSON. Synthesizing is helpers.ts's (which loads cdktf and the providers).
import type { EnvironmentConfig, OpenStackEnvironmentConfig } from "../../config/environment";
import type { LoadedEnvironment } from "../../config/load-environment";
import { openStackEnvironment } from "../../config/sovereign-cloud";
import { loadTestEnvironment } from "../helpers/environments";
import { checkMigrationPlan, loadMigrationPlan } from "../../config/migration/load-plan";
import type { BlobDataset, DatabaseDataset, LoadedMigrationPlan, MigrationPlan } from "../../config/migration/plan";

/** Terraform JSON of one stack, parsed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Synthesized = Record<string, any>;

export type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

/** The blob dataset at `index` of a plan (fails the test when it is a database dataset). */
export function blobAt(plan: Mutable<MigrationPlan>, index: number): Mutable<BlobDataset> {
  const dataset = plan.datasets[index];
  if (dataset.kind === "database") throw new Error(`datasets[${index}] is a database dataset`);
  return dataset as Mutable<BlobDataset>;
}

/** The database dataset with this id (fails the test when there is none). */
export function databaseDataset(plan: Mutable<MigrationPlan>, id: string): Mutable<DatabaseDataset> {
  const dataset = plan.datasets.find((d) => d.id === id);
  if (!dataset || dataset.kind !== "database") throw new Error(`no database dataset '${id}'`);
  return dataset as Mutable<DatabaseDataset>;
}

/** A built-in environment and its plan, deep-copied so a test can change them freely. */
export function fixture(name: "dev" | "prod"): { loaded: LoadedEnvironment; environment: Mutable<OpenStackEnvironmentConfig>; plan: Mutable<MigrationPlan>; planFile: string } {
  const loaded = loadTestEnvironment(name);
  const { plan, file } = loadMigrationPlan(loaded.config, loaded.file);
  const environment = openStackEnvironment(loaded.config, loaded.file, "the migration tests");
  return { loaded, environment: structuredClone(environment) as Mutable<OpenStackEnvironmentConfig>, plan: structuredClone(plan) as Mutable<MigrationPlan>, planFile: file };
}

/** Drops the database datasets and the legacy databases (for tests about the blob copy alone). */
export function withoutDatabases(environment: Mutable<EnvironmentConfig>, plan: Mutable<MigrationPlan>): void {
  plan.datasets = plan.datasets.filter((d) => d.kind !== "database");
  environment.legacy.postgres.databases = [];
}

/** Re-checks a changed plan as the loader would (throws the loader's ConfigError). */
export function checkedPlan(plan: unknown, file = "config/migration/test.json"): LoadedMigrationPlan {
  return { plan: checkMigrationPlan(JSON.parse(JSON.stringify(plan)), file), file };
}

/** The resources of one type, as a list of [name, body]. */
export function resourcesOf(json: Synthesized, type: string): [string, Synthesized][] {
  return Object.entries(json.resource?.[type] ?? {});
}

/** The only resource of a type (fails the test when there is not exactly one). */
export function onlyResource(json: Synthesized, type: string): [string, Synthesized] {
  const all = resourcesOf(json, type);
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return all[0];
}

/** Runs `body` and returns the message of the error it throws (fails when it does not throw). */
export function errorOf(body: () => unknown): Error {
  try {
    body();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error, none was thrown");
}

/** A worker's cloud-init (`#cloud-config`), parsed. */
export interface CloudConfig {
  write_files: { path: string; content: string; permissions?: string }[];
  runcmd: string[][];
}

/** The content of one file a cloud-init writes (fails the test when there is none). */
export function file(config: CloudConfig, path: string): string {
  const found = config.write_files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} in the cloud-init`);
  return found.content;
}
