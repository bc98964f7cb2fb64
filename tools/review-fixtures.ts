/**
 * `npm run review:fixtures`: refreshes the real-plan fixtures of the plan-review tests
 * (__tests__/review/fixtures/real/<stack>.json) from the project's own stacks, offline:
 *   1. synthesizes the app (HDH_ENV, default dev) into cdktf.out;
 *   2. gives every root variable without a default a fixture value, `hdh-fixture-only-<name>`, through
 *      TF_VAR_<name> (never a real secret: the tests check that the sensitive ones never appear in a review);
 *   3. runs `npm run plan:offline`, which writes cdktf.out/plans/<stack>.json (real `terraform show -json`
 *      plans made by the real terraform binary against the schema-only offline providers);
 *   4. replaces the fixtures with those plans.
 * Then review the fixture diff and update the snapshots: `npx jest __tests__/review -u`.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const OUTDIR = path.join(ROOT, "cdktf.out");
const PLANS_DIR = path.join(OUTDIR, "plans");
export const REAL_FIXTURES_DIR = path.join(ROOT, "__tests__", "review", "fixtures", "real");

/** The value a variable without default gets in the fixtures: recognisable, never a secret. */
export function fixtureValue(name: string): string {
  return `hdh-fixture-only-${name}`;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** TF_VAR_* for every root variable of the synthesized stacks that has no default. */
export function fixtureVariables(outdir: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(outdir, "manifest.json"), "utf8")) as { stacks: Record<string, { synthesizedStackPath: string }> };
  const env: Record<string, string> = {};
  for (const stack of Object.values(manifest.stacks)) {
    const doc = JSON.parse(readFileSync(path.join(outdir, stack.synthesizedStackPath), "utf8")) as Json;
    for (const [name, definition] of Object.entries(isObject(doc.variable) ? doc.variable : {})) {
      if (!isObject(definition) || !("default" in definition)) env[`TF_VAR_${name}`] = fixtureValue(name);
    }
  }
  return env;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: "inherit" });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function main(): void {
  const env: NodeJS.ProcessEnv = { ...process.env, CDKTF_OUTDIR: OUTDIR, CHECKPOINT_DISABLE: "1" };
  process.stdout.write(`review:fixtures: synthesizing (HDH_ENV=${env.HDH_ENV ?? "dev"}) into ${path.relative(ROOT, OUTDIR)}\n`);
  if (run(process.execPath, ["-r", require.resolve("./register-ts.js"), "main.ts"], env) !== 0) throw new Error("synth failed");
  const variables = fixtureVariables(OUTDIR);
  for (const name of Object.keys(variables)) process.stdout.write(`review:fixtures: ${name}=${variables[name]}\n`);
  rmSync(PLANS_DIR, { recursive: true, force: true });
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const status = run(npm, ["run", "plan:offline"], { ...env, ...variables });
  const plans = existsSync(PLANS_DIR) ? readdirSync(PLANS_DIR).filter((f) => f.endsWith(".json")) : [];
  if (plans.length === 0) throw new Error(`npm run plan:offline wrote no plan into ${path.relative(ROOT, PLANS_DIR)} (exit ${status})`);
  mkdirSync(REAL_FIXTURES_DIR, { recursive: true });
  for (const stale of readdirSync(REAL_FIXTURES_DIR).filter((f) => f.endsWith(".json"))) rmSync(path.join(REAL_FIXTURES_DIR, stale));
  for (const plan of plans) copyFileSync(path.join(PLANS_DIR, plan), path.join(REAL_FIXTURES_DIR, plan));
  process.stdout.write(`review:fixtures: ${plans.length} plan(s) copied to ${path.relative(ROOT, REAL_FIXTURES_DIR)}: ${plans.join(", ")}\n`);
  if (status !== 0) {
    process.stderr.write("review:fixtures: some stacks did not plan offline (see above): their fixtures are missing\n");
    process.exitCode = 1;
  }
  process.stdout.write("review:fixtures: now check the diff and run `npx jest __tests__/review -u` to update the snapshots\n");
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`review:fixtures: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
