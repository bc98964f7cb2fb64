import { regionQualified } from "../../../policy/rules/region-qualified";
import { findingsOf, LEGACY_HEALTH, OVH_PROVIDER, podCatalogue, run, SOVEREIGN_HEALTH, SOVEREIGN_SYNTHETIC, tfJson } from "../helpers";

const network = { openstack_networking_network_v2: { n: { name: "n" } } };
const rules = [regionQualified];

describe("rule region-qualified", () => {
  it("passes a synthetic-data network in an HDS EU region (compliant)", () => {
    const result = run([tfJson({ provider: OVH_PROVIDER, resource: network }, SOVEREIGN_SYNTHETIC)], { rules });
    expect(result.findings).toEqual([]);
    expect(result.resources[0]).toMatchObject({ region: "GRA11", verdict: "compliant", heldQualifications: ["eu", "hds"] });
  });

  it("passes health data in the contracted SecNumCloud pod (compliant)", () => {
    const provider = { openstack: { auth_url: "https://keystone.snc-par-hdh1.pod.ovh.example/v3", region: "SNC-PAR-HDH1" } };
    const result = run([tfJson({ provider, resource: network }, SOVEREIGN_HEALTH)], { rules, catalogue: podCatalogue });
    expect(result.findings).toEqual([]);
    expect(result.resources[0].heldQualifications).toEqual(expect.arrayContaining(["eu", "hds", "secnumcloud"]));
  });

  it("flags health data in a region without SecNumCloud (non-compliant)", () => {
    const result = run([tfJson({ provider: OVH_PROVIDER, resource: network }, SOVEREIGN_HEALTH)], { rules });
    expect(findingsOf(result, "region-qualified")).toEqual([
      "openstack_networking_network_v2.n: region 'GRA11' (provider openstack) lacks secnumcloud; required: eu, hds, secnumcloud (data classification health-data)",
    ]);
    expect(result.resources[0].verdict).toBe("non-compliant");
  });

  it("flags a region outside the EU (non-compliant)", () => {
    const provider = { openstack: { auth_url: "https://auth.cloud.ovh.net/v3", region: "UK1" } };
    const result = run([tfJson({ provider, resource: network }, SOVEREIGN_SYNTHETIC)], { rules });
    expect(findingsOf(result, "region-qualified")[0]).toMatch(/outside the EU \(GB\)/);
  });

  it("fails closed on a region missing from the catalogue", () => {
    const provider = { openstack: { region: "MARS-1" } };
    const result = run([tfJson({ provider, resource: network }, SOVEREIGN_SYNTHETIC)], { rules });
    expect(findingsOf(result, "region-qualified")[0]).toMatch(/not in the region catalogue/);
  });

  it("flags an unresolvable region and an unclassified type", () => {
    const result = run([tfJson({ resource: { ...network, aws_s3_bucket: { b: { bucket: "b" } } } }, SOVEREIGN_SYNTHETIC)], { rules });
    expect(findingsOf(result, "region-qualified")).toEqual([
      expect.stringMatching(/^openstack_networking_network_v2\.n: effective region cannot be resolved before apply: no provider configuration 'openstack'/),
      expect.stringMatching(/^aws_s3_bucket\.b: cannot tell where aws_s3_bucket lives/),
    ]);
  });

  it("requires only HDS of the legacy estate and honours --require", () => {
    const legacy = tfJson({ resource: { azurerm_resource_group: { rg: { name: "rg", location: "francecentral" } } } }, LEGACY_HEALTH);
    expect(run([legacy], { rules }).findings).toEqual([]);
    expect(findingsOf(run([legacy], { rules, require: ["eu", "hds", "secnumcloud"] }), "region-qualified")[0]).toMatch(/lacks secnumcloud; required: eu, hds, secnumcloud \(--require\)/);
  });

  it("requires the strictest default of a stack without metadata", () => {
    const result = run([tfJson({ provider: OVH_PROVIDER, resource: network })], { rules });
    expect(findingsOf(result, "region-qualified")[0]).toMatch(/no stack metadata: default/);
  });
});
