/** Shared by the offline Terraform tests: whether a terraform binary runs here, and a per-file temporary folder. */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { terraformBinaryName } from "../../tools/offline-plan";

export const TERRAFORM_BINARY = terraformBinaryName();
export const HAS_TERRAFORM = spawnSync(TERRAFORM_BINARY, ["version"], { env: { ...process.env, CHECKPOINT_DISABLE: "1" } }).status === 0;
/** Terraform commands are real work, not timed: generous on a loaded two-core machine. */
export const TERRAFORM_TIMEOUT_MS = 240_000;

/** The one clear line a test file shows when it cannot run. */
export const SKIP_LINE = `${TERRAFORM_BINARY} is not on PATH: offline terraform validate/plan tests skipped`;

export function temporaryDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
