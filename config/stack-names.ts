/**
 * How the app names an environment's stacks (`<kind>-<environment>`), in one place: stacks/app.ts builds
 * them with it and the policy's trust boundary (policy/trust.ts) reads a stack's role from it, so a stack
 * of cdktf.out cannot give itself a role the repository did not build it with.
 */

/** What a stack is in the migration (the policy's StackRole). */
export type StackKind = "legacy" | "sovereign" | "migration";

/** The name prefix of each kind of stack. */
export const STACK_NAME_PREFIXES: Readonly<Record<StackKind, string>> = {
  legacy: "legacy-azure",
  sovereign: "sovereign",
  migration: "migration",
};

/** The name of an environment's stack of a kind, e.g. `sovereign-prod`. */
export function stackName(kind: StackKind, environmentName: string): string {
  return `${STACK_NAME_PREFIXES[kind]}-${environmentName}`;
}

/** The kind of the stack this name is in an environment, or undefined when the app builds no such stack. */
export function stackKindOf(name: string, environmentName: string): StackKind | undefined {
  return (Object.keys(STACK_NAME_PREFIXES) as StackKind[]).find((kind) => stackName(kind, environmentName) === name);
}
