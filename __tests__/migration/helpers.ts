// Shared helpers of the legacy and migration tests: load an environment, change it or its plan in
// memory, synthesize the stacks with the stand-in sovereign target, and read the synthesized JSON.
import { App, Testing } from "cdktf";
import type { EnvironmentConfig, OpenStackEnvironmentConfig } from "../../config/environment";
import type { LoadedEnvironment } from "../../config/load-environment";
import { openStackEnvironment } from "../../config/sovereign-cloud";
import { loadTestEnvironment } from "../helpers/environments";
import { checkMigrationPlan, loadMigrationPlan } from "../../config/migration/load-plan";
import type { BlobDataset, DatabaseDataset, LoadedMigrationPlan, MigrationPlan } from "../../config/migration/plan";
import { Password } from "@cdktf/provider-random/lib/password";
import { MIGRATION_ADMINISTRATOR_LOGIN } from "../../constructs/legacy/services";
import { SovereignTargetStandIn } from "./sovereign-target-stand-in";
import { LegacyAzureStack } from "../../stacks/legacy-azure-stack";
import { MigrationStack, type MigrationStackProps } from "../../stacks/migration-stack";

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

export function synthLegacy(environment: EnvironmentConfig, plan?: LoadedMigrationPlan, environmentFile = "config/environments/test.json"): Synthesized {
  const stack = new LegacyAzureStack(Testing.app() as App, "legacy-azure-test", { environment, environmentFile, migrationPlan: plan });
  return JSON.parse(Testing.synth(stack));
}

export function migrationStack(environment: OpenStackEnvironmentConfig, plan: LoadedMigrationPlan, extra: Partial<MigrationStackProps> = {}): MigrationStack {
  return new MigrationStack(Testing.app() as App, "migration-test", {
    environment,
    environmentFile: "config/environments/test.json",
    plan,
    target: (stack) => new SovereignTargetStandIn(stack, "sovereign", { environment }).migrationTarget,
    // The legacy server's copy administrator, as the legacy stack would pass it (generated, by reference).
    source: (stack) => ({ postgresCopyAdministrator: { login: MIGRATION_ADMINISTRATOR_LOGIN, password: new Password(stack, "legacy-copy-administrator", { length: 40, special: false }).result } }),
    ...extra,
  });
}

export function synthMigration(environment: OpenStackEnvironmentConfig, plan: LoadedMigrationPlan, extra: Partial<MigrationStackProps> = {}): Synthesized {
  return JSON.parse(Testing.synth(migrationStack(environment, plan, extra)));
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
