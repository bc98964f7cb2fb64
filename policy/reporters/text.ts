import type { EvaluationResult } from "../engine";
import { oneLine } from "./escape";

/** Human-readable report: one line per finding (whatever the artefact's names hold), then the summary. */
export function formatText(result: EvaluationResult): string {
  const lines: string[] = [];
  for (const f of result.findings) {
    lines.push(oneLine(`${f.severity.padEnd(7)} ${f.ruleId}  ${f.address}${f.region ? ` [${f.region}]` : ""}  ${f.message}  (${f.file})`));
  }
  for (const f of result.waived) {
    lines.push(oneLine(`waived  ${f.ruleId}  ${f.address}  ${f.message}  (until ${f.waiver.expires}, ${f.waiver.owner}: ${f.waiver.reason})`));
  }
  const s = result.summary;
  lines.push(`${s.resources} resources, ${s.errors} errors, ${s.warnings} warnings, ${s.waived} waived`);
  return `${lines.join("\n")}\n`;
}
