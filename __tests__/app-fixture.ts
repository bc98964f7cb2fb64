/**
 * One synthesis and one offline plan of the default app, shared by every suite that needs them,
 * instead of each suite synthesizing (≈2.5 s of CPU) and planning (≈10 s) the same app again.
 *
 * - `sharedSynth(env)`: the app as `cdktf synth` writes it, in a child process: dev is main.ts with no
 *   variable at all (the default environment); prod, whose shipped contract is pending (main.ts fails closed
 *   for it), is the same wiring on the TEST contract catalogue (helpers/synth-test-app.ts), with only node on
 *   PATH (synth needs no Terraform); scaleway-dev is main.ts with HDH_ENV=scaleway-dev once the policy classifies
 *   Scaleway's resource types, and until then the same wiring without the policy Aspect (synth-test-app.ts).
 * - `sharedPlan(env)`: `planStacksOffline` of that synthesis with the real terraform binary, and, for
 *   the dev sovereign stack, the state its plan leaves once applied offline with placeholders.
 *
 * Both are computed once and kept on disk under node_modules/.cache/hdh-test-app/, keyed by the content
 * of everything they depend on (the app's sources, config, vendored schemas, generated bindings, tools,
 * lock file), the Node and Terraform versions and the environment variables that change synthesis. A
 * changed input makes a new key; `HDH_TEST_CACHE=off` recomputes it once per run. Parallel jest workers (and
 * parallel runs) share one computation: the first takes a lock (an atomic mkdir), the others wait for
 * its result, which is written under a temporary name and renamed. Suites must treat it as read-only.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import type { StackPlanResult } from "../tools/offline-plan";

export const REPOSITORY_ROOT = resolve(__dirname, "..");
const CACHE_ROOT = join(REPOSITORY_ROOT, "node_modules", ".cache", "hdh-test-app");
/** What synthesis and offline planning read, relative to the repository root. */
const INPUTS = ["__tests__/app-fixture.ts", "__tests__/helpers/environments.ts", "__tests__/helpers/synth-environment.ts", "__tests__/helpers/synth-test-app.ts", "__tests__/helpers/TEST-prod-contract.catalogue.json", "main.ts", "cdktf.json", "package-lock.json", "tsconfig.json", ".swcrc", "config", "constructs", "stacks", "policy", "providers", "tools", ".gen"];
/** Environment variables that change what the app synthesizes or plans. */
const RELEVANT_ENV = /^(HDH_(?!JEST_|TEST_|PREPARE_)|TF_VAR_|TERRAFORM_BINARY_NAME$)/;
const LOCK_TIMEOUT_MS = 300_000;

export type FixtureEnvironment = "dev" | "prod" | "scaleway-dev";
export const FIXTURE_ENVIRONMENTS: readonly FixtureEnvironment[] = ["dev", "prod", "scaleway-dev"];

export interface SharedSynth {
  readonly environment: FixtureEnvironment;
  /** The synthesized app (manifest.json, stacks/<stack>/cdk.tf.json). */
  readonly outdir: string;
  /** How main.ts ended. */
  readonly status: number | null;
  readonly stderr: string;
  /** The environment main.ts ran with, besides CDKTF_OUTDIR. */
  readonly env: Readonly<Record<string, string>>;
}

export interface SharedPlan {
  readonly environment: FixtureEnvironment;
  /** The planned app: stacks/, offline/ (the planned copies) and plans/<stack>.json. */
  readonly outdir: string;
  readonly results: readonly StackPlanResult[];
  /** The progress lines planStacksOffline logged. */
  readonly log: readonly string[];
  /** State files Terraform wrote by applying a stack's offline plan with placeholders (applyPlanOffline), by stack. */
  readonly appliedStates: Readonly<Record<string, string>>;
}

/** The stacks whose offline plan is also applied with placeholders: a prior state to plan changes against. */
const APPLIED_STACKS: Readonly<Record<FixtureEnvironment, readonly string[]>> = { dev: ["sovereign-dev"], prod: [], "scaleway-dev": [] };

function filesUnder(path: string): string[] {
  const full = join(REPOSITORY_ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .filter((entry) => entry.name !== "node_modules" && entry.name !== "cdktf.out")
    .flatMap((entry) => filesUnder(join(path, entry.name)))
    .sort();
}

let cachedKey: string | undefined;

/** The content key of the shared app: every input file, the Node and Terraform versions, the relevant environment. */
export function fixtureKey(terraformBinary: string): string {
  if (cachedKey) return cachedKey;
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(filesUnder)) hash.update(file).update("\0").update(readFileSync(join(REPOSITORY_ROOT, file))).update("\0");
  hash.update(process.version);
  const version = spawnSync(terraformBinary, ["version", "-json"], { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  hash.update(terraformBinary).update(version.stdout ?? "");
  for (const name of Object.keys(process.env).filter((key) => RELEVANT_ENV.test(key)).sort()) hash.update(`${name}=${process.env[name]}\0`);
  cachedKey = hash.digest("hex").slice(0, 16);
  return cachedKey;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * The folder `name` of the cache, built once by `build(into)` across workers and runs: the first caller
 * builds into a temporary folder and renames it; the others wait for it.
 */
let uncachedRoot: string | undefined;

/**
 * Where the shared app is kept: HDH_TEST_CACHE_DIR when set (jest's global setup sets it to a fresh
 * folder of the run for HDH_TEST_CACHE=off, so the run's workers still share one computation), else the
 * persistent cache.
 */
function cacheRoot(): string {
  if (process.env.HDH_TEST_CACHE_DIR) return process.env.HDH_TEST_CACHE_DIR;
  if (process.env.HDH_TEST_CACHE === "off") return (uncachedRoot ??= mkdtempSync(join(tmpdir(), "hdh-test-app-")));
  return CACHE_ROOT;
}

async function shared(name: string, build: (into: string) => Promise<void>): Promise<string> {
  const root = cacheRoot();
  const done = join(root, name);
  const lock = `${done}.lock`;
  mkdirSync(root, { recursive: true });
  const started = Date.now();
  for (;;) {
    if (existsSync(join(done, "complete"))) return done;
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      break;
    } catch {
      const holder = Number(readFileSafe(join(lock, "pid")));
      if (holder && !alive(holder)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - started > LOCK_TIMEOUT_MS) throw new Error(`${lock}: still held after ${LOCK_TIMEOUT_MS / 1000} s`);
      else await new Promise((wake) => setTimeout(wake, 200));
    }
  }
  try {
    if (existsSync(join(done, "complete"))) return done;
    const building = `${done}.${process.pid}.tmp`;
    // What a stopped computation left (its pid is gone), and any earlier attempt of this process.
    for (const entry of readdirSync(root)) {
      const stale = new RegExp(`^${name}\\.(\\d+)\\.tmp$`).exec(entry);
      if (stale && (Number(stale[1]) === process.pid || !alive(Number(stale[1])))) rmSync(join(root, entry), { recursive: true, force: true });
    }
    mkdirSync(building, { recursive: true });
    await build(building);
    writeFileSync(join(building, "complete"), "");
    rmSync(done, { recursive: true, force: true });
    renameSync(building, done);
    pruneOtherKeys(root, name.split("-")[0]);
    return done;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** Removes what earlier keys left, once it is a few minutes old (a concurrent run may still read it). */
function pruneOtherKeys(root: string, key: string): void {
  for (const entry of readdirSync(root)) {
    const path = join(root, entry);
    if (!entry.startsWith(key) && Date.now() - statSync(path).mtimeMs > 10 * 60_000) rmSync(path, { recursive: true, force: true });
  }
}

/** The environment the synthesis runs with: dev as the default (no HDH_ENV), prod with no Terraform binary reachable. */
function synthEnv(environment: FixtureEnvironment, nodeOnly: string): Record<string, string> {
  if (environment === "dev") return { HDH_ENV: "" };
  if (environment === "scaleway-dev") return { HDH_ENV: "scaleway-dev" };
  mkdirSync(nodeOnly, { recursive: true });
  if (!existsSync(join(nodeOnly, "node"))) symlinkSync(process.execPath, join(nodeOnly, "node"));
  return { HDH_ENV: "prod", PATH: nodeOnly };
}

/**
 * What synthesizes an environment: main.ts itself; for prod (pending contract) the TEST-contract wiring.
 */
function synthScript(environment: FixtureEnvironment): string[] {
  const helper = join(__dirname, "helpers", "synth-test-app.ts");
  if (environment === "prod") return [helper, environment];
  return ["main.ts"];
}

function runMain(outdir: string, env: Record<string, string>, script: readonly string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["-r", join(REPOSITORY_ROOT, "tools", "register-ts.js"), ...script], {
      cwd: REPOSITORY_ROOT,
      env: { ...process.env, ...env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (status) => done({ status, stderr }));
  });
}

interface SynthRecord {
  status: number | null;
  stderr: string;
  env: Record<string, string>;
}

/** The default app of both environments, synthesized as `cdktf synth` runs it (prod on the TEST contract catalogue). */
export async function sharedSynth(environment: FixtureEnvironment, terraformBinary = "terraform"): Promise<SharedSynth> {
  const dir = await shared(`${fixtureKey(terraformBinary)}-synth`, async (into) => {
    const records = await Promise.all(
      FIXTURE_ENVIRONMENTS.map(async (name) => {
        const outdir = join(into, name, "cdktf.out");
        mkdirSync(outdir, { recursive: true });
        // Outside `into`, which is renamed once complete, under the key, which pruning keeps.
        const env = synthEnv(name, join(dirname(into), `${fixtureKey(terraformBinary)}-node-only-bin`));
        return [name, { ...(await runMain(outdir, env, synthScript(name))), env }] as const;
      }),
    );
    writeFileSync(join(into, "synth.json"), JSON.stringify(Object.fromEntries(records), null, 2));
  });
  const record = (JSON.parse(readFileSync(join(dir, "synth.json"), "utf8")) as Record<FixtureEnvironment, SynthRecord>)[environment];
  return { environment, outdir: join(dir, environment, "cdktf.out"), ...record };
}

/** A synthesized stack's JSON from the shared synthesis (fails clearly when synthesis failed or the stack is absent). */
export async function sharedStackJson(environment: FixtureEnvironment, stack: string): Promise<Record<string, unknown>> {
  const synth = await sharedSynth(environment);
  const file = join(synth.outdir, "stacks", stack, "cdk.tf.json");
  if (!existsSync(file)) throw new Error(`${stack}: not synthesized (main.ts ended with ${synth.status}: ${synth.stderr.trim().split("\n")[0] ?? ""})`);
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}

/** The offline plans of the shared synthesis, both environments planned at once. */
export async function sharedPlan(environment: FixtureEnvironment, terraformBinary: string): Promise<SharedPlan> {
  const key = fixtureKey(terraformBinary);
  const dir = await shared(`${key}-plan`, async (into) => {
    // Loaded here only: suites that never plan never load the planning code.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { applyPlanOffline, planStacksOffline } = require("../tools/offline-plan") as typeof import("../tools/offline-plan");
    const records = await Promise.all(
      FIXTURE_ENVIRONMENTS.map(async (name) => {
        const synth = await sharedSynth(name, terraformBinary);
        if (synth.status !== 0) throw new Error(`synth of ${name} failed: ${synth.stderr.trim().split("\n")[0]}`);
        const outdir = join(into, name, "cdktf.out");
        cpSync(synth.outdir, outdir, { recursive: true });
        const log: string[] = [];
        // Both environments at once on the machine's cores: one stack at a time each.
        const results = await planStacksOffline({ outdir, terraformBinary, log: (line) => log.push(line), concurrency: 1 });
        const appliedStates: Record<string, string> = {};
        for (const stack of APPLIED_STACKS[name]) {
          const result = results.find((each) => each.stack === stack);
          if (!result?.planOk) continue;
          const file = join(into, name, `${stack}.applied.tfstate`);
          writeFileSync(file, await applyPlanOffline(result, { outdir, terraformBinary }));
          appliedStates[stack] = relative(into, file);
        }
        return [name, { results: results.map((result) => relativePaths(result, into)), log, appliedStates }] as const;
      }),
    );
    writeFileSync(join(into, "plan.json"), JSON.stringify(Object.fromEntries(records), null, 2));
  });
  const record = (JSON.parse(readFileSync(join(dir, "plan.json"), "utf8")) as Record<FixtureEnvironment, { results: StackPlanResult[]; log: string[]; appliedStates: Record<string, string> }>)[
    environment
  ];
  return {
    environment,
    outdir: join(dir, environment, "cdktf.out"),
    results: record.results.map((result) => absolutePaths(result, dir)),
    log: record.log,
    appliedStates: Object.fromEntries(Object.entries(record.appliedStates).map(([stack, file]) => [stack, join(dir, file)])),
  };
}

/** Paths inside the folder being built are stored relative to it: it is renamed once complete. */
function relativePaths(result: StackPlanResult, base: string): StackPlanResult {
  return { ...result, stackDir: relative(base, result.stackDir), planFile: result.planFile && relative(base, result.planFile) };
}

function absolutePaths(result: StackPlanResult, base: string): StackPlanResult {
  return { ...result, stackDir: join(base, result.stackDir), planFile: result.planFile && join(base, result.planFile) };
}
