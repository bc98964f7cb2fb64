import type { EvaluationResult } from "../engine";
import { markdownCell as cell, markdownCode } from "./escape";

/** A Markdown report for pull-request comments and audit evidence. */
export function formatMarkdown(result: EvaluationResult): string {
  const s = result.summary;
  const lines = [
    "## Sovereignty policy",
    "",
    `${s.errors === 0 ? "✅" : "❌"} **${s.resources}** resources · **${s.errors}** errors · **${s.warnings}** warnings · **${s.waived}** waived`,
    "",
  ];
  if (result.findings.length > 0) {
    lines.push("### Findings", "", "| Severity | Rule | Resource | Region | Message |", "|---|---|---|---|---|");
    for (const f of result.findings) lines.push(`| ${f.severity} | \`${f.ruleId}\` | ${markdownCode(f.address)} | ${cell(f.region) || "—"} | ${cell(f.message)} |`);
    lines.push("");
  }
  if (result.waived.length > 0) {
    lines.push("### Waived", "", "| Rule | Resource | Until | Owner | Reason |", "|---|---|---|---|---|");
    for (const f of result.waived) lines.push(`| \`${f.ruleId}\` | ${markdownCode(f.address)} | ${f.waiver.expires} | ${cell(f.waiver.owner)} | ${cell(f.waiver.reason)} |`);
    lines.push("");
  }
  lines.push("<details><summary>Resources</summary>", "", "| Resource | Stack | Region | Qualifications | Required | Verdict |", "|---|---|---|---|---|---|");
  for (const r of result.resources) {
    lines.push(`| ${markdownCode(r.address)} | ${cell(r.stack)} | ${cell(r.catalogueRegion ?? r.region) || `— (${cell(r.regionReason ?? r.regionStatus)})`} | ${r.heldQualifications.join(", ")} | ${r.requiredQualifications.join(", ")} | ${r.verdict} |`);
  }
  lines.push("", "</details>", "");
  return lines.join("\n");
}
