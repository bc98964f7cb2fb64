/** The report formats of `hdh-policy check --format`. */
import type { EvaluationResult } from "../engine";
import { formatJson } from "./json";
import { formatJunit } from "./junit";
import { formatMarkdown } from "./markdown";
import { formatSarif } from "./sarif";
import { formatText } from "./text";

export const REPORT_FORMATS = ["text", "json", "sarif", "junit", "markdown"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function formatReport(result: EvaluationResult, format: ReportFormat, baseDir?: string): string {
  switch (format) {
    case "text":
      return formatText(result);
    case "json":
      return formatJson(result);
    case "sarif":
      return formatSarif(result, baseDir);
    case "junit":
      return formatJunit(result);
    case "markdown":
      return formatMarkdown(result);
  }
}
