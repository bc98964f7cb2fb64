import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { RECONCILE_EXIT_BLOCKING, RECONCILE_EXIT_OK, RECONCILE_EXIT_UNREADABLE, runReconcile } from "../../tools/legacy-reconcile";
import { fixture } from "../migration/helpers";
import { expectedOf, fixtureFile, inventoryData, verifyAll } from "./helpers";

const ROOT = path.resolve(__dirname, "..", "..");

/** Runs `legacy:reconcile` in-process with HDH_ENV set; returns its exit code and output. */
function run(args: string[], environment = "dev"): { code: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const before = process.env.HDH_ENV;
  process.env.HDH_ENV = environment;
  try {
    const code = runReconcile(["node", "legacy-reconcile", ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  } finally {
    if (before === undefined) delete process.env.HDH_ENV;
    else process.env.HDH_ENV = before;
  }
}

function temporaryDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "hdh-reconcile-"));
}

describe("npm run legacy:reconcile", () => {
  it("exits 1 on the dev fixture, which leaves data behind, and says why in text", () => {
    const { code, stdout, stderr } = run(["--inventory", fixtureFile("dev-inventory.json")]);
    expect(code).toBe(RECONCILE_EXIT_BLOCKING);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^Legacy estate reconciliation: legacy-azure-dev against .*dev-inventory\.json \(migration plan config\/migration\/dev\.json\)\n/);
    expect(stdout).toContain("BLOCKING: ");
    for (const extra of expectedOf("dev").extra) expect(stdout).toContain(extra);
  });

  it("exits 1 on the prod fixture too (HDH_ENV chooses the environment)", () => {
    const { code, stdout } = run(["--inventory", fixtureFile("prod-inventory.json"), "--format", "json"], "prod");
    expect(code).toBe(RECONCILE_EXIT_BLOCKING);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(["summary", "wouldBeCreated", "unmanaged", "dataLeftBehind"]);
    expect(json.summary.inventory).toBe(inventoryData("prod-inventory.json").length);
    expect(json.wouldBeCreated).toEqual(expectedOf("prod").missing);
    for (const item of json.unmanaged) expect(Object.keys(item)).toEqual(["azureId", "type", "dataBearing"]);
    for (const item of json.dataLeftBehind) expect(Object.keys(item)).toEqual(["azureId", "type", "reason"]);
  });

  it("exits 0 when the copy is complete: every dataset verified, every other data-bearing resource decided", () => {
    const dir = temporaryDir();
    const { loaded, plan } = fixture("dev");
    verifyAll(plan);
    writeFileSync(path.join(dir, "plan.json"), JSON.stringify(plan));
    writeFileSync(path.join(dir, "dev.json"), JSON.stringify({ ...JSON.parse(readFileSync(loaded.file, "utf8")), migration: { ...loaded.config.migration, plan: "plan.json" } }));
    const { code, stdout } = run(["--inventory", fixtureFile("dev-inventory-clean.json"), "--format", "markdown"], path.join(dir, "dev.json"));
    expect(code).toBe(RECONCILE_EXIT_OK);
    expect(stdout).toContain("✅ Nothing blocking");
    expect(stdout).toContain("### Copied and verified");
  });

  it("writes the result to --output", () => {
    const output = path.join(temporaryDir(), "reconcile.json");
    const { code, stdout } = run(["--inventory", fixtureFile("dev-inventory.json"), "--format", "json", "--output", output]);
    expect(code).toBe(RECONCILE_EXIT_BLOCKING);
    expect(stdout).toBe("");
    expect(JSON.parse(readFileSync(output, "utf8")).summary.dataLeftBehind).toBeGreaterThan(0);
  });

  it.each(["not-json.json", "not-an-array.json", "entry-without-id.json", "entry-without-type.json"])("exits 2 on the unreadable %s, with one line naming the file", (name) => {
    const file = fixtureFile(path.join("unreadable", name));
    const { code, stdout, stderr } = run(["--inventory", file]);
    expect(code).toBe(RECONCILE_EXIT_UNREADABLE);
    expect(stdout).toBe("");
    expect(stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(stderr.startsWith(`legacy:reconcile: ${file}: `)).toBe(true);
    expect(stderr).not.toMatch(/^\s+at /m); // no stack frame
  });

  it("exits 2 without --inventory, with a bad --format, or on an unknown environment", () => {
    expect(run([]).code).toBe(RECONCILE_EXIT_UNREADABLE);
    expect(run(["--inventory", fixtureFile("dev-inventory.json"), "--format", "yaml"]).code).toBe(RECONCILE_EXIT_UNREADABLE);
    const unknown = run(["--inventory", fixtureFile("dev-inventory.json")], "staging");
    expect(unknown.code).toBe(RECONCILE_EXIT_UNREADABLE);
    expect(unknown.stderr).toBe("legacy:reconcile: HDH_ENV: unknown environment 'staging' (known: dev, prod, scaleway-dev; or a path to a .json file)\n");
  });

  it("exits with the same codes as a process (the npm script)", () => {
    const script = ["-r", "./tools/register-ts.js", "tools/legacy-reconcile.ts", "--inventory"];
    const env = { ...process.env, HDH_ENV: "dev", CHECKPOINT_DISABLE: "1" };
    const blocking = spawnSync(process.execPath, [...script, fixtureFile("dev-inventory.json"), "--format", "json"], { cwd: ROOT, env, encoding: "utf8" });
    expect(blocking.status).toBe(1);
    expect(JSON.parse(blocking.stdout).summary.dataLeftBehind).toBeGreaterThan(0);
    const unreadable = spawnSync(process.execPath, [...script, fixtureFile("unreadable/not-json.json")], { cwd: ROOT, env, encoding: "utf8" });
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr.trim().split("\n")).toHaveLength(1);
  }, 60_000);
});
