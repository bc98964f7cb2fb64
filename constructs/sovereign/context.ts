import type { TerraformResource } from "cdktf";
import type { DataClassification } from "../../config/environment";

/**
 * What every sovereign construct needs to know about the environment it is built in: names, and the
 * tags/metadata that every taggable resource carries (environment, data classification, owner, migration wave).
 */
export interface SovereignContext {
  /** Environment name, e.g. `dev`; prefixes resource names (`hdh-dev-...`). */
  readonly environment: string;
  readonly dataClassification: DataClassification;
  readonly owner: string;
  readonly migrationWave: string;
}

/** The metadata map (instances, volumes, containers, secrets) of a context, plus extra keys. */
export function resourceMetadata(context: SovereignContext, extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  return {
    environment: context.environment,
    data_classification: context.dataClassification,
    owner: context.owner,
    migration_wave: context.migrationWave,
    ...extra,
  };
}

/** The same facts as Neutron/Octavia/Keystone tags (`key=value` strings). */
export function resourceTags(context: SovereignContext, extra: Readonly<Record<string, string>> = {}): string[] {
  return Object.entries(resourceMetadata(context, extra)).map(([key, value]) => `${key}=${value}`);
}

/** `hdh-<environment>-<suffix>`: the naming scheme of every resource. */
export function resourceName(context: SovereignContext, ...parts: string[]): string {
  return ["hdh", context.environment, ...parts].join("-");
}

/**
 * Data-bearing resources (volumes, containers, secrets, the randoms that generate them) must never be
 * destroyed by a plan: Terraform refuses any plan that would.
 */
export function protectFromDestroy<T extends TerraformResource>(resource: T): T {
  resource.lifecycle = { ...(resource.lifecycle ?? {}), preventDestroy: true };
  return resource;
}
