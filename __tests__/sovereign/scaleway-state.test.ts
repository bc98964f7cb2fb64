// State on Scaleway Object Storage: a Scaleway environment keeps every stack's state in an S3 bucket of its
// region's Object Storage, locked (use_lockfile: S3 conditional writes) and encrypted at rest (SSE-ONE), refused
// elsewhere by the environment loader as the OVHcloud one is; and the sovereignty policy's own state rule agrees.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { App, Testing } from "cdktf";
import { ConfigError } from "../../config/config-error";
import { ENVIRONMENTS_DIR, loadEnvironment } from "../../config/load-environment";
import type { RegionCatalogue } from "../../policy/catalogue";
import { evaluate } from "../../policy/engine";
import { RepositoryPolicy, trustStackPolicies } from "../../policy/trust";
import { fromTerraformJson } from "../../policy/inputs";
import { addEnvironmentStacks } from "../../stacks/app";
import { TEST_TODAY } from "../helpers/environments";

/** The policy's verdict on a stack's JSON (with its "//" metadata: toTerraform()), judged through the trust boundary as `hdh-policy check` judges it. */
function judge(json: unknown, stack: string, catalogue: RegionCatalogue) {
  const input = fromTerraformJson(json, { stack, file: "cdk.tf.json", source: "cdktf" });
  return evaluate({ stacks: trustStackPolicies([input], new RepositoryPolicy(), catalogue) }, { catalogue, today: TEST_TODAY });
}

type Json = Record<string, unknown>;

/** The state section of a Scaleway environment keeping its state on Object Storage in fr-par. */
const SCALEWAY_STATE = { type: "s3", endpoint: "https://s3.fr-par.scw.cloud", bucket: "hdh-scaleway-dev-tfstate", key: "hdh/scaleway-dev", region: "fr-par" };

/** scaleway-dev with another state section, written beside the built-in environments (its plan path resolves). */
function scalewayDevWithState(state: Json): string {
  const environment = JSON.parse(readFileSync(path.join(ENVIRONMENTS_DIR, "scaleway-dev.json"), "utf8")) as Json;
  environment.stateBackend = state;
  const dir = mkdtempSync(path.join(tmpdir(), "scaleway-state-"));
  // The migration plan is named relative to the environment file: point at the repository's.
  (environment.migration as Json).plan = path.join(ENVIRONMENTS_DIR, "..", "migration", "scaleway-dev.json");
  const file = path.join(dir, "scaleway-dev.json");
  writeFileSync(file, JSON.stringify(environment));
  return file;
}

function errorOf(body: () => unknown): ConfigError {
  try {
    body();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError, got none");
}

describe("state on Scaleway Object Storage", () => {
  const loaded = loadEnvironment(scalewayDevWithState(SCALEWAY_STATE), { today: TEST_TODAY });
  const stacks = addEnvironmentStacks(Testing.app() as App, loaded);
  const all = [stacks.legacy, stacks.sovereign, stacks.migration].filter((s) => s !== undefined);

  it("keeps every stack's state in the bucket, one key per stack, locked and encrypted at rest, for Terraform 1.10 and later", () => {
    expect(all.map((s) => s.node.id)).toEqual(["legacy-azure-scaleway-dev", "sovereign-scaleway-dev", "migration-scaleway-dev"]);
    for (const stack of all) {
      const json = JSON.parse(Testing.synth(stack)) as { terraform: { backend: { s3: Json }; required_version: string } };
      expect(json.terraform.backend.s3).toMatchObject({
        bucket: "hdh-scaleway-dev-tfstate",
        key: `hdh/scaleway-dev/${stack.node.id}.tfstate`,
        region: "fr-par",
        endpoints: { s3: "https://s3.fr-par.scw.cloud" },
        use_lockfile: true,
        encrypt: true,
        use_path_style: true,
        skip_credentials_validation: true,
        skip_region_validation: true,
        skip_requesting_account_id: true,
      });
      expect(json.terraform.required_version).toBe(">= 1.10");
    }
  });

  it("passes the policy's state rule (an S3 endpoint of a catalogue region holding what synthetic data needs)", () => {
    const result = judge(stacks.legacy.toTerraform(), "legacy-azure-scaleway-dev", loaded.catalogue);
    expect(result.findings.filter((f) => f.ruleId === "state-backend-qualified")).toEqual([]);
  });

  it("fails the policy's state rule on a region whose HDS certification is not confirmed (nl-ams), which the loader lets through as an EU region", () => {
    const elsewhere = loadEnvironment(scalewayDevWithState({ ...SCALEWAY_STATE, endpoint: "https://s3.nl-ams.scw.cloud", region: "nl-ams" }), { today: TEST_TODAY });
    const legacy = addEnvironmentStacks(Testing.app() as App, elsewhere).legacy;
    const result = judge(legacy.toTerraform(), "legacy-azure-scaleway-dev", elsewhere.catalogue);
    const findings = result.findings.filter((f) => f.ruleId === "state-backend-qualified");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", address: "terraform.backend", message: expect.stringMatching(/^backend region 'nl-ams' lacks hds/) });
  });

  it.each<[string, Json, string]>([
    ["a region that is not the endpoint's", { region: "nl-ams" }, "stateBackend.region: region 'nl-ams' is not the region of https://s3.fr-par.scw.cloud, which serves 'fr-par'"],
    ["a zone for the region", { region: "fr-par-1" }, "stateBackend.region: region 'fr-par-1' is not the region of https://s3.fr-par.scw.cloud, which serves 'fr-par'"],
    ["an endpoint no catalogue region names", { endpoint: "https://s3.fr-par.scw.cloud.example" }, "stateBackend.endpoint: 'https://s3.fr-par.scw.cloud.example' is not the S3 endpoint of any region of the catalogue: where the state lives cannot be proven (a region's s3Endpoints name it)"],
    ["an AWS endpoint", { endpoint: "https://s3.eu-west-3.amazonaws.com", region: "eu-west-3" }, "stateBackend.endpoint: 'https://s3.eu-west-3.amazonaws.com' is a "],
  ])("refuses %s with one line naming the field", (_, change, message) => {
    const file = scalewayDevWithState({ ...SCALEWAY_STATE, ...change });
    const error = errorOf(() => loadEnvironment(file, { today: TEST_TODAY }));
    expect(error.message).not.toContain("\n");
    expect(error.message.startsWith(`${file}: ${message}`)).toBe(true);
  });
});
