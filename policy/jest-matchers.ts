/**
 * Jest matchers over the policy engine: `expect(stack).toBeSovereignCompliant()`,
 * `expect(stack).toHavePolicyFinding("region-qualified", address)`, and `complianceSnapshot()` for
 * a per-stack compliance snapshot (resource, effective region, qualifications, verdict).
 * Import this module from a test file (it registers the matchers with `expect.extend`).
 */
import { TerraformStack } from "cdktf";
// What Testing.synth runs before converting: cdktf exports it only from this module. Testing.synth itself would
// also sort and stringify the whole stack (and strip the "//" metadata the policy reads), which cost more than the
// judgement; the stack is converted once, below, exactly as the Aspect and `cdktf synth` convert it.
import { invokeAspects } from "cdktf/lib/synthesize/synthesizer";
import { describeFinding } from "./aspect";
import { evaluate, type EvaluateOptions, type EvaluationResult } from "./engine";
import { fromTerraformJson } from "./inputs";
import { parseConfigJson } from "./source/config-json";
import type { PolicyStack, StackPolicyMetadata } from "./model";
import { loadWaivers, PROJECT_WAIVERS_FILE } from "./waivers";

export interface ComplianceOptions extends EvaluateOptions {
  /** Policy metadata for synthesized JSON that lacks it (Testing.synth strips the "//" key). */
  readonly metadata?: StackPolicyMetadata;
}

/** As the Aspect and the CLI do, judge with the project's waivers (config/waivers.json) unless told otherwise. */
function withProjectWaivers(options: ComplianceOptions): ComplianceOptions {
  return options.waivers === undefined ? { ...options, waivers: loadWaivers(PROJECT_WAIVERS_FILE) } : options;
}

/** A TerraformStack, its synthesized JSON string, or the parsed JSON. */
export type Synthesized = TerraformStack | string | Record<string, unknown>;

function toPolicyStack(received: Synthesized, options: ComplianceOptions): PolicyStack {
  let doc: Record<string, unknown>;
  let name = "stack";
  if (TerraformStack.isStack(received)) {
    invokeAspects(received); // tags, defaults: what a synthesis applies before converting
    doc = received.toTerraform() as Record<string, unknown>;
    name = received.node.id;
  } else if (typeof received === "string") {
    // As Terraform reads it: a duplicated key keeps every block it declares.
    doc = parseConfigJson(received, "synthesized JSON") as Record<string, unknown>;
  } else {
    doc = received;
  }
  if (options.metadata) {
    const comment = (doc["//"] ?? {}) as Record<string, unknown>;
    doc = { ...doc, "//": { ...comment, hdhPolicy: options.metadata } };
  }
  return fromTerraformJson(doc, { stack: name, file: `stacks/${name}/cdk.tf.json`, source: "cdktf" });
}

/** Evaluates one stack (or its synthesized JSON) with the policy engine. */
export function complianceOf(received: Synthesized, options: ComplianceOptions = {}): EvaluationResult {
  return evaluate({ stacks: [toPolicyStack(received, options)] }, withProjectWaivers(options));
}

/** One row of a compliance snapshot. */
export interface ComplianceRow {
  readonly resource: string;
  readonly region: string | null;
  readonly regionSource: string | null;
  readonly qualifications: readonly string[];
  readonly required: readonly string[];
  /** Company operating the resource, and the non-EU laws that reach it through that company. */
  readonly operator: string | null;
  readonly exposedTo: readonly string[];
  readonly verdict: string;
  /** Its other places (replicas, geo-redundant copies, partners): where, catalogue region, qualifications held. */
  readonly secondaryLocations?: readonly string[];
  readonly findings: readonly string[];
}

/** The compliance of each resource, for `toMatchSnapshot()`: stable, sorted by address. */
export function complianceSnapshot(received: Synthesized, options: ComplianceOptions = {}): ComplianceRow[] {
  const result = complianceOf(received, options);
  return result.resources
    .map((r) => ({
      resource: r.address,
      region: r.catalogueRegion ?? r.region,
      regionSource: r.regionSource ?? r.regionReason ?? null,
      qualifications: r.heldQualifications,
      required: r.requiredQualifications,
      operator: r.operator ?? null,
      exposedTo: r.extraterritorialLaws,
      verdict: r.verdict,
      ...(r.secondaryLocations ? { secondaryLocations: r.secondaryLocations.map((s) => `${s.where}: ${s.catalogueRegion ?? s.region ?? s.status} [${s.heldQualifications.join(", ")}]`) } : {}),
      findings: [...result.findings, ...result.waived].filter((f) => f.address === r.address).map((f) => `${f.ruleId}${"waiver" in f ? " (waived)" : ""}: ${f.message}`),
    }))
    .sort((a, b) => a.resource.localeCompare(b.resource));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** No active error finding in the stack (waived findings and warnings pass). */
      toBeSovereignCompliant(options?: ComplianceOptions): R;
      /** An active finding of the rule, on the address if given. */
      toHavePolicyFinding(ruleId: string, address?: string, options?: ComplianceOptions): R;
    }
  }
}

expect.extend({
  toBeSovereignCompliant(received: Synthesized, options: ComplianceOptions = {}) {
    const errors = complianceOf(received, options).findings.filter((f) => f.severity === "error");
    return {
      pass: errors.length === 0,
      message: () =>
        errors.length === 0
          ? "expected policy error findings, found none"
          : `expected no policy error findings, found ${errors.length}:\n  ${errors.map(describeFinding).join("\n  ")}`,
    };
  },
  toHavePolicyFinding(received: Synthesized, ruleId: string, address?: string, options: ComplianceOptions = {}) {
    const findings = complianceOf(received, options).findings;
    const pass = findings.some((f) => f.ruleId === ruleId && (address === undefined || f.address === address));
    const target = `${ruleId}${address ? ` on ${address}` : ""}`;
    return {
      pass,
      message: () =>
        pass
          ? `expected no ${target} finding`
          : `expected a ${target} finding; found:\n  ${findings.map(describeFinding).join("\n  ") || "(none)"}`,
    };
  },
});
