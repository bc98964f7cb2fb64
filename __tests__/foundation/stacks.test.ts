import { App, Testing } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { NetworkingNetworkV2 } from "../../.gen/providers/openstack/networking-network-v2";
import { loadEnvironment } from "../../config/load-environment";
import { addEnvironmentStacks } from "../../stacks/app";

function synthEnvironment(name: string) {
  const app = Testing.app();
  const stacks = addEnvironmentStacks(app as App, loadEnvironment(name));
  return { legacy: Testing.synth(stacks.legacy), sovereign: Testing.synth(stacks.sovereign) };
}

describe.each(["dev", "prod"])("the %s environment", (name) => {
  const { legacy, sovereign } = synthEnvironment(name);

  it("synthesizes the legacy Azure stack as a snapshot", () => {
    expect(legacy).toMatchSnapshot();
  });

  it("synthesizes the sovereign OpenStack stack as a snapshot", () => {
    expect(sovereign).toMatchSnapshot();
  });

  it("puts the legacy resource group in France Central", () => {
    expect(legacy).toHaveResourceWithProperties(ResourceGroup, { location: "francecentral" });
  });

  it("creates the sovereign private network with port security", () => {
    expect(sovereign).toHaveResourceWithProperties(NetworkingNetworkV2, { port_security_enabled: true });
  });
});

describe("state backends in the synthesized stacks", () => {
  it("keeps dev's state local, one file per stack", () => {
    const { legacy } = synthEnvironment("dev");
    expect(JSON.parse(legacy).terraform.backend).toEqual({ local: { path: "terraform.legacy-azure-dev.tfstate" } });
  });

  it("keeps prod's state on the sovereign S3-compatible object storage, AWS checks skipped", () => {
    const { sovereign } = synthEnvironment("prod");
    expect(JSON.parse(sovereign).terraform.backend.s3).toEqual({
      bucket: "hdh-prod-terraform-state",
      key: "hdh/prod/sovereign-prod.tfstate",
      region: "snc-par-hdh1",
      endpoints: { s3: "https://s3.snc-par-hdh1.pod.ovh.example" },
      use_path_style: true,
      encrypt: false,
      skip_credentials_validation: true,
      skip_region_validation: true,
      skip_requesting_account_id: true,
      skip_metadata_api_check: true,
      skip_s3_checksum: true,
    });
  });
});
