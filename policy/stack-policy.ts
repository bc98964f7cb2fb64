/**
 * A stack declares its policy metadata (role, data classification, migration deadline) in its
 * synthesized JSON, under the top-level "//" comment key Terraform ignores, so every consumer (Aspect,
 * matchers, CLI on cdktf.out) judges it the same way without importing stack code.
 */
import type { TerraformStack } from "cdktf";
import { STACK_POLICY_METADATA_KEY } from "./inputs";
import type { StackPolicyMetadata } from "./model";

export function declareStackPolicy(stack: TerraformStack, metadata: StackPolicyMetadata): void {
  const clean = Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined));
  stack.addOverride(`//.${STACK_POLICY_METADATA_KEY}`, clean);
}
