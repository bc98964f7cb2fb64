import type { PolicyRule, RuleViolation, StackContext } from "../rule";

/**
 * module-contents-known. Compliant: the input shows every resource it will create. A configuration
 * (tf.json, *.tf) that calls a module hides the module's resources from the scan; a plan shows them.
 */
export const moduleContentsKnown: PolicyRule = {
  id: "module-contents-known",
  level: "error",
  explanation:
    "A module's resources are not in the configuration that calls it: without them the scan would pass resources it never saw. Scan a plan (`terraform show -json`), which lists them.",
  compliant: "The configuration calls no module, or the scanned input is a plan that lists the modules' resources.",
  checkStack(context: StackContext): RuleViolation[] {
    if (context.stack.source === "plan" || context.stack.source === "state") return [];
    return context.stack.moduleCalls.map((call) => {
      const source = typeof call.arguments.source === "string" ? ` (${call.arguments.source})` : "";
      return { address: call.path, message: `the resources of ${call.path}${source} are not in this input: scan a plan (terraform show -json) to check them` };
    });
  },
};
