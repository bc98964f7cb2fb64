/** Runs the hdh-policy CLI as a user would (bin/hdh-policy.js in a child process). */
import { spawn } from "node:child_process";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "hdh-policy.js");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `hdh-policy ARGS` in `cwd` (default: the repository), with extra environment variables; never a stack trace (HDH_POLICY_DEBUG off). */
export function runPolicyCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, HDH_POLICY_DEBUG: "", ...options.env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
