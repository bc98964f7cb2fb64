import { DataOpenstackNetworkingNetworkV2 } from "../../.gen/providers/openstack/data-openstack-networking-network-v2";
import { NetworkingNetworkV2 } from "../../.gen/providers/openstack/networking-network-v2";
import { NetworkingRouterInterfaceV2 } from "../../.gen/providers/openstack/networking-router-interface-v2";
import { NetworkingRouterV2 } from "../../.gen/providers/openstack/networking-router-v2";
import { NetworkingSubnetV2 } from "../../.gen/providers/openstack/networking-subnet-v2";
import { EdgeRouter, PrivateNetwork } from "../../constructs/sovereign/openstack/network";
import { expectRefused, synth, TEST_CONTEXT, testStack } from "./helpers";

describe("EdgeRouter", () => {
  it("gets its gateway from the external network looked up by name", () => {
    const stack = testStack();
    new EdgeRouter(stack, "edge", { context: TEST_CONTEXT, externalNetworkName: "Ext-Net" });
    const { text } = synth(stack);
    expect(text).toHaveDataSourceWithProperties(DataOpenstackNetworkingNetworkV2, { name: "Ext-Net", external: true });
    expect(text).toHaveResourceWithProperties(NetworkingRouterV2, { name: "hdh-test-edge", external_network_id: expect.stringMatching(/^\$\{data\.openstack_networking_network_v2\.edge_external_\w+\.id\}$/) });
  });
});

describe("PrivateNetwork", () => {
  it("creates a port-security network with one subnet, tagged with its tier, attached to the router", () => {
    const stack = testStack();
    const router = new EdgeRouter(stack, "edge", { context: TEST_CONTEXT, externalNetworkName: "Ext-Net" });
    new PrivateNetwork(stack, "data", { context: TEST_CONTEXT, name: "data", tier: "data", cidr: "10.0.64.0/19", router });
    const { text } = synth(stack);
    expect(text).toHaveResourceWithProperties(NetworkingNetworkV2, { name: "hdh-test-data", port_security_enabled: true, shared: false, external: false, tags: expect.arrayContaining(["tier=data", "environment=test"]) });
    expect(text).toHaveResourceWithProperties(NetworkingSubnetV2, { cidr: "10.0.64.0/19", ip_version: 4, enable_dhcp: true, tags: expect.arrayContaining(["tier=data"]) });
    expect(text).toHaveResourceWithProperties(NetworkingRouterInterfaceV2, { router_id: expect.stringContaining("edge_router"), subnet_id: expect.stringContaining("data_subnet") });
  });

  it("stays isolated without a router", () => {
    const stack = testStack();
    new PrivateNetwork(stack, "lab", { context: TEST_CONTEXT, name: "lab", tier: "workspace", cidr: "10.0.128.0/24" });
    expect(synth(stack).text).not.toHaveResource(NetworkingRouterInterfaceV2);
  });

  it.each(["application", "data", "workspace"] as const)("refuses floating IPs on the %s tier", (tier) => {
    const stack = testStack();
    const build = () => new PrivateNetwork(stack, tier, { context: TEST_CONTEXT, name: tier, tier, cidr: "10.0.0.0/24", allowFloatingIps: true });
    expectRefused(build, `test/${tier}: allowFloatingIps: refused: the ${tier} tier must never be reachable through a public floating IP`);
  });

  it.each(["ingress", "administration"] as const)("allows floating IPs on the %s tier", (tier) => {
    const network = new PrivateNetwork(testStack(), tier, { context: TEST_CONTEXT, name: tier, tier, cidr: "10.0.0.0/24", allowFloatingIps: true });
    expect(network.allowFloatingIps).toBe(true);
  });
});
