import type { EvaluationResult, Finding, WaivedFinding } from "../engine";

/** The CLI's JSON contract: other tools depend on these field names. */
export interface JsonFinding {
  readonly ruleId: string;
  readonly severity: "error" | "warning";
  readonly address: string;
  readonly file: string;
  readonly provider: string | null;
  readonly region: string | null;
  readonly message: string;
  readonly stack: string;
}

export type JsonWaivedFinding = JsonFinding & { readonly waiver: { reason: string; owner: string; expires: string; source: string } };

export interface JsonReport {
  readonly summary: { resources: number; findings: number; errors: number; waived: number; warnings: number };
  readonly findings: JsonFinding[];
  readonly waived: JsonWaivedFinding[];
  readonly resources: EvaluationResult["resources"];
}

/** The JSON shape of a finding, shared by `check` and `review`. */
export function toJsonFinding(f: Finding): JsonFinding {
  return { ruleId: f.ruleId, severity: f.severity, address: f.address, file: f.file, provider: f.provider, region: f.region, message: f.message, stack: f.stack };
}

/** A waived finding with its waiver, as both commands write it. */
export function toJsonWaivedFinding(f: WaivedFinding): JsonWaivedFinding {
  return { ...toJsonFinding(f), waiver: { reason: f.waiver.reason, owner: f.waiver.owner, expires: f.waiver.expires, source: f.waiver.source } };
}

export function jsonReport(result: EvaluationResult): JsonReport {
  const { resources, findings, errors, waived, warnings } = result.summary;
  return {
    summary: { resources, findings, errors, waived, warnings },
    findings: result.findings.map(toJsonFinding),
    waived: result.waived.map(toJsonWaivedFinding),
    resources: result.resources,
  };
}

export function formatJson(result: EvaluationResult): string {
  return `${JSON.stringify(jsonReport(result), null, 2)}\n`;
}
