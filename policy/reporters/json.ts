import type { EvaluationResult, Finding } from "../engine";

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

export interface JsonReport {
  readonly summary: { resources: number; findings: number; errors: number; waived: number; warnings: number };
  readonly findings: JsonFinding[];
  readonly waived: (JsonFinding & { waiver: { reason: string; owner: string; expires: string; source: string } })[];
  readonly resources: EvaluationResult["resources"];
}

function toJson(f: Finding): JsonFinding {
  return { ruleId: f.ruleId, severity: f.severity, address: f.address, file: f.file, provider: f.provider, region: f.region, message: f.message, stack: f.stack };
}

export function jsonReport(result: EvaluationResult): JsonReport {
  const { resources, findings, errors, waived, warnings } = result.summary;
  return {
    summary: { resources, findings, errors, waived, warnings },
    findings: result.findings.map(toJson),
    waived: result.waived.map((f) => ({
      ...toJson(f),
      waiver: { reason: f.waiver.reason, owner: f.waiver.owner, expires: f.waiver.expires, source: f.waiver.source },
    })),
    resources: result.resources,
  };
}

export function formatJson(result: EvaluationResult): string {
  return `${JSON.stringify(jsonReport(result), null, 2)}\n`;
}
