import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { JsonReview } from "../../policy/review/json";
import { policyConfigurationChanges } from "../../policy/review/policy-changes";
import { validateAgainstSchema } from "../../config/validate-json";
import { DERIVED_PLANS, derived, readJson, real, REAL_PLANS, runCli, SYNTH } from "./helpers";

const dir = mkdtempSync(path.join(tmpdir(), "hdh-review-cli-"));
const write = (name: string, text: string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe("hdh-policy review: exit codes", () => {
  it("0 for an empty plan, with the Markdown on stdout", async () => {
    const run = await runCli([derived("empty"), "--today", "2026-11-29"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(/^## Plan review\n\n✅ \*\*1\*\* stack · \*\*0\*\* changes/);
  });

  it("0 when nothing blocks and the policy finds no error", async () => {
    const run = await runCli([derived("drift"), "--require", "eu,hds", "--today", "2026-11-29"]);
    expect(run.code).toBe(0);
  });

  it("1 for a blocking data-store deletion, even when the policy passes", async () => {
    const run = await runCli([derived("legacy-delete"), "--synth", SYNTH, "--role", "legacy", "--today", "2026-11-29", "--format", "json"]);
    const report = JSON.parse(run.stdout) as JsonReview;
    expect(report.summary).toMatchObject({ blocking: 3, errors: 0 });
    expect(run.code).toBe(1);
  });

  it("1 for policy errors on the planned values", async () => {
    const run = await runCli([derived("drift"), "--require", "eu,hds,secnumcloud", "--today", "2026-11-29"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("lacks secnumcloud");
  });

  it.each([
    ["malformed JSON", () => write("broken.json", '{"format_version": "1.2", '), /^hdh-policy review: .*broken\.json: not valid JSON/],
    ["an unsupported format_version", () => write("future.json", JSON.stringify({ ...readJson(derived("empty")), format_version: "2.0" })), /^hdh-policy review: .*future\.json: format_version: unsupported version 2\.0/],
    ["a missing file", () => path.join(dir, "nowhere.json"), /^hdh-policy review: .*nowhere\.json: file not found\n$/],
    ["a state instead of a plan", () => write("state.json", JSON.stringify({ format_version: "1.0", terraform_version: "1.11.4", values: { root_module: {} } })), /state\.json: planned_values: is missing: this is a state/],
    ["a folder", () => dir, /is a folder, not a file/],
  ])("2 with one line on stderr for %s", async (_label, file, expected) => {
    const run = await runCli([file(), derived("empty")]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(expected);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("2 for bad usage: an unknown format, an unknown option, no plan", async () => {
    for (const args of [[derived("empty"), "--format", "yaml"], [derived("empty"), "--colour"], []]) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
  });

  it("2 for a --synth folder that is not a synthesized app, and for an invalid waiver file", async () => {
    const notSynth = await runCli([derived("empty"), "--synth", dir]);
    expect(notSynth).toMatchObject({ code: 2, stdout: "" });
    expect(notSynth.stderr).toMatch(/no manifest\.json: not a synthesized cdktf\.out folder\n$/);
    const waivers = await runCli([derived("empty"), "--waivers", write("waivers.json", '{"waivers": [{"ruleId": "x"}]}')]);
    expect(waivers).toMatchObject({ code: 2, stdout: "" });
    expect(waivers.stderr).toContain("waivers.json");
  });
});

describe("hdh-policy review: options", () => {
  it("--output writes the review to a file", async () => {
    const output = path.join(dir, "plan-review.md");
    const run = await runCli([derived("sovereign-changes"), "--output", output, "--today", "2026-11-29"]);
    expect(run).toMatchObject({ code: 1, stdout: "", stderr: "" });
    expect(readFileSync(output, "utf8")).toContain("### ⛔ Data stores deleted or replaced (blocking)");
  });

  it("--synth gives plans the metadata of their synthesized stack only as far as the repository vouches for it", async () => {
    // legacy-delete is no stack of this repository: its synthesized legacy role is not trusted; --role (a flag) is.
    const withSynth = JSON.parse((await runCli([derived("legacy-delete"), "--synth", SYNTH, "--format", "json", "--today", "2026-11-29"])).stdout) as JsonReview;
    expect(withSynth.findings.filter((f) => f.ruleId === "extraterritorial-exposure" && f.severity === "error").length).toBeGreaterThan(0);
    const withRole = JSON.parse((await runCli([derived("legacy-delete"), "--synth", SYNTH, "--role", "legacy", "--format", "json", "--today", "2026-11-29"])).stdout) as JsonReview;
    expect(withRole.summary.errors).toBe(0);
    const roleOnly = JSON.parse((await runCli([derived("sovereign-changes"), "--role", "legacy", "--format", "json", "--today", "2026-11-29"])).stdout) as JsonReview;
    expect(roleOnly.findings.filter((f) => f.message.includes("secnumcloud"))).toEqual([]);
  });

  it("--synth: a repository stack's role and classification come from the repository, whatever the synthesized stack claims", async () => {
    const synth = mkdtempSync(path.join(dir, "synth-"));
    mkdirSync(path.join(synth, "stacks", "legacy-azure-dev"), { recursive: true });
    const claims = { "//": { hdhPolicy: { role: "sovereign", dataClassification: "synthetic", environment: "dev", migrationDeadline: "2099-12-31" } }, terraform: { required_providers: { azurerm: { source: "hashicorp/azurerm" } } } };
    writeFileSync(path.join(synth, "stacks", "legacy-azure-dev", "cdk.tf.json"), JSON.stringify(claims));
    writeFileSync(path.join(synth, "manifest.json"), JSON.stringify({ stacks: { "legacy-azure-dev": { synthesizedStackPath: "stacks/legacy-azure-dev/cdk.tf.json" } } }));
    const report = JSON.parse((await runCli([real("legacy-azure-dev"), "--synth", synth, "--format", "json", "--today", "2027-01-01"])).stdout) as JsonReview;
    // Claiming sovereign only adds rules (kept); the 2099 deadline is ignored: the legacy waiver is not even granted.
    expect(report.findings.some((f) => f.ruleId === "no-extraterritorial-provider")).toBe(true);
    expect(report.waived.filter((w) => w.ruleId === "extraterritorial-exposure")).toEqual([]);
  });

  it("--catalogue replaces the built-in catalogue (a region it lacks is unqualified)", async () => {
    const builtin = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "config", "catalogues", "builtin.json"), "utf8")) as { regions: { provider: string }[] };
    const azureOnly = write("azure-only.json", JSON.stringify({ ...builtin, regions: builtin.regions.filter((r) => r.provider === "azurerm") }));
    const run = await runCli([derived("drift"), "--catalogue", azureOnly, "--require", "eu", "--format", "json", "--today", "2026-11-29"]);
    const report = JSON.parse(run.stdout) as JsonReview;
    expect(run.code).toBe(1);
    const unqualified = report.findings.filter((f) => f.ruleId === "region-qualified");
    expect(unqualified.map((f) => [f.address, f.region])).toEqual([
      ["openstack_blockstorage_volume_v3.scratch", "EU-WEST-PAR"],
      ["openstack_networking_secgroup_v2.admin", "EU-WEST-PAR"],
    ]);
  });
});

describe("hdh-policy review --format json", () => {
  it("has the documented, stable shape", async () => {
    const run = await runCli([derived("sovereign-changes"), derived("legacy-import-move"), real("legacy-azure-dev"), "--format", "json", "--today", "2026-11-29", "--synth", SYNTH]);
    const report = JSON.parse(run.stdout) as JsonReview;
    expect(Object.keys(report)).toEqual(["version", "exitCode", "summary", "stacks", "changes", "drift", "findings", "waived", "migration", "estate", "policyBase", "policyChanges"]);
    expect(report.version).toBe(1);
    expect(report.exitCode).toBe(run.code);
    expect(Object.keys(report.summary)).toEqual(["stacks", "changes", "blocking", "drift", "resources", "findings", "errors", "warnings", "waived", "policyChanges"]);
    expect([report.policyBase, report.policyChanges]).toEqual([null, []]);
    expect(report.stacks[0]).toEqual({
      name: "sovereign-changes",
      file: derived("sovereign-changes"),
      formatVersion: "1.2",
      terraformVersion: "1.11.4",
      errored: false,
      incomplete: false,
      resources: 8,
      counts: { create: 3, update: 2, replace: 2, delete: 1, import: 0, move: 0, read: 1, "no-op": 1, forget: 0 },
      drift: 0,
    });
    expect(report.changes.find((c) => c.address === "openstack_blockstorage_volume_v3.db_data")).toEqual({
      stack: "sovereign-changes",
      address: "openstack_blockstorage_volume_v3.db_data",
      previousAddress: null,
      mode: "managed",
      type: "openstack_blockstorage_volume_v3",
      provider: "openstack",
      action: "replace",
      actions: ["delete", "create"],
      importing: false,
      moved: false,
      deposed: null,
      region: "EU-WEST-PAR",
      regionStatus: "resolved",
      regionReason: null,
      dataStore: true,
      blocking: true,
      attributes: expect.arrayContaining([{ name: "volume_type", before: '"classic"', after: '"classic-luks"', forcesReplacement: true }]),
    });
    expect(report.changes.find((c) => c.address === "azurerm_subnet.data")).toMatchObject({ previousAddress: "azurerm_subnet.data_subnet", moved: true, action: "no-op" });
    // Findings carry the fields of `hdh-policy check --format json`.
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(["ruleId", "severity", "address", "file", "provider", "region", "message", "stack"]);
    }
    // One change per resource change of the three plans.
    const planned = [derived("sovereign-changes"), derived("legacy-import-move"), real("legacy-azure-dev")];
    const resourceChanges = planned.reduce((n, f) => n + ((readJson(f) as { resource_changes?: unknown[] }).resource_changes?.length ?? 0), 0);
    expect(report.changes).toHaveLength(resourceChanges);
  });
});

describe("the JSON shape is documented by a JSON Schema", () => {
  it("every fixture's review validates against policy/review/review-json.schema.json", async () => {
    const schema = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "policy", "review", "review-json.schema.json"), "utf8")) as object;
    const files = [...DERIVED_PLANS.map(derived), ...REAL_PLANS.map(real)];
    const run = await runCli([...files, "--format", "json", "--today", "2026-11-29", "--synth", SYNTH]);
    const report = JSON.parse(run.stdout) as JsonReview;
    expect(() => validateAgainstSchema(schema, report, "review.json")).not.toThrow();
    // The derived plan and the real migration stack's plan both carry hdh_migration_progress.
    expect(report.migration.map((m) => m.stack)).toEqual(expect.arrayContaining(["migration", "migration-dev"]));
    expect(report.drift.length).toBeGreaterThan(0);
    // The schema does catch a renamed field.
    const renamed = { ...report, changes: report.changes.map(({ address, ...rest }) => ({ ...rest, resource: address })) };
    expect(() => validateAgainstSchema(schema, renamed, "review.json")).toThrow(/review\.json: changes\.0/);
  });
});

describe("registerReviewCommand(program) alone", () => {
  it("exits with the review's code even if the host program sets another one afterwards", () => {
    const host = [
      'const { Command } = require("commander");',
      'const { registerReviewCommand } = require("./cli/review-command");',
      'const program = new Command("hdh-policy").exitOverride();',
      "registerReviewCommand(program);",
      // A host main() that knows only its own commands and reports 0 once parsing is done.
      'program.parseAsync(process.argv.slice(1), { from: "user" }).then(() => { process.exitCode = 0; }, () => { process.exitCode = 2; });',
    ].join("\n");
    const run = (plan: string) =>
      spawnSync(process.execPath, ["-r", require.resolve("../../tools/register-ts.js"), "-e", host, "--", "review", plan, "--output", path.join(dir, "host.md")], {
        cwd: path.join(__dirname, "..", ".."),
        encoding: "utf8",
      });
    // The host sets 0 once parsing is done: the review's own 1 and 2 must survive it.
    expect(run(derived("legacy-delete")).status).toBe(1);
    const bad = run(path.join(dir, "missing.json"));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^hdh-policy review: .*missing\.json: file not found\n$/);
  });
});

describe("hdh-policy review --base: changes to the policy's own configuration are blocking", () => {
  const ROOT = path.join(__dirname, "..", "..");
  /** A copy of this repository's config/ as the base branch's checkout, changed by `mutate`. */
  function baseCheckout(mutate: (root: string) => void = () => undefined): string {
    const root = mkdtempSync(path.join(dir, "base-"));
    cpSync(path.join(ROOT, "config"), path.join(root, "config"), { recursive: true });
    mutate(root);
    return root;
  }
  const editJson = (file: string, edit: (doc: Record<string, any>) => void): void => {  // eslint-disable-line @typescript-eslint/no-explicit-any
    const doc = JSON.parse(readFileSync(file, "utf8"));
    edit(doc);
    writeFileSync(file, JSON.stringify(doc, null, 2));
  };

  it("finds nothing against an identical base, and exits as before", async () => {
    const run = await runCli([derived("empty"), "--base", baseCheckout(), "--format", "json", "--today", "2026-11-29"]);
    const report = JSON.parse(run.stdout) as JsonReview;
    expect([run.code, report.policyChanges, report.summary.policyChanges]).toEqual([0, [], 0]);
    expect(report.policyBase).toMatch(/base-/);
  });

  it("lists every change to waivers, catalogues, requirements, data classifications and deadlines, and exits 1", async () => {
    // The base is what main had: the head (this repository) differs from it in each of these.
    const base = baseCheckout((root) => {
      editJson(path.join(root, "config", "waivers.json"), (d) => (d.waivers[0].expires = "2026-06-30"));
      editJson(path.join(root, "config", "catalogues", "builtin.json"), (d) => {
        d.regions.find((r: { region: string }) => r.region === "GRA11").qualifications.hds.status = "none";
        d.requirements.dataClassifications.synthetic.requires.push("secnumcloud");
      });
      editJson(path.join(root, "config", "environments", "dev.json"), (d) => (d.dataClassification = "health-data"));
      editJson(path.join(root, "config", "environments", "prod.json"), (d) => (d.migration.deadline = "2026-12-15"));
    });
    const run = await runCli([derived("empty"), "--base", base, "--format", "json", "--today", "2026-11-29"]);
    const report = JSON.parse(run.stdout) as JsonReview;
    expect(run.code).toBe(1);
    expect(report.exitCode).toBe(1);
    expect(report.policyChanges).toEqual(
      expect.arrayContaining([
        { kind: "waiver", file: "config/waivers.json", subject: "waivers[data-store-encrypted legacy-azure-* azurerm_storage_account.data-store-*].expires", change: "changed", before: '"2026-06-30"', after: '"2026-12-31"' },
        { kind: "catalogue", file: "config/catalogues/builtin.json", subject: "regions[openstack/GRA11].qualifications.hds.status", change: "changed", before: '"none"', after: '"qualified"' },
        { kind: "required-qualifications", file: "config/catalogues/builtin.json", subject: "requirements.dataClassifications.synthetic.requires", change: "changed", before: '["eu","hds","secnumcloud"]', after: '["eu","hds"]' },
        { kind: "data-classification", file: "config/environments/dev.json", subject: "dataClassification", change: "changed", before: '"health-data"', after: '"synthetic"' },
        { kind: "migration-deadline", file: "config/environments/prod.json", subject: "migration.deadline", change: "changed", before: '"2026-12-15"', after: '"2026-12-31"' },
      ]),
    );
    expect(report.policyChanges).toHaveLength(5);
    expect(report.summary.policyChanges).toBe(5);
    const markdown = (await runCli([derived("empty"), "--base", base, "--today", "2026-11-29"])).stdout;
    expect(markdown).toMatch(/^## Plan review\n\n❌ \*\*Blocking:\*\* 5 policy configuration changes · /);
    expect(markdown).toContain("### ⛔ Policy configuration changed: needs the policy owners' approval (blocking)");
    expect(markdown).toContain('| catalogue | `config/catalogues/builtin.json` | `regions[openstack/GRA11].qualifications.hds.status` | changed | "none" | "qualified" |');
  });

  it("reviews the policy configuration alone when given no plan", async () => {
    const base = baseCheckout((root) => editJson(path.join(root, "config", "environments", "dev.json"), (d) => (d.dataClassification = "health-data")));
    const run = await runCli(["--base", base, "--format", "json", "--today", "2026-11-29"]);
    const report = JSON.parse(run.stdout) as JsonReview;
    expect([run.code, report.stacks, report.policyChanges.map((c) => c.subject)]).toEqual([1, [], ["dataClassification"]]);
  });

  it("lists added and removed catalogues and waivers", async () => {
    const base = baseCheckout((root) => {
      writeFileSync(path.join(root, "config", "catalogues", "retired.json"), JSON.stringify({ schemaVersion: 2, asOf: "2026-01-01", regions: [] }));
      editJson(path.join(root, "config", "waivers.json"), (d) => d.waivers.push({ ruleId: "region-qualified", stack: "sovereign-prod", reason: "a waiver the head removes", owner: "o", expires: "2027-01-31" }));
    });
    const report = JSON.parse((await runCli([derived("empty"), "--base", base, "--format", "json", "--today", "2026-11-29"])).stdout) as JsonReview;
    expect(report.policyChanges.map((c) => [c.kind, c.file, c.subject, c.change])).toEqual([
      ["catalogue", "config/catalogues/retired.json", "(whole file)", "removed"],
      ["waiver", "config/waivers.json", "waivers[region-qualified sovereign-prod *]", "removed"],
    ]);
  });

  it("compares the synthesized stacks' roles, classifications and requirements with a base synthesis", async () => {
    const base = mkdtempSync(path.join(dir, "base-synth-"));
    cpSync(SYNTH, base, { recursive: true });
    const file = path.join(base, "stacks", "legacy-delete", "cdk.tf.json");
    editJson(file, (d) => {
      d["//"].hdhPolicy.role = "sovereign";
      d["//"].hdhPolicy.requires = ["secnumcloud"];
    });
    const report = JSON.parse((await runCli([derived("empty"), "--base", base, "--synth", SYNTH, "--format", "json", "--today", "2026-11-29"])).stdout) as JsonReview;
    expect(report.policyChanges).toEqual([
      { kind: "role", file: null, subject: "stack legacy-delete: role", change: "changed", before: '"sovereign"', after: '"legacy"' },
      { kind: "required-qualifications", file: null, subject: "stack legacy-delete: requires", change: "removed", before: '["secnumcloud"]', after: null },
    ]);
    expect(report.exitCode).toBe(1);
  });

  it("2 with one line for a base that is neither a checkout nor a synthesis, or a synthesis without the head's", async () => {
    const empty = mkdtempSync(path.join(dir, "nothing-"));
    const neither = await runCli([derived("empty"), "--base", empty]);
    expect(neither).toMatchObject({ code: 2, stdout: "" });
    expect(neither.stderr).toMatch(/^hdh-policy review: .*nothing-\w+: --base: neither a checkout \(config\/environments\/\) nor a synthesized app \(manifest\.json\)\n$/);
    const missing = await runCli([derived("empty"), "--base", path.join(dir, "no-such-folder")]);
    expect(missing.stderr).toMatch(/--base: no such folder\n$/);
    await expect(policyConfigurationChanges(SYNTH, { root: ROOT })).rejects.toThrow("--base is a synthesized app: give the head's too (--synth DIR or ./cdktf.out) to compare");
  });
});

