/**
 * The migration progress a plan carries: the root output `hdh_migration_progress` (an object, or the
 * same object JSON-encoded in a string), emitted by the migration stack:
 * `{ "deadline": "YYYY-MM-DD", "datasets": [{ "id", "kind", "phase", "sizeGb", "target" }] }` (`kind` optional).
 */
import { ConfigError } from "../../config/config-error";
import { validateAgainstSchema } from "../../config/validate-json";
import type { PlanOutput } from "./plan-file";

export const MIGRATION_PROGRESS_OUTPUT = "hdh_migration_progress";

/** A dataset's phase, in the order the migration moves through them. */
export const MIGRATION_PHASES = ["legacy", "replicating", "cutover", "decommissioned"] as const;

export interface MigrationDatasetProgress {
  readonly id: string;
  /** `dataset`, `workload` or `database`, when the output says (older outputs do not). */
  readonly kind?: string;
  readonly phase: string;
  readonly sizeGb: number;
  /** Where the dataset goes (a sovereign store), as the migration plan names it. */
  readonly target: string;
}

export interface MigrationProgress {
  readonly stack: string;
  readonly deadline: string;
  readonly datasets: readonly MigrationDatasetProgress[];
}

/** What the plan says about the migration: progress, or why it cannot be shown. */
export type MigrationProgressResult =
  | { readonly kind: "progress"; readonly progress: MigrationProgress }
  | { readonly kind: "unavailable"; readonly stack: string; readonly reason: string };

const PROGRESS_SCHEMA = {
  type: "object",
  required: ["deadline", "datasets"],
  properties: {
    deadline: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
    datasets: {
      type: "array",
      items: {
        type: "object",
        required: ["id", "phase", "sizeGb", "target"],
        properties: {
          id: { type: "string", minLength: 1 },
          kind: { type: "string" },
          phase: { type: "string", minLength: 1 },
          sizeGb: { type: "number", minimum: 0 },
          target: { type: "string" },
        },
      },
    },
  },
} as const;

/**
 * Reads the progress output of one plan: undefined when the plan has none (skipped silently); a
 * reason when it is sensitive, unknown until apply, or not of the documented shape.
 */
export function readMigrationProgress(stack: string, file: string, outputs: Readonly<Record<string, PlanOutput>>): MigrationProgressResult | undefined {
  const output = outputs[MIGRATION_PROGRESS_OUTPUT];
  if (!output) return undefined;
  if (output.sensitive) return { kind: "unavailable", stack, reason: "the output is sensitive: not shown" };
  if (output.unknown) return { kind: "unavailable", stack, reason: "known only after apply" };
  let value = output.value;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return { kind: "unavailable", stack, reason: "the output is a string but not JSON" };
    }
  }
  try {
    const progress = validateAgainstSchema<Omit<MigrationProgress, "stack">>(PROGRESS_SCHEMA, value, `${file}: output ${MIGRATION_PROGRESS_OUTPUT}`);
    return { kind: "progress", progress: { stack, deadline: progress.deadline, datasets: progress.datasets.map(({ id, kind, phase, sizeGb, target }) => ({ id, ...(kind !== undefined ? { kind } : {}), phase, sizeGb, target })) } };
  } catch (error) {
    if (error instanceof ConfigError) return { kind: "unavailable", stack, reason: `not of the documented shape (${error.field ? `${error.field}: ` : ""}${error.problem})` };
    throw error;
  }
}

/** Days from `today` to the deadline (negative once it has passed). */
export function daysUntil(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
