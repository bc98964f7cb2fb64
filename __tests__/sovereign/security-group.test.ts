import { NetworkingSecgroupRuleV2 } from "../../.gen/providers/openstack/networking-secgroup-rule-v2";
import { NetworkingSecgroupV2 } from "../../.gen/providers/openstack/networking-secgroup-v2";
import { LeastPrivilegeSecurityGroup } from "../../constructs/sovereign/openstack/security-group";
import { expectRefused, synth, TEST_CONTEXT, testStack } from "./helpers";

function group(allowPublicHttps = false) {
  const stack = testStack();
  const sg = new LeastPrivilegeSecurityGroup(stack, "web", { context: TEST_CONTEXT, name: "web", tier: allowPublicHttps ? "ingress" : "application", description: "test", allowPublicHttps });
  return { stack, sg };
}

describe("LeastPrivilegeSecurityGroup", () => {
  it("starts closed both ways and tagged", () => {
    const { stack } = group();
    const { text } = synth(stack);
    expect(text).toHaveResourceWithProperties(NetworkingSecgroupV2, {
      name: "hdh-test-web",
      delete_default_rules: true,
      tags: expect.arrayContaining(["environment=test", "data_classification=synthetic", "owner=platform-team", "migration_wave=wave-test"]),
    });
    expect(text).not.toHaveResource(NetworkingSecgroupRuleV2);
  });

  it("opens exactly the flows asked for", () => {
    const { stack, sg } = group();
    const other = new LeastPrivilegeSecurityGroup(stack, "other", { context: TEST_CONTEXT, name: "other", tier: "application", description: "test" });
    sg.allowFromGroup(other, { port: 22, description: "SSH" }).allowToCidr("10.0.0.0/24", { port: 53, protocol: "udp", description: "DNS" });
    const { text } = synth(stack);
    expect(text).toHaveResourceWithProperties(NetworkingSecgroupRuleV2, { direction: "ingress", protocol: "tcp", port_range_min: 22, port_range_max: 22, ethertype: "IPv4", remote_group_id: expect.stringContaining("other_group") });
    expect(text).toHaveResourceWithProperties(NetworkingSecgroupRuleV2, { direction: "egress", protocol: "udp", port_range_min: 53, remote_ip_prefix: "10.0.0.0/24" });
  });

  it("opens HTTPS to the Internet on a public-HTTPS group, over IPv4 and IPv6", () => {
    const { stack, sg } = group(true);
    sg.allowFromCidr("0.0.0.0/0", { port: 443, description: "HTTPS" }).allowFromCidr("::/0", { port: 443, description: "HTTPS" });
    const { text } = synth(stack);
    expect(text).toHaveResourceWithProperties(NetworkingSecgroupRuleV2, { remote_ip_prefix: "::/0", ethertype: "IPv6", port_range_min: 443 });
  });

  it.each([
    ["HTTPS from the Internet on a group that does not allow it", false, "0.0.0.0/0", 443, undefined, /web: cidr: refused: ingress from 0.0.0.0\/0 on port 443/],
    ["another port from the Internet", true, "0.0.0.0/0", 80, undefined, /ingress from 0.0.0.0\/0 on port 80/],
    ["a range including 443 from ::/0", true, "::/0", 440, 450, /on port 440-450/],
    ["SSH from a CIDR", false, "10.0.0.0/24", 22, undefined, /web: port: refused: admin port 22 opened to 10.0.0.0\/24/],
    ["RDP inside a wide range", false, "10.0.0.0/24", 1, 65535, /admin port 22,3389,5985,5986/],
    ["a malformed CIDR", false, "10.0.0.0/99", 443, undefined, /'10.0.0.0\/99' is not a CIDR/],
  ])("refuses %s", (_, allowPublicHttps, cidr, port, toPort, message) => {
    const { sg } = group(allowPublicHttps);
    const open = () => sg.allowFromCidr(cidr, { port, toPort, description: "x" });
    expectRefused(open, message);
  });

  it.each(["data", "application", "administration", "workspace"] as const)("refuses public HTTPS on the %s tier (a public data tier ...)", (tier) => {
    const stack = testStack();
    expectRefused(
      () => new LeastPrivilegeSecurityGroup(stack, "db", { context: TEST_CONTEXT, name: "db", tier, description: "x", allowPublicHttps: true }),
      `test/db: allowPublicHttps: refused: the ${tier} tier must not be reachable from the Internet`,
    );
  });

  it.each(["0.0.0.0/0", "::/0", "10.0.0.0/8"])("refuses admin ingress from %s", (cidr) => {
    const { sg } = group();
    expectRefused(() => sg.allowAdminFromCidr(cidr, { port: 22, description: "SSH" }), /test\/web: adminSourceCidrs: refused: admin ingress from .* is too wide/);
  });

  it("accepts admin ingress from a narrow operators' range", () => {
    const { stack, sg } = group();
    sg.allowAdminFromCidr("198.51.100.0/28", { port: 22, description: "SSH" });
    expect(synth(stack).text).toHaveResourceWithProperties(NetworkingSecgroupRuleV2, { remote_ip_prefix: "198.51.100.0/28", port_range_min: 22 });
  });
});
