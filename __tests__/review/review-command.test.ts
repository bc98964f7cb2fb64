import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { JsonReview } from "../../policy/review/json";
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
    const run = await runCli([derived("legacy-delete"), "--synth", SYNTH, "--today", "2026-11-29", "--format", "json"]);
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

  it("--synth gives plans the policy metadata of their synthesized stack", async () => {
    const withSynth = JSON.parse((await runCli([derived("legacy-delete"), "--synth", SYNTH, "--format", "json", "--today", "2026-11-29"])).stdout) as JsonReview;
    const withRole = JSON.parse((await runCli([derived("legacy-delete"), "--synth", SYNTH, "--role", "sovereign", "--format", "json", "--today", "2026-11-29"])).stdout) as JsonReview;
    expect(withSynth.summary.errors).toBe(0);
    // --role applies only to plans without synthesized metadata: legacy-delete keeps its legacy role.
    expect(withRole.summary.errors).toBe(0);
    const roleOnly = JSON.parse((await runCli([derived("sovereign-changes"), "--role", "legacy", "--format", "json", "--today", "2026-11-29"])).stdout) as JsonReview;
    expect(roleOnly.findings.filter((f) => f.message.includes("secnumcloud"))).toEqual([]);
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
    expect(Object.keys(report)).toEqual(["version", "exitCode", "summary", "stacks", "changes", "drift", "findings", "waived", "migration", "estate"]);
    expect(report.version).toBe(1);
    expect(report.exitCode).toBe(run.code);
    expect(Object.keys(report.summary)).toEqual(["stacks", "changes", "blocking", "drift", "resources", "findings", "errors", "warnings", "waived"]);
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
    expect(run(derived("legacy-delete")).status).toBe(1);
    expect(run(derived("empty")).status).toBe(0);
    const bad = run(path.join(dir, "missing.json"));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^hdh-policy review: .*missing\.json: file not found\n$/);
  });
});
