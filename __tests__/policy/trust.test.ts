/**
 * The artefact under judgement never loosens its own judgement: what a scanned cdktf.out or tf.json says
 * about catalogues, waivers and deadlines is ignored, and its role and data classification count only
 * where they add requirements to what the repository's configuration says.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { RegionCatalogue } from "../../policy/catalogue";
import { evaluate } from "../../policy/engine";
import { fromTerraformJson } from "../../policy/inputs";
import type { JsonReport } from "../../policy/reporters/json";
import { RepositoryPolicy, repositoryJudgement, trustedMetadata } from "../../policy/trust";
import { runPolicyCli, type CliRun } from "../helpers/cli";
import { TEST_TODAY } from "../helpers/environments";

const catalogue = RegionCatalogue.load();
const repository = new RepositoryPolicy();
const OVH = { openstack: { auth_url: "https://auth.cloud.ovh.net/v3", region: "GRA11" } };

const stack = (name: string, hdhPolicy: unknown, doc: Record<string, unknown> = {}) =>
  fromTerraformJson({ "//": { hdhPolicy }, ...doc }, { stack: name, file: `${name}.tf.json`, source: "cdktf" });

describe("trusted stack metadata", () => {
  it("keeps what the repository says of its own stacks", () => {
    const declared = { role: "sovereign", dataClassification: "health-data", environment: "prod", owner: "someone", migrationDeadline: "2026-12-31" };
    expect(trustedMetadata(stack("sovereign-prod", declared), repository, catalogue)).toEqual({
      role: "sovereign",
      dataClassification: "health-data",
      environment: "prod",
      owner: "plateforme-donnees-sante",
      migrationDeadline: "2026-12-31",
    });
  });

  it("takes the role from the repository: a stack cannot call itself legacy to be waived", () => {
    const claimsLegacy = stack("sovereign-prod", { role: "legacy", dataClassification: "health-data", environment: "prod" });
    expect(trustedMetadata(claimsLegacy, repository, catalogue)?.role).toBe("sovereign");
    // Claiming sovereign only adds rules, and is kept.
    const claimsSovereign = stack("legacy-azure-prod", { role: "sovereign", dataClassification: "health-data", environment: "prod" });
    expect(trustedMetadata(claimsSovereign, repository, catalogue)?.role).toBe("sovereign");
    // A stack the repository does not name gets no role of its own but sovereign; --role is the CLI's to give.
    expect(trustedMetadata(stack("anything", { role: "legacy", dataClassification: "health-data" }), repository, catalogue)?.role).toBeUndefined();
    expect(trustedMetadata(stack("anything", { role: "legacy", dataClassification: "health-data" }), repository, catalogue, "legacy")?.role).toBe("legacy");
  });

  it("keeps the stricter data classification; with no repository environment, the strictest default is the floor", () => {
    const loosened = stack("sovereign-prod", { role: "sovereign", dataClassification: "synthetic", environment: "prod" });
    expect(trustedMetadata(loosened, repository, catalogue)?.dataClassification).toBe("health-data");
    const tightened = stack("sovereign-dev", { role: "sovereign", dataClassification: "health-data", environment: "dev" });
    expect(trustedMetadata(tightened, repository, catalogue)?.dataClassification).toBe("health-data");
    const foreign = trustedMetadata(stack("sovereign-staging", { role: "sovereign", dataClassification: "synthetic", environment: "staging" }), repository, catalogue);
    expect(foreign?.dataClassification).toBeUndefined();
    expect(catalogue.requiredQualifications({ role: foreign?.role, dataClassification: foreign?.dataClassification }).requires).toEqual(["eu", "hds", "secnumcloud"]);
  });

  it("judges a stack named like one of prod's at least as prod, whatever environment it claims", () => {
    const claimsDev = stack("sovereign-prod", { role: "sovereign", dataClassification: "synthetic", environment: "dev" });
    expect(trustedMetadata(claimsDev, repository, catalogue)).toMatchObject({ role: "sovereign", dataClassification: "health-data" });
    const legacyClaimsDev = stack("legacy-azure-prod", { role: "legacy", dataClassification: "synthetic", environment: "dev", migrationDeadline: "2099-12-31" });
    expect(trustedMetadata(legacyClaimsDev, repository, catalogue)).toMatchObject({ role: "legacy", dataClassification: "health-data", migrationDeadline: "2026-12-31" });
  });

  it("lets a claimed environment vouch only for a stack the repository builds in it", () => {
    // An unnamed stack claiming dev's synthetic data stays at the strictest default.
    const unnamed = trustedMetadata(stack("main", { role: "sovereign", environment: "dev" }), repository, catalogue);
    expect(unnamed).toMatchObject({ role: "sovereign" });
    expect(unnamed?.dataClassification).toBeUndefined();
    expect(unnamed?.environment).toBeUndefined();
    expect(repositoryJudgement([stack("main", { role: "sovereign", environment: "scaleway-dev" })]).environments).toEqual([]);
    // dev's own stack, and its OpenTofu reading, are dev's (compliant twin).
    expect(trustedMetadata(stack("sovereign-dev", { role: "sovereign", environment: "dev" }), repository, catalogue)).toMatchObject({ environment: "dev", dataClassification: "synthetic" });
    expect(trustedMetadata(stack("sovereign-dev:opentofu", { role: "sovereign", environment: "dev" }), repository, catalogue)).toMatchObject({ environment: "dev", dataClassification: "synthetic" });
  });

  it("refuses metadata fields the policy does not know (a catalogue, waivers): the artefact cannot appear to configure its judgement", () => {
    expect(() => stack("main", { role: "sovereign", catalogue: "./permissive.json" })).toThrow("main.tf.json: //.hdhPolicy.catalogue: unknown field");
    // An old synth's contract catalogues and waiver files are accepted and never read (below).
    expect(trustedMetadata(stack("main", { role: "sovereign", regionCatalogues: ["x.json"], waiverFiles: ["w.json"] }), repository, catalogue)).toEqual({ role: "sovereign", migrationDeadline: "2026-12-31" });
  });

  it("takes the deadline from the repository's environment file, never from the artefact", () => {
    const legacy = stack("legacy-azure-prod", { role: "legacy", dataClassification: "health-data", environment: "prod", migrationDeadline: "2099-12-31" });
    expect(trustedMetadata(legacy, repository, catalogue)?.migrationDeadline).toBe("2026-12-31");
    const azure = { resource: { azurerm_resource_group: { rg: { name: "rg", location: "francecentral" } } } };
    const judged = repositoryJudgement([stack("legacy-azure-prod", { role: "legacy", dataClassification: "synthetic", environment: "prod", migrationDeadline: "2099-12-31" }, azure)]);
    const result = evaluate({ stacks: judged.stacks }, { catalogue: judged.catalogue, waivers: judged.waivers, today: "2027-01-01" });
    expect(result.findings.filter((f) => f.ruleId === "extraterritorial-exposure").map((f) => f.message)).toEqual([
      "held by Microsoft, exposed to US CLOUD Act; lacks secnumcloud required by data classification health-data",
    ]);
  });

  it("lets metadata add qualifications, never drop them", () => {
    const adds = trustedMetadata(stack("sovereign-dev", { role: "sovereign", dataClassification: "synthetic", environment: "dev", requires: ["secnumcloud"] }), repository, catalogue);
    expect(adds).toMatchObject({ dataClassification: "synthetic", requires: ["secnumcloud"] });
    const result = evaluate(
      { stacks: [{ ...stack("sovereign-dev", {}, { provider: OVH, resource: { openstack_networking_network_v2: { n: { name: "n" } } } }), metadata: adds }] },
      { catalogue, today: TEST_TODAY },
    );
    expect(result.findings.map((f) => f.message)).toContain("region 'GRA11' (provider openstack) lacks secnumcloud; required: eu, hds, secnumcloud (data classification synthetic + stack metadata requires)");
  });
});

type Run = CliRun;

const cli = (args: string[], cwd: string): Promise<Run> => runPolicyCli(args, { cwd });

describe("hdh-policy check on a hostile artefact", () => {
  const work = mkdtempSync(path.join(tmpdir(), "hdh-hostile-"));
  let runs: Record<string, Run>;

  beforeAll(async () => {
    // A catalogue and a waiver file beside the artefact, and a cdktf.json that makes the folder look like a project.
    writeFileSync(path.join(work, "cdktf.json"), "{}");
    mkdirSync(path.join(work, "config"), { recursive: true });
    writeFileSync(
      path.join(work, "config", "permissive-catalogue.json"),
      JSON.stringify({
        schemaVersion: 2,
        asOf: "2026-11-29",
        operators: [{ id: "anything", name: "Anything Cloud", headquarters: "FR", extraterritorialLaws: [], evidence: "https://anything-cloud.eu/", asOf: "2026-11-29" }],
        offers: [{ id: "anything", operator: "anything", platform: "openstack", name: "Anything", identityEndpoints: ["https://keystone.anything-cloud.eu/v3"], evidence: "https://anything-cloud.eu/", asOf: "2026-11-29" }],
        regions: [
          {
            provider: "openstack",
            offer: "anything",
            region: "ANY1",
            aliases: [],
            country: "FR",
            jurisdiction: "EU",
            qualifications: {
              secnumcloud: { status: "qualified", evidence: [{ kind: "anssi-list", reference: "Anything Cloud", url: "https://cyber.gouv.fr/produits-services-qualifies", date: "2026-11-01" }], asOf: "2026-11-29" },
              hds: { status: "qualified", evidence: [{ kind: "hds-list", reference: "Anything Cloud", url: "https://esante.gouv.fr/", date: "2026-11-01" }], asOf: "2026-11-29" },
            },
          },
        ],
      }),
    );
    writeFileSync(
      path.join(work, "config", "permissive-waivers.json"),
      JSON.stringify({ waivers: [{ ruleId: "region-qualified", stack: "*", reason: "the artefact waives itself", owner: "nobody", expires: "2099-12-31" }] }),
    );
    const hostile = {
      "//": {
        hdhPolicy: {
          role: "legacy",
          dataClassification: "synthetic",
          environment: "prod",
          migrationDeadline: "2099-12-31",
          regionCatalogues: ["config/permissive-catalogue.json"],
          waiverFiles: ["config/permissive-waivers.json"],
        },
      },
      provider: { openstack: [{ auth_url: "https://keystone.anything-cloud.eu/v3", region: "ANY1" }], azurerm: [{ features: [{}] }] },
      resource: {
        openstack_networking_network_v2: { net: { name: "net" } },
        azurerm_resource_group: { rg: { name: "rg", location: "francecentral" } },
      },
    };
    const out = path.join(work, "cdktf.out");
    mkdirSync(path.join(out, "stacks", "sovereign-prod"), { recursive: true });
    writeFileSync(path.join(out, "stacks", "sovereign-prod", "cdk.tf.json"), JSON.stringify(hostile));
    writeFileSync(path.join(out, "manifest.json"), JSON.stringify({ version: "0.21.0", stacks: { "sovereign-prod": { synthesizedStackPath: "stacks/sovereign-prod/cdk.tf.json" } } }));
    const entries: [string, Promise<Run>][] = [
      ["hostile", cli(["check", "--today", "2027-01-01", "--format", "json"], work)],
      ["flags", cli(["check", "--today", "2027-01-01", "--format", "json", "--extra-catalogue", "config/permissive-catalogue.json", "--waivers", "config/permissive-waivers.json"], work)],
    ];
    const results = await Promise.all(entries.map(([, p]) => p));
    runs = Object.fromEntries(entries.map(([name], i) => [name, results[i]]));
  }, 60_000);

  it("ignores the catalogues, waivers and deadline the artefact names, and its claim to be legacy synthetic data", () => {
    expect(runs.hostile.code).toBe(1);
    const report = JSON.parse(runs.hostile.stdout) as JsonReport;
    expect(report.summary.waived).toBe(0);
    const byRule = (rule: string) => report.findings.filter((f) => f.ruleId === rule).map((f) => `${f.address}: ${f.message}`);
    expect(byRule("region-qualified")).toEqual(
      expect.arrayContaining([
        "openstack_networking_network_v2.net: region 'ANY1' (provider openstack) of openstack is not in the region catalogue: unqualified",
        "azurerm_resource_group.rg: region 'francecentral' (location) lacks secnumcloud; required: eu, hds, secnumcloud (data classification health-data)",
      ]),
    );
    // Judged as the repository's sovereign-prod: no Azure allowed at all.
    expect(byRule("no-extraterritorial-provider").length).toBeGreaterThan(0);
  });

  it("the CLI's own flags are trusted: the same files given as flags count", () => {
    const report = JSON.parse(runs.flags.stdout) as JsonReport;
    const network = report.resources.find((r) => r.address === "openstack_networking_network_v2.net");
    expect(network).toMatchObject({ catalogueRegion: "ANY1", heldQualifications: ["eu", "secnumcloud", "hds"] });
    expect(report.summary.waived).toBeGreaterThan(0);
  });
});
