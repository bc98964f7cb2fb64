/**
 * `hdh-policy review PLAN.json...`: reviews `terraform show -json` plans for a pull-request comment.
 * Exit 0: no policy error and no blocking change; 1: policy errors, a data store deleted or replaced,
 * or (with --base) a change of the policy's own configuration; 2: bad usage or an unreadable or invalid
 * plan, with one line on stderr naming the file and the problem (never a stack trace). Self-contained:
 * the main CLI only calls registerReviewCommand.
 */
import { existsSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { type Command, CommanderError, Option } from "commander";
import { ConfigError } from "../config/config-error";
import { collect, commaList, isoDate } from "./options";
import { resolveToday } from "../config/today";
import { findProjectRoot, readCdktfOut } from "../policy/inputs";
import type { StackPolicyMetadata, StackRole } from "../policy/model";
import { formatReviewJson } from "../policy/review/json";
import { formatReviewMarkdown } from "../policy/review/markdown";
import { readPlanFile } from "../policy/review/plan-file";
import { reconcileSynthesizedApp } from "../policy/review/reconciliation/synthesized";
import { policyConfigurationChanges } from "../policy/review/policy-changes";
import { reviewExitCode, reviewPlans } from "../policy/review/review";
import { repositoryJudgement } from "../policy/trust";

export const REVIEW_EXIT_OK = 0;
export const REVIEW_EXIT_BLOCKED = 1;
export const REVIEW_EXIT_USAGE = 2;

export const REVIEW_FORMATS = ["markdown", "json"] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

/** The synthesized app whose stack metadata (role, data classification, deadline) plans inherit by name. */
export const DEFAULT_SYNTH_DIR = "cdktf.out";

interface ReviewCommandOptions {
  format: ReviewFormat;
  output?: string;
  catalogue: string[];
  waivers: string[];
  require?: string[];
  synth?: string;
  role?: StackRole;
  today?: string;
  inventory?: string;
  base?: string;
}

export interface RegisterReviewOptions {
  /** Receives the exit code (0, 1 or 2); default: exitWith. */
  readonly onResult?: (code: number) => void;
}

/**
 * The default outcome: the process exits with the review's code, even when the host program sets
 * its own exit code after the command ran (a main() that returns 0 for a command it does not know).
 */
export function exitWith(code: number): void {
  process.exitCode = code;
  process.once("exit", () => {
    process.exitCode = code;
  });
}




/** The synthesized app of the head: the --synth folder, else ./cdktf.out when it exists. */
function synthFolder(synth: string | undefined): string | undefined {
  if (synth !== undefined) {
    if (!existsSync(path.join(synth, "manifest.json"))) throw new ConfigError(synth, "", "no manifest.json: not a synthesized cdktf.out folder");
    return synth;
  }
  return existsSync(path.join(DEFAULT_SYNTH_DIR, "manifest.json")) ? DEFAULT_SYNTH_DIR : undefined;
}

/** This CLI's own repository: the policy configuration it trusts, and the head a --base is compared with. */
const OWN_REPOSITORY = findProjectRoot(__dirname) ?? process.cwd();

/** Runs one review; returns the exit code. Throws a ConfigError on bad input. */
export async function runReview(planFiles: readonly string[], options: ReviewCommandOptions): Promise<number> {
  const plans = planFiles.map((file) => readPlanFile(file));
  const synth = synthFolder(options.synth);
  const synthesized = synth ? (await readCdktfOut(synth)).filter((s) => plans.some((p) => p.stack === s.name)) : [];
  // The synthesized metadata is part of the artefact: the repository decides what of it counts.
  const { catalogue, waivers, stacks } = repositoryJudgement(synthesized, { catalogue: options.catalogue, waivers: options.waivers, role: options.role });
  const metadata: Record<string, StackPolicyMetadata> = {};
  for (const stack of stacks) if (stack.metadata) metadata[stack.name] = stack.metadata;
  if (options.role) {
    for (const plan of plans) metadata[plan.stack] ??= { role: options.role };
  }
  const policyChanges = options.base !== undefined ? await policyConfigurationChanges(options.base, { root: OWN_REPOSITORY, synth }) : undefined;
  const review = reviewPlans(plans, {
    catalogue,
    waivers,
    require: options.require,
    today: resolveToday(options.today),
    metadata,
    // The legacy stack of the synthesized app against the Azure inventory: shown, never changes the exit code.
    reconciliation: options.inventory !== undefined ? reconcileSynthesizedApp(options.synth ?? DEFAULT_SYNTH_DIR, options.inventory) : undefined,
    policyChanges,
    policyBase: options.base,
  });
  const report = options.format === "json" ? formatReviewJson(review) : formatReviewMarkdown(review);
  if (options.output) {
    try {
      writeFileSync(options.output, report);
    } catch (error) {
      throw new ConfigError(options.output, "", `cannot write the review (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  } else {
    process.stdout.write(report);
  }
  return reviewExitCode(review);
}

/** Prints one line for an error and returns exit code 2. */
function reportFailure(error: unknown): number {
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error);
  process.stderr.write(`hdh-policy review: ${message.split("\n")[0]}\n`);
  if (process.env.HDH_POLICY_DEBUG && error instanceof Error && !(error instanceof ConfigError)) process.stderr.write(`${error.stack}\n`);
  return REVIEW_EXIT_USAGE;
}

/**
 * Adds `review <plans...>` to a commander program. Bad input ends with one line on stderr and exit
 * code 2; usage errors (unknown option, bad --format) leave commander with exit code 2.
 */
export function registerReviewCommand(program: Command, registration: RegisterReviewOptions = {}): void {
  const onResult = registration.onResult ?? exitWith;
  program
    .command("review")
    .description("review `terraform show -json` plans (format 1.x) for a pull-request comment: changes by provider and region, blocking data-store deletions, policy findings, migration progress")
    .argument("[plans...]", "JSON plan files, one per stack, named <stack>.json (none: review the policy configuration alone, with --base)")
    .addOption(new Option("--format <format>", "output format").choices(REVIEW_FORMATS).default("markdown"))
    .option("--output <file>", "write the review to a file instead of stdout")
    .option("--catalogue <file>", "region catalogue replacing the built-in one and the environments' contract catalogues (repeat to add files)", collect, [])
    .option("--waivers <file>", "waiver file, beside config/waivers.json and the environments' (repeatable)", collect, [])
    .option("--require <list>", "qualifications required of every resource by every rule, e.g. eu,hds,secnumcloud (overrides stack metadata)", commaList)
    .option("--synth <dir>", `synthesized app whose stacks' environment, role and data classification plans of the same name take, as far as the repository vouches for them (default: ./${DEFAULT_SYNTH_DIR} when present)`)
    .addOption(new Option("--role <role>", "role of stacks the repository does not name").choices(["sovereign", "legacy", "migration"]))
    .option("--today <date>", "judge as of this day (YYYY-MM-DD; default HDH_TODAY, else today): waiver expiry, migration deadline", isoDate)
    .option("--inventory <file>", "the Azure inventory (`az resource list -o json`): shows the legacy stack's reconciliation with it (data left behind)")
    .option("--base <dir>", "the base branch's checkout or synthesized app: every change to waivers, catalogues, data classifications, roles and required qualifications since it is listed as blocking")
    .configureOutput({ writeErr: (text) => process.stderr.write(`${text.trim().split("\n")[0]}\n`) })
    .exitOverride((error: CommanderError) => {
      // Usage errors exit 2 like bad input; --help exits 0.
      if (error.exitCode !== 0) {
        error.exitCode = REVIEW_EXIT_USAGE;
        onResult(REVIEW_EXIT_USAGE);
      }
      throw error;
    })
    .action(async (plans: string[], options: ReviewCommandOptions) => {
      let code: number;
      try {
        if (plans.length === 0 && options.base === undefined) throw new ConfigError("review", "", "no plan given (give plan files, or --base DIR to review the policy configuration alone)");
        code = await runReview(plans, options);
      } catch (error) {
        code = reportFailure(error);
      }
      onResult(code);
    });
}
