import type { EvaluationResult, Finding } from "../engine";
import { unicodeEscape } from "./escape";

/** Text as XML 1.0 character data: markup escaped, characters XML cannot hold (NUL, most controls, lone surrogates) written as `\uXXXX`. */
function xml(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, unicodeEscape)
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

interface Case {
  name: string;
  errors: Finding[];
  notes: string[];
}

/**
 * JUnit XML for CI servers: one test suite per stack, one test case per resource (and per stack-level
 * element with findings); error findings are failures, warnings and waivers go to system-out.
 */
export function formatJunit(result: EvaluationResult): string {
  const stacks = new Map<string, Map<string, Case>>();
  const caseOf = (stack: string, name: string): Case => {
    const cases = stacks.get(stack) ?? new Map<string, Case>();
    stacks.set(stack, cases);
    const existing = cases.get(name) ?? { name, errors: [], notes: [] };
    cases.set(name, existing);
    return existing;
  };
  for (const r of result.resources) caseOf(r.stack, r.address);
  for (const f of result.findings) {
    const c = caseOf(f.stack || "policy", f.address || f.ruleId);
    if (f.severity === "error") c.errors.push(f);
    else c.notes.push(`warning ${f.ruleId}: ${f.message}`);
  }
  for (const f of result.waived) caseOf(f.stack, f.address).notes.push(`waived ${f.ruleId} until ${f.waiver.expires} (${f.waiver.owner}): ${f.message}`);

  const totalCases = [...stacks.values()].reduce((n, cases) => n + cases.size, 0);
  const totalFailures = [...stacks.values()].reduce((n, cases) => n + [...cases.values()].filter((c) => c.errors.length > 0).length, 0);
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="hdh-policy" tests="${totalCases}" failures="${totalFailures}" errors="0">`];
  for (const [stack, cases] of stacks) {
    const failures = [...cases.values()].filter((c) => c.errors.length > 0).length;
    out.push(`  <testsuite name="${xml(stack)}" tests="${cases.size}" failures="${failures}" errors="0" skipped="0">`);
    for (const c of cases.values()) {
      out.push(`    <testcase classname="${xml(stack)}" name="${xml(c.name)}">`);
      for (const f of c.errors) {
        out.push(`      <failure type="${xml(f.ruleId)}" message="${xml(f.message)}">${xml(`${f.ruleId}: ${f.address}: ${f.message} (${f.file})`)}</failure>`);
      }
      if (c.notes.length > 0) out.push(`      <system-out>${xml(c.notes.join("\n"))}</system-out>`);
      out.push("    </testcase>");
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>", "");
  return out.join("\n");
}
