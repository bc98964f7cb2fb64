import "../../policy/jest-matchers";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { complianceOf } from "../../policy/jest-matchers";
import { configurationChanges } from "../../policy/review/policy-changes";
import { regionQualified } from "../../policy/rules/region-qualified";
import { loadWaivers, type Waiver } from "../../policy/waivers";
import { scalewayDevConfig, scalewayStack } from "../sovereign/scaleway-helpers";
import { findingsOf, run, SOVEREIGN_HEALTH, SOVEREIGN_SYNTHETIC, TODAY, tfJson } from "./helpers";

const rules = [regionQualified];
const SCALEWAY = { scaleway: { region: "fr-par", zone: "fr-par-1" } };

/** A waiver of the missing SecNumCloud qualification of a Scaleway stack, dated and owned, as config/waivers.json would hold it. */
const SECNUMCLOUD_WAIVER: Waiver = {
  ruleId: "region-qualified",
  stack: "sovereign-scaleway-*",
  qualifications: ["secnumcloud"],
  reason: "Scaleway is HDS-certified and its SecNumCloud qualification is in progress (ANSSI); the Health Data Hub accepted it until the qualification is decided (decision of 2026-04-23).",
  owner: "plateforme-donnees-sante",
  expires: "2027-06-30",
  source: "test",
};

describe("the policy knows Scaleway: zones, regions, provider defaults", () => {
  it("judges a zone as its region, through the catalogue (fr-par-2 → fr-par: HDS)", () => {
    const stack = tfJson({ provider: SCALEWAY, resource: { scaleway_instance_server: { s: { name: "s", type: "PRO2-S", image: "debian_bookworm", zone: "fr-par-2" } } } }, SOVEREIGN_SYNTHETIC);
    const result = run([stack], { rules });
    expect(result.findings).toEqual([]);
    expect(result.resources[0]).toMatchObject({ region: "fr-par-2", regionSource: "zone", catalogueRegion: "fr-par", heldQualifications: ["eu", "hds"], verdict: "compliant" });
  });

  it("applies the provider's zone or region to a resource that leaves it unset, with a warning: the applying machine's SCW_DEFAULT_* overrides the provider block", () => {
    const stack = tfJson(
      { provider: SCALEWAY, resource: { scaleway_instance_server: { s: { name: "s", type: "PRO2-S", image: "i" } }, scaleway_vpc: { v: { name: "v" } } } },
      SOVEREIGN_SYNTHETIC,
    );
    const result = run([stack], { rules });
    expect(result.resources.map((r) => [r.address, r.region, r.regionSource])).toEqual([
      ["scaleway_instance_server.s", "fr-par-1", "provider scaleway zone"],
      ["scaleway_vpc.v", "fr-par", "provider scaleway"],
    ]);
    expect(result.findings.map((f) => [f.severity, f.message])).toEqual([
      ["warning", expect.stringMatching(/^region 'fr-par-1' \(provider scaleway zone\): scaleway_instance_server leaves its zone to the provider, whose zone 'fr-par-1' the applying machine's SCW_DEFAULT_ZONE overrides/)],
      ["warning", expect.stringMatching(/scaleway_vpc leaves its region to the provider, whose region 'fr-par' the applying machine's SCW_DEFAULT_REGION overrides/)],
    ]);
    const noZone = tfJson({ provider: { scaleway: { region: "fr-par" } }, resource: { scaleway_instance_server: { s: { name: "s", type: "PRO2-S", image: "i" } } } }, SOVEREIGN_SYNTHETIC);
    expect(findingsOf(run([noZone], { rules }), "region-qualified")).toEqual([
      "scaleway_instance_server.s: effective region cannot be resolved before apply: provider scaleway zone: not set (it would come from the environment at apply time)",
    ]);
  });

  it("names each resource's own type in the provider-default caveat, also when several types share one provider zone", () => {
    const stack = tfJson(
      { provider: SCALEWAY, resource: { scaleway_instance_server: { s: { name: "s", type: "PRO2-S", image: "i" } }, scaleway_instance_ip: { ip: {} }, scaleway_instance_volume: { v: { size_in_gb: 10, type: "b_ssd" } } } },
      SOVEREIGN_SYNTHETIC,
    );
    const caveats = run([stack], { rules }).findings.map((f) => [f.address, /^region '[^']+' \([^)]+\): (\S+) leaves its zone/.exec(f.message)?.[1]]);
    expect(caveats).toEqual([
      ["scaleway_instance_server.s", "scaleway_instance_server"],
      ["scaleway_instance_ip.ip", "scaleway_instance_ip"],
      ["scaleway_instance_volume.v", "scaleway_instance_volume"],
    ]);
  });

  it("flags health data in nl-ams (no HDS, no SecNumCloud) even under the SecNumCloud waiver, and an api_url that is not Scaleway's", () => {
    const amsterdam = tfJson({ provider: SCALEWAY, resource: { scaleway_object_bucket: { b: { name: "b", region: "nl-ams" } } } }, SOVEREIGN_HEALTH, "sovereign-scaleway-prod");
    const expected = "scaleway_object_bucket.b: region 'nl-ams' (region) lacks hds, secnumcloud; required: eu, hds, secnumcloud (data classification health-data)";
    expect(findingsOf(run([amsterdam], { rules }), "region-qualified")).toEqual([expected]);
    expect(findingsOf(run([amsterdam], { rules, waivers: [SECNUMCLOUD_WAIVER] }), "region-qualified")).toEqual([expected]);
    const elsewhere = tfJson({ provider: { scaleway: { ...SCALEWAY.scaleway, api_url: "https://api.scaleway.example.net" } }, resource: { scaleway_vpc: { v: { name: "v", region: "fr-par" } } } }, SOVEREIGN_SYNTHETIC);
    expect(findingsOf(run([elsewhere], { rules }), "region-qualified")[0]).toMatch(/api_url 'https:\/\/api\.scaleway\.example\.net' is not the endpoint of any offer of the catalogue: unqualified/);
  });

  it("flags backups a Managed Database keeps in another region, and a snapshot exported to a bucket in nl-ams", () => {
    const stack = tfJson(
      {
        provider: SCALEWAY,
        resource: {
          scaleway_rdb_instance: { db: { name: "db", region: "fr-par", node_type: "DB-PRO2-XXS", engine: "PostgreSQL-16" }, same: { name: "same", region: "fr-par", node_type: "DB-PRO2-XXS", engine: "PostgreSQL-16", backup_same_region: true } },
          scaleway_object_bucket: { exports: { name: "exports", region: "nl-ams" } },
          scaleway_block_snapshot: { snap: { name: "snap", zone: "fr-par-1", volume_id: "fr-par-1/0000", export: { bucket: "exports", key: "snap.qcow2" } } },
        },
      },
      SOVEREIGN_SYNTHETIC,
    );
    expect(findingsOf(run([stack], { rules }), "region-qualified")).toEqual([
      "scaleway_rdb_instance.db: backup_same_region (unset: the default replicates) (backups (backup_same_region not true) are stored in another Scaleway region than the instance's): cannot be proven to stay in a qualified region: the copy goes to a region the configuration does not name",
      "scaleway_object_bucket.exports: region 'nl-ams' (region) lacks hds; required: eu, hds (data classification synthetic)",
      "scaleway_block_snapshot.snap: export.bucket → scaleway_object_bucket.exports (snapshot export to an Object Storage bucket (export bucket)): region 'nl-ams' lacks hds; required: eu, hds (data classification synthetic)",
    ]);
  });
});

describe("a Scaleway environment holding health data is red unless a dated, owned waiver says why", () => {
  const synthetic = scalewayDevConfig();
  const health = { ...synthetic, name: "scaleway-health", dataClassification: "health-data" as const };
  const options = { today: TODAY, waivers: [] as Waiver[] };

  it("scaleway-dev (synthetic data) is green: no error finding", () => {
    expect(scalewayStack(synthetic)).toBeSovereignCompliant(options);
  });

  it("the same landing zone holding health data is red: every regional resource lacks SecNumCloud (in progress), the global ones cannot be placed", () => {
    const result = complianceOf(scalewayStack(health), options);
    const errors = result.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(50);
    expect(errors.every((f) => f.ruleId === "region-qualified" && f.missingQualifications?.join() === "secnumcloud")).toBe(true);
    expect(errors.map((f) => f.message)).toContainEqual(expect.stringMatching(/^region 'fr-par' \(region\) lacks secnumcloud \(in progress\); required: eu, hds, secnumcloud/));
    expect(errors.map((f) => f.message)).toContainEqual(expect.stringMatching(/^scaleway_iam_group has no region .* SecNumCloud admits nothing outside a qualified region$/));
  });

  it("a waiver of the missing SecNumCloud alone turns it green until it expires", () => {
    const stack = scalewayStack(health);
    expect(stack).toBeSovereignCompliant({ ...options, waivers: [SECNUMCLOUD_WAIVER] });
    expect(stack).not.toBeSovereignCompliant({ ...options, today: "2027-07-01", waivers: [SECNUMCLOUD_WAIVER] });
    // A waiver without `qualifications` would silence every region-qualified finding: the review shows either as a policy change.
    expect(complianceOf(stack, { ...options, waivers: [SECNUMCLOUD_WAIVER] }).waived.every((f) => f.missingQualifications?.join() === "secnumcloud")).toBe(true);
  });

  it("the waiver file is validated (qualifications named) and the review lists adding it as a policy-configuration change", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hdh-scaleway-waiver-"));
    try {
      for (const side of ["base", "head"]) mkdirSync(path.join(dir, side, "config"), { recursive: true });
      writeFileSync(path.join(dir, "base", "config", "waivers.json"), JSON.stringify({ waivers: [] }));
      const { source: _source, ...declared } = SECNUMCLOUD_WAIVER;
      writeFileSync(path.join(dir, "head", "config", "waivers.json"), JSON.stringify({ waivers: [declared] }));
      expect(loadWaivers(path.join(dir, "head", "config", "waivers.json"))).toEqual([{ ...declared, source: path.join(dir, "head", "config", "waivers.json") }]);
      expect(configurationChanges(path.join(dir, "base"), path.join(dir, "head"))).toEqual([
        expect.objectContaining({ kind: "waiver", file: "config/waivers.json", subject: "waivers[region-qualified sovereign-scaleway-* *]", change: "added" }),
      ]);
      writeFileSync(path.join(dir, "head", "config", "waivers.json"), JSON.stringify({ waivers: [{ ...declared, qualifications: [] }] }));
      expect(() => loadWaivers(path.join(dir, "head", "config", "waivers.json"))).toThrow(/qualifications/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
