import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { validateAgainstSchema } from "../../config/validate-json";
import type { JsonReview } from "../../policy/review/json";
import { sharedSynth } from "../app-fixture";
import { derived, real, runCli, SYNTH } from "./helpers";

const INVENTORIES = path.join(__dirname, "..", "reconcile", "fixtures");

describe("hdh-policy review --inventory", () => {
  // dev's app as `cdktf synth` writes it: the suites' shared synthesis (read-only).
  let synth: string;
  beforeAll(async () => {
    synth = (await sharedSynth("dev")).outdir;
  }, 120_000);
  const inventory = path.join(INVENTORIES, "dev-inventory.json");

  it("shows the reconciliation's summary and the data left behind in the Markdown review", async () => {
    const run = await runCli([real("legacy-azure-dev"), "--synth", synth, "--inventory", inventory, "--today", "2026-11-29"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("### Legacy estate vs the Azure inventory");
    expect(run.stdout).toMatch(/⛔ BLOCKING: \d+ data-bearing resources would be left behind in Azure\. `legacy-azure-dev` against `.*dev-inventory\.json`: inventory \d+ · managed \d+ · would be created \d+ · unmanaged \d+ · data left behind \d+\./);
    expect(run.stdout).toContain("sthdhdevscratch");
  });

  it("leaves the review's exit code as it was without an inventory", async () => {
    const without = await runCli([real("legacy-azure-dev"), "--synth", synth, "--today", "2026-11-29"]);
    const withInventory = await runCli([real("legacy-azure-dev"), "--synth", synth, "--inventory", inventory, "--today", "2026-11-29"]);
    expect(withInventory.code).toBe(without.code);
    expect(without.stdout).not.toContain("Legacy estate vs the Azure inventory");
  });

  it("adds the reconciliation to the JSON review, in the legacy:reconcile JSON shape the schema documents", async () => {
    const run = await runCli([real("legacy-azure-dev"), "--synth", synth, "--inventory", inventory, "--format", "json", "--today", "2026-11-29"]);
    const report = JSON.parse(run.stdout) as JsonReview & { reconciliation: Record<string, unknown> };
    expect(Object.keys(report.reconciliation)).toEqual(["summary", "wouldBeCreated", "unmanaged", "dataLeftBehind"]);
    const schema = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "policy", "review", "review-json.schema.json"), "utf8")) as object;
    expect(() => validateAgainstSchema(schema, report, "review.json")).not.toThrow();
    expect(() => validateAgainstSchema(schema, { ...report, reconciliation: { ...report.reconciliation, extra: 1 } }, "review.json")).toThrow(/reconciliation\.extra: unknown field/);
  });

  it("exits 2 with one line for an unreadable inventory, or a synthesized app without a legacy stack", async () => {
    const broken = await runCli([real("legacy-azure-dev"), "--synth", synth, "--inventory", path.join(INVENTORIES, "unreadable", "not-an-array.json")]);
    expect(broken).toMatchObject({ code: 2, stdout: "" });
    expect(broken.stderr).toMatch(/^hdh-policy review: .*not-an-array\.json: is an object, not a JSON array/);
    expect(broken.stderr.trimEnd().split("\n")).toHaveLength(1);
    const two = await runCli([derived("empty"), "--synth", SYNTH, "--inventory", inventory]);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/holds 2 legacy stacks \(legacy-delete, legacy-import-move\): reconcile one environment at a time\n$/);
    const empty = mkdtempSync(path.join(tmpdir(), "hdh-review-empty-"));
    writeFileSync(path.join(empty, "manifest.json"), JSON.stringify({ version: "0.21.0", stacks: {} }));
    const none = await runCli([derived("empty"), "--synth", empty, "--inventory", inventory]);
    expect(none.code).toBe(2);
    // An empty synthesized app is refused by the reader before the reconciliation: one line all the same.
    expect(none.stderr).toMatch(/manifest\.json: stacks: lists no stack: nothing to judge\n$/);
  });
});
