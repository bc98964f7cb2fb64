import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { sharedSynth } from "../app-fixture";

const root = path.resolve(__dirname, "..", "..");
/** main.ts may wait for another worker's synthesis of the shared app. */
const SYNTH_TIMEOUT_MS = 120_000;

/** Runs the app as `cdktf synth` does (see cdktf.json), into a temporary output folder. */
function runApp(env: Record<string, string>) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "hdh-main-"));
  const result = spawnSync(process.execPath, ["-r", require.resolve("../../tools/register-ts.js"), "main.ts"], {
    cwd: root,
    env: { ...process.env, HDH_ENV: "", ...env, CDKTF_OUTDIR: outdir },
    encoding: "utf8",
  });
  return { ...result, outdir };
}

describe("main.ts", () => {
  // The two successful runs are the shared synthesis every suite reads (__tests__/app-fixture.ts): dev is main.ts
  // run as `cdktf synth` runs it with HDH_ENV unset; prod, whose contract is pending, the same wiring on the TEST
  // contract catalogue, with only node on PATH.
  it("synthesizes the default environment with no variable and no credential", async () => {
    const { status, outdir, stderr, env } = await sharedSynth("dev");
    expect(env).toEqual({ HDH_ENV: "" });
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8"));
    expect(Object.keys(manifest.stacks).sort()).toEqual(expect.arrayContaining(["legacy-azure-dev", "sovereign-dev"]));
    const providers = (stack: string) =>
      Object.keys(JSON.parse(fs.readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8")).provider);
    expect(providers("legacy-azure-dev")).toContain("azurerm");
    expect(providers("sovereign-dev")).toContain("openstack");
  }, SYNTH_TIMEOUT_MS);

  it("needs no Terraform binary, even for import blocks (Terraform enforces required_version itself)", async () => {
    // prod's shared synthesis: the app's wiring on the TEST contract catalogue, with only node on PATH.
    const { status, outdir, stderr, env } = await sharedSynth("prod");
    expect(env.HDH_ENV).toBe("prod");
    expect(fs.readdirSync(env.PATH)).toEqual(["node"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const legacy = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "legacy-azure-prod", "cdk.tf.json"), "utf8"));
    expect(legacy.import.length).toBeGreaterThan(0);
    expect(legacy.terraform.required_version).toBe(">= 1.10"); // the S3 backend's use_lockfile
  }, SYNTH_TIMEOUT_MS);

  it("fails closed for prod while its contract is pending: one line naming the contract file and the fields to fill, exit 1", () => {
    const { status, stderr } = runApp({ HDH_ENV: "prod" });
    expect(status).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: config\/catalogues\/prod-bare-metal-pod\.json: pending contract: region 'SNC-PAR-HDH1' .*fill regions\.0\.region, .*offers\.0\.identityEndpoints\.0.* then match config\/environments\/prod\.json/);
  });

  it("reads HDH_TODAY, and refuses a malformed one in one line", () => {
    // That dev synthesizes cleanly after the migration deadline is dates.test.ts's (the same wiring, in-process).
    const { status, stderr } = runApp({ HDH_TODAY: "2027-13-01" });
    expect(status).toBe(1);
    expect(stderr.trim().split("\n")).toEqual(["error: HDH_TODAY: '2027-13-01' is not a calendar date (expected YYYY-MM-DD)"]);
  });

  it("stops with one line naming HDH_ENV for an unknown environment", () => {
    const { status, stderr } = runApp({ HDH_ENV: "staging" });
    expect(status).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      "error: HDH_ENV: unknown environment 'staging' (known: dev, prod, scaleway-dev; or a path to a .json file)",
    ]);
  });

  it("stops with exit 1 and one line per legacy resource that deploy would create without it being declared new", () => {
    const config = JSON.parse(fs.readFileSync(path.join(root, "config", "environments", "dev.json"), "utf8"));
    delete config.legacy.importIds["key.pseudonymisation"];
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hdh-env-")), "unadopted.json");
    fs.writeFileSync(file, JSON.stringify({ ...config, migration: undefined }));
    const { status, stderr } = runApp({ HDH_ENV: file });
    expect(status).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines[0]).toBe(`error: ${file}: legacy: 1 resource would be created without being declared new (import it, or declare it new):`);
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^ {2}azurerm_key_vault_key\.\S+ \(key\.pseudonymisation\): a key's import ID carries its current version: /)]);
  });

  it("synthesizes scaleway-dev (synthetic data in fr-par, HDS) through the sovereignty policy", async () => {
    // The suites' shared synthesis of scaleway-dev is main.ts with HDH_ENV=scaleway-dev.
    const { status, outdir, stderr, env } = await sharedSynth("scaleway-dev");
    expect(env).toEqual({ HDH_ENV: "scaleway-dev" });
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(fs.existsSync(path.join(outdir, "stacks", "sovereign-scaleway-dev", "cdk.tf.json"))).toBe(true);
  }, SYNTH_TIMEOUT_MS);

  it("stops a Scaleway environment holding health data at the policy (SecNumCloud in progress): nothing Scaleway is written unjudged", () => {
    const config = JSON.parse(fs.readFileSync(path.join(root, "config", "environments", "scaleway-dev.json"), "utf8"));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hdh-env-")), "scaleway-health.json");
    fs.writeFileSync(file, JSON.stringify({ ...config, $schema: path.join(root, "config", "environment.schema.json"), name: "scaleway-health", dataClassification: "health-data", migration: { ...config.migration, plan: path.join(root, "config", "migration", "scaleway-dev.json") } }));
    const { status, outdir, stderr } = runApp({ HDH_ENV: file });
    expect(status).toBe(1);
    const [first, ...findings] = stderr.trim().split("\n");
    expect(first).toMatch(/^error: sovereign-scaleway-health: \d+ sovereignty policy error findings? \(policy\/README\.md\):$/);
    expect(findings.length).toBeGreaterThan(90);
    expect(findings.every((line) => /^ {2}\[region-qualified\] scaleway_\w+\.[\w-]+ .*secnumcloud/i.test(line))).toBe(true);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(fs.existsSync(path.join(outdir, "stacks", "sovereign-scaleway-health"))).toBe(false);
  });

  it("stops with one line naming the field of a malformed value", () => {
    const config = JSON.parse(fs.readFileSync(path.join(root, "config", "environments", "dev.json"), "utf8"));
    config.sovereign.networkCidr = "not-a-cidr";
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hdh-env-")), "bad.json");
    fs.writeFileSync(file, JSON.stringify(config));
    const { status, stderr } = runApp({ HDH_ENV: file });
    expect(status).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([`error: ${file}: sovereign.networkCidr: 'not-a-cidr' is not a CIDR (expected e.g. 10.0.0.0/16)`]);
  });
});
