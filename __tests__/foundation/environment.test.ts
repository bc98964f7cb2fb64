import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ConfigError } from "../../config/config-error";
import { ENVIRONMENTS_DIR, knownEnvironments, loadEnvironment, readEnvironmentConfig } from "../../config/load-environment";
import { openStackEnvironment } from "../../config/sovereign-cloud";
import { loadTestEnvironment, TEST_CONTRACT_CATALOGUE } from "../helpers/environments";

/** Writes a variant of the dev environment to a temp file and returns its path. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test fixtures poke at arbitrary fields
function devVariant(mutate: (config: any) => void): string {
  const config = JSON.parse(fs.readFileSync(path.join(ENVIRONMENTS_DIR, "dev.json"), "utf8"));
  mutate(config);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hdh-env-"));
  const file = path.join(dir, "variant.json");
  fs.writeFileSync(file, JSON.stringify(config));
  return file;
}

function errorOf(load: () => unknown): ConfigError {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError, got none");
}

describe("environment loading", () => {
  it("knows the dev and prod examples", () => {
    expect(knownEnvironments()).toEqual(expect.arrayContaining(["dev", "prod"]));
    expect(loadEnvironment("dev").config.dataClassification).toBe("synthetic");
    expect(readEnvironmentConfig("prod").config.dataClassification).toBe("health-data");
  });

  it("refuses prod while its contract is pending, in one line naming the contract file and the fields to fill", () => {
    const error = errorOf(() => loadEnvironment("prod"));
    expect(error.message).not.toContain("\n");
    expect(error.source).toBe("config/catalogues/prod-bare-metal-pod.json");
    expect(error.message).toMatch(/^config\/catalogues\/prod-bare-metal-pod\.json: pending contract: region 'SNC-PAR-HDH1' cannot count as qualified until the contract's facts are filled in: fill /);
    for (const field of ["regions.0.region", "regions.0.s3Endpoints.0", "offers.0.identityEndpoints.0", "regions.0.qualifications.secnumcloud", "regions.0.qualifications.hds"]) {
      expect(error.message).toContain(field);
    }
    expect(error.message).toContain("config/environments/prod.json (sovereign.region, sovereign.authUrl, stateBackend.endpoint, stateBackend.region)");
  });

  it("lets code (tests) swap the contract catalogue: prod then builds on the TEST contract's pod", () => {
    const prod = loadEnvironment("prod", { contractCatalogues: [TEST_CONTRACT_CATALOGUE] });
    expect(prod.catalogue.sources.map((f) => path.basename(f))).toEqual(["builtin.json", "TEST-prod-contract.catalogue.json"]);
    const sovereign = openStackEnvironment(prod.config, prod.file).sovereign;
    expect(prod.catalogue.lookup("openstack", sovereign.region, sovereign.authUrl)?.offer).toBe("test-ovhcloud-bare-metal-pod");
    expect(loadTestEnvironment("prod").catalogue.sources).toEqual(prod.catalogue.sources);
  });

  it("judges as of an injected day: the option, else HDH_TODAY, refusing a day that does not exist in one line", () => {
    expect(loadEnvironment("dev", { today: "2030-01-01" }).today).toBe("2030-01-01");
    expect(errorOf(() => loadEnvironment("dev", { today: "2026-02-30" })).message).toBe("today: '2026-02-30' is not a calendar date (expected YYYY-MM-DD)");
    const saved = process.env.HDH_TODAY;
    try {
      process.env.HDH_TODAY = "2027-03-01";
      expect(loadEnvironment("dev").today).toBe("2027-03-01");
      process.env.HDH_TODAY = "01/03/2027";
      expect(errorOf(() => loadEnvironment("dev")).message).toBe("HDH_TODAY: '01/03/2027' is not a calendar date (expected YYYY-MM-DD)");
    } finally {
      process.env.HDH_TODAY = saved;
    }
  });

  it("refuses an unknown environment name, naming HDH_ENV", () => {
    expect(errorOf(() => loadEnvironment("staging")).message).toBe(
      "HDH_ENV: unknown environment 'staging' (known: dev, prod, scaleway-dev; or a path to a .json file)",
    );
  });

  it("refuses a CIDR that does not parse, naming the field", () => {
    const file = devVariant((c) => (c.sovereign.networkCidr = "10.300.0.0/16"));
    const error = errorOf(() => loadEnvironment(file));
    expect(error.field).toBe("sovereign.networkCidr");
    expect(error.message).toBe(`${file}: sovereign.networkCidr: '10.300.0.0/16' is not a CIDR (expected e.g. 10.0.0.0/16)`);
  });

  it("refuses a CIDR with host bits set", () => {
    const file = devVariant((c) => (c.legacy.addressSpace = "10.110.0.1/16"));
    expect(errorOf(() => loadEnvironment(file)).message).toContain("legacy.addressSpace: '10.110.0.1/16' has host bits set");
  });

  it("refuses an empty region, naming the field", () => {
    const file = devVariant((c) => (c.sovereign.region = ""));
    expect(errorOf(() => loadEnvironment(file)).message).toBe(`${file}: sovereign.region: must NOT have fewer than 1 characters`);
  });

  it("refuses a region the catalogue does not know (fail closed)", () => {
    const file = devVariant((c) => (c.sovereign.region = "RegionOne"));
    expect(errorOf(() => loadEnvironment(file)).message).toContain("sovereign.region: region 'RegionOne' of openstack is not in the region catalogue");
  });

  it("refuses a known region reached through an unknown cloud's endpoint", () => {
    const file = devVariant((c) => (c.sovereign.authUrl = "https://keystone.other-cloud.example/v3"));
    const error = errorOf(() => loadEnvironment(file));
    expect(error.field).toBe("sovereign.region");
    expect(error.message).toContain("region 'EU-WEST-PAR' counts only with its cloud, and auth_url 'https://keystone.other-cloud.example/v3' is not the endpoint of any offer of the catalogue");
  });

  it("refuses a region of another offer than the one behind the auth_url", () => {
    const file = devVariant((c) => (c.sovereign.region = "SNC-PAR-HDH1"));
    expect(errorOf(() => loadEnvironment(file)).message).toContain("sovereign.region: region 'SNC-PAR-HDH1' of openstack is not in the region catalogue");
  });

  it("refuses unknown fields and wrong enum values", () => {
    expect(errorOf(() => loadEnvironment(devVariant((c) => (c.colour = "blue")))).message).toMatch(/: colour: unknown field$/);
    expect(errorOf(() => loadEnvironment(devVariant((c) => (c.dataClassification = "public")))).message).toMatch(
      /: dataClassification: must be one of "health-data", "synthetic"$/,
    );
  });

  it("refuses a file that is not JSON or does not exist", () => {
    const file = devVariant(() => undefined);
    fs.writeFileSync(file, "{ not json");
    expect(errorOf(() => loadEnvironment(file)).message).toMatch(/variant\.json: not valid JSON/);
    expect(errorOf(() => loadEnvironment("/nonexistent/env.json")).message).toBe("/nonexistent/env.json: file not found");
  });
});

describe("state backend", () => {
  const s3 = {
    type: "s3",
    endpoint: "https://s3.eu-west-par.io.cloud.ovh.net",
    bucket: "hdh-dev-state",
    key: "hdh/dev",
    region: "eu-west-par",
  };

  it("accepts an S3-compatible bucket on EU sovereign object storage", () => {
    const file = devVariant((c) => (c.stateBackend = s3));
    expect(loadEnvironment(file).config.stateBackend).toEqual(s3);
  });

  it("refuses state in Azure storage", () => {
    const file = devVariant((c) => (c.stateBackend = { ...s3, endpoint: "https://hdhstate.blob.core.windows.net" }));
    const error = errorOf(() => loadEnvironment(file));
    expect(error.field).toBe("stateBackend.endpoint");
    expect(error.message).toContain("is a Microsoft service, subject to US CLOUD Act");
  });

  it("refuses state on AWS S3", () => {
    const file = devVariant((c) => (c.stateBackend = { ...s3, endpoint: "https://s3.eu-west-3.amazonaws.com", region: "eu-west-3" }));
    expect(errorOf(() => loadEnvironment(file)).message).toContain("Amazon Web Services");
  });

  it("refuses a region outside the EU", () => {
    const file = devVariant((c) => (c.stateBackend = { ...s3, endpoint: "https://s3.uk.io.cloud.ovh.net", region: "uk" }));
    expect(errorOf(() => loadEnvironment(file)).message).toContain("stateBackend.region: region 'uk' is not an EU region");
  });

  it("refuses a region that is not the one its S3 endpoint serves", () => {
    const file = devVariant((c) => (c.stateBackend = { ...s3, region: "atlantis-1" }));
    expect(errorOf(() => loadEnvironment(file)).message).toContain(
      "stateBackend.region: region 'atlantis-1' is not the region of https://s3.eu-west-par.io.cloud.ovh.net, which serves 'EU-WEST-PAR'",
    );
    const otherRegion = devVariant((c) => (c.stateBackend = { ...s3, region: "gra" }));
    expect(errorOf(() => loadEnvironment(otherRegion)).field).toBe("stateBackend.region");
  });

  it("refuses an S3 endpoint the catalogue does not know: a region name alone could be any S3-compatible store's", () => {
    const file = devVariant((c) => (c.stateBackend = { ...s3, endpoint: "https://s3.eu-west-par.some-other-cloud.eu" }));
    const error = errorOf(() => loadEnvironment(file));
    expect(error.field).toBe("stateBackend.endpoint");
    expect(error.message).toContain("is not the S3 endpoint of any region of the catalogue");
  });

  it("refuses a plain-HTTP endpoint", () => {
    const file = devVariant((c) => (c.stateBackend = { ...s3, endpoint: "http://s3.eu-west-par.io.cloud.ovh.net" }));
    expect(errorOf(() => loadEnvironment(file)).field).toBe("stateBackend.endpoint");
  });
});
