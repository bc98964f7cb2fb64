/** Fixtures and runners for the plan-review tests. */
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { Command, CommanderError } from "commander";
import { registerReviewCommand } from "../../cli/review-command";
import { captureOutput } from "../helpers/cli";
import { RegionCatalogue } from "../../policy/catalogue";
import type { StackPolicyMetadata } from "../../policy/model";
import { readPlanFile, type Json } from "../../policy/review/plan-file";
import { reviewPlans, type PlanReview, type ReviewOptions } from "../../policy/review/review";

export const TODAY = "2026-11-29";
export const FIXTURES = path.join(__dirname, "fixtures");
/** Real `terraform show -json` plans of the project's stacks (npm run review:fixtures refreshes them). */
export const REAL = path.join(FIXTURES, "real");
/** Hand-derived plans for what an offline plan cannot show (update, replace, delete, import, move, drift ...). */
export const DERIVED = path.join(FIXTURES, "derived");
/** A synthesized app (manifest + stack metadata) for --synth. */
export const SYNTH = path.join(FIXTURES, "synth");

/** Whatever stacks `npm run review:fixtures` last planned (legacy-azure-dev and sovereign-dev at least). */
export const REAL_PLANS = readdirSync(REAL)
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""))
  .sort();
export const DERIVED_PLANS = ["sovereign-changes", "legacy-delete", "legacy-import-move", "drift", "sensitive", "nested-modules", "empty", "migration"];

export const real = (name: string): string => path.join(REAL, `${name}.json`);
export const derived = (name: string): string => path.join(DERIVED, `${name}.json`);

export const catalogue = RegionCatalogue.load();

const LEGACY: StackPolicyMetadata = { role: "legacy", dataClassification: "health-data", owner: "legacy-team", migrationDeadline: "2026-12-31" };
const SOVEREIGN: StackPolicyMetadata = { role: "sovereign", dataClassification: "health-data" };

/** What the dev environment's stacks declare (synthetic data), as the real plans' synthesized stacks do. */
const DEV = { dataClassification: "synthetic", owner: "plateforme-donnees-sante", migrationDeadline: "2026-12-31" } as const;

/** What the synthesized stacks would declare, by plan (stack) name. */
export const METADATA: Readonly<Record<string, StackPolicyMetadata>> = {
  "legacy-azure-dev": { role: "legacy", ...DEV },
  "legacy-delete": LEGACY,
  "legacy-import-move": LEGACY,
  "sovereign-dev": { role: "sovereign", ...DEV },
  "sovereign-changes": SOVEREIGN,
  drift: SOVEREIGN,
  sensitive: SOVEREIGN,
  "nested-modules": SOVEREIGN,
  empty: SOVEREIGN,
  migration: { role: "migration", dataClassification: "health-data", migrationDeadline: "2026-12-31" },
  "migration-dev": { role: "migration", ...DEV },
};

/** Reviews plan files with the built-in catalogue, as of TODAY. */
export function review(files: readonly string[], options: ReviewOptions = {}): PlanReview {
  return reviewPlans(
    files.map((f) => readPlanFile(f)),
    { catalogue, today: TODAY, metadata: METADATA, ...options },
  );
}

export function readJson(file: string): Json {
  return JSON.parse(readFileSync(file, "utf8")) as Json;
}

export interface CliRun {
  code: number | undefined;
  stdout: string;
  stderr: string;
}

/** Runs `hdh-policy review ARGS` through a commander program holding only the review command. */
export async function runCli(args: readonly string[]): Promise<CliRun> {
  let code: number | undefined;
  const program = new Command("hdh-policy").exitOverride();
  registerReviewCommand(program, { onResult: (c) => (code = c) });
  const { stdout, stderr } = await captureOutput(async () => {
    try {
      await program.parseAsync(["node", "hdh-policy", "review", ...args]);
    } catch (error) {
      if (!(error instanceof CommanderError)) throw error;
      code ??= error.exitCode;
    }
  });
  return { code, stdout, stderr };
}
