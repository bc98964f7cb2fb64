/**
 * Runs the hdh-policy CLI as a user would: in this process by default (`main` of cli/hdh-policy.ts, exactly
 * what bin/hdh-policy.js calls, with stdout and stderr captured, the working folder and environment set for
 * the run), or, with `binary: true`, as bin/hdh-policy.js in a child process, for the few tests about the
 * executable itself (start-up, exit status, no stack trace). A child process costs about a second of CPU.
 */
import { spawn } from "node:child_process";
import * as path from "node:path";
import { main } from "../../cli/hdh-policy";

export const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "hdh-policy.js");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Working folder (default: the repository). */
  readonly cwd?: string;
  /** Environment variables set for the run (`undefined` unsets one). */
  readonly env?: Record<string, string | undefined>;
  /** Run bin/hdh-policy.js in a child process instead of in this process. */
  readonly binary?: boolean;
}

/** In-process runs share process.cwd, process.env and the standard streams: one at a time. */
let queue: Promise<unknown> = Promise.resolve();

/** Runs `body` with stdout and stderr captured (jest spies, restored after). */
export async function captureOutput<T>(body: () => Promise<T>): Promise<{ result: T; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((stdout += chunk.toString()), true));
  const err = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => ((stderr += chunk.toString()), true));
  try {
    const result = await body();
    return { result, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

async function runInProcess(args: readonly string[], options: CliOptions): Promise<CliRun> {
  const env: Record<string, string | undefined> = { HDH_POLICY_DEBUG: undefined, ...options.env };
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  const set = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  const cwd = process.cwd();
  try {
    set(env);
    process.chdir(options.cwd ?? ROOT);
    const { result: code, stdout, stderr } = await captureOutput(() => main(["node", "hdh-policy", ...args]));
    return { code, stdout, stderr };
  } finally {
    process.chdir(cwd);
    set(saved);
  }
}

function runBinary(args: readonly string[], options: CliOptions): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, HDH_POLICY_DEBUG: "", ...options.env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** `hdh-policy ARGS` in `cwd` (default: the repository), with extra environment variables; never a stack trace (HDH_POLICY_DEBUG off). */
export function runPolicyCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  if (options.binary) return runBinary(args, options);
  const run = queue.then(() => runInProcess(args, options));
  queue = run.catch(() => undefined);
  return run;
}
