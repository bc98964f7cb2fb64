/**
 * Environment files (`config/environments/<name>.json`): where they are, how a selector (HDH_ENV) names
 * one, and their schema-validated content. No construct or catalogue here: the policy reads environments
 * through this module without building anything.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigError } from "./config-error";
import type { EnvironmentConfig } from "./environment";
import environmentSchema from "./environment.schema.json";
import { readJsonFile, validateAgainstSchema } from "./validate-json";

/** Folder of the built-in environment files (`<name>.json`). */
export const ENVIRONMENTS_DIR = path.resolve(__dirname, "environments");
/** The environment synthesized when HDH_ENV is not set. */
export const DEFAULT_ENVIRONMENT = "dev";

/** The names of the built-in environments. */
export function knownEnvironments(): string[] {
  return fs
    .readdirSync(ENVIRONMENTS_DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length))
    .sort();
}

/**
 * Resolves an environment selector: a built-in name (`dev`) or a path to a JSON file.
 * Throws a ConfigError naming `source` (e.g. HDH_ENV) when it is neither.
 */
export function environmentFile(selector: string, source = "HDH_ENV"): string {
  if (selector.endsWith(".json")) return path.resolve(selector);
  if (!/^[a-z][a-z0-9-]*$/.test(selector) || !knownEnvironments().includes(selector)) {
    throw new ConfigError(source, "", `unknown environment '${selector}' (known: ${knownEnvironments().join(", ")}; or a path to a .json file)`);
  }
  return path.join(ENVIRONMENTS_DIR, `${selector}.json`);
}

/** An environment file's validated configuration, without the checks against the catalogue (see loadEnvironment). */
export function readEnvironmentConfig(selector: string, source = "HDH_ENV"): { config: EnvironmentConfig; file: string } {
  const file = environmentFile(selector, source);
  return { config: validateAgainstSchema<EnvironmentConfig>(environmentSchema, readJsonFile(file), file), file };
}

/** A file as messages show it: relative to the working folder when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative.split(path.sep).join("/") : file;
}

