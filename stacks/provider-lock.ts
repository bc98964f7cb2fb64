import { copyFileSync, existsSync } from "node:fs";
import * as path from "node:path";
import type { ISynthesisSession, TerraformStack } from "cdktf";

/**
 * Committed dependency lock files (`.terraform.lock.hcl`: provider versions and checksums), one per kind
 * of stack. cdktf runs `terraform init` in each stack's working directory, `cdktf.out/stacks/<stack>/`,
 * and reads the lock file there (cli-core's TerraformProviderLock) to decide between `init` and
 * `init -upgrade`; but cdktf.out is not committed and synth removes the folders of stacks it no longer
 * writes. So the lock files live here and synth copies each into its stacks' working directories.
 */
export const PROVIDER_LOCKS_DIR = path.resolve(__dirname, "..", "providers", "locks");

/**
 * The kinds of stacks, each named `<kind>-<environment>`: the stacks of one kind require the same providers
 * (a landing zone's and a migration's differ by the sovereign cloud's provider). The longer prefix first:
 * `sovereign-scaleway-dev` is a Scaleway landing zone, not an OpenStack one.
 */
export const STACK_KINDS = ["legacy-azure", "sovereign-scaleway", "sovereign", "migration-scaleway", "migration"] as const;
export type StackKind = (typeof STACK_KINDS)[number];

export const LOCK_FILE_NAME = ".terraform.lock.hcl";

/** The committed lock file of a kind of stack. */
export function lockFileOf(kind: StackKind, locksDir = PROVIDER_LOCKS_DIR): string {
  return path.join(locksDir, `${kind}${LOCK_FILE_NAME}`);
}

/** The kind of a stack from its name (`legacy-azure-prod` → `legacy-azure`), or undefined. */
export function stackKindOf(stackName: string): StackKind | undefined {
  return STACK_KINDS.find((kind) => stackName.startsWith(`${kind}-`));
}

/**
 * At synth, copies the committed lock file of the stack's kind (when there is one) to where cdktf and
 * Terraform read it: `terraform init` then installs exactly the locked versions and verifies their
 * checksums. It wraps the stack's public `synthesizer`, after the stack's folder is written.
 */
export function keepProviderLockFile(stack: TerraformStack, kind: StackKind, locksDir = PROVIDER_LOCKS_DIR): void {
  const synthesizer = stack.synthesizer;
  stack.synthesizer = {
    synthesize: (session: ISynthesisSession) => {
      synthesizer.synthesize(session);
      const committed = lockFileOf(kind, locksDir);
      if (!existsSync(committed)) return;
      const workingDirectory = path.join(session.outdir, session.manifest.forStack(stack).workingDirectory);
      copyFileSync(committed, path.join(workingDirectory, LOCK_FILE_NAME));
    },
  };
}
