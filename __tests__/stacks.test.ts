import { App, Testing } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { NetworkingNetworkV2 } from "../.gen/providers/openstack/networking-network-v2";
import { loadEnvironment } from "../config/load-environment";
import { addEnvironmentStacks } from "../stacks/app";

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
