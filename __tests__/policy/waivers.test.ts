import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { regionQualified } from "../../policy/rules/region-qualified";
import { loadWaivers, waiverCovers } from "../../policy/waivers";
import { OVH_PROVIDER, run, SOVEREIGN_HEALTH, tfJson } from "./helpers";

function waiverFile(content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "waivers-")), "waivers.json");
  writeFileSync(file, JSON.stringify(content));
  return file;
}

const stack = tfJson({ provider: OVH_PROVIDER, resource: { openstack_networking_network_v2: { a: {}, b: {} } } }, SOVEREIGN_HEALTH, "sovereign-prod");
const waiver = { ruleId: "region-qualified", address: "openstack_networking_network_v2.a", reason: "Pod delivery slipped to January", owner: "infra-team", expires: "2026-12-15" };

describe("waivers", () => {
  it("silence one rule's finding for one resource until their expiry", () => {
    const waivers = loadWaivers(waiverFile({ waivers: [waiver] }));
    const result = run([stack], { rules: [regionQualified], waivers });
    expect(result.findings.map((f) => f.address)).toEqual(["openstack_networking_network_v2.b"]);
    expect(result.waived.map((f) => [f.address, f.waiver.owner])).toEqual([["openstack_networking_network_v2.a", "infra-team"]]);
    expect(result.summary).toMatchObject({ errors: 1, waived: 1 });
  });

  it("stop silencing past their expiry and are reported", () => {
    const waivers = loadWaivers(waiverFile({ waivers: [waiver] }));
    const result = run([stack], { rules: [regionQualified], waivers, today: "2026-12-16" });
    expect(result.summary).toMatchObject({ errors: 2, waived: 0 });
    expect(result.findings.filter((f) => f.ruleId === "waiver-expired").map((f) => f.message)).toEqual([
      "waiver of region-qualified for openstack_networking_network_v2.a (owner infra-team) expired on 2026-12-15: its findings count again",
    ]);
  });

  it("match a whole stack with a glob", () => {
    const stackWaiver = { ruleId: "region-qualified", stack: "sovereign-*", reason: "whole stack waived for the test", owner: "o", expires: "2027-01-01" };
    expect(waiverCovers({ ...stackWaiver, source: "t" }, { ruleId: "region-qualified", stack: "sovereign-prod", address: "x.y" })).toBe(true);
    expect(waiverCovers({ ...stackWaiver, source: "t" }, { ruleId: "region-qualified", stack: "legacy-azure-prod", address: "x.y" })).toBe(false);
    expect(waiverCovers({ ...stackWaiver, source: "t" }, { ruleId: "data-store-encrypted", stack: "sovereign-prod", address: "x.y" })).toBe(false);
  });

  it("reject a waiver without reason, owner, expiry or target, naming the file and field", () => {
    const noOwner = waiverFile({ waivers: [{ ...waiver, owner: undefined }] });
    expect(() => loadWaivers(noOwner)).toThrow(`${noOwner}: waivers.0.owner: is required`);
    const noTarget = waiverFile({ waivers: [{ ruleId: "region-qualified", reason: "no target at all here", owner: "o", expires: "2027-01-01" }] });
    expect(() => loadWaivers(noTarget)).toThrow(`${noTarget}: waivers.0: must name a stack, an address, or both`);
    const badDate = waiverFile({ waivers: [{ ...waiver, expires: "31/12/2026" }] });
    expect(() => loadWaivers(badDate)).toThrow(/waivers\.0\.expires/);
  });
});
