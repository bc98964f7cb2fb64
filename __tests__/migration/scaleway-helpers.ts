// The migration of scaleway-dev to Scaleway, built as stacks/app.ts wires it (legacy, Scaleway landing zone,
// migration stack with the landing zone's migration target), without the sovereignty policy Aspect: the policy
// does not classify Scaleway's resource types yet (issue 13 §4, another branch). A test may change the
// environment or the plan in memory first.
import { App, Testing } from "cdktf";
import type { ScalewayEnvironmentConfig } from "../../config/environment";
import { checkMigrationPlan, loadMigrationPlan } from "../../config/migration/load-plan";
import type { LoadedMigrationPlan, MigrationPlan } from "../../config/migration/plan";
import { scalewayEnvironment } from "../../config/sovereign-cloud";
import { LegacyAzureStack } from "../../stacks/legacy-azure-stack";
import { MigrationStack, type MigrationStackProps } from "../../stacks/migration-stack";
import { ScalewaySovereignStack } from "../../stacks/scaleway-sovereign-stack";
import { loadTestEnvironment } from "../helpers/environments";
import type { Mutable, Synthesized } from "./helpers";

export interface ScalewayMigration {
  readonly environment: ScalewayEnvironmentConfig;
  readonly plan: LoadedMigrationPlan;
  readonly sovereign: ScalewaySovereignStack;
  readonly migration: MigrationStack;
  /** The migration stack's synthesized JSON. */
  readonly json: Synthesized;
  /** The legacy stack's synthesized JSON. */
  legacyJson(): Synthesized;
}

/** scaleway-dev's stacks (optionally with a changed environment or plan), the migration stack synthesized. */
export function scalewayMigration(
  change?: (environment: Mutable<ScalewayEnvironmentConfig>, plan: Mutable<MigrationPlan>) => void,
  extra: Partial<MigrationStackProps> = {},
): ScalewayMigration {
  const loaded = loadTestEnvironment("scaleway-dev");
  const environment = structuredClone(scalewayEnvironment(loaded.config, loaded.file, "the Scaleway migration tests")) as Mutable<ScalewayEnvironmentConfig>;
  const read = loadMigrationPlan(loaded.config, loaded.file);
  const planData = structuredClone(read.plan) as Mutable<MigrationPlan>;
  change?.(environment, planData);
  const plan = { plan: checkMigrationPlan(JSON.parse(JSON.stringify(planData)), read.file, { objectUrlScheme: "s3" }), file: read.file };
  const app = Testing.app() as App;
  const legacy = new LegacyAzureStack(app, "legacy-azure-scaleway-dev", { environment, environmentFile: loaded.file, migrationPlan: plan });
  const sovereign = new ScalewaySovereignStack(app, "sovereign-scaleway-dev", { environment, catalogue: loaded.catalogue });
  const migration = new MigrationStack(app, "migration-scaleway-dev", { environment, environmentFile: loaded.file, plan, target: sovereign.migrationTarget, source: legacy, ...extra });
  const json = JSON.parse(Testing.synth(migration)) as Synthesized;
  return { environment, plan, sovereign, migration, json, legacyJson: () => JSON.parse(Testing.synth(legacy)) as Synthesized };
}
