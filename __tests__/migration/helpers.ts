// Shared helpers of the legacy and migration tests: synthesize the stacks with the stand-in sovereign target;
// and, re-exported, plan-helpers.ts's (load an environment, change it or its plan, read synthesized JSON).
import { App, Testing } from "cdktf";
import { Password } from "@cdktf/provider-random/lib/password";
import type { EnvironmentConfig, OpenStackEnvironmentConfig } from "../../config/environment";
import type { LoadedMigrationPlan } from "../../config/migration/plan";
import { MIGRATION_ADMINISTRATOR_LOGIN } from "../../constructs/legacy/services";
import { LegacyAzureStack } from "../../stacks/legacy-azure-stack";
import { MigrationStack, type MigrationStackProps } from "../../stacks/migration-stack";
import type { Synthesized } from "./plan-helpers";
import { SovereignTargetStandIn } from "./sovereign-target-stand-in";

export * from "./plan-helpers";

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
