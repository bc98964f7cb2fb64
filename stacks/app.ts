import type { App } from "cdktf";
import type { LoadedEnvironment } from "../config/load-environment";
import { loadMigrationPlan } from "../config/migration/load-plan";
import { stackName } from "../config/stack-names";
import { applyEnvironmentPolicy } from "../policy/aspect";
import { LegacyAzureStack } from "./legacy-azure-stack";
import { MigrationStack } from "./migration-stack";
import { SovereignStack } from "./sovereign-stack";

/** The stacks of one environment, named `<kind>-<environment>` so environments never share state. */
export interface EnvironmentStacks {
  readonly legacy: LegacyAzureStack;
  readonly sovereign: SovereignStack;
  /** Present when the environment has a `migration` section. */
  readonly migration?: MigrationStack;
}

/** Adds every stack of one environment to the app. */
export function addEnvironmentStacks(app: App, loaded: LoadedEnvironment): EnvironmentStacks {
  const environment = loaded.config;
  const migrationPlan = environment.migration ? loadMigrationPlan(environment, loaded.file) : undefined;
  const legacy = new LegacyAzureStack(app, stackName("legacy", environment.name), { environment, environmentFile: loaded.file, migrationPlan });
  const sovereign = new SovereignStack(app, stackName("sovereign", environment.name), { environment });
  const migration = migrationPlan
    ? new MigrationStack(app, stackName("migration", environment.name), {
        environment,
        environmentFile: loaded.file,
        plan: migrationPlan,
        target: sovereign,
      })
    : undefined;
  // The migration stack looks the legacy gateway subnet, storage accounts and private endpoints up by name,
  // and references the sovereign router, subnets, containers and load balancer across stacks.
  migration?.addDependency(legacy);
  migration?.addDependency(sovereign);
  // Sovereignty policy on every stack: synth fails on an error finding (policy/aspect.ts).
  applyEnvironmentPolicy(app, loaded);
  return { legacy, sovereign, migration };
}
