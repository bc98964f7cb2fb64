import type { App } from "cdktf";
import type { LoadedEnvironment } from "../config/load-environment";
import { loadMigrationPlan } from "../config/migration/load-plan";
import { isScalewayTarget, openStackEnvironment } from "../config/sovereign-cloud";
import type { RegionCatalogue } from "../policy/catalogue";
import type { EnvironmentConfig, ScalewayEnvironmentConfig } from "../config/environment";
import { stackName } from "../config/stack-names";
import { applyEnvironmentPolicy } from "../policy/aspect";
import { LegacyAzureStack } from "./legacy-azure-stack";
import type { MigrationStack } from "./migration-stack";
import type { ScalewaySovereignStack } from "./scaleway-sovereign-stack";
import type { SovereignStack } from "./sovereign-stack";

// Each cloud's family is loaded only for an environment on that cloud (its bindings cost a few hundred
// milliseconds to load), and the migration stack only for an environment that migrates.
/* eslint-disable @typescript-eslint/no-require-imports */
const openStackFamily = () => require("./sovereign-stack") as typeof import("./sovereign-stack");
const scalewayFamily = () => require("./scaleway-sovereign-stack") as typeof import("./scaleway-sovereign-stack");
const migrationModule = () => require("./migration-stack") as typeof import("./migration-stack");
/* eslint-enable @typescript-eslint/no-require-imports */

/** The stacks of one environment, named `<kind>-<environment>` so environments never share state. */
export interface EnvironmentStacks {
  readonly legacy: LegacyAzureStack;
  /** The landing zone, built by the construct family of the environment's `sovereign.cloud`. */
  readonly sovereign: SovereignStack | ScalewaySovereignStack;
  /** Present when the environment has a `migration` section, whichever the sovereign cloud. */
  readonly migration?: MigrationStack;
}

/** Adds every stack of one environment to the app. */
export function addEnvironmentStacks(app: App, loaded: LoadedEnvironment): EnvironmentStacks {
  const environment = loaded.config;
  const migrationPlan = environment.migration ? loadMigrationPlan(environment, loaded.file) : undefined;
  const legacy = new LegacyAzureStack(app, stackName("legacy", environment.name), { environment, environmentFile: loaded.file, migrationPlan });
  const sovereign = addSovereignStack(app, environment, loaded.catalogue);
  const migration = migrationPlan
    ? new (migrationModule().MigrationStack)(app, stackName("migration", environment.name), {
        environment,
        environmentFile: loaded.file,
        plan: migrationPlan,
        target: sovereign.migrationTarget,
        source: legacy,
      })
    : undefined;
  // The migration stack looks the legacy gateway subnet, storage accounts, private endpoints and PostgreSQL server up
  // by name, references the legacy server's copy administrator and the landing zone's edge, networks, stores, load
  // balancer, DNS zone and database across stacks.
  migration?.addDependency(legacy);
  migration?.addDependency(sovereign);
  // Sovereignty policy on every stack: synth fails on an error finding (policy/aspect.ts).
  applyEnvironmentPolicy(app, loaded);
  return { legacy, sovereign, migration };
}

/**
 * The sovereign stack of the environment's cloud (`sovereign.cloud`, default `openstack`). `catalogue`, the
 * environment's region catalogue, gives the Scaleway family its region's Object Storage endpoint.
 */
export function addSovereignStack(app: App, environment: EnvironmentConfig, catalogue?: RegionCatalogue): SovereignStack | ScalewaySovereignStack {
  const id = stackName("sovereign", environment.name);
  if (isScalewayTarget(environment.sovereign)) {
    return new (scalewayFamily().ScalewaySovereignStack)(app, id, { environment: environment as ScalewayEnvironmentConfig, catalogue });
  }
  return new (openStackFamily().SovereignStack)(app, id, { environment: openStackEnvironment(environment, id) });
}
