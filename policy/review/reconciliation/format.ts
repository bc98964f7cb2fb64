/**
 * The reconciliation as JSON (a contract: exactly the documented fields), text (a terminal) or Markdown (a pull
 * request or the migration report), and its summary alone for the plan review and the migration report.
 */
import type { Reconciliation } from "./reconcile";

export const RECONCILE_FORMATS = ["text", "json", "markdown"] as const;
export type ReconcileFormat = (typeof RECONCILE_FORMATS)[number];

/** The JSON contract: `{ summary, wouldBeCreated, unmanaged, dataLeftBehind }`, nothing else. */
export function reconciliationJson(r: Reconciliation): object {
  return {
    summary: {
      inventory: r.summary.inventory,
      managed: r.summary.managed,
      wouldBeCreated: r.summary.wouldBeCreated,
      unmanaged: r.summary.unmanaged,
      dataLeftBehind: r.summary.dataLeftBehind,
    },
    wouldBeCreated: r.wouldBeCreated.map(({ address, azureId }) => ({ address, azureId })),
    unmanaged: r.unmanaged.map(({ azureId, type, dataBearing }) => ({ azureId, type, dataBearing })),
    dataLeftBehind: r.dataLeftBehind.map(({ azureId, type, reason }) => ({ azureId, type, reason })),
  };
}

/** One line of figures, e.g. `inventory 41 · managed 12 · would be created 1 · unmanaged 29 · data left behind 3`. */
export function summaryLine(r: Reconciliation): string {
  const s = r.summary;
  return `inventory ${s.inventory} · managed ${s.managed} · would be created ${s.wouldBeCreated} · unmanaged ${s.unmanaged} · data left behind ${s.dataLeftBehind}`;
}

function verdict(r: Reconciliation): string {
  return r.dataLeftBehind.length > 0
    ? `BLOCKING: ${r.dataLeftBehind.length} data-bearing resource${r.dataLeftBehind.length === 1 ? "" : "s"} would be left behind in Azure`
    : "Nothing blocking: every data-bearing resource is copied and verified, or deliberately not copied with a reason";
}

export function formatReconciliationText(r: Reconciliation): string {
  const lines = [`Legacy estate reconciliation: ${r.stack} against ${r.inventoryFile}${r.planFile ? ` (migration plan ${r.planFile})` : ""}`, summaryLine(r), verdict(r), ""];
  const section = (title: string, rows: string[]) => {
    if (rows.length === 0) return;
    lines.push(`${title}:`, ...rows.map((row) => `  ${row}`), "");
  };
  section(
    "Data left behind (blocking)",
    r.dataLeftBehind.map((d) => `${d.azureId}\n    ${d.type}: ${d.reason}`),
  );
  section(
    "Would be created (imported by the code, absent from the inventory)",
    r.wouldBeCreated.map((w) => `${w.address}\n    ${w.azureId}`),
  );
  section(
    "Unmanaged (in the inventory, not described by the code)",
    [...r.unmanaged].sort((a, b) => Number(b.dataBearing) - Number(a.dataBearing)).map((u) => `${u.dataBearing ? "[data] " : ""}${u.azureId} (${u.type})`),
  );
  section(
    "Not copied, by decision of the migration plan",
    r.notCopied.map((n) => `${n.azureId}\n    ${n.decision.reason} (${n.decision.owner}, ${n.decision.decidedOn})`),
  );
  section(
    "Copied and verified",
    r.copied.map((c) => `${c.azureId} (datasets ${c.datasets.join(", ")})`),
  );
  return `${lines.join("\n").trimEnd()}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** The summary and the blocking resources, as a Markdown section (for the plan review and the migration report). */
export function reconciliationSummaryMarkdown(r: Reconciliation, heading = "###"): string[] {
  const lines = [
    `${heading} Legacy estate vs the Azure inventory`,
    "",
    `${r.dataLeftBehind.length > 0 ? "⛔" : "✅"} ${verdict(r)}. \`${cell(r.stack)}\` against \`${cell(r.inventoryFile)}\`: ${summaryLine(r)}.`,
    "",
  ];
  if (r.dataLeftBehind.length > 0) {
    lines.push("| Azure resource | Type | Why |", "|---|---|---|");
    for (const d of r.dataLeftBehind) lines.push(`| ${code(d.azureId)} | ${cell(d.type)} | ${cell(d.reason)} |`);
    lines.push("");
  }
  lines.push("_Details: `npm run legacy:reconcile -- --inventory <file>`._", "");
  return lines;
}

export function formatReconciliationMarkdown(r: Reconciliation): string {
  const lines = [`## Legacy estate reconciliation: ${cell(r.stack)}`, "", ...reconciliationSummaryMarkdown(r, "###").slice(2, -2), ""];
  if (r.wouldBeCreated.length > 0) {
    lines.push("### Would be created (imported by the code, absent from the inventory)", "", "| Terraform address | Azure ID |", "|---|---|");
    for (const w of r.wouldBeCreated) lines.push(`| ${code(w.address)} | ${code(w.azureId)} |`);
    lines.push("");
  }
  if (r.unmanaged.length > 0) {
    lines.push("### Unmanaged (in the inventory, not described by the code)", "", "| Azure ID | Type | Holds data |", "|---|---|---|");
    for (const u of [...r.unmanaged].sort((a, b) => Number(b.dataBearing) - Number(a.dataBearing))) lines.push(`| ${code(u.azureId)} | ${cell(u.type)} | ${u.dataBearing ? "yes" : "no"} |`);
    lines.push("");
  }
  if (r.notCopied.length > 0) {
    lines.push("### Not copied, by decision of the migration plan", "", "| Azure ID | Reason | Owner | Decided on |", "|---|---|---|---|");
    for (const n of r.notCopied) lines.push(`| ${code(n.azureId)} | ${cell(n.decision.reason)} | ${cell(n.decision.owner)} | ${n.decision.decidedOn} |`);
    lines.push("");
  }
  if (r.copied.length > 0) {
    lines.push("### Copied and verified", "", ...r.copied.map((c) => `- ${code(c.azureId)}: datasets ${c.datasets.join(", ")}`), "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

export function formatReconciliation(r: Reconciliation, format: ReconcileFormat): string {
  if (format === "json") return `${JSON.stringify(reconciliationJson(r), null, 2)}\n`;
  return format === "markdown" ? formatReconciliationMarkdown(r) : formatReconciliationText(r);
}
