/**
 * The hostile corpus: configurations, plans and artefacts written to evade the sovereignty policy (override
 * files, duplicate keys, odd JSON, unresolved expressions, secondary locations, foreign clouds, forged
 * reports…), each with its compliant twin where one exists. Each case is a folder under `cases/`:
 *
 * - `case.json`: `title`, `section`, `args` (CLI flags; `@/` stands for the case folder), `inputs` (paths in
 *   the case folder; default: the folder itself), `env` (variables set while it runs), and what must happen:
 *   `exit` (0, 1 or 2), `errors` / `warnings` (the exact set of rule ids with error / warning findings),
 *   `expect` (findings that must be among them: rule and address), `message` (a pattern some error finding's
 *   address, region or message matches), `stderr` (a pattern the one line on stderr matches);
 * - the artefact: Terraform files, plans, cdktf.out folders, variable files, waivers.
 *
 * The CLI runs in-process (helpers/cli.ts: `main`, exactly as `hdh-policy check` would), with the JSON report on stdout.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { runPolicyCli, type CliRun } from "../../helpers/cli";

interface HostileCase {
  readonly title: string;
  readonly section: string;
  readonly args?: readonly string[];
  readonly inputs?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly exit: 0 | 1 | 2;
  readonly errors?: readonly string[];
  readonly warnings?: readonly string[];
  readonly expect?: readonly { readonly rule: string; readonly address: string }[];
  readonly message?: string;
  readonly stderr?: string;
}

interface JsonFinding {
  readonly ruleId: string;
  readonly severity: string;
  readonly address: string;
  readonly region?: string | null;
  readonly message: string;
}

const CASES = path.join(__dirname, "cases");
const names = readdirSync(CASES).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));

function run(dir: string, spec: HostileCase): Promise<CliRun> {
  const args = (spec.args ?? []).map((arg) => arg.replace(/^@\//, `${dir}/`));
  const inputs = (spec.inputs ?? ["."]).map((input) => path.join(dir, input));
  const format = args.includes("--format") ? [] : ["--format", "json"];
  return runPolicyCli(["check", ...inputs, ...args, ...format], { env: spec.env });
}

function ruleIds(findings: readonly JsonFinding[], severity: string): string[] {
  return [...new Set(findings.filter((f) => f.severity === severity).map((f) => f.ruleId))].sort();
}

it("holds a corpus of evasions and their compliant twins", () => {
  expect(names.length).toBeGreaterThanOrEqual(250);
});

describe.each(names)("%s", (name) => {
  const dir = path.join(CASES, name);
  const spec = JSON.parse(readFileSync(path.join(dir, "case.json"), "utf8")) as HostileCase;

  it(`${spec.section}: ${spec.title}`, async () => {
    const { code, stdout, stderr } = await run(dir, spec);
    expect({ code, stderr: code === spec.exit ? "" : stderr }).toEqual({ code: spec.exit, stderr: "" });
    if (spec.exit === 2) {
      // A refusal: one line naming the problem, no report.
      expect(stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(stderr).not.toMatch(/internal error| {4}at /);
      if (spec.stderr) expect(stderr).toMatch(new RegExp(spec.stderr));
      return;
    }
    expect(stderr).toBe("");
    const writesReportElsewhere = (spec.args ?? []).includes("--output") || (spec.args ?? []).includes("--format");
    if (writesReportElsewhere) return;
    const findings = (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;
    if (spec.errors) expect(ruleIds(findings, "error")).toEqual([...spec.errors].sort());
    if (spec.warnings) expect(ruleIds(findings, "warning")).toEqual([...spec.warnings].sort());
    for (const wanted of spec.expect ?? []) {
      expect(findings).toContainEqual(expect.objectContaining({ ruleId: wanted.rule, address: wanted.address }));
    }
    if (spec.message) {
      const pattern = new RegExp(spec.message);
      const texts = findings.filter((f) => f.severity === "error").map((f) => `${f.address} ${f.region ?? ""} ${f.message}`);
      expect(texts.some((text) => pattern.test(text)) ? [] : texts).toEqual([]);
    }
  });
});
