/**
 * A stack declares its policy metadata (role, data classification, environment, migration deadline) in
 * its synthesized JSON, under the top-level "//" comment key Terraform ignores, so every consumer (Aspect,
 * matchers, CLI on cdktf.out) judges it the same way without importing stack code. The CLI trusts it only
 * where it adds requirements (policy/trust.ts): the repository's environment file has the last word.
 */
import type { TerraformStack } from "cdktf";
import type { EnvironmentConfig } from "../config/environment";
import { STACK_POLICY_METADATA_KEY } from "./configuration/to-stack";
import type { StackPolicyMetadata, StackRole } from "./model";
import { DEFAULT_MIGRATION_DEADLINE } from "./waivers";

/** Records a stack's role and data classification in its synthesized JSON. */
export function declareStackPolicy(stack: TerraformStack, metadata: StackPolicyMetadata & { readonly role: StackRole }): void {
  const clean = Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined));
  stack.addOverride(`//.${STACK_POLICY_METADATA_KEY}`, clean);
}

/** The policy metadata an environment gives each of its stacks (the role is the stack's own). */
export function environmentPolicy(environment: EnvironmentConfig): Omit<StackPolicyMetadata, "role"> {
  return {
    environment: environment.name,
    dataClassification: environment.dataClassification,
    owner: environment.owner,
    migrationDeadline: environment.migration?.deadline ?? DEFAULT_MIGRATION_DEADLINE,
  };
}
