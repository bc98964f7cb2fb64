import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { RegionCatalogue, type CatalogueFile, type RegionEntry } from "../../policy/catalogue";
import { evidenceProblems, placeholderEndpoint, placeholderText, qualificationHeld, type Qualification } from "../../policy/evidence";
import { TEST_CONTRACT_CATALOGUE } from "../helpers/environments";

const ROOT = path.resolve(__dirname, "..", "..");
const BUILTIN = path.join(ROOT, "config", "catalogues", "builtin.json");
const SHIPPED_CONTRACT = path.join(ROOT, "config", "catalogues", "prod-bare-metal-pod.json");

function catalogueFile(content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "catalogue-")), "catalogue.json");
  writeFileSync(file, JSON.stringify(content));
  return file;
}

const REAL_EVIDENCE = { kind: "anssi-list", reference: "Example Cloud, IaaS, SecNumCloud", url: "https://cyber.gouv.fr/produits-services-qualifies", date: "2026-11-01" } as const;

/** A one-region catalogue whose region holds `qualification` as secnumcloud. */
function oneRegion(qualification: unknown): Record<string, unknown> {
  return {
    schemaVersion: 2,
    asOf: "2026-11-29",
    qualifications: { secnumcloud: { name: "SecNumCloud", authority: "ANSSI", meaning: "m", evidence: "https://cyber.gouv.fr/", asOf: "2026-11-29" } },
    operators: [{ id: "eu-cloud", name: "EU Cloud", headquarters: "FR", extraterritorialLaws: [], evidence: "https://eu-cloud.eu/", asOf: "2026-11-29" }],
    offers: [{ id: "eu-cloud", operator: "eu-cloud", platform: "openstack", name: "EU Cloud", identityEndpoints: ["https://keystone.eu-cloud.eu/v3"], evidence: "https://eu-cloud.eu/", asOf: "2026-11-29" }],
    regions: [{ provider: "openstack", offer: "eu-cloud", region: "EU1", aliases: [], country: "FR", jurisdiction: "EU", qualifications: { secnumcloud: qualification } }],
  };
}

function loadOne(qualification: unknown): RegionCatalogue {
  return RegionCatalogue.load({ replaceBuiltin: catalogueFile(oneRegion(qualification)) });
}

describe("the region catalogue's requirements", () => {
  const catalogue = RegionCatalogue.load();

  it("maps roles and data classifications to required qualifications, strictest by default", () => {
    expect(catalogue.requiredQualifications({ role: "sovereign", dataClassification: "health-data" })).toEqual({ requires: ["eu", "hds", "secnumcloud"], basis: "data classification health-data" });
    expect(catalogue.requiredQualifications({ role: "sovereign", dataClassification: "synthetic" }).requires).toEqual(["eu", "hds"]);
    expect(catalogue.requiredQualifications({ role: "legacy", dataClassification: "health-data" })).toEqual({ requires: ["eu", "hds"], basis: "role legacy" });
    expect(catalogue.requiredQualifications({ dataClassification: "secret" })).toEqual({ requires: ["eu", "hds", "secnumcloud"], basis: "unknown data classification 'secret': default" });
  });

  it("tells the stricter of two data classifications; an unknown one counts as the strictest default", () => {
    expect(catalogue.stricterClassification("synthetic", "health-data")).toBe("health-data");
    expect(catalogue.stricterClassification("health-data", "synthetic")).toBe("health-data");
    expect(catalogue.stricterClassification(undefined, "synthetic")).toBeUndefined();
    expect(catalogue.classificationRequires("no-such-class")).toEqual(["eu", "hds", "secnumcloud"]);
  });

  it("knows which operator holds each state backend type", () => {
    expect(catalogue.backendOperator("azurerm")?.operator).toBe("microsoft");
    expect(catalogue.backendOperator("s3")).toMatchObject({ operator: null, defaultOperator: "amazon" });
    expect(catalogue.backendOperator("consul")).toBeUndefined();
  });

  it("rejects a requirement naming an undefined qualification, naming file and field", () => {
    const file = catalogueFile({ schemaVersion: 2, asOf: "2026-11-29", regions: [], requirements: { dataClassifications: { x: { requires: ["eu", "iso27001"], evidence: "https://e.example", asOf: "2026-11-29" } } } });
    expect(() => RegionCatalogue.load({ extraFiles: [file] })).toThrow(`${file}: requirements.dataClassifications.x.requires: unknown qualification 'iso27001' (define it under qualifications)`);
  });

  it("refuses a catalogue of schema 1 in one line", () => {
    const file = catalogueFile({ schemaVersion: 1, asOf: "2026-11-29", regions: [] });
    expect(() => RegionCatalogue.load({ extraFiles: [file] })).toThrow(`${file}: schemaVersion: 1 is not read any more: schema 2 grades each qualification's evidence (see config/region-catalogue.schema.json)`);
  });
});

describe("evidence grades: only `qualified` with real evidence, before its expiry, counts", () => {
  const qualified: Qualification = { status: "qualified", evidence: [REAL_EVIDENCE], asOf: "2026-11-29" };

  it("counts a qualified status with a primary, referenced, dated source", () => {
    const catalogue = loadOne(qualified);
    const entry = catalogue.lookup("openstack", "EU1", "https://keystone.eu-cloud.eu/v3") as RegionEntry;
    expect(RegionCatalogue.heldQualifications(entry, "2026-11-29")).toEqual(["eu", "secnumcloud"]);
  });

  it.each(["in-progress", "none", "pending-contract"] as const)("never counts %s", (status) => {
    const catalogue = loadOne({ ...qualified, status });
    const entry = catalogue.lookup("openstack", "EU1", "https://keystone.eu-cloud.eu/v3") as RegionEntry;
    expect(RegionCatalogue.heldQualifications(entry, "2026-11-29")).toEqual(["eu"]);
  });

  it("stops counting a qualification past its expiry", () => {
    const expiring = { ...qualified, expires: "2026-12-31" };
    expect(qualificationHeld(expiring, "2026-12-31")).toBe(true);
    expect(qualificationHeld(expiring, "2027-01-01")).toBe(false);
  });

  it.each([
    ["an RFC 2606 example domain", { ...REAL_EVIDENCE, url: "https://anssi.example.com/list" }, "evidence.0.url: 'https://anssi.example.com/list' is under a reserved domain (RFC 2606): a placeholder"],
    ["a .example host", { ...REAL_EVIDENCE, url: "https://contracts.hdh.example/pod" }, "evidence.0.url: 'https://contracts.hdh.example/pod' is under a reserved domain (RFC 2606/6761): a placeholder"],
    ["a .test host", { ...REAL_EVIDENCE, url: "https://cert.pod.test/hds" }, "under a reserved domain"],
    ["a TODO reference", { ...REAL_EVIDENCE, reference: "TODO: add the certificate number" }, "evidence.0.reference: 'TODO: add the certificate number' is a placeholder ('TODO')"],
    ["an XXX reference", { ...REAL_EVIDENCE, reference: "Contract HDH-2026-XXX" }, "is a placeholder ('XXX')"],
    ["a <fill-in> reference", { ...REAL_EVIDENCE, reference: "<contract number>" }, "is a placeholder ('<contract number>')"],
    ["the word placeholder", { ...REAL_EVIDENCE, reference: "placeholder until signature" }, "is a placeholder ('placeholder')"],
    ["a missing reference", { kind: "anssi-list", url: REAL_EVIDENCE.url, date: "2026-11-01" }, "evidence.0.reference: is missing"],
    ["a missing date", { kind: "anssi-list", reference: "Example Cloud", url: REAL_EVIDENCE.url }, "evidence.0.date: is missing"],
    ["a date after the catalogue's", { ...REAL_EVIDENCE, date: "2027-01-01" }, "evidence.0.date: 2027-01-01 is after the catalogue's asOf (2026-11-29)"],
    ["a vendor page alone", { ...REAL_EVIDENCE, kind: "vendor-page" }, "evidence: no primary source (anssi-list, hds-list, certificate, contract): a vendor page or press alone is not proof"],
  ])("refuses a qualified status resting on %s, in one line naming file and field", (_label, evidence, problem) => {
    const file = catalogueFile(oneRegion({ ...qualified, evidence: [evidence] }));
    let message = "";
    try {
      RegionCatalogue.load({ replaceBuiltin: file });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`${file}: regions.0.qualifications.secnumcloud: status 'qualified' needs real evidence: `);
    expect(message).toContain(problem);
    expect(message).not.toContain("\n");
  });

  it("accepts placeholders in a status that does not count (a pending contract's evidence is to be filled)", () => {
    const pending = { status: "pending-contract", evidence: [{ kind: "contract", reference: "<contract number>", url: "https://contracts.hdh.example/pod" }], asOf: "2026-11-29" };
    expect(() => loadOne(pending)).not.toThrow();
  });

  it("tells placeholders from real values", () => {
    expect(placeholderEndpoint("https://auth.cloud.ovh.net/v3")).toBeUndefined();
    expect(placeholderEndpoint("https://keystone.snc-par-hdh1.pod.ovh.example/v3")).toMatch(/reserved domain/);
    expect(placeholderEndpoint("example.org")).toMatch(/reserved domain/);
    expect(placeholderEndpoint("https://localhost:5000/v3")).toMatch(/reserved domain/);
    expect(placeholderEndpoint("https://myexample.com/")).toBeUndefined();
    expect(placeholderText("ANSSI list, entry 'OVHcloud Bare Metal Pod'")).toBeUndefined();
    expect(placeholderText("TBD")).toMatch(/placeholder/);
    expect(placeholderText("to be confirmed")).toMatch(/placeholder/);
    expect(evidenceProblems({ status: "qualified", evidence: [REAL_EVIDENCE], asOf: "2026-11-29" }, "2026-11-29")).toEqual([]);
  });

  it("refuses a placeholder in an offer-level qualified status too", () => {
    const doc = oneRegion({ status: "none", evidence: [REAL_EVIDENCE], asOf: "2026-11-29" }) as { offers: Record<string, unknown>[] };
    doc.offers[0].qualifications = { secnumcloud: { ...qualified, evidence: [{ ...REAL_EVIDENCE, reference: "FIXME" }] } };
    const file = catalogueFile(doc);
    expect(() => RegionCatalogue.load({ replaceBuiltin: file })).toThrow(`${file}: offers.0.qualifications.secnumcloud: status 'qualified' needs real evidence: evidence.0.reference: 'FIXME' is a placeholder ('FIXME')`);
  });
});

describe("a region name counts only with its cloud", () => {
  const catalogue = RegionCatalogue.load({ extraFiles: [TEST_CONTRACT_CATALOGUE] });

  it("matches an OpenStack region only through its offer's identity endpoint", () => {
    expect(catalogue.lookup("openstack", "GRA11", "https://auth.cloud.ovh.net/v3")?.region).toBe("GRA11");
    expect(catalogue.lookup("openstack", "gra11", "HTTPS://AUTH.CLOUD.OVH.NET/v3/")?.region).toBe("GRA11");
    expect(catalogue.lookup("openstack", "GRA11")).toBeUndefined();
    expect(catalogue.match("openstack", "GRA11", { kind: "unresolved", reason: "var.auth_url has no value" }).reason).toMatch(/cannot be evaluated before apply/);
    expect(catalogue.lookup("openstack", "GRA11", "https://keystone.snc-par-hdh1.pod.ovh.example/v3")).toBeUndefined();
    expect(catalogue.lookup("openstack", "SNC-PAR-HDH1", "https://keystone.snc-par-hdh1.pod.ovh.example/v3")?.offer).toBe("test-ovhcloud-bare-metal-pod");
  });

  it("matches regions of a provider type with a fixed cloud without endpoint, and follows an endpoint to another offer", () => {
    expect(catalogue.lookup("azurerm", "France Central")?.region).toBe("francecentral");
    expect(catalogue.lookup("azurerm", "FranceCentral")?.region).toBe("francecentral");
    // azurerm drops spaces and case only (location.Normalize): other characters make another name.
    for (const forged of ["francecentral\n", "france_central", "francecentral\t"]) expect(catalogue.lookup("azurerm", forged)).toBeUndefined();
    expect(catalogue.lookup("scaleway", "fr-par")?.region).toBe("fr-par");
    expect(catalogue.lookup("scaleway", "fr-par-3")).toMatchObject({ region: "fr-par-3", parent: "fr-par" });
    expect(catalogue.lookup("scaleway", "fr-par", "https://api.scaleway.com")?.region).toBe("fr-par");
    expect(catalogue.match("scaleway", "fr-par", { kind: "set", value: "https://api.elsewhere.eu" }).reason).toMatch(/api_url 'https:\/\/api\.elsewhere\.eu' is not the endpoint of any offer/);
    // S3NS's region is Google's provider's, but not Google's cloud: without its universe_domain it never matches.
    expect(catalogue.lookup("google", "u-france-east1")).toBeUndefined();
  });

  it("finds a state backend's region by its S3 endpoint only", () => {
    expect(catalogue.regionOfS3Endpoint("https://s3.eu-west-par.io.cloud.ovh.net")?.region).toBe("EU-WEST-PAR");
    expect(catalogue.regionOfS3Endpoint("https://s3.fr-par.scw.cloud/")?.region).toBe("fr-par");
    expect(catalogue.regionOfS3Endpoint("https://s3.eu-west-par.elsewhere.eu")).toBeUndefined();
  });

  it("refuses two offers claiming one identity endpoint, and a zone whose region is missing", () => {
    const doc = oneRegion({ status: "none", evidence: [REAL_EVIDENCE], asOf: "2026-11-29" }) as { offers: Record<string, unknown>[]; regions: Record<string, unknown>[] };
    doc.offers.push({ ...doc.offers[0], id: "copy" });
    const file = catalogueFile(doc);
    expect(() => RegionCatalogue.load({ replaceBuiltin: file })).toThrow(`${file}: offers.1.identityEndpoints: 'https://keystone.eu-cloud.eu/v3' is already the endpoint of offer 'eu-cloud'`);
    const zone = oneRegion({ status: "none", evidence: [REAL_EVIDENCE], asOf: "2026-11-29" }) as { regions: Record<string, unknown>[] };
    zone.regions.push({ ...zone.regions[0], region: "EU1-A", parent: "EU9" });
    const zoneFile = catalogueFile(zone);
    expect(() => RegionCatalogue.load({ replaceBuiltin: zoneFile })).toThrow(`${zoneFile}: regions.1.parent: no region 'EU9' of offer 'eu-cloud' in the catalogue`);
  });
});

describe("the shipped catalogues", () => {
  const builtin = JSON.parse(readFileSync(BUILTIN, "utf8")) as CatalogueFile;
  const catalogue = RegionCatalogue.load({ extraFiles: [SHIPPED_CONTRACT] });
  const entry = (provider: string, region: string): RegionEntry | undefined => catalogue.regions.find((r) => r.provider === provider && r.region === region);
  const status = (provider: string, region: string, id: string) => entry(provider, region)?.qualifications[id]?.status;
  const offerStatus = (offer: string, id: string) => builtin.offers?.find((o) => o.id === offer)?.qualifications?.[id]?.status;

  it("hold the seed's candidates and today's qualified offers with honest statuses", () => {
    expect([status("openstack", "EU-WEST-PAR", "hds"), status("openstack", "EU-WEST-PAR", "secnumcloud")]).toEqual(["qualified", "none"]);
    expect(offerStatus("ovhcloud-bare-metal-pod-secnumcloud", "secnumcloud")).toBe("qualified");
    expect(offerStatus("ovhcloud-hosted-private-cloud-secnumcloud", "secnumcloud")).toBe("qualified");
    expect(offerStatus("cloud-temple-iaas", "secnumcloud")).toBe("qualified");
    expect(offerStatus("orange-business-cloud-avenue", "secnumcloud")).toBe("none");
    expect(offerStatus("bleu", "secnumcloud")).toBe("in-progress");
    expect(status("outscale", "cloudgouv-eu-west-1", "secnumcloud")).toBe("qualified");
    expect(status("google", "u-france-east1", "secnumcloud")).toBe("qualified");
    expect(status("azurerm", "francecentral", "secnumcloud")).toBe("none");
  });

  it("hold Scaleway's regions and zones: HDS in Paris, SecNumCloud in progress there, neither confirmed elsewhere", () => {
    for (const region of ["fr-par", "fr-par-1", "fr-par-2", "fr-par-3"]) {
      expect([region, status("scaleway", region, "hds"), status("scaleway", region, "secnumcloud")]).toEqual([region, "qualified", "in-progress"]);
    }
    for (const region of ["nl-ams", "nl-ams-1", "nl-ams-2", "nl-ams-3", "pl-waw", "pl-waw-1", "pl-waw-2", "pl-waw-3"]) {
      expect([region, status("scaleway", region, "hds"), status("scaleway", region, "secnumcloud")]).toEqual([region, "none", "none"]);
    }
    const zones = catalogue.regions.filter((r) => r.provider === "scaleway" && r.parent !== undefined).map((r) => `${r.parent}/${r.region}`);
    expect(zones).toEqual(["fr-par/fr-par-1", "fr-par/fr-par-2", "fr-par/fr-par-3", "nl-ams/nl-ams-1", "nl-ams/nl-ams-2", "nl-ams/nl-ams-3", "pl-waw/pl-waw-1", "pl-waw/pl-waw-2", "pl-waw/pl-waw-3"]);
  });

  it("record each operator's exposure to non-EU law", () => {
    const exposure = Object.fromEntries((builtin.operators ?? []).map((o) => [o.id, o.extraterritorialLaws]));
    expect(exposure).toMatchObject({ ovhcloud: [], scaleway: [], outscale: [], "cloud-temple": [], "orange-business": [], s3ns: [], bleu: [], microsoft: ["US CLOUD Act"], google: ["US CLOUD Act"], amazon: ["US CLOUD Act"] });
  });

  it("date and source every qualification, and say in its note why an unconfirmed one fails closed", () => {
    const all = [...catalogue.regions.flatMap((r) => Object.values(r.qualifications)), ...(builtin.offers ?? []).flatMap((o) => Object.values(o.qualifications ?? {}))];
    for (const q of all) {
      expect(q.evidence.length).toBeGreaterThan(0);
      for (const item of q.evidence) expect(item.url).toMatch(/^https:\/\//);
    }
    const unconfirmed = all.filter((q) => q.status === "none" && /not confirmed/i.test(q.note ?? ""));
    expect(unconfirmed.length).toBeGreaterThan(0);
  });

  it("ship prod's contract as pending-contract, naming what to fill", () => {
    const pod = entry("openstack", "SNC-PAR-HDH1") as RegionEntry;
    expect(Object.values(pod.qualifications).map((q) => q.status)).toEqual(["pending-contract", "pending-contract"]);
    expect(RegionCatalogue.heldQualifications(pod, "2026-11-29")).toEqual(["eu"]);
    expect(catalogue.pendingContract(pod)).toEqual({
      file: SHIPPED_CONTRACT,
      region: "SNC-PAR-HDH1",
      fields: [
        "regions.0.region",
        "regions.0.s3Endpoints.0",
        "offers.0.identityEndpoints.0",
        "offers.0.encryptedVolumeTypes",
        "offers.0.encryptsObjectStorageAtRest",
        "regions.0.qualifications.secnumcloud",
        "regions.0.qualifications.hds",
      ],
    });
    expect(catalogue.pendingContract(entry("openstack", "EU-WEST-PAR") as RegionEntry)).toBeUndefined();
  });

  it("label the TEST contract catalogue as such, in its file name and description", () => {
    const test = JSON.parse(readFileSync(TEST_CONTRACT_CATALOGUE, "utf8")) as CatalogueFile;
    expect(path.basename(TEST_CONTRACT_CATALOGUE)).toMatch(/^TEST-/);
    expect(test.description).toMatch(/^TEST catalogue, used only by the test suite/);
  });
});

describe("zones and their regions", () => {
  const catalogue = RegionCatalogue.load();

  it("gives a zone's region (where a zone-level resource counts), and nothing for a region or an unknown name", () => {
    expect(catalogue.parentRegionOf("scaleway", "fr-par-1")?.region).toBe("fr-par");
    expect(catalogue.parentRegionOf("scaleway", "FR-PAR-2")?.region).toBe("fr-par");
    expect(catalogue.parentRegionOf("scaleway", "nl-ams-3")?.region).toBe("nl-ams");
    expect(catalogue.parentRegionOf("scaleway", "fr-par")).toBeUndefined();
    expect(catalogue.parentRegionOf("scaleway", "fr-par-9")).toBeUndefined();
    expect(catalogue.parentRegionOf("openstack", "fr-par-1")).toBeUndefined();
    expect(catalogue.parentRegionOf("azurerm", "francecentral")).toBeUndefined();
  });
});
