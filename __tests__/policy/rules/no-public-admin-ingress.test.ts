import { noPublicAdminIngress } from "../../../policy/rules/no-public-admin-ingress";
import { findingsOf, LEGACY_HEALTH, OVH_PROVIDER, run, SOVEREIGN_SYNTHETIC, tfJson } from "../helpers";

const rules = [noPublicAdminIngress];
const secgroupRule = (values: Record<string, unknown>) =>
  tfJson({ provider: OVH_PROVIDER, resource: { openstack_networking_secgroup_rule_v2: { r: { direction: "ingress", ethertype: "IPv4", security_group_id: "sg", ...values } } } }, SOVEREIGN_SYNTHETIC);

describe("rule no-public-admin-ingress", () => {
  it("passes HTTPS from anywhere and SSH from the bastion range (compliant)", () => {
    const https = secgroupRule({ protocol: "tcp", port_range_min: 443, port_range_max: 443, remote_ip_prefix: "0.0.0.0/0" });
    const ssh = secgroupRule({ protocol: "tcp", port_range_min: 22, port_range_max: 22, remote_ip_prefix: "10.200.0.0/24" });
    const nsg = tfJson(
      {
        resource: {
          azurerm_network_security_group: {
            g: { name: "g", location: "francecentral", security_rule: [{ name: "web", direction: "Inbound", access: "Allow", source_address_prefix: "*", destination_port_range: "443" }] },
          },
        },
      },
      LEGACY_HEALTH,
    );
    expect(run([https, ssh, nsg], { rules }).findings).toEqual([]);
  });

  it("flags SSH from 0.0.0.0/0, PostgreSQL from ::/0, all ports from anywhere (non-compliant)", () => {
    expect(findingsOf(run([secgroupRule({ protocol: "tcp", port_range_min: 22, port_range_max: 22, remote_ip_prefix: "0.0.0.0/0" })], { rules }), "no-public-admin-ingress")).toEqual([
      "openstack_networking_secgroup_rule_v2.r: ingress from 0.0.0.0/0 to 22 (SSH)",
    ]);
    expect(findingsOf(run([secgroupRule({ ethertype: "IPv6", protocol: "tcp", port_range_min: 5432, port_range_max: 5432, remote_ip_prefix: "::/0" })], { rules }), "no-public-admin-ingress")[0]).toMatch(/5432 \(PostgreSQL\)/);
    expect(findingsOf(run([secgroupRule({})], { rules }), "no-public-admin-ingress")[0]).toMatch(/from 0\.0\.0\.0\/0 to 22 \(SSH\), 23 \(Telnet\)/);
  });

  it("flags an Azure rule opening RDP to the Internet", () => {
    const rule = tfJson(
      { resource: { azurerm_network_security_rule: { rdp: { name: "rdp", direction: "Inbound", access: "Allow", source_address_prefix: "Internet", destination_port_ranges: ["3000-4000"] } } } },
      LEGACY_HEALTH,
    );
    expect(findingsOf(run([rule], { rules }), "no-public-admin-ingress")).toEqual(["azurerm_network_security_rule.rdp: inbound from 'Internet' allowed to 3306 (MySQL), 3389 (RDP)"]);
  });
});
