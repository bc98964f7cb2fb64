import * as fs from "node:fs";
import * as path from "node:path";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { NetworkingNetworkV2 } from "../../.gen/providers/openstack/networking-network-v2";
import { sharedSynth, type FixtureEnvironment } from "../app-fixture";
import { providerConformance } from "../sovereign/schema-conformance";

/** Synthesis takes a few seconds on a loaded machine (or the wait for another worker's). */
const SYNTH_TIMEOUT_MS = 120_000;

interface SynthesizedApp {
  legacy: string;
  sovereign: string;
  migration?: string;
}

/**
 * The whole app as main.ts wires it, so cross-stack references resolve (the stacks' own suites snapshot
 * each stack alone): the shared synthesis of __tests__/app-fixture.ts, made once for every suite.
 */
async function synthEnvironment(name: FixtureEnvironment): Promise<SynthesizedApp> {
  const { outdir } = await sharedSynth(name);
  const read = (stack: string) => {
    const file = path.join(outdir, "stacks", `${stack}-${name}`, "cdk.tf.json");
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
  };
  return { legacy: read("legacy-azure") ?? "", sovereign: read("sovereign") ?? "", migration: read("migration") };
}

// One shared synthesis holds both environments: wait for it once, before any test.
beforeAll(() => sharedSynth("dev"), SYNTH_TIMEOUT_MS);

describe.each(["dev", "prod"] as const)("the %s environment", (name) => {
  let legacy: string;
  let sovereign: string;
  let migration: string | undefined;
  beforeAll(async () => {
    ({ legacy, sovereign, migration } = await synthEnvironment(name));
  }, SYNTH_TIMEOUT_MS);

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
    // As Testing.app() writes it: the cdktf version stubbed, so that the snapshot is about the stack.
    expect(migration?.replace(`"version": "${json["//"].metadata.version}"`, '"version": "stubbed"')).toMatchSnapshot();
  });
});

describe("state backends in the synthesized stacks", () => {
  it("keeps dev's state local, one file per stack", async () => {
    const { legacy } = await synthEnvironment("dev");
    expect(JSON.parse(legacy).terraform.backend).toEqual({ local: { path: "../legacy-azure-dev/terraform.legacy-azure-dev.tfstate" } });
  });

  it("keeps prod's state on the sovereign S3-compatible object storage, AWS checks skipped", async () => {
    const { sovereign } = await synthEnvironment("prod");
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
      use_lockfile: true,
    });
  });
});

describe("OpenStack schema conformance of every stack of the app", () => {
  it.each(["dev", "prod"] as const)("%s: every openstack provider block, resource and data source uses only what the v3.4.0 schema knows, required ones present", async (name) => {
    const problems: string[] = [];
    const checkedByStack: Record<string, number> = {};
    for (const [kind, text] of Object.entries(await synthEnvironment(name))) {
      const result = providerConformance(JSON.parse(text ?? "{}"), "openstack", kind);
      problems.push(...result.problems);
      checkedByStack[kind] = result.checked;
    }
    expect(problems).toEqual([]);
    expect(checkedByStack.sovereign).toBeGreaterThan(100);
    expect(checkedByStack.migration).toBeGreaterThan(5);
  });
});
