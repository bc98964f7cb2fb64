/**
 * The synth-time check: a cdktf Aspect that evaluates each stack's synthesized JSON (`toTerraform()`)
 * with the policy engine once all other aspects have run, so `cdktf synth` fails with a readable list
 * of error findings; warnings become warning annotations.
 */
import * as path from "node:path";
import { Annotations, Aspects, TerraformStack, type IAspect } from "cdktf";
import type { IConstruct } from "constructs";
import { ConfigError } from "../config/config-error";
import type { LoadedEnvironment } from "../config/load-environment";
import { evaluate, type EvaluateOptions, type Finding } from "./engine";
import { fromTerraformJson } from "./inputs/synthesized";
import { loadWaivers, PROJECT_WAIVERS_FILE } from "./waivers";

/** One finding as a line of synth's error list. */
export function describeFinding(finding: Finding): string {
  const where = finding.constructPath ? `${finding.address} (${finding.constructPath})` : finding.address;
  return `[${finding.ruleId}] ${where}: ${finding.message}`;
}

/** A stack breaks the sovereignty policy: its error findings, one per line. */
export class PolicyViolationError extends ConfigError {
  constructor(
    stack: string,
    readonly findings: readonly string[],
  ) {
    super(stack, "", `${findings.length} sovereignty policy error finding${findings.length === 1 ? "" : "s"} (policy/README.md):\n  ${findings.join("\n  ")}`);
    this.name = "PolicyViolationError";
  }
}

export class SovereigntyPolicyAspect implements IAspect {
  private readonly stacks = new WeakSet<TerraformStack>();

  constructor(private readonly options: EvaluateOptions = {}) {}

  visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node) || this.stacks.has(node)) return;
    this.stacks.add(node);
    // A validation runs after every aspect (tags, defaults) has touched the stack's resources. It
    // throws a ConfigError, so that main.ts prints the list without a stack trace and exits 1.
    node.node.addValidation({
      validate: () => {
        const errors = this.check(node);
        if (errors.length > 0) throw new PolicyViolationError(node.node.path, errors);
        return [];
      },
    });
  }

  /** The stack's error findings, one line each; warnings go to annotations. */
  check(stack: TerraformStack): string[] {
    const name = stack.node.id;
    const input = fromTerraformJson(stack.toTerraform(), { stack: name, file: `stacks/${name}/cdk.tf.json`, source: "cdktf" });
    const result = evaluate({ stacks: [input] }, this.options);
    for (const warning of result.findings.filter((f) => f.severity === "warning")) {
      Annotations.of(stack).addWarning(describeFinding(warning));
    }
    return result.findings.filter((f) => f.severity === "error").map(describeFinding);
  }
}

export interface SovereigntyPolicyOptions extends EvaluateOptions {
  /** Extra waiver files (an environment's policy.waiverFiles), loaded now beside config/waivers.json. */
  readonly waiverFiles?: readonly string[];
}

/**
 * Adds the policy Aspect to every stack under a scope (an App or a stack), with the project's waivers
 * (config/waivers.json) and the given ones. Nothing about catalogues or waivers is written into the
 * synthesized stacks: `hdh-policy check cdktf.out` takes them from the repository's configuration, never
 * from the artefact it judges.
 */
export function applySovereigntyPolicy(scope: IConstruct, options: SovereigntyPolicyOptions = {}): SovereigntyPolicyAspect {
  const waiverFiles = options.waiverFiles ?? [];
  const waivers = [...loadWaivers(PROJECT_WAIVERS_FILE), ...waiverFiles.flatMap((f) => loadWaivers(f)), ...(options.waivers ?? [])];
  const aspect = new SovereigntyPolicyAspect({ ...options, waivers });
  for (const construct of scope.node.findAll()) {
    if (TerraformStack.isStack(construct)) Aspects.of(construct).add(aspect);
  }
  return aspect;
}

/** The policy of one loaded environment: its catalogue (built-in + contracted regions), its waiver files, its day. */
export function applyEnvironmentPolicy(scope: IConstruct, loaded: LoadedEnvironment, options: EvaluateOptions = {}): SovereigntyPolicyAspect {
  const base = path.dirname(loaded.file);
  return applySovereigntyPolicy(scope, {
    today: loaded.today,
    ...options,
    catalogue: loaded.catalogue,
    waiverFiles: (loaded.config.policy?.waiverFiles ?? []).map((f) => path.resolve(base, f)),
  });
}
