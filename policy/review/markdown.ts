/**
 * The plan review as Markdown for a pull-request comment: blocking data-store changes first, then
 * counts per stack, changes by provider and region, drift, policy findings, migration progress and a
 * Mermaid diagram of the estate. Sensitive values are never printed.
 */
import { markdownCell as cell, markdownCode as code } from "../reporters/escape";
import { estateDiagram } from "./mermaid";
import { daysUntil, MIGRATION_PHASES } from "./migration-progress";
import { COUNT_KEYS, UNKNOWN_TEXT, type AttributeChange } from "./plan-file";
import { reconciliationSummaryMarkdown } from "./reconciliation/format";
import { sensitiveScrubber } from "./redact";
import { reviewExitCode, type PlanReview, type ReviewedChange } from "./review";

export interface MarkdownOptions {
  /** At most this many rows per table (changes, drift, findings); default: the most that fit in maxLength. */
  readonly maxChangeRows?: number;
  /**
   * Characters the review should fit in: GitHub refuses comments over 65,536 characters. Tables are
   * cut (never the blocking list) until the review fits; default 60,000.
   */
  readonly maxLength?: number;
  /** Attribute changes shown per resource; default 5. */
  readonly maxAttributes?: number;
  /** Findings tables with at most this many rows start unfolded; default 20. */
  readonly openFindings?: number;
}

/** What one rendering uses. */
type Settings = Required<Omit<MarkdownOptions, "maxLength">>;

function regionText(change: ReviewedChange): string {
  if (change.region === null) {
    if (change.regionStatus === "region-less") return "no region";
    if (change.regionStatus === "global") return "global";
    // The plan itself says the region is unknown: say it the way Terraform does.
    if (/known only after apply/.test(change.regionReason ?? "")) return UNKNOWN_TEXT;
    return "unresolved";
  }
  return cell(change.catalogueRegion ?? change.region);
}

const ACTION_LABELS: Readonly<Record<string, string>> = {
  create: "create",
  update: "update",
  replace: "**replace**",
  delete: "**delete**",
  read: "read",
  "no-op": "no-op",
  forget: "forget",
};

function actionText(change: ReviewedChange): string {
  const parts = [ACTION_LABELS[change.action] ?? change.action];
  if (change.importing) parts.push("import");
  if (change.moved) parts.push("move");
  return parts.join(" + ");
}

function attributeText(attribute: AttributeChange): string {
  const forces = attribute.forcesReplacement ? " (forces replacement)" : "";
  return `${cell(attribute.name)}: ${cell(attribute.before)} → ${cell(attribute.after)}${forces}`;
}

function details(change: ReviewedChange, maxAttributes: number): string {
  const notes: string[] = [];
  if (change.mode === "data") notes.push("data source");
  if (change.importing) notes.push(change.importId !== undefined ? `import of id ${cell(change.importId)}` : "import");
  if (change.moved && change.previousAddress) notes.push(`moved from ${code(change.previousAddress)}`);
  if (change.deposed) notes.push(`deposed object ${cell(change.deposed)}`);
  if (change.actionReason) notes.push(cell(change.actionReason.replace(/_/g, " ")));
  if (change.region === null && change.regionStatus !== "region-less" && change.regionReason) notes.push(`no region: ${cell(change.regionReason)}`);
  // A zone-level resource is grouped with its region; its zone is said here.
  if (change.zone) notes.push(`zone ${cell(change.zone)}`);
  const shown = change.attributes.slice(0, maxAttributes).map(attributeText);
  if (change.attributes.length > maxAttributes) shown.push(`… ${change.attributes.length - maxAttributes} more`);
  return [...notes, ...shown].join("<br>");
}

function headline(review: PlanReview): string {
  const { errors, warnings, waived } = review.evaluation.summary;
  const changes = review.stacks.reduce((n, s) => n + s.changes.filter((c) => c.action !== "no-op" || c.importing || c.moved).length, 0);
  const figures = `**${review.stacks.length}** stack${review.stacks.length === 1 ? "" : "s"} · **${changes}** change${changes === 1 ? "" : "s"} · **${errors}** policy error${errors === 1 ? "" : "s"} · ${warnings} warning${warnings === 1 ? "" : "s"} · ${waived} waived`;
  const blocking = [
    review.blocking.length > 0 ? `${review.blocking.length} data store${review.blocking.length === 1 ? "" : "s"} deleted or replaced` : undefined,
    review.policyChanges.length > 0 ? `${review.policyChanges.length} policy configuration change${review.policyChanges.length === 1 ? "" : "s"}` : undefined,
  ].filter(Boolean);
  if (blocking.length > 0) return `❌ **Blocking:** ${blocking.join(" · ")} · ${figures}`;
  return `${reviewExitCode(review) === 0 ? "✅" : "❌"} ${figures}`;
}

/** Rows of the policy configuration section: enough to review, never so many that the comment cannot post. */
const MAX_POLICY_CHANGE_ROWS = 60;

function policyChangesSection(review: PlanReview): string[] {
  if (review.policyChanges.length === 0) return [];
  const lines = [
    "### ⛔ Policy configuration changed: needs the policy owners' approval (blocking)",
    "",
    `Compared with \`${cell(review.policyBase ?? "the base")}\`. These change what the policy judges (waivers, region catalogues and their evidence, data classifications, roles, required qualifications, deadlines): the policy owners named in \`.github/CODEOWNERS\` must approve them.`,
    "",
    "| Kind | File | What | Change | Before | After |",
    "|---|---|---|---|---|---|",
  ];
  for (const c of review.policyChanges.slice(0, MAX_POLICY_CHANGE_ROWS)) {
    lines.push(`| ${cell(c.kind)} | ${c.file ? code(c.file) : "synthesized stacks"} | ${code(c.subject)} | ${c.change} | ${cell(c.before) || "—"} | ${cell(c.after) || "—"} |`);
  }
  if (review.policyChanges.length > MAX_POLICY_CHANGE_ROWS) {
    lines.push("", `_… ${review.policyChanges.length - MAX_POLICY_CHANGE_ROWS} more not shown: run \`hdh-policy review --format json\` for all of them._`);
  }
  lines.push("");
  return lines;
}

function blockingSection(review: PlanReview): string[] {
  if (review.blocking.length === 0) return [];
  const lines = [
    "### ⛔ Data stores deleted or replaced (blocking)",
    "",
    "Each of these destroys the data it holds. Migrate or back the data up first, or keep the resource (`prevent_destroy`, a `moved` block, or an import).",
    "",
    "| Stack | Resource | Action | Provider | Region | Why |",
    "|---|---|---|---|---|---|",
  ];
  for (const c of review.blocking) {
    const why = [c.deposed && `deposed object ${c.deposed}`, c.actionReason?.replace(/_/g, " "), ...c.attributes.filter((a) => a.forcesReplacement).map((a) => `${a.name} forces replacement`)].filter(Boolean).join("; ");
    lines.push(`| ${cell(c.stack)} | ${code(c.address)} | ${actionText(c)} | ${cell(c.provider)} | ${regionText(c)} | ${cell(why)} |`);
  }
  lines.push("");
  return lines;
}

function countsSection(review: PlanReview): string[] {
  const lines = [
    "### Changes per stack",
    "",
    `| Stack | ${COUNT_KEYS.map((k) => k[0].toUpperCase() + k.slice(1)).join(" | ")} | Drift | Resources after |`,
    `|---|${COUNT_KEYS.map(() => "--:").join("|")}|--:|--:|`,
  ];
  for (const s of review.stacks) {
    const note = s.errored ? " ⚠️ planning errored: changes missing" : s.incomplete ? " ⚠️ incomplete: some changes deferred" : "";
    lines.push(`| ${cell(s.stack)}${note} | ${COUNT_KEYS.map((k) => String(s.counts[k])).join(" | ")} | ${s.drift.length} | ${s.resources} |`);
  }
  lines.push("", "_Import and move are counted beside the action they come with (an import with no other change is also a no-op)._", "");
  return lines;
}

function groupKey(change: ReviewedChange): string {
  return `${change.provider} · ${regionText(change)}`;
}

function actionCounts(changes: readonly ReviewedChange[]): string {
  const counts = new Map<string, number>();
  for (const c of changes) {
    const keys = [c.action === "no-op" ? undefined : c.action, c.importing ? "import" : undefined, c.moved ? "move" : undefined];
    for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].map(([k, n]) => `${n} ${k}`).join(", ");
}

function changesSection(review: PlanReview, options: Settings): string[] {
  const interesting = review.stacks.flatMap((s) => s.changes.filter((c) => c.action !== "no-op" || c.importing || c.moved));
  if (interesting.length === 0) return ["### Changes by provider and region", "", "No change: the infrastructure matches the configuration.", ""];
  const groups = new Map<string, ReviewedChange[]>();
  for (const change of interesting) groups.set(groupKey(change), [...(groups.get(groupKey(change)) ?? []), change]);
  const lines = ["### Changes by provider and region", ""];
  let rows = 0;
  let omitted = 0;
  for (const key of [...groups.keys()].sort()) {
    const changes = groups.get(key) ?? [];
    if (rows >= options.maxChangeRows) {
      omitted += changes.length;
      continue;
    }
    // Groups that destroy something stay open; the others fold so the comment stays readable.
    const destroys = changes.some((c) => c.action === "delete" || c.action === "replace");
    lines.push(
      `<details${destroys ? " open" : ""}><summary><b>${cell(key)}</b>: ${changes.length} change${changes.length === 1 ? "" : "s"} (${actionCounts(changes)})</summary>`,
      "",
      "| Stack | Resource | Action | Details |",
      "|---|---|---|---|",
    );
    for (const c of changes) {
      if (rows >= options.maxChangeRows) {
        omitted += 1;
        continue;
      }
      rows += 1;
      lines.push(`| ${cell(c.stack)} | ${code(c.address)}${c.blocking ? " ⛔" : ""} | ${actionText(c)} | ${details(c, options.maxAttributes)} |`);
    }
    lines.push("", "</details>", "");
  }
  if (omitted > 0) lines.push(`_… ${omitted} more change${omitted === 1 ? "" : "s"} not shown: run \`hdh-policy review --format json\` for all of them._`, "");
  return lines;
}

function driftSection(review: PlanReview, options: Settings): string[] {
  const drift = review.stacks.flatMap((s) => s.drift);
  if (drift.length === 0) return [];
  const lines = [
    "### Drift: changed outside Terraform",
    "",
    "| Stack | Resource | Change | Provider | Region | Details |",
    "|---|---|---|---|---|---|",
  ];
  for (const c of drift.slice(0, options.maxChangeRows)) {
    const gone = c.action === "delete" ? [`deleted outside Terraform${c.dataStore ? " (a data store: check its data)" : ""}`] : [];
    const text = [...gone, details(c, options.maxAttributes)].filter(Boolean).join("<br>");
    lines.push(`| ${cell(c.stack)} | ${code(c.address)} | ${actionText(c)} | ${cell(c.provider)} | ${regionText(c)} | ${text} |`);
  }
  if (drift.length > options.maxChangeRows) lines.push("", `_… ${drift.length - options.maxChangeRows} more not shown._`);
  lines.push("");
  return lines;
}

function findingsSection(review: PlanReview, options: Settings): string[] {
  const { findings, waived, summary } = review.evaluation;
  const lines = ["### Policy findings on the planned values", ""];
  if (findings.length === 0) lines.push("No finding.", "");
  else {
    const open = findings.length <= options.openFindings ? " open" : "";
    lines.push(
      `<details${open}><summary>${summary.errors} error${summary.errors === 1 ? "" : "s"}, ${summary.warnings} warning${summary.warnings === 1 ? "" : "s"}</summary>`,
      "",
      "| Severity | Rule | Stack | Resource | Region | Message |",
      "|---|---|---|---|---|---|",
    );
    for (const f of findings.slice(0, options.maxChangeRows)) {
      lines.push(`| ${f.severity === "error" ? "❌ error" : "⚠️ warning"} | ${code(f.ruleId)} | ${cell(f.stack)} | ${code(f.address)} | ${cell(f.region) || "—"} | ${cell(f.message)} |`);
    }
    if (findings.length > options.maxChangeRows) lines.push("", `_… ${findings.length - options.maxChangeRows} more findings not shown._`);
    lines.push("", "</details>", "");
  }
  if (waived.length > 0) {
    lines.push(`<details><summary>${waived.length} waived finding${waived.length === 1 ? "" : "s"}</summary>`, "", "| Rule | Stack | Resource | Until | Owner | Reason |", "|---|---|---|---|---|---|");
    for (const f of waived.slice(0, options.maxChangeRows)) {
      lines.push(`| ${code(f.ruleId)} | ${cell(f.stack)} | ${code(f.address)} | ${cell(f.waiver.expires)} | ${cell(f.waiver.owner)} | ${cell(f.waiver.reason)} |`);
    }
    if (waived.length > options.maxChangeRows) lines.push("", `_… ${waived.length - options.maxChangeRows} more not shown._`);
    lines.push("", "</details>", "");
  }
  return lines;
}

function migrationSection(review: PlanReview): string[] {
  if (review.migration.length === 0) return [];
  const lines = ["### Migration progress", ""];
  for (const result of review.migration) {
    if (result.kind === "unavailable") {
      lines.push(`- ${cell(result.stack)}: migration progress unavailable (${cell(result.reason)})`, "");
      continue;
    }
    const { progress } = result;
    const days = daysUntil(progress.deadline, review.today);
    const when = days >= 0 ? `${days} day${days === 1 ? "" : "s"} left` : `**passed ${-days} day${days === -1 ? "" : "s"} ago**`;
    const total = progress.datasets.reduce((n, d) => n + d.sizeGb, 0);
    const done = progress.datasets.filter((d) => d.phase === "decommissioned");
    const doneGb = done.reduce((n, d) => n + d.sizeGb, 0);
    lines.push(
      `**${cell(progress.stack)}** · deadline ${cell(progress.deadline)} (${when}) · ${done.length}/${progress.datasets.length} datasets decommissioned on the legacy estate (${doneGb} of ${total} GB)`,
      "",
      "| Dataset | Phase | Size (GB) | Target |",
      "|---|---|--:|---|",
    );
    const order = (phase: string): number => {
      const index = (MIGRATION_PHASES as readonly string[]).indexOf(phase);
      return index < 0 ? MIGRATION_PHASES.length : index;
    };
    for (const d of [...progress.datasets].sort((a, b) => order(a.phase) - order(b.phase) || a.id.localeCompare(b.id))) {
      lines.push(`| ${cell(d.id)} | ${cell(d.phase)} | ${d.sizeGb} | ${cell(d.target)} |`);
    }
    lines.push("");
  }
  return lines;
}

/** Row caps tried in turn until the review fits in maxLength. */
const ROW_CAPS = [250, 120, 60, 30, 15] as const;

function render(review: PlanReview, settings: Settings, scrub: (text: string) => string): string {
  const lines = [
    "## Plan review",
    "",
    headline(review),
    "",
    ...review.stacks
      .filter((s) => s.errored || s.incomplete)
      .flatMap((s) => [`> ⚠️ **${cell(s.stack)}**: ${s.errored ? "Terraform reported errors while planning: this review misses the changes it could not plan." : "Terraform deferred some changes to a later plan: this review shows only the ones planned now."}`, ""]),
    ...blockingSection(review),
    ...policyChangesSection(review),
    ...countsSection(review),
    ...changesSection(review, settings),
    ...driftSection(review, settings),
    ...findingsSection(review, settings),
    ...migrationSection(review),
    ...(review.reconciliation ? reconciliationSummaryMarkdown(review.reconciliation) : []),
    "### Estate after this plan",
    "",
    "```mermaid",
    estateDiagram(review),
    "```",
    "",
  ];
  return scrub(lines.join("\n"));
}

/** Renders a review as Markdown. */
export function formatReviewMarkdown(review: PlanReview, options: MarkdownOptions = {}): string {
  const scrub = sensitiveScrubber(review.sensitiveStrings);
  const base = { maxAttributes: options.maxAttributes ?? 5, openFindings: options.openFindings ?? 20 };
  if (options.maxChangeRows !== undefined) return render(review, { ...base, maxChangeRows: options.maxChangeRows }, scrub);
  const maxLength = options.maxLength ?? 60_000;
  let text = "";
  for (const maxChangeRows of ROW_CAPS) {
    text = render(review, { ...base, maxChangeRows }, scrub);
    if (text.length <= maxLength) break;
  }
  return text;
}
