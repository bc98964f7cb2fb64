import { stateBackendQualified } from "../../../policy/rules/state-backend-qualified";
import { findingsOf, podCatalogue, run, SOVEREIGN_HEALTH, SOVEREIGN_SYNTHETIC, tfJson } from "../helpers";

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
    expect(findingsOf(run([tfJson(unknown, SOVEREIGN_SYNTHETIC)], { rules }), "state-backend-qualified")[0]).toMatch(/not in the region catalogue/);
  });
});
