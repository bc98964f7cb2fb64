import * as fs from "node:fs";
import * as path from "node:path";
import { App, Testing } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { NetworkingNetworkV2 } from "../../.gen/providers/openstack/networking-network-v2";
import { loadTestEnvironment } from "../helpers/environments";
import { addEnvironmentStacks } from "../../stacks/app";
import { providerConformance } from "../sovereign/schema-conformance";

/** Synthesizes the whole app as main.ts wires it, so cross-stack references resolve (the stacks' own suites snapshot each stack alone). */
function synthEnvironment(name: string) {
  const app = Testing.app();
  addEnvironmentStacks(app as App, loadTestEnvironment(name));
  app.synth();
  const read = (stack: string) => {
    const file = path.join(app.outdir, "stacks", `${stack}-${name}`, "cdk.tf.json");
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
  };
  return { legacy: read("legacy-azure") ?? "", sovereign: read("sovereign") ?? "", migration: read("migration") };
}

describe.each(["dev", "prod"])("the %s environment", (name) => {
  const { legacy, sovereign, migration } = synthEnvironment(name);

  it("puts the legacy resource group in France Central", () => {
    expect(legacy).toHaveResourceWithProperties(ResourceGroup, { location: "francecentral" });
  });

  it("creates the sovereign private networks with port security", () => {
    expect(sovereign).toHaveResourceWithProperties(NetworkingNetworkV2, { port_security_enabled: true });
  });

  it("wires the migration stack to the real sovereign stack, across stacks, as a snapshot", () => {
    expect(migration).toBeDefined();
    const json = JSON.parse(migration ?? "{}");
    const remoteStates = Object.keys(json.data?.terraform_remote_state ?? {});
    expect(remoteStates).toEqual(expect.arrayContaining([expect.stringContaining(`sovereign-${name}`)]));
    expect(migration).toMatchSnapshot();
  });
});

describe("state backends in the synthesized stacks", () => {
  it("keeps dev's state local, one file per stack", () => {
    const { legacy } = synthEnvironment("dev");
    expect(JSON.parse(legacy).terraform.backend).toEqual({ local: { path: "../legacy-azure-dev/terraform.legacy-azure-dev.tfstate" } });
  });

  it("keeps prod's state on the sovereign S3-compatible object storage, AWS checks skipped", () => {
    const { sovereign } = synthEnvironment("prod");
    expect(JSON.parse(sovereign).terraform.backend.s3).toEqual({
      bucket: "hdh-prod-terraform-state",
      key: "hdh/prod/sovereign-prod.tfstate",
      region: "snc-par-hdh1",
      endpoints: { s3: "https://s3.snc-par-hdh1.pod.ovh.example" },
      use_path_style: true,
      encrypt: true,
      skip_credentials_validation: true,
      skip_region_validation: true,
      skip_requesting_account_id: true,
      skip_metadata_api_check: true,
      skip_s3_checksum: true,
    });
  });
});

describe("OpenStack schema conformance of every stack of the app", () => {
  it.each(["dev", "prod"])("%s: every openstack provider block, resource and data source uses only what the v3.4.0 schema knows, required ones present", (name) => {
    const problems: string[] = [];
    const checkedByStack: Record<string, number> = {};
    for (const [kind, text] of Object.entries(synthEnvironment(name))) {
      const result = providerConformance(JSON.parse(text ?? "{}"), "openstack", kind);
      problems.push(...result.problems);
      checkedByStack[kind] = result.checked;
    }
    expect(problems).toEqual([]);
    expect(checkedByStack.sovereign).toBeGreaterThan(100);
    expect(checkedByStack.migration).toBeGreaterThan(5);
  });
});
