/**
 * The migration report: one Markdown page listing every dataset of the plan with its phase, size,
 * legacy store, sovereign target, an estimated cutover date and whether the deadline is at risk.
 *
 *   npm run migration-report                 # HDH_ENV selects the environment (default dev)
 *   npm run migration-report -- --today 2026-11-29
 *
 * renderMigrationReport() is exported for other tools (the plan review) to embed the same table.
 */
import * as path from "node:path";
import { Command } from "commander";
import { ConfigError, exitOnConfigError } from "../config/config-error";
import { DEFAULT_ENVIRONMENT, readEnvironmentConfig } from "../config/environment-file";
import type { LoadedEnvironment } from "../config/load-environment";
import { resolveToday } from "../config/today";
import { DEFAULT_MIGRATION_DEADLINE, loadMigrationPlan, parseDay } from "../config/migration/load-plan";
import type { MigrationDataset, MigrationPlan } from "../config/migration/plan";

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
        `${dataset.legacyStore.dataStore}/${dataset.legacyStore.container}`,
        dataset.sovereignContainer,
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
  const verified = estimate.datasets.filter((d) => d.dataset.verification);
  if (verified.length > 0) {
    lines.push("", "## Verifications", "");
    for (const d of verified) lines.push(`- ${d.dataset.id}: checksum report \`${d.dataset.verification?.checksumReport}\`, verified on ${d.dataset.verification?.verifiedOn}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The report of a loaded environment, with the deadline, rate and cutover delay of its `migration`
 * section; undefined when the environment has no migration. For tools that already hold the environment.
 */
export function renderEnvironmentMigrationReport(loaded: Pick<LoadedEnvironment, "config" | "file">, today: string): string | undefined {
  const migration = loaded.config.migration;
  if (!migration) return undefined;
  const { plan, file } = loadMigrationPlan(loaded.config, loaded.file);
  return renderMigrationReport(plan, {
    today,
    deadline: migration.deadline,
    transferRateGiBPerDay: migration.transferRateGiBPerDay,
    cutoverDays: migration.cutoverDays,
    environmentName: loaded.config.name,
    planFile: path.relative(process.cwd(), file),
  });
}

/** `npm run migration-report`: the report of the environment chosen by HDH_ENV, on stdout. */
export function main(argv: readonly string[]): void {
  const program = new Command("migration-report")
    .description("Markdown report of the migration plan of the environment chosen by HDH_ENV (default dev)")
    .option("--today <YYYY-MM-DD>", "the day the report is made for (default: HDH_TODAY, else today, UTC)")
    .parse([...argv]);
  const { today } = program.opts<{ today?: string }>();
  exitOnConfigError(() => {
    // The report judges no region: it reads the environment file alone (prod's pending contract does not stop it).
    const loaded = readEnvironmentConfig(process.env.HDH_ENV || DEFAULT_ENVIRONMENT);
    const report = renderEnvironmentMigrationReport(loaded, resolveToday(today));
    if (report === undefined) throw new ConfigError(loaded.file, "migration", "is missing: this environment has no migration plan");
    process.stdout.write(report);
  });
}

if (require.main === module) main(process.argv);
