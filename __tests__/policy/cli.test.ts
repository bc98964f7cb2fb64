import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type * as sarif from "sarif";
import type { JsonReport } from "../../policy/reporters/json";
import { sharedSynth } from "../app-fixture";
import { ROOT, runPolicyCli, type CliRun } from "../helpers/cli";
import { TEST_CONTRACT_CATALOGUE } from "../helpers/environments";

const FIXTURES = path.join(__dirname, "fixtures");

type Run = CliRun;

/** In this process; `binary`: bin/hdh-policy.js in a child process, for the runs that prove the executable itself. */
const cli = (args: string[], cwd = ROOT, binary = false): Promise<Run> => runPolicyCli(args, { cwd, binary });

const fixture = (name: string) => path.join(FIXTURES, name);
const BUILTIN = path.join(ROOT, "config", "catalogues", "builtin.json");
const SHIPPED_CONTRACT = path.join(ROOT, "config", "catalogues", "prod-bare-metal-pod.json");
/** The CLI's flags are trusted: they may put the TEST contract in place of the repository's pending one. */
const WITH_TEST_CONTRACT = ["--catalogue", BUILTIN, "--catalogue", TEST_CONTRACT_CATALOGUE];

describe("hdh-policy check", () => {
  const work = mkdtempSync(path.join(tmpdir(), "hdh-policy-cli-"));
  let runs: Record<string, Run>;

  beforeAll(async () => {
    // A real cdktf.out of the prod environment, as `cdktf synth` writes it (built on the TEST contract): the
    // suites' shared synthesis, copied (the CLI reads it where it runs).
    cpSync((await sharedSynth("prod")).outdir, path.join(work, "cdktf.out"), { recursive: true });
    const sarifFile = path.join(work, "report.sarif");
    const junitFile = path.join(work, "report.xml");
    const entries: [string, Promise<Run>][] = [
      ["default", cli(["check", "--today", "2026-11-29", ...WITH_TEST_CONTRACT], work, true)],
      ["afterDeadline", cli(["check", "--today", "2027-01-01", "--format", "json", ...WITH_TEST_CONTRACT], work)],
      ["repositoryContract", cli(["check", "--today", "2026-11-29", "--format", "json"], work)],
      ["compliant", cli(["check", fixture("sovereign-dev.tf.json"), "--format", "json"])],
      ["plan", cli(["check", fixture("plan.json"), "--format", "json", "--require", "eu,hds"])],
      ["hcl", cli(["check", fixture("hcl"), "--format", "json", "--role", "sovereign"])],
      ["sarif", cli(["check", fixture("plan.json"), fixture("hcl"), "--format", "sarif", "--output", sarifFile])],
      ["junit", cli(["check", fixture("plan.json"), "--format", "junit", "--output", junitFile])],
      ["markdown", cli(["check", fixture("plan.json"), "--format", "markdown"])],
      ["malformed", cli(["check", fixture("malformed.json")], ROOT, true)],
      ["missing", cli(["check", fixture("nope.json")])],
      ["badFlag", cli(["check", "--format", "yaml", fixture("plan.json")])],
      ["badRequire", cli(["check", "--require", "EU;HDS", fixture("plan.json")])],
      ["badCatalogue", cli(["check", "--catalogue", fixture("bad-catalogue.json"), fixture("plan.json")])],
      ["replacedCatalogue", cli(["check", "--catalogue", fixture("other-catalogue.json"), fixture("sovereign-dev.tf.json"), "--format", "json"])],
      ["noCdktfOut", cli(["check"], FIXTURES)],
      ["extraCatalogue", cli(["check", fixture("pod.tf.json"), "--extra-catalogue", TEST_CONTRACT_CATALOGUE, "--format", "json"])],
      ["pendingCatalogue", cli(["check", fixture("pod.tf.json"), "--extra-catalogue", SHIPPED_CONTRACT, "--format", "json"])],
      ["withoutExtraCatalogue", cli(["check", fixture("pod.tf.json"), "--format", "json"])],
      ["waivers", cli(["check", fixture("hcl"), "--require", "eu,hds", "--waivers", fixture("waivers.json"), "--today", "2026-12-01", "--format", "json"])],
      ["expiredWaivers", cli(["check", fixture("hcl"), "--require", "eu,hds", "--waivers", fixture("waivers.json"), "--today", "2026-12-16", "--format", "json"])],
    ];
    const results = await Promise.all(entries.map(([, p]) => p));
    runs = Object.fromEntries(entries.map(([name], i) => [name, results[i]]));
    runs.sarifFile = { code: 0, stdout: readFileSync(sarifFile, "utf8"), stderr: "" };
    runs.junitFile = { code: 0, stdout: readFileSync(junitFile, "utf8"), stderr: "" };
  }, 120_000);

  it("reads cdktf.out by default and exits 0 while the legacy waiver holds", () => {
    expect(runs.default).toMatchObject({ code: 0, stderr: "" });
    expect(runs.default.stdout).toMatch(/^waived {2}extraterritorial-exposure {2}azurerm_resource_group\.platform /m);
    const summary = /(\d+) resources, 0 errors, \d+ warnings, (\d+) waived\n$/.exec(runs.default.stdout);
    expect(summary).not.toBeNull();
    expect(Number(summary?.[2])).toBeGreaterThan(0);
  });

  it("exits 1 with error findings once the migration deadline has passed", () => {
    expect(runs.afterDeadline.code).toBe(1);
    const report = JSON.parse(runs.afterDeadline.stdout) as JsonReport;
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.findings).toContainEqual({
      ruleId: "extraterritorial-exposure",
      severity: "error",
      address: "azurerm_resource_group.platform",
      file: "cdktf.out/stacks/legacy-azure-prod/cdk.tf.json",
      provider: "azurerm",
      region: "francecentral",
      message: "held by Microsoft, exposed to US CLOUD Act; lacks secnumcloud required by data classification health-data",
      stack: "legacy-azure-prod",
    });
  });

  it("exits 0 on a compliant *.tf.json, region-less resources included", () => {
    expect(runs.compliant.code).toBe(0);
    const report = JSON.parse(runs.compliant.stdout) as JsonReport;
    expect(report.summary).toEqual({ resources: 2, findings: 0, errors: 0, waived: 0, warnings: 0 });
    expect(report.resources.map((r) => [r.address, r.region, r.verdict])).toEqual([
      ["openstack_networking_network_v2.net", "SBG5", "compliant"],
      ["random_password.p", null, "not-applicable"],
    ]);
  });

  it("follows provider aliases and modules in a plan; an unresolvable region is an error", () => {
    expect(runs.plan.code).toBe(1);
    const report = JSON.parse(runs.plan.stdout) as JsonReport;
    expect(report.resources.map((r) => [r.address, r.region, r.regionSource ?? r.regionReason])).toEqual([
      ["openstack_networking_network_v2.main", "EU-WEST-PAR", "provider openstack"],
      ["openstack_blockstorage_volume_v3.backup", "UK1", "provider openstack.dr"],
      ["module.db.openstack_compute_instance_v2.db[0]", null, "region: known only after apply (from openstack_networking_port_v2.p.region)"],
    ]);
    expect(report.findings.filter((f) => f.severity === "error").map((f) => [f.ruleId, f.address, f.region])).toEqual([
      ["region-qualified", "openstack_blockstorage_volume_v3.backup", "UK1"],
      ["region-qualified", "module.db.openstack_compute_instance_v2.db[0]", null],
    ]);
  });

  it("parses a folder of *.tf files with hcl2json", () => {
    expect(runs.hcl.code).toBe(1);
    const report = JSON.parse(runs.hcl.stdout) as JsonReport;
    expect(report.findings.map((f) => [f.ruleId, f.address, f.region])).toEqual([
      ["region-qualified", "openstack_networking_secgroup_rule_v2.ssh", "GRA11"],
      ["no-public-admin-ingress", "openstack_networking_secgroup_rule_v2.ssh", "GRA11"],
    ]);
  });

  it("writes SARIF 2.1.0 for GitHub code scanning", () => {
    const log = JSON.parse(runs.sarifFile.stdout) as sarif.Log;
    expect(runs.sarif.code).toBe(1);
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe("hdh-policy");
    const ruleIds = (run.tool.driver.rules ?? []).map((r) => r.id);
    expect(ruleIds).toEqual(expect.arrayContaining(["region-qualified", "no-public-admin-ingress", "state-backend-qualified"]));
    for (const result of run.results ?? []) {
      expect(ruleIds[result.ruleIndex ?? -1]).toBe(result.ruleId);
      expect(["error", "warning"]).toContain(result.level);
      const location = result.locations?.[0];
      expect(location?.physicalLocation?.artifactLocation?.uri).toMatch(/^__tests__\/policy\/fixtures\/(plan\.json|hcl\/main\.tf)$/);
      expect(location?.physicalLocation?.region?.startLine).toBeGreaterThanOrEqual(1);
      expect(location?.logicalLocations?.[0].fullyQualifiedName).toBeTruthy();
      expect(Object.values(result.partialFingerprints ?? {})[0]).toMatch(/^[0-9a-f]{64}$/);
    }
    const ssh = (run.results ?? []).find((r) => r.ruleId === "no-public-admin-ingress");
    expect(ssh?.message.text).toBe("openstack_networking_secgroup_rule_v2.ssh: ingress from 0.0.0.0/0 to 22 (SSH)");
    // The line of the resource's block in the .tf file.
    expect(ssh?.locations?.[0].physicalLocation?.region?.startLine).toBe(11);
  });

  it("writes JUnit XML with one failure per error finding", () => {
    const xml = runs.junitFile.stdout;
    expect(runs.junit.code).toBe(1);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="hdh-policy" tests="3" failures="3" errors="0">/);
    expect(xml).toContain('<testcase classname="plan" name="openstack_blockstorage_volume_v3.backup">');
    expect(xml.match(/<failure /g)?.length).toBe(3);
    expect(xml).toContain("</testsuites>");
  });

  it("writes Markdown for pull-request comments", () => {
    expect(runs.markdown.code).toBe(1);
    expect(runs.markdown.stdout).toMatch(/^## Sovereignty policy\n\n❌ \*\*3\*\* resources/);
    expect(runs.markdown.stdout).toContain("| error | `region-qualified` | `openstack_blockstorage_volume_v3.backup` | UK1 |");
  });

  it.each([
    ["malformed", /^hdh-policy: .*malformed\.json: not valid JSON \(.+\)\n$/],
    ["missing", /^hdh-policy: .*nope\.json: no such file or folder\n$/],
    ["badFlag", /^error: option '--format <format>' argument 'yaml' is invalid\. Allowed choices are text, json, sarif, junit, markdown\.\n$/],
    ["badRequire", /^error: option '--require <list>' argument 'EU;HDS' is invalid\. expected a comma list of ids, e\.g\. eu,hds,secnumcloud\n$/],
    ["badCatalogue", /^hdh-policy: .*bad-catalogue\.json: regions\.0\.region: is required\n$/],
    ["noCdktfOut", /^hdh-policy: cdktf\.out: no such file or folder\n$/],
  ])("exits 2 with one line on stderr for %s input, never a stack trace", (name, pattern) => {
    expect(runs[name]).toMatchObject({ code: 2, stdout: "" });
    expect(runs[name].stderr).toMatch(pattern);
  });

  it("--waivers silences a finding until the waiver's expiry, then reports the expired waiver", () => {
    expect(runs.waivers.code).toBe(0);
    const waived = JSON.parse(runs.waivers.stdout) as JsonReport;
    expect(waived.summary).toEqual({ resources: 1, findings: 0, errors: 0, waived: 1, warnings: 0 });
    expect(waived.waived[0]).toMatchObject({ ruleId: "no-public-admin-ingress", waiver: { owner: "platform-team", expires: "2026-12-15" } });
    expect(runs.expiredWaivers.code).toBe(1);
    const expired = JSON.parse(runs.expiredWaivers.stdout) as JsonReport;
    expect(expired.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["no-public-admin-ingress", "error"],
      ["waiver-expired", "warning"],
    ]);
  });

  it("--extra-catalogue adds contracted regions to the built-in catalogue", () => {
    expect(runs.extraCatalogue.code).toBe(0);
    expect((JSON.parse(runs.extraCatalogue.stdout) as JsonReport).resources[0]).toMatchObject({ catalogueRegion: "SNC-PAR-HDH1", verdict: "compliant" });
    expect(runs.withoutExtraCatalogue.code).toBe(1);
    expect((JSON.parse(runs.withoutExtraCatalogue.stdout) as JsonReport).findings[0].message).toMatch(/'SNC-PAR-HDH1' .* not in the region catalogue/);
  });

  it("a pending contract's region is known but holds nothing: exit 1", () => {
    expect(runs.pendingCatalogue.code).toBe(1);
    const report = JSON.parse(runs.pendingCatalogue.stdout) as JsonReport;
    expect(report.resources[0]).toMatchObject({ catalogueRegion: "SNC-PAR-HDH1", heldQualifications: ["eu"], verdict: "non-compliant" });
    expect(report.findings[0].message).toBe("region 'SNC-PAR-HDH1' (provider openstack) lacks hds, secnumcloud; required: eu, hds, secnumcloud (no data classification the repository vouches for: default)");
  });

  it("takes prod's catalogue from the repository, never from the artefact: the pending contract keeps sovereign-prod red", () => {
    expect(runs.repositoryContract.code).toBe(1);
    const report = JSON.parse(runs.repositoryContract.stdout) as JsonReport;
    const sovereign = report.findings.filter((f) => f.stack === "sovereign-prod" && f.ruleId === "region-qualified");
    expect(sovereign.length).toBeGreaterThan(0);
    expect(sovereign[0].message).toMatch(/^region 'SNC-PAR-HDH1' \(provider openstack\) lacks hds, secnumcloud; required: eu, hds, secnumcloud \(data classification health-data\)$/);
  });

  it("--catalogue replaces the built-in catalogue: its regions are then unknown", () => {
    expect(runs.replacedCatalogue.code).toBe(1);
    const report = JSON.parse(runs.replacedCatalogue.stdout) as JsonReport;
    expect(report.findings[0].message).toMatch(/region 'SBG5' \(provider openstack\) of openstack is not in the region catalogue/);
  });
});
