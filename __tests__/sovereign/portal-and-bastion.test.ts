import type { TerraformStack } from "cdktf";
import { DnsRecordsetV2 } from "../../.gen/providers/openstack/dns-recordset-v2";
import { DnsZoneV2 } from "../../.gen/providers/openstack/dns-zone-v2";
import { LbListenerV2 } from "../../.gen/providers/openstack/lb-listener-v2";
import { LbLoadbalancerV2 } from "../../.gen/providers/openstack/lb-loadbalancer-v2";
import { LbMemberV2 } from "../../.gen/providers/openstack/lb-member-v2";
import { LbMonitorV2 } from "../../.gen/providers/openstack/lb-monitor-v2";
import { LbPoolV2 } from "../../.gen/providers/openstack/lb-pool-v2";
import { NetworkingFloatingipV2 } from "../../.gen/providers/openstack/networking-floatingip-v2";
import { NetworkingSecgroupRuleV2 } from "../../.gen/providers/openstack/networking-secgroup-rule-v2";
import { Bastion, type BastionProps } from "../../constructs/sovereign/openstack/bastion";
import { ComputeCatalog } from "../../constructs/sovereign/openstack/compute";
import { PrivateNetwork } from "../../constructs/sovereign/openstack/network";
import { ResearcherPortal, type ResearcherPortalProps } from "../../constructs/sovereign/openstack/portal";
import { LeastPrivilegeSecurityGroup } from "../../constructs/sovereign/openstack/security-group";
import { ENCRYPTED_TYPE, expectRefused, resourcesOf, synth, TEST_CONTEXT, testStack } from "./helpers";

function portalProps(stack: TerraformStack, overrides: Partial<ResearcherPortalProps> = {}): ResearcherPortalProps {
  return {
    context: TEST_CONTEXT,
    ingressNetwork: new PrivateNetwork(stack, "ingress", { context: TEST_CONTEXT, name: "ingress", tier: "ingress", cidr: "10.0.0.0/24", allowFloatingIps: true }),
    vipSecurityGroup: new LeastPrivilegeSecurityGroup(stack, "vip", { context: TEST_CONTEXT, name: "ingress", tier: "ingress", description: "vip", allowPublicHttps: true }),
    memberNetwork: new PrivateNetwork(stack, "application", { context: TEST_CONTEXT, name: "application", tier: "application", cidr: "10.0.1.0/24" }),
    members: [
      { name: "portal-0", address: "10.0.1.10" },
      { name: "portal-1", address: "10.0.1.11" },
    ],
    tlsContainerRef: "${openstack_keymanager_container_v1.tls.container_ref}",
    externalNetworkName: "Ext-Net",
    zone: "test.hdh.example.",
    email: "ops@hdh.example",
    hostname: "portail",
    ...overrides,
  };
}

describe("ResearcherPortal", () => {
  it("terminates HTTPS (TLS 1.2+, HSTS) on an Octavia load balancer in the ingress tier and re-encrypts to its members", () => {
    const stack = testStack();
    new ResearcherPortal(stack, "portal", portalProps(stack));
    const { text, json } = synth(stack);
    expect(text).toHaveResourceWithProperties(LbLoadbalancerV2, { name: "hdh-test-portal", vip_subnet_id: expect.stringContaining("ingress_subnet"), security_group_ids: [expect.stringContaining("vip_group")], tags: expect.arrayContaining(["environment=test"]) });
    expect(text).toHaveResourceWithProperties(LbListenerV2, { protocol: "TERMINATED_HTTPS", protocol_port: 443, tls_versions: ["TLSv1.2", "TLSv1.3"], hsts_max_age: 31536000, default_tls_container_ref: "${openstack_keymanager_container_v1.tls.container_ref}" });
    expect(text).toHaveResourceWithProperties(LbPoolV2, { protocol: "HTTP", tls_enabled: true, lb_method: "LEAST_CONNECTIONS" });
    expect(text).toHaveResourceWithProperties(LbMonitorV2, { type: "HTTPS", url_path: "/healthz", expected_codes: "200", delay: 10, timeout: 5, max_retries: 3 });
    expect(text).toHaveResourceWithProperties(LbMemberV2, { address: "10.0.1.11", protocol_port: 443, subnet_id: expect.stringContaining("application_subnet") });
    expect(Object.keys(resourcesOf(json, "openstack_lb_member_v2")).length).toBe(2);
    expect(text).toHaveResourceWithProperties(NetworkingFloatingipV2, { pool: "Ext-Net", port_id: expect.stringContaining("vip_port_id") });
    expect(text).toHaveResourceWithProperties(DnsZoneV2, { name: "test.hdh.example.", email: "ops@hdh.example", type: "PRIMARY" });
    expect(text).toHaveResourceWithProperties(DnsRecordsetV2, { name: "portail.test.hdh.example.", type: "A", records: [expect.stringContaining("floating-ip")] });
  });

  it.each(["HTTP", "TCP"] as const)("refuses an unencrypted %s listener", (protocol) => {
    const stack = testStack();
    const props = portalProps(stack, { protocol });
    expectRefused(() => new ResearcherPortal(stack, "portal", props), `test/portal: protocol: refused: listener protocol ${protocol} would serve the portal unencrypted`);
  });

  it("refuses a VIP outside the ingress tier", () => {
    const stack = testStack();
    const props = portalProps(stack);
    const props2 = { ...props, ingressNetwork: props.memberNetwork };
    expectRefused(() => new ResearcherPortal(stack, "portal", props2), "test/portal: ingressNetwork: refused");
  });
});

function bastionProps(stack: TerraformStack, overrides: Partial<BastionProps> = {}): BastionProps {
  return {
    context: TEST_CONTEXT,
    network: new PrivateNetwork(stack, "admin", { context: TEST_CONTEXT, name: "administration", tier: "administration", cidr: "10.0.3.0/24", allowFloatingIps: true }),
    adminSourceCidrs: ["198.51.100.0/28"],
    reachableCidr: "10.0.0.0/16",
    catalog: new ComputeCatalog(stack, "catalog"),
    flavorName: "b3-8",
    imageName: "Debian 12",
    volumeType: ENCRYPTED_TYPE,
    externalNetworkName: "Ext-Net",
    ...overrides,
  };
}

describe("Bastion", () => {
  it("admits SSH only from the operators' ranges and has the only admin floating IP", () => {
    const stack = testStack();
    new Bastion(stack, "bastion", bastionProps(stack));
    const { text, json } = synth(stack);
    expect(text).toHaveResourceWithProperties(NetworkingSecgroupRuleV2, { direction: "ingress", port_range_min: 22, remote_ip_prefix: "198.51.100.0/28" });
    expect(text).toHaveResourceWithProperties(NetworkingSecgroupRuleV2, { direction: "egress", port_range_min: 22, remote_ip_prefix: "10.0.0.0/16" });
    expect(Object.values(resourcesOf(json, "openstack_networking_secgroup_rule_v2")).length).toBe(2);
    expect(text).toHaveResourceWithProperties(NetworkingFloatingipV2, { pool: "Ext-Net", port_id: expect.stringContaining("bastion_server_port-0") });
    expect(Object.keys(resourcesOf(json, "openstack_compute_instance_v2")).length).toBe(1);
  });

  it.each(["0.0.0.0/0", "::/0", "10.0.0.0/8"])("refuses SSH from %s", (cidr) => {
    const stack = testStack();
    const props = bastionProps(stack, { adminSourceCidrs: [cidr] });
    expectRefused(() => new Bastion(stack, "bastion", props), /^test\/bastion\/security-group: adminSourceCidrs: refused: admin ingress from .* is too wide/);
  });

  it("refuses a bastion nobody can reach", () => {
    const stack = testStack();
    const props = bastionProps(stack, { adminSourceCidrs: [] });
    expectRefused(() => new Bastion(stack, "bastion", props), "test/bastion: adminSourceCidrs: refused");
  });

  it("refuses a bastion on a tier without floating IPs", () => {
    const stack = testStack();
    const props = bastionProps(stack, { network: new PrivateNetwork(stack, "data", { context: TEST_CONTEXT, name: "data", tier: "data", cidr: "10.0.2.0/24" }) });
    expectRefused(() => new Bastion(stack, "bastion", props), "test/bastion/server: floatingIp: refused");
  });
});
