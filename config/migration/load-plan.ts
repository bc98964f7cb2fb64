import * as path from "node:path";
import { ConfigError } from "../config-error";
import type { EnvironmentConfig } from "../environment";
import { objectUrlSchemeOf } from "../sovereign-cloud";
import { readJsonFile, validateAgainstSchema } from "../validate-json";
import { AzureResourceTypes } from "../load-azure-resource-types";
import {
  databaseReportReference,
  isDatabaseDataset,
  legacySourceOf,
  MIGRATION_PHASES,
  type LoadedMigrationPlan,
  type MigrationDataset,
  type MigrationPhase,
  type MigrationPlan,
  type NotCopiedDecision,
} from "./plan";
import planSchema from "./plan.schema.json";

/** The deadline when the environment does not set one: the end of 2026. */
export const DEFAULT_MIGRATION_DEADLINE = "2026-12-31";

/**
 * Allowed phase changes. Forward one step at a time; the one way back is a failed cutover
 * returning to `replicating` (the legacy store still holds the data then).
 */
const ALLOWED_TRANSITIONS: Readonly<Record<MigrationPhase, readonly MigrationPhase[]>> = {
  legacy: ["replicating"],
  replicating: ["cutover"],
  cutover: ["decommissioned", "replicating"],
  decommissioned: [],
};

/** Parses YYYY-MM-DD strictly (a real calendar day), in UTC. */
export function parseDay(value: string, source: string, field: string): Date {
  const day = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new ConfigError(source, field, `'${value}' is not a calendar date (YYYY-MM-DD)`);
  }
  return day;
}

/** The plan file of an environment, resolved against the environment file's folder. */
export function planFileOf(environment: EnvironmentConfig, environmentFile: string): string {
  if (!environment.migration) throw new ConfigError(environmentFile, "migration", "is required to load the migration plan");
  return path.resolve(path.dirname(environmentFile), environment.migration.plan);
}

function checkHistory(dataset: MigrationDataset, file: string, field: string): void {
  const history = dataset.phaseHistory;
  if (history[0].phase !== "legacy") {
    throw new ConfigError(file, `${field}.phaseHistory[0].phase`, `must be 'legacy' (every dataset starts on the legacy estate), got '${history[0].phase}'`);
  }
  let previousDay = parseDay(history[0].since, file, `${field}.phaseHistory[0].since`);
  for (let i = 1; i < history.length; i++) {
    const from = history[i - 1].phase;
    const to = history[i].phase;
    if (!ALLOWED_TRANSITIONS[from].includes(to)) {
      const allowed = ALLOWED_TRANSITIONS[from];
      throw new ConfigError(
        file,
        `${field}.phaseHistory[${i}].phase`,
        `invalid transition ${from} → ${to} (from ${from} only ${allowed.length ? allowed.join(" or ") : "nothing"} may follow)`,
      );
    }
    const day = parseDay(history[i].since, file, `${field}.phaseHistory[${i}].since`);
    if (day < previousDay) throw new ConfigError(file, `${field}.phaseHistory[${i}].since`, `${history[i].since} is before the previous phase change (${history[i - 1].since})`);
    previousDay = day;
  }
  const last = history[history.length - 1].phase;
  if (last !== dataset.phase) {
    throw new ConfigError(file, `${field}.phase`, `is '${dataset.phase}' but the last phaseHistory entry is '${last}': record the phase change in phaseHistory`);
  }
}

/** What checking a plan needs to know of its environment. */
export interface PlanCheckOptions {
  /** How the sovereign cloud's object storage is named in reports' references (`swift`, `s3`); default `swift`. */
  readonly objectUrlScheme?: string;
}

function checkVerification(dataset: MigrationDataset, file: string, field: string, options: PlanCheckOptions): void {
  const { verification } = dataset;
  if (dataset.phase === "decommissioned" && !verification) {
    throw new ConfigError(file, `${field}.verification`, "is required for a decommissioned dataset (checksum report reference and date)");
  }
  if (!verification) return;
  const verifiedOn = parseDay(verification.verifiedOn, file, `${field}.verification.verifiedOn`);
  const cutover = [...dataset.phaseHistory].reverse().find((c) => c.phase === "cutover");
  if (cutover && verifiedOn < parseDay(cutover.since, file, `${field}.phaseHistory`)) {
    throw new ConfigError(file, `${field}.verification.verifiedOn`, `${verification.verifiedOn} is before the cutover (${cutover.since}): verify the final copy`);
  }
  const expected = isDatabaseDataset(dataset) ? databaseReportReference(dataset, options.objectUrlScheme) : undefined;
  if (expected !== undefined && verification.checksumReport !== expected) {
    throw new ConfigError(
      file,
      `${field}.verification.checksumReport`,
      `'${verification.checksumReport}' is not the report of the database copy: the copy writes per-table row counts and checksums to '${expected}'`,
    );
  }
  const decommissioned = dataset.phaseHistory.find((c) => c.phase === "decommissioned");
  if (decommissioned && verifiedOn > parseDay(decommissioned.since, file, `${field}.phaseHistory`)) {
    throw new ConfigError(file, `${field}.verification.verifiedOn`, `${verification.verifiedOn} is after the decommissioning (${decommissioned.since}): verify before decommissioning`);
  }
}

/**
 * Checks a parsed plan: schema, phase history (valid transitions, in date order, ending at `phase`),
 * verification, duplicates (ids and legacy sources). Every problem is a ConfigError naming file and field.
 */
export function checkMigrationPlan(data: unknown, file: string, options: PlanCheckOptions = {}): MigrationPlan {
  const plan = validateAgainstSchema<MigrationPlan>(planSchema, data, file);
  const ids = new Map<string, number>();
  const sources = new Map<string, string>();
  plan.datasets.forEach((dataset, index) => {
    const field = `datasets[${index}]`;
    const earlier = ids.get(dataset.id);
    if (earlier !== undefined) throw new ConfigError(file, `${field}.id`, `duplicate id '${dataset.id}' (also datasets[${earlier}])`);
    ids.set(dataset.id, index);
    checkKindFields(dataset, file, field);
    const source = `${dataset.kind === "database" ? "database" : "store"}:${legacySourceOf(dataset)}`;
    const owner = sources.get(source);
    if (owner) {
      const what = isDatabaseDataset(dataset) ? ["legacyDatabase", "database"] : ["legacyStore", "store"];
      throw new ConfigError(file, `${field}.${what[0]}`, `duplicate legacy ${what[1]} '${legacySourceOf(dataset)}' (already migrated by dataset '${owner}')`);
    }
    sources.set(source, dataset.id);
    if (dataset.replicatedGiB !== undefined && dataset.replicatedGiB > dataset.sizeGiB) {
      throw new ConfigError(file, `${field}.replicatedGiB`, `${dataset.replicatedGiB} is more than sizeGiB (${dataset.sizeGiB})`);
    }
    checkHistory(dataset, file, field);
    checkVerification(dataset, file, field, options);
  });
  checkNotCopied(plan.notCopied ?? [], file);
  return plan;
}

/** The fields of the other kind are refused, so a half-converted entry never passes. */
function checkKindFields(dataset: MigrationDataset, file: string, field: string): void {
  const foreign = isDatabaseDataset(dataset) ? ["legacyStore", "sovereignContainer"] : ["legacyDatabase", "sovereignDatabase"];
  for (const key of foreign) {
    if (key in dataset) {
      throw new ConfigError(file, `${field}.${key}`, `a ${dataset.kind} dataset has no ${key} (${isDatabaseDataset(dataset) ? "it has legacyDatabase and sovereignDatabase" : "only a database dataset has one"})`);
    }
  }
}

/** Each decision names a data-bearing Azure type, once, with a real date. */
function checkNotCopied(decisions: readonly NotCopiedDecision[], file: string): void {
  const types = AzureResourceTypes.load();
  const seen = new Map<string, number>();
  decisions.forEach((decision, index) => {
    const field = `notCopied[${index}]`;
    if (!types.isDataBearing(decision.type)) {
      throw new ConfigError(file, `${field}.type`, `'${decision.type}' is not a data-bearing Azure type (config/azure-resource-types.json): there is no data to decide about`);
    }
    parseDay(decision.decidedOn, file, `${field}.decidedOn`);
    const key = [decision.type, decision.name, decision.resourceGroup ?? ""].join("|").toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new ConfigError(file, field, `duplicate decision for ${decision.type} '${decision.name}' (also notCopied[${earlier}])`);
    seen.set(key, index);
  });
}

/** Reads and checks the migration plan of an environment (see checkMigrationPlan). */
export function loadMigrationPlan(environment: EnvironmentConfig, environmentFile: string): LoadedMigrationPlan {
  const file = planFileOf(environment, environmentFile);
  return { plan: checkMigrationPlan(readJsonFile(file), file, { objectUrlScheme: objectUrlSchemeOf(environment.sovereign) }), file };
}

/** Position of a phase in the migration order (legacy = 0). */
export function phaseRank(phase: MigrationPhase): number {
  return MIGRATION_PHASES.indexOf(phase);
}
