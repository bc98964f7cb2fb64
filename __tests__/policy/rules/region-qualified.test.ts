import { regionQualified } from "../../../policy/rules/region-qualified";
import { findingsOf, LEGACY_HEALTH, OVH_PROVIDER, pendingPodCatalogue, plan, podCatalogue, POD_PROVIDER, run, SOVEREIGN_HEALTH, SOVEREIGN_SYNTHETIC, tfJson } from "../helpers";

const network = { openstack_networking_network_v2: { n: { name: "n" } } };
const rules = [regionQualified];

describe("rule region-qualified", () => {
  it("passes a synthetic-data network in an HDS EU region (compliant)", () => {
    const result = run([tfJson({ provider: OVH_PROVIDER, resource: network }, SOVEREIGN_SYNTHETIC)], { rules });
    expect(result.findings).toEqual([]);
    expect(result.resources[0]).toMatchObject({ region: "GRA11", verdict: "compliant", heldQualifications: ["eu", "hds"] });
  });

  it("passes health data in the contracted SecNumCloud pod (compliant)", () => {
    const result = run([tfJson({ provider: POD_PROVIDER, resource: network }, SOVEREIGN_HEALTH)], { rules, catalogue: podCatalogue });
    expect(result.findings).toEqual([]);
    expect(result.resources[0].heldQualifications).toEqual(expect.arrayContaining(["eu", "hds", "secnumcloud"]));
  });

  it("flags the pod while its contract is pending: the region is known, its qualifications do not count (non-compliant)", () => {
    const result = run([tfJson({ provider: POD_PROVIDER, resource: network }, SOVEREIGN_HEALTH)], { rules, catalogue: pendingPodCatalogue });
    expect(findingsOf(result, "region-qualified")).toEqual([
      "openstack_networking_network_v2.n: region 'SNC-PAR-HDH1' (provider openstack) lacks hds, secnumcloud; required: eu, hds, secnumcloud (data classification health-data)",
    ]);
    expect(result.resources[0]).toMatchObject({ catalogueRegion: "SNC-PAR-HDH1", heldQualifications: ["eu"] });
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
    expect(findingsOf(result, "region-qualified")[0]).toMatch(/no data classification the repository vouches for: default/);
  });

  describe("a region name counts only with its cloud", () => {
    it("fails closed on an OpenStack region whose provider names no auth_url: any OpenStack cloud can call a region GRA11", () => {
      const result = run([tfJson({ provider: { openstack: { region: "GRA11" } }, resource: network }, SOVEREIGN_SYNTHETIC)], { rules });
      expect(findingsOf(result, "region-qualified")).toEqual([
        "openstack_networking_network_v2.n: region 'GRA11' (provider openstack) counts only with its cloud: the provider's auth_url is not set, and any openstack cloud can name a region 'GRA11' (the catalogue knows it at OVHcloud Public Cloud): unqualified",
      ]);
      expect(result.resources[0]).toMatchObject({ catalogueRegion: undefined, heldQualifications: [], verdict: "non-compliant" });
    });

    it("fails closed on a known region name behind an unknown cloud's auth_url, or an auth_url no one can evaluate", () => {
      const elsewhere = tfJson({ provider: { openstack: { auth_url: "https://keystone.other-cloud.eu/v3", region: "GRA11" } }, resource: network }, SOVEREIGN_SYNTHETIC);
      expect(findingsOf(run([elsewhere], { rules }), "region-qualified")[0]).toContain("auth_url 'https://keystone.other-cloud.eu/v3' is not the endpoint of any offer of the catalogue");
      const computed = tfJson({ provider: { openstack: { auth_url: "${var.auth_url}", region: "GRA11" } }, variable: { auth_url: {} }, resource: network }, SOVEREIGN_SYNTHETIC);
      expect(findingsOf(run([computed], { rules }), "region-qualified")[0]).toMatch(/counts only with its cloud, and the provider's auth_url cannot be evaluated before apply \(var\.auth_url has no value/);
      const plainHttp = tfJson({ provider: { openstack: { auth_url: "http://auth.cloud.ovh.net/v3", region: "GRA11" } }, resource: network }, SOVEREIGN_SYNTHETIC);
      expect(findingsOf(run([plainHttp], { rules }), "region-qualified")[0]).toContain("is not the endpoint of any offer");
    });

    it("needs no endpoint for a provider whose type fixes the cloud (azurerm: Microsoft)", () => {
      const legacy = tfJson({ resource: { azurerm_resource_group: { rg: { name: "rg", location: "France Central" } } } }, LEGACY_HEALTH);
      expect(run([legacy], { rules }).resources[0]).toMatchObject({ catalogueRegion: "francecentral", heldQualifications: ["eu", "hds"], verdict: "compliant" });
    });

    it("fails closed on a region of another offer than the one behind the auth_url", () => {
      const provider = { openstack: { auth_url: "https://auth.cloud.ovh.net/v3", region: "SNC-PAR-HDH1" } };
      expect(findingsOf(run([tfJson({ provider, resource: network }, SOVEREIGN_HEALTH)], { rules, catalogue: podCatalogue }), "region-qualified")[0]).toContain(
        "region 'SNC-PAR-HDH1' (provider openstack) is not a region of OVHcloud Public Cloud (auth_url 'https://auth.cloud.ovh.net/v3'): unqualified",
      );
    });

    it("reads the auth_url of a plan's provider configuration", () => {
      const doc = {
        format_version: "1.2",
        planned_values: { root_module: { resources: [{ address: "openstack_networking_network_v2.n", mode: "managed", type: "openstack_networking_network_v2", name: "n", provider_name: "registry.terraform.io/terraform-provider-openstack/openstack", values: { name: "n" } }] } },
        configuration: {
          provider_config: { openstack: { name: "openstack", expressions: { region: { constant_value: "GRA11" } } } },
          root_module: { resources: [{ address: "openstack_networking_network_v2.n", mode: "managed", type: "openstack_networking_network_v2", name: "n", provider_config_key: "openstack" }] },
        },
      };
      expect(findingsOf(run([plan(doc)], { rules, require: ["eu", "hds"] }), "region-qualified")[0]).toMatch(/counts only with its cloud: the provider's auth_url is not set/);
      const withAuthUrl = structuredClone(doc) as typeof doc & { configuration: { provider_config: { openstack: { expressions: Record<string, unknown> } } } };
      withAuthUrl.configuration.provider_config.openstack.expressions.auth_url = { constant_value: "https://auth.cloud.ovh.net/v3" };
      expect(run([plan(withAuthUrl)], { rules, require: ["eu", "hds"] }).findings).toEqual([]);
    });
  });
});
