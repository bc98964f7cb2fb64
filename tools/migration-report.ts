/**
 * The migration report: one Markdown page listing every dataset of the plan — blob datasets and PostgreSQL
 * databases — with its phase, size, legacy source, sovereign target, an estimated cutover date and whether the
 * deadline is at risk; the database copies and their verification reports; and, given an inventory, the
 * reconciliation of the legacy stack with the real Azure estate (data left behind).
 *
 *   npm run migration-report                 # HDH_ENV selects the environment (default dev)
 *   npm run migration-report -- --today 2026-11-29 --inventory azure-inventory.json
 *   HDH_TODAY=2026-11-29 npm run migration-report
 *
 * renderMigrationReport() is exported for other tools (the plan review) to embed the same table.
 */
import * as path from "node:path";
import { Command } from "commander";
import { ConfigError, exitOnConfigError } from "../config/config-error";
import { readEnvironment, type ReadEnvironment } from "../config/load-environment";
import { resolveToday } from "../config/today";
import { DEFAULT_MIGRATION_DEADLINE, loadMigrationPlan, parseDay } from "../config/migration/load-plan";
import { objectUrlSchemeOf } from "../config/sovereign-cloud";
import { databaseCopyMethodOf, type DatabaseCopyMethod } from "../constructs/migration/copy-method";
import { databaseReportReference, isDatabaseDataset, legacySourceOf, sovereignTargetOf, type MigrationDataset, type MigrationPlan } from "../config/migration/plan";
import { reconciliationSummaryMarkdown } from "../policy/review/reconciliation/format";
import type { Reconciliation } from "../policy/review/reconciliation/reconcile";

const DAY_MS = 86_400_000;

export interface MigrationReportOptions {
  /** The day the report is made for (YYYY-MM-DD); injectable so reports are reproducible. */
  readonly today: string;
  /** Date every dataset must be cut over by (YYYY-MM-DD). Default 2026-12-31. */
  readonly deadline?: string;
  /** Sustained copy throughput of the interconnect (GiB/day); copies share it one after another. */
  readonly transferRateGiBPerDay: number;
  /** Days from the end of a copy to its cutover (final sync, verification). Default 7. */
  readonly cutoverDays?: number;
  /** Shown in the title, e.g. `prod`. */
  readonly environmentName?: string;
  /** Shown under the title. */
  readonly planFile?: string;
  /** The reconciliation of the legacy stack with the Azure inventory, when one was given: its summary is shown. */
  readonly reconciliation?: Reconciliation;
  /** How databases are copied to the sovereign cloud (copy-method.ts); default `logical-replication`. */
  readonly copyMethod?: DatabaseCopyMethod;
  /** How the sovereign object storage is named in report references (`swift`, `s3`); default `swift`. */
  readonly objectUrlScheme?: string;
}

/** The estimate of one dataset. */
export interface DatasetEstimate {
  readonly dataset: MigrationDataset;
  /** GiB still to copy. */
  readonly remainingGiB: number;
  /** Day of the cutover: recorded when done, estimated otherwise (YYYY-MM-DD). */
  readonly cutoverDay: string;
  /** True when already cut over or decommissioned. */
  readonly done: boolean;
  /** True when the estimated cutover falls after the deadline. */
  readonly atRisk: boolean;
}

export interface MigrationEstimate {
  readonly today: string;
  readonly deadline: string;
  readonly daysLeft: number;
  readonly datasets: readonly DatasetEstimate[];
  readonly atRisk: boolean;
}

function formatDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** Size in GiB or TiB, e.g. `120 GiB`, `37.1 TiB`. */
export function formatSize(gib: number): string {
  return gib < 1024 ? `${Math.round(gib)} GiB` : `${(gib / 1024).toFixed(1)} TiB`;
}

/**
 * Estimates when each dataset is cut over. Copies share the interconnect one after another:
 * datasets already replicating first, then those still on the legacy estate, in plan order.
 */
export function estimateMigration(plan: MigrationPlan, options: MigrationReportOptions): MigrationEstimate {
  const source = "migration report";
  if (!(options.transferRateGiBPerDay > 0)) throw new ConfigError(source, "transferRateGiBPerDay", "must be a positive number");
  const today = parseDay(options.today, source, "today");
  const deadlineText = options.deadline ?? DEFAULT_MIGRATION_DEADLINE;
  const deadline = parseDay(deadlineText, source, "deadline");
  const cutoverDays = options.cutoverDays ?? 7;
  const estimates = new Map<MigrationDataset, DatasetEstimate>();
  for (const dataset of plan.datasets) {
    if (dataset.phase === "cutover" || dataset.phase === "decommissioned") {
      const cutover = [...dataset.phaseHistory].reverse().find((c) => c.phase === "cutover");
      estimates.set(dataset, { dataset, remainingGiB: 0, cutoverDay: cutover?.since ?? options.today, done: true, atRisk: false });
    }
  }
  const queue = [...plan.datasets.filter((d) => d.phase === "replicating"), ...plan.datasets.filter((d) => d.phase === "legacy")];
  let copiedGiB = 0;
  for (const dataset of queue) {
    const remainingGiB = dataset.phase === "replicating" ? dataset.sizeGiB - (dataset.replicatedGiB ?? 0) : dataset.sizeGiB;
    copiedGiB += remainingGiB;
    const copyDays = Math.ceil(copiedGiB / options.transferRateGiBPerDay);
    const cutover = new Date(today.getTime() + (copyDays + cutoverDays) * DAY_MS);
    estimates.set(dataset, { dataset, remainingGiB, cutoverDay: formatDay(cutover), done: false, atRisk: cutover > deadline });
  }
  const datasets = plan.datasets.map((d) => estimates.get(d) as DatasetEstimate);
  return {
    today: options.today,
    deadline: deadlineText,
    daysLeft: Math.round((deadline.getTime() - today.getTime()) / DAY_MS),
    datasets,
    atRisk: datasets.some((d) => d.atRisk),
  };
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/** The report as Markdown. */
export function renderMigrationReport(plan: MigrationPlan, options: MigrationReportOptions): string {
  const estimate = estimateMigration(plan, options);
  const title = options.environmentName ? `# Migration report: ${options.environmentName}` : "# Migration report";
  const lines = [title, ""];
  if (options.planFile) lines.push(`Plan: \`${options.planFile}\``, "");
  lines.push(
    `As of ${estimate.today}; deadline ${estimate.deadline} (${estimate.daysLeft} days left); transfer rate ${formatSize(options.transferRateGiBPerDay)}/day; ${options.cutoverDays ?? 7} days from end of copy to cutover.`,
    "",
  );
  const late = estimate.datasets.filter((d) => d.atRisk);
  lines.push(
    late.length > 0
      ? `**Deadline at risk**: ${late.length} of ${estimate.datasets.length} datasets are estimated to be cut over after ${estimate.deadline} (${late.map((d) => d.dataset.id).join(", ")}).`
      : `**On track**: every dataset is estimated to be cut over by ${estimate.deadline}.`,
    "",
  );
  lines.push("| Dataset | Kind | Phase | Size | Legacy store | Sovereign target | Remaining | Cutover | Deadline |");
  lines.push("|---|---|---|---:|---|---|---:|---|---|");
  for (const d of estimate.datasets) {
    const { dataset } = d;
    const cutover = d.done ? `${d.cutoverDay} (done)` : `${d.cutoverDay} (estimated)`;
    const status = d.done ? (dataset.phase === "decommissioned" ? "decommissioned, verified" : "cut over") : d.atRisk ? "**AT RISK**" : "on track";
    lines.push(
      `| ${[
        dataset.id,
        dataset.kind,
        dataset.phase,
        formatSize(dataset.sizeGiB),
        legacySourceOf(dataset),
        sovereignTargetOf(dataset),
        formatSize(d.remainingGiB),
        cutover,
        status,
      ]
        .map(escapeCell)
        .join(" | ")} |`,
    );
  }
  const total = estimate.datasets.reduce((sum, d) => sum + d.dataset.sizeGiB, 0);
  const remaining = estimate.datasets.reduce((sum, d) => sum + d.remainingGiB, 0);
  lines.push("", `Total ${formatSize(total)}, ${formatSize(remaining)} still to copy.`);
  lines.push(...databaseSection(estimate, options));
  const verified = estimate.datasets.filter((d) => d.dataset.verification);
  if (verified.length > 0) {
    lines.push("", "## Verifications", "");
    for (const d of verified) lines.push(`- ${d.dataset.id}: checksum report \`${d.dataset.verification?.checksumReport}\`, verified on ${d.dataset.verification?.verifiedOn}`);
  }
  if (options.reconciliation) lines.push("", ...reconciliationSummaryMarkdown(options.reconciliation, "##").slice(0, -1));
  return `${lines.join("\n")}\n`;
}

/** What the database copy does for a database dataset in each phase, by copy method. */
const COPY_STATES: Readonly<Record<DatabaseCopyMethod, Readonly<Record<string, string>>>> = {
  "logical-replication": {
    legacy: "not started",
    replicating: "logical replication running; table report refreshed every 6 hours",
    cutover: "source frozen; final verification, then the subscription is dropped",
    decommissioned: "done",
  },
  snapshot: {
    legacy: "not started",
    replicating: "daily snapshot rehearsals; table report (and the copy's duration, the cutover window) after each",
    cutover: "source frozen; last snapshot copied and verified",
    decommissioned: "done",
  },
};

/** The databases beside the datasets: source, target, copy state, the verification report. */
function databaseSection(estimate: MigrationEstimate, options: MigrationReportOptions): string[] {
  const copyStates = COPY_STATES[options.copyMethod ?? "logical-replication"];
  const databases = estimate.datasets.filter((d) => isDatabaseDataset(d.dataset));
  if (databases.length === 0) return [];
  const lines = ["", "## Databases", "", "| Database | Legacy server/database | Sovereign target | Phase | Copy | Cutover | Deadline | Verification report |", "|---|---|---|---|---|---|---|---|"];
  for (const d of databases) {
    const dataset = d.dataset;
    if (!isDatabaseDataset(dataset)) continue;
    const report = dataset.verification ? `\`${dataset.verification.checksumReport}\` (verified ${dataset.verification.verifiedOn})` : `\`${databaseReportReference(dataset, options.objectUrlScheme)}\` (not yet verified)`;
    const status = d.done ? "done" : d.atRisk ? "**AT RISK**" : "on track";
    lines.push(
      `| ${[dataset.id, legacySourceOf(dataset), sovereignTargetOf(dataset), dataset.phase, copyStates[dataset.phase], `${d.cutoverDay}${d.done ? " (done)" : " (estimated)"}`, status, report].map(escapeCell).join(" | ")} |`,
    );
  }
  return lines;
}

/**
 * The report of a loaded environment, with the deadline, rate and cutover delay of its `migration`
 * section; undefined when the environment has no migration. For tools that already hold the environment.
 */
export function renderEnvironmentMigrationReport(loaded: ReadEnvironment, today: string, inventoryFile?: string): string | undefined {
  const migration = loaded.config.migration;
  if (!migration) return undefined;
  const { plan, file } = loadMigrationPlan(loaded.config, loaded.file);
  return renderMigrationReport(plan, {
    today,
    deadline: migration.deadline,
    transferRateGiBPerDay: migration.transferRateGiBPerDay,
    cutoverDays: migration.cutoverDays,
    copyMethod: databaseCopyMethodOf(loaded.config.sovereign),
    objectUrlScheme: objectUrlSchemeOf(loaded.config.sovereign),
    environmentName: loaded.config.name,
    planFile: path.relative(process.cwd(), file),
    reconciliation: inventoryFile !== undefined ? reconcileWithInventory(loaded, inventoryFile) : undefined,
  });
}

/** Loaded on demand: the reconciliation synthesizes the legacy stack, which a report without inventory never needs. */
function reconcileWithInventory(loaded: ReadEnvironment, inventoryFile: string): Reconciliation {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { reconcileEnvironment } = require("./legacy-reconcile") as typeof import("./legacy-reconcile");
  return reconcileEnvironment(loaded, inventoryFile);
}

/** `npm run migration-report`: the report of the environment chosen by HDH_ENV, on stdout. */
export function main(argv: readonly string[]): void {
  const program = new Command("migration-report")
    .description("Markdown report of the migration plan of the environment chosen by HDH_ENV (default dev)")
    .option("--today <YYYY-MM-DD>", "the day the report is made for (default: HDH_TODAY, else today, UTC)")
    .option("--inventory <file>", "the Azure inventory (`az resource list -o json`): adds the reconciliation's summary")
    .parse([...argv]);
  const { today, inventory } = program.opts<{ today?: string; inventory?: string }>();
  exitOnConfigError(() => {
    // The report judges no region: it reads the environment file alone (prod's pending contract does not stop it).
    const loaded = readEnvironment();
    const report = renderEnvironmentMigrationReport(loaded, resolveToday(today), inventory);
    if (report === undefined) throw new ConfigError(loaded.file, "migration", "is missing: this environment has no migration plan");
    process.stdout.write(report);
  });
}

if (require.main === module) main(process.argv);
