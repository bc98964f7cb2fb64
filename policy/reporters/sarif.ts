import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import type * as sarif from "sarif";
import { stripInstanceKeys } from "../addresses";
import type { EvaluationResult, Finding, WaivedFinding } from "../engine";
import { allRules } from "../packs";
import { version } from "../../package.json";


/** Rules that are not rule files but engine findings. */
const ENGINE_RULES: sarif.ReportingDescriptor[] = [
  {
    id: "waiver-expired",
    name: "WaiverExpired",
    shortDescription: { text: "A waiver is past its expiry date and no longer silences its findings." },
    fullDescription: { text: "Waivers carry an expiry date; past it the waived findings count again and the waiver should be removed or renewed." },
    help: { text: "Compliant: every waiver in force has an expiry date in the future." },
    defaultConfiguration: { level: "warning" },
  },
];

function descriptors(): sarif.ReportingDescriptor[] {
  return [
    ...allRules().map((rule) => ({
      id: rule.id,
      name: rule.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: rule.compliant },
      fullDescription: { text: rule.explanation },
      help: { text: `Compliant: ${rule.compliant}` },
      defaultConfiguration: { level: rule.level },
      properties: { tags: ["security", "sovereignty"] },
    })),
    ...ENGINE_RULES,
  ];
}

/** Finds the line of a resource's block in a JSON or HCL file (best effort; 1 when not found). */
class LineLocator {
  private readonly files = new Map<string, string[]>();

  line(file: string, address: string): number {
    let lines = this.files.get(file);
    if (!lines) {
      try {
        lines = readFileSync(file, "utf8").split("\n");
      } catch {
        lines = [];
      }
      this.files.set(file, lines);
    }
    const parts = stripInstanceKeys(address).split(".").filter((p) => p !== "data");
    const [type, name] = parts.slice(-2);
    if (!type || !name) return 1;
    const typeLine = lines.findIndex((l) => l.includes(`"${type}"`));
    if (typeLine < 0) return 1;
    const nameLine = lines.findIndex((l, i) => i >= typeLine && l.includes(`"${name}"`));
    return (nameLine < 0 ? typeLine : nameLine) + 1;
  }
}

function uri(file: string, baseDir: string): string {
  const relative = path.isAbsolute(file) ? path.relative(baseDir, file) : file;
  return relative.split(path.sep).join("/");
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one run of the `hdh-policy` tool, a result per finding with
 * a physical location (file and line) and the Terraform address as logical location; waived findings
 * carry an external suppression with the waiver's reason.
 */
export function sarifLog(result: EvaluationResult, baseDir = process.cwd()): sarif.Log {
  const rules = descriptors();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const locator = new LineLocator();
  const toResult = (f: Finding | WaivedFinding): sarif.Result => {
    const ruleIndex = index.get(f.ruleId);
    const sarifResult: sarif.Result = {
      ruleId: f.ruleId,
      ...(ruleIndex !== undefined ? { ruleIndex } : {}),
      level: f.severity,
      message: { text: `${f.address}: ${f.message}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(f.file, baseDir), uriBaseId: "%SRCROOT%" },
            region: { startLine: locator.line(f.file, f.address) },
          },
          logicalLocations: [{ fullyQualifiedName: f.address, kind: "resource" }],
        },
      ],
      partialFingerprints: { "hdhPolicyFinding/v1": createHash("sha256").update(`${f.ruleId}|${f.stack}|${f.address}`).digest("hex") },
      properties: { stack: f.stack, provider: f.provider, region: f.region },
    };
    if ("waiver" in f) {
      sarifResult.suppressions = [{ kind: "external", status: "accepted", justification: `${f.waiver.reason} (owner ${f.waiver.owner}, until ${f.waiver.expires})` }];
    }
    return sarifResult;
  };
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "hdh-policy", semanticVersion: version, rules } },
        originalUriBaseIds: { "%SRCROOT%": { uri: `${path.resolve(baseDir).split(path.sep).join("/").replace(/^\/?/, "file:///")}/` } },
        results: [...result.findings.map(toResult), ...result.waived.map(toResult)],
      },
    ],
  };
}

export function formatSarif(result: EvaluationResult, baseDir?: string): string {
  return `${JSON.stringify(sarifLog(result, baseDir), null, 2)}\n`;
}
