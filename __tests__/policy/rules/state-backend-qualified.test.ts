import { stateBackendQualified } from "../../../policy/rules/state-backend-qualified";
import { findingsOf, pendingPodCatalogue, podCatalogue, run, SOVEREIGN_HEALTH, SOVEREIGN_SYNTHETIC, tfJson } from "../helpers";

const rules = [stateBackendQualified];
const withBackend = (type: string, config: Record<string, unknown>) => ({ terraform: { backend: { [type]: config } } });

describe("rule state-backend-qualified", () => {
  it("passes local state and S3 state on the SecNumCloud pod (compliant)", () => {
    expect(run([tfJson(withBackend("local", { path: "x.tfstate" }), SOVEREIGN_HEALTH)], { rules }).findings).toEqual([]);
    const s3 = withBackend("s3", { bucket: "b", key: "k", region: "snc-par-hdh1", endpoints: { s3: "https://s3.snc-par-hdh1.pod.ovh.example" } });
    expect(run([tfJson(s3, SOVEREIGN_HEALTH)], { rules, catalogue: podCatalogue }).findings).toEqual([]);
  });

  it("flags state on Azure storage, HCP Terraform and AWS S3 (non-compliant)", () => {
    const cases = [
      withBackend("azurerm", { storage_account_name: "x", container_name: "tfstate", key: "k" }),
      { terraform: { cloud: { organization: "hdh" } } },
      withBackend("s3", { bucket: "b", key: "k", region: "eu-west-3" }),
    ];
    const messages = cases.map((doc) => findingsOf(run([tfJson(doc, SOVEREIGN_SYNTHETIC)], { rules }), "state-backend-qualified")[0]);
    expect(messages).toEqual([
      expect.stringMatching(/^terraform\.backend: backend 'azurerm' keeps state with Microsoft/),
      expect.stringMatching(/^terraform\.backend: backend 'cloud' keeps state with HashiCorp/),
      expect.stringMatching(/^terraform\.backend: backend 's3' without endpoints\.s3 is Amazon Web Services S3/),
    ]);
  });

  it("flags an S3 endpoint in a region lacking the required qualifications or unknown to the catalogue", () => {
    const gra = withBackend("s3", { bucket: "b", key: "k", region: "gra", endpoints: { s3: "https://s3.gra.io.cloud.ovh.net" } });
    expect(findingsOf(run([tfJson(gra, SOVEREIGN_HEALTH)], { rules }), "state-backend-qualified")[0]).toMatch(/region 'gra' lacks secnumcloud/);
    const unknown = withBackend("s3", { bucket: "b", key: "k", region: "somewhere", endpoints: { s3: "https://s3.example.org" } });
    expect(findingsOf(run([tfJson(unknown, SOVEREIGN_SYNTHETIC)], { rules }), "state-backend-qualified")[0]).toBe(
      "terraform.backend: backend endpoint https://s3.example.org is not the S3 endpoint of any region of the catalogue: cannot prove where the state lives",
    );
  });

  it("counts a region only with its S3 endpoint: a known region name behind another store, or another region's endpoint, fails closed", () => {
    const elsewhere = withBackend("s3", { bucket: "b", key: "k", region: "eu-west-par", endpoints: { s3: "https://s3.eu-west-par.other-cloud.eu" } });
    expect(findingsOf(run([tfJson(elsewhere, SOVEREIGN_SYNTHETIC)], { rules }), "state-backend-qualified")[0]).toContain("is not the S3 endpoint of any region of the catalogue");
    const mismatch = withBackend("s3", { bucket: "b", key: "k", region: "eu-west-par", endpoints: { s3: "https://s3.uk.io.cloud.ovh.net" } });
    expect(findingsOf(run([tfJson(mismatch, SOVEREIGN_SYNTHETIC)], { rules }), "state-backend-qualified")[0]).toBe(
      "terraform.backend: backend region 'eu-west-par' is not the region of https://s3.uk.io.cloud.ovh.net, which serves 'UK'",
    );
    const paris = withBackend("s3", { bucket: "b", key: "k", region: "eu-west-par", endpoints: { s3: "https://s3.eu-west-par.io.cloud.ovh.net" } });
    expect(run([tfJson(paris, SOVEREIGN_SYNTHETIC)], { rules }).findings).toEqual([]);
  });

  it("never picks one of two endpoints Terraform refuses: endpoint with endpoints.s3, or endpoints given twice", () => {
    const paris = { bucket: "b", key: "k", region: "eu-west-par", endpoints: { s3: "https://s3.eu-west-par.io.cloud.ovh.net" } };
    // The deprecated `endpoint` alone still works (compliant).
    expect(run([tfJson(withBackend("s3", { ...paris, endpoints: undefined, endpoint: "https://s3.eu-west-par.io.cloud.ovh.net" }), SOVEREIGN_SYNTHETIC)], { rules }).findings).toEqual([]);
    expect(findingsOf(run([tfJson(withBackend("s3", { ...paris, endpoint: "https://s3.amazonaws.com" }), SOVEREIGN_SYNTHETIC)], { rules }), "state-backend-qualified")).toEqual([
      "terraform.backend: backend 's3': endpoint and endpoints.s3 are both set: Terraform refuses them together: cannot prove where the state lives",
    ]);
    // Duplicate keys reach the rule as every definition (policy/source/config-json.ts).
    const twice = withBackend("s3", { ...paris, endpoints: [paris.endpoints, { s3: "https://s3.amazonaws.com" }] });
    expect(findingsOf(run([tfJson(twice, SOVEREIGN_SYNTHETIC)], { rules }), "state-backend-qualified")).toEqual([
      "terraform.backend: backend 's3': endpoints is defined twice: Terraform refuses a duplicate argument: cannot prove where the state lives",
    ]);
  });

  it("flags the pod's S3 store while its contract is pending", () => {
    const s3 = withBackend("s3", { bucket: "b", key: "k", region: "snc-par-hdh1", endpoints: { s3: "https://s3.snc-par-hdh1.pod.ovh.example" } });
    expect(findingsOf(run([tfJson(s3, SOVEREIGN_HEALTH)], { rules, catalogue: pendingPodCatalogue }), "state-backend-qualified")[0]).toBe(
      "terraform.backend: backend region 'snc-par-hdh1' lacks hds, secnumcloud (required: eu, hds, secnumcloud)",
    );
  });

  it("judges a Swift backend by its auth_url and region_name", () => {
    const swift = withBackend("swift", { container: "tfstate", auth_url: "https://auth.cloud.ovh.net/v3", region_name: "GRA" });
    expect(run([tfJson(swift, SOVEREIGN_SYNTHETIC)], { rules }).findings).toEqual([]);
    const noAuthUrl = withBackend("swift", { container: "tfstate", region_name: "GRA" });
    expect(findingsOf(run([tfJson(noAuthUrl, SOVEREIGN_SYNTHETIC)], { rules }), "state-backend-qualified")[0]).toMatch(/backend region 'GRA' counts only with its cloud/);
  });
});
