/**
 * `npm run providers:lock`: after a `cdktf deploy` / `cdktf diff` (or `terraform init`) on a connected
 * machine has written `.terraform.lock.hcl` in each stack's working directory, copies each one back to
 * `providers/locks/<kind>.terraform.lock.hcl`, the committed copy that synth puts back in place
 * (stacks/provider-lock.ts). `--platforms linux_amd64,darwin_arm64` first runs
 * `terraform providers lock -platform=...` in each stack, so the checksums cover every platform the
 * team and CI run on (that needs the registry). A provider upgrade is then one reviewable diff: the
 * package version in package.json, the version in the synthesized stacks, and these lock files.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { LOCK_FILE_NAME, lockFileOf, PROVIDER_LOCKS_DIR, stackKindOf, type StackKind } from "../stacks/provider-lock";

export interface CollectedLock {
  readonly stack: string;
  readonly kind: StackKind;
  readonly file: string;
}

/** Copies each synthesized stack's lock file to the committed lock of its kind; returns what was copied. */
export function collectProviderLocks(options: { outdir: string; locksDir?: string; platforms?: readonly string[]; terraformBinary?: string }): CollectedLock[] {
  const locksDir = options.locksDir ?? PROVIDER_LOCKS_DIR;
  const manifestFile = path.join(options.outdir, "manifest.json");
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile}: no manifest; synthesize the app first`);
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { stacks: Record<string, { workingDirectory: string }> };
  const collected: CollectedLock[] = [];
  for (const [stack, { workingDirectory }] of Object.entries(manifest.stacks)) {
    const kind = stackKindOf(stack);
    if (!kind) continue;
    const dir = path.join(options.outdir, workingDirectory);
    if (options.platforms && options.platforms.length > 0) {
      const binary = options.terraformBinary ?? process.env.TERRAFORM_BINARY_NAME ?? "terraform";
      const run = spawnSync(binary, ["providers", "lock", ...options.platforms.map((platform) => `-platform=${platform}`)], { cwd: dir, encoding: "utf8" });
      if (run.status !== 0) throw new Error(`${stack}: ${binary} providers lock failed: ${(run.stderr || run.stdout).trim().split("\n")[0]}`);
    }
    const lock = path.join(dir, LOCK_FILE_NAME);
    if (!existsSync(lock)) continue;
    mkdirSync(locksDir, { recursive: true });
    const file = lockFileOf(kind, locksDir);
    copyFileSync(lock, file);
    collected.push({ stack, kind, file });
  }
  return collected;
}

function main(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Command } = require("commander") as typeof import("commander");
  const program = new Command("providers:lock")
    .description("Copy each stack's .terraform.lock.hcl from cdktf.out to providers/locks/, to commit.")
    .option("--outdir <dir>", "synthesized app folder", "cdktf.out")
    .option("--platforms <list>", "run `terraform providers lock` for these platforms first (needs the registry)")
    .parse(process.argv);
  const options = program.opts<{ outdir: string; platforms?: string }>();
  const collected = collectProviderLocks({ outdir: options.outdir, platforms: options.platforms?.split(",").map((p) => p.trim()).filter(Boolean) });
  for (const lock of collected) process.stdout.write(`providers:lock: ${lock.stack} → ${path.relative(process.cwd(), lock.file)}\n`);
  if (collected.length === 0) process.stdout.write("providers:lock: no lock file in the synthesized stacks: run `npx cdktf diff <stack>` (terraform init) first\n");
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`providers:lock: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
