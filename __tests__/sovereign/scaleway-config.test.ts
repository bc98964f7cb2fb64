import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { App, Testing } from "cdktf";
import { ConfigError } from "../../config/config-error";
import { ENVIRONMENTS_DIR, loadEnvironment } from "../../config/load-environment";
import { openStackEnvironment, scalewayEnvironment, sovereignCloudOf } from "../../config/sovereign-cloud";
import { addEnvironmentStacks } from "../../stacks/app";
import { ScalewaySovereignStack } from "../../stacks/scaleway-sovereign-stack";
import { SovereignStack } from "../../stacks/sovereign-stack";

type Json = Record<string, unknown> & { sovereign: Record<string, unknown> };

/** Writes a built-in environment with a change and returns its path. */
function variantOf(name: string, change: (environment: Json) => void): string {
  const environment = JSON.parse(readFileSync(path.join(ENVIRONMENTS_DIR, `${name}.json`), "utf8")) as Json;
  change(environment);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "scaleway-config-")), `${name}.json`);
  writeFileSync(file, JSON.stringify(environment));
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

describe("sovereign.cloud", () => {
  it("chooses the landing zone's construct family; absent, it is openstack", () => {
    expect(sovereignCloudOf(loadEnvironment("dev").config.sovereign)).toBe("openstack");
    expect(loadEnvironment("dev").config.sovereign.cloud).toBeUndefined();
    expect(sovereignCloudOf(loadEnvironment("scaleway-dev").config.sovereign)).toBe("scaleway");
    const explicit = variantOf("dev", (e) => (e.sovereign.cloud = "openstack"));
    expect(sovereignCloudOf(loadEnvironment(explicit).config.sovereign)).toBe("openstack");
  });

  it("loads scaleway-dev: synthetic data in fr-par, zones fr-par-1 and fr-par-2, local state, a migration from its synthetic Azure estate", () => {
    const loaded = loadEnvironment("scaleway-dev");
    const config = scalewayEnvironment(loaded.config, loaded.file);
    expect(config).toMatchObject({ dataClassification: "synthetic", stateBackend: { type: "local" } });
    expect(config.sovereign).toMatchObject({ region: "fr-par", zones: ["fr-par-1", "fr-par-2"] });
    expect(config.migration).toMatchObject({ plan: "../migration/scaleway-dev.json", worker: { imageName: "debian_bookworm", flavorName: "PRO2-XS" } });
    expect(loaded.catalogue.lookup("scaleway", "fr-par")?.jurisdiction).toBe("EU");
  });

  it("narrows an environment to one cloud, or says in one line which cloud it is on", () => {
    const loaded = loadEnvironment("scaleway-dev");
    expect(errorOf(() => openStackEnvironment(loaded.config, loaded.file, "the migration stack")).message).toBe(
      `${loaded.file}: sovereign.cloud: the migration stack needs an OpenStack landing zone, not 'scaleway'`,
    );
    const dev = loadEnvironment("dev");
    expect(errorOf(() => scalewayEnvironment(dev.config, dev.file)).field).toBe("sovereign.cloud");
  });

  it.each<[string, string, (e: Json) => void, string | RegExp]>([
    ["an unknown cloud", "dev", (e) => (e.sovereign.cloud = "aws"), /: sovereign\.cloud: must be one of "openstack", "scaleway"$/],
    ["an OpenStack field on Scaleway", "scaleway-dev", (e) => (e.sovereign.authUrl = "https://auth.cloud.ovh.net/v3"), /: sovereign\.authUrl: unknown field$/],
    ["a Scaleway field on OpenStack", "dev", (e) => (e.sovereign.zones = ["fr-par-1"]), /: sovereign\.zones: unknown field$/],
    ["a missing Scaleway field", "scaleway-dev", (e) => delete e.sovereign.database, /: sovereign\.database: is required$/],
    ["Scaleway fields without the cloud", "scaleway-dev", (e) => delete e.sovereign.cloud, /: sovereign\.(authUrl|zones|[a-zA-Z]+): (is required|unknown field)$/],
    ["a zone of another region", "scaleway-dev", (e) => (e.sovereign.zones = ["fr-par-1", "nl-ams-1"]), /: sovereign\.zones\[1\]: zone 'nl-ams-1' is not in region 'fr-par'$/],
    ["a region the catalogue does not know", "scaleway-dev", (e) => ((e.sovereign.region = "zz-abc"), (e.sovereign.zones = ["zz-abc-1"])), /: sovereign\.region: region 'zz-abc' of scaleway is not in the region catalogue/],
    ["an unknown retention mode", "scaleway-dev", (e) => ((e.sovereign.dataLake as { immutableRetention: { mode: string } }).immutableRetention.mode = "NONE"), /: sovereign\.dataLake\.immutableRetention\.mode: must be one of "GOVERNANCE", "COMPLIANCE"$/],
    ["an IOPS class Scaleway does not sell", "scaleway-dev", (e) => ((e.sovereign.compute as { volumeIops: number }).volumeIops = 3000), /: sovereign\.compute\.volumeIops: must be one of 5000, 15000$/],
    ["an Internet-wide admin source", "scaleway-dev", (e) => (e.sovereign.adminSourceCidrs = ["0.0.0.0/0"]), /: sovereign\.adminSourceCidrs\[0\]: '0\.0\.0\.0\/0' is too wide for SSH/],
    ["no operator SSH key", "scaleway-dev", (e) => (e.sovereign.adminSshPublicKeys = []), /: sovereign\.adminSshPublicKeys: must NOT have fewer than 1 items$/],
    ["a reused network slot", "scaleway-dev", (e) => ((e.sovereign.workspaces as { networkSlot: number }[])[1].networkSlot = 0), /: sovereign\.workspaces\[1\]\.networkSlot: slot 0 is already used by workspace 'synthetic-cohort-a'$/],
    ["a flavor name on a Scaleway workspace", "scaleway-dev", (e) => ((e.sovereign.workspaces as Record<string, unknown>[])[0].flavorName = "b3-8"), /: sovereign\.workspaces\.0\.flavorName: unknown field$|workspaces\/0\/flavorName/],
  ])("refuses %s with one line naming the field", (_, base, change, message) => {
    const error = errorOf(() => loadEnvironment(variantOf(base, change)));
    expect(error.message).not.toContain("\n");
    if (typeof message === "string") expect(error.message).toContain(message);
    else expect(error.message).toMatch(message);
  });
});

describe("the app of a Scaleway environment", () => {
  it("builds the Scaleway sovereign stack and a migration stack to it (and the OpenStack ones for dev)", () => {
    const scaleway = addEnvironmentStacks(Testing.app() as App, loadEnvironment("scaleway-dev"));
    expect(scaleway.sovereign).toBeInstanceOf(ScalewaySovereignStack);
    expect(scaleway.sovereign.node.id).toBe("sovereign-scaleway-dev");
    expect(scaleway.migration?.node.id).toBe("migration-scaleway-dev");
    expect(scaleway.migration?.target).toBe(scaleway.sovereign.migrationTarget);
    const dev = addEnvironmentStacks(Testing.app() as App, loadEnvironment("dev"));
    expect(dev.sovereign).toBeInstanceOf(SovereignStack);
    expect(dev.migration?.target.cloud).toBe("openstack");
  });

  it("builds a Scaleway environment without a migration section with no migration stack", () => {
    const file = variantOf("scaleway-dev", (e) => delete e.migration);
    expect(addEnvironmentStacks(Testing.app() as App, loadEnvironment(file)).migration).toBeUndefined();
  });

  it("refuses, while the environment migrates, a workspace on the slot the migration's workers take for their network", () => {
    const file = variantOf("scaleway-dev", (e) => ((e.sovereign.workspaces as { networkSlot: number }[])[1].networkSlot = 127));
    expect(errorOf(() => loadEnvironment(file)).message).toBe(
      `${file}: sovereign.workspaces[1].networkSlot: slot 127 (10.220.255.0/24) is the migration workers' network while the environment has a migration section: give workspace 'synthetic-cohort-b' another slot`,
    );
    const without = variantOf("scaleway-dev", (e) => {
      delete e.migration;
      (e.sovereign.workspaces as { networkSlot: number }[])[1].networkSlot = 127;
    });
    expect(loadEnvironment(without).config.sovereign.workspaces[1].networkSlot).toBe(127);
  });
});
