// Shared helpers of the legacy and migration tests: load an environment, change it or its plan in
// memory, synthesize the stacks with the stand-in sovereign target, and read the synthesized JSON.
import { App, Testing } from "cdktf";
import type { EnvironmentConfig } from "../../config/environment";
import type { LoadedEnvironment } from "../../config/load-environment";
import { loadTestEnvironment } from "../helpers/environments";
import { checkMigrationPlan, loadMigrationPlan } from "../../config/migration/load-plan";
import type { LoadedMigrationPlan, MigrationPlan } from "../../config/migration/plan";
import { SovereignTargetStandIn } from "./sovereign-target-stand-in";
import { LegacyAzureStack } from "../../stacks/legacy-azure-stack";
import { MigrationStack, type MigrationStackProps } from "../../stacks/migration-stack";

/** Terraform JSON of one stack, parsed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Synthesized = Record<string, any>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

/** A built-in environment and its plan, deep-copied so a test can change them freely. */
export function fixture(name: "dev" | "prod"): { loaded: LoadedEnvironment; environment: Mutable<EnvironmentConfig>; plan: Mutable<MigrationPlan>; planFile: string } {
  const loaded = loadTestEnvironment(name);
  const { plan, file } = loadMigrationPlan(loaded.config, loaded.file);
  return { loaded, environment: structuredClone(loaded.config) as Mutable<EnvironmentConfig>, plan: structuredClone(plan) as Mutable<MigrationPlan>, planFile: file };
}

/** Re-checks a changed plan as the loader would (throws the loader's ConfigError). */
export function checkedPlan(plan: unknown, file = "config/migration/test.json"): LoadedMigrationPlan {
  return { plan: checkMigrationPlan(JSON.parse(JSON.stringify(plan)), file), file };
}

export function synthLegacy(environment: EnvironmentConfig, plan?: LoadedMigrationPlan, environmentFile = "config/environments/test.json"): Synthesized {
  const stack = new LegacyAzureStack(Testing.app() as App, "legacy-azure-test", { environment, environmentFile, migrationPlan: plan });
  return JSON.parse(Testing.synth(stack));
}

export function migrationStack(environment: EnvironmentConfig, plan: LoadedMigrationPlan, extra: Partial<MigrationStackProps> = {}): MigrationStack {
  return new MigrationStack(Testing.app() as App, "migration-test", {
    environment,
    environmentFile: "config/environments/test.json",
    plan,
    target: (stack) => new SovereignTargetStandIn(stack, "sovereign", { environment }),
    ...extra,
  });
}

export function synthMigration(environment: EnvironmentConfig, plan: LoadedMigrationPlan, extra: Partial<MigrationStackProps> = {}): Synthesized {
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
