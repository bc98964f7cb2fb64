import { extraterritorialExposure } from "../../../policy/rules/extraterritorial-exposure";
import { findingsOf, LEGACY_HEALTH, OVH_PROVIDER, run, tfJson } from "../helpers";

const rules = [extraterritorialExposure];
const azure = { resource: { azurerm_resource_group: { rg: { name: "rg", location: "francecentral" } } } };

describe("rule extraterritorial-exposure", () => {
  it("passes legacy-role resources on an EU operator (compliant)", () => {
    const stack = tfJson({ provider: OVH_PROVIDER, resource: { openstack_networking_network_v2: { n: {} } } }, LEGACY_HEALTH);
    expect(run([stack], { rules }).findings).toEqual([]);
  });

  it("reports health data on Azure as an error, waived until the migration deadline (non-compliant)", () => {
    const stack = tfJson(azure, LEGACY_HEALTH, "legacy-azure-prod");
    const before = run([stack], { rules, today: "2026-12-31" });
    expect(before.findings).toEqual([]);
    expect(before.waived.map((f) => [f.ruleId, f.address, f.waiver.expires, f.waiver.owner])).toEqual([
      ["extraterritorial-exposure", "azurerm_resource_group.rg", "2026-12-31", "legacy-team"],
    ]);
    expect(before.resources[0].verdict).toBe("waived");

    const after = run([stack], { rules, today: "2027-01-01" });
    expect(findingsOf(after, "extraterritorial-exposure")).toEqual([
      "azurerm_resource_group.rg: held by Microsoft, exposed to US CLOUD Act; lacks secnumcloud required by data classification health-data",
    ]);
    expect(findingsOf(after, "waiver-expired")[0]).toMatch(/expired on 2026-12-31/);
    expect(after.summary.errors).toBe(1);
  });

  it("moves the deadline with the stack's migrationDeadline", () => {
    const stack = tfJson(azure, { ...LEGACY_HEALTH, migrationDeadline: "2027-06-30" });
    expect(run([stack], { rules, today: "2027-01-01" }).summary).toMatchObject({ errors: 0, waived: 1 });
  });

  it("only warns for synthetic data", () => {
    const stack = tfJson(azure, { role: "legacy", dataClassification: "synthetic" });
    expect(run([stack], { rules, today: "2027-01-01" }).findings.map((f) => f.severity)).toEqual(["warning", "warning"]);
  });

  it("waives a legacy plan scanned with --role legacy (no metadata) until the default deadline", () => {
    const legacyPlan = tfJson(azure);
    expect(run([legacyPlan], { rules, defaultRole: "legacy", today: "2026-12-31" }).summary).toMatchObject({ errors: 0, waived: 1 });
    expect(run([legacyPlan], { rules, defaultRole: "legacy", today: "2027-01-01" }).summary).toMatchObject({ errors: 1, waived: 0 });
  });

  it("honours --require like every rule: the legacy estate of synthetic data then lacks what --require asks", () => {
    const stack = tfJson(azure, { role: "legacy", dataClassification: "synthetic" });
    expect(findingsOf(run([stack], { rules, today: "2027-01-01", require: ["eu", "hds", "secnumcloud"] }), "extraterritorial-exposure")).toEqual([
      "azurerm_resource_group.rg: held by Microsoft, exposed to US CLOUD Act; lacks secnumcloud required by --require",
    ]);
    expect(run([stack], { rules, today: "2027-01-01", require: ["eu"] }).findings.map((f) => f.severity)).toEqual(["warning", "warning"]);
  });
});

describe("rule extraterritorial-exposure on a global service", () => {
  const dnsZone = { resource: { azurerm_private_dns_zone: { z: { name: "privatelink.blob.core.windows.net", resource_group_name: "rg" } } } };

  it("warns of synthetic data's exposure (the zone's place is region-qualified's to judge) (compliant)", () => {
    const result = run([tfJson(dnsZone, { role: "legacy", dataClassification: "synthetic" })], { rules: [extraterritorialExposure], today: "2027-06-01" });
    expect(result.findings.filter((f) => f.ruleId === "extraterritorial-exposure").map((f) => [f.severity, f.message])).toEqual([["warning", "held by Microsoft: exposed to US CLOUD Act"]]);
  });

  it("flags health data's exposure once the waiver expires: a global service lacks SecNumCloud (non-compliant)", () => {
    const result = run([tfJson(dnsZone, LEGACY_HEALTH)], { rules: [extraterritorialExposure], today: "2027-06-01" });
    expect(findingsOf(result, "extraterritorial-exposure")).toEqual(["azurerm_private_dns_zone.z: held by Microsoft, exposed to US CLOUD Act; lacks secnumcloud required by data classification health-data"]);
  });
});
