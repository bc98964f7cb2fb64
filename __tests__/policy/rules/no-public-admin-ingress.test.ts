import { noPublicAdminIngress } from "../../../policy/rules/no-public-admin-ingress";
import { findingsOf, LEGACY_HEALTH, OVH_PROVIDER, plan, run, SOVEREIGN_SYNTHETIC, tfJson } from "../helpers";

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

  describe("in a plan, where a reference is known only after apply", () => {
    /** A plan holding one SSH rule whose source the configuration gives as `expressions`. */
    const sshRulePlan = (expressions: Record<string, unknown>, unknown: Record<string, boolean>) => {
      const address = { address: "openstack_networking_secgroup_rule_v2.ssh", mode: "managed", type: "openstack_networking_secgroup_rule_v2", name: "ssh" };
      const provider_name = "registry.terraform.io/terraform-provider-openstack/openstack";
      const values = { direction: "ingress", ethertype: "IPv4", protocol: "tcp", port_range_min: 22, port_range_max: 22, region: "GRA11" };
      return plan({
        format_version: "1.2",
        planned_values: { root_module: { resources: [{ ...address, provider_name, values }] } },
        resource_changes: [{ ...address, provider_name, change: { actions: ["create"], before: null, after: values, after_unknown: { id: true, ...unknown } } }],
        configuration: {
          root_module: {
            resources: [{ ...address, provider_config_key: "openstack", expressions: { direction: { constant_value: "ingress" }, ...expressions } }],
          },
        },
      });
    };

    it("passes SSH from a security group whose id is known only after apply (compliant)", () => {
      const fromBastion = sshRulePlan({ remote_group_id: { references: ["openstack_networking_secgroup_v2.bastion.id", "openstack_networking_secgroup_v2.bastion"] } }, { remote_group_id: true, remote_ip_prefix: true });
      expect(findingsOf(run([fromBastion], { rules, require: ["eu"] }), "no-public-admin-ingress")).toEqual([]);
    });

    it("flags SSH with neither a source group nor a prefix configured, even if the plan leaves them unknown (non-compliant)", () => {
      const fromAnywhere = sshRulePlan({}, { remote_group_id: true, remote_ip_prefix: true });
      expect(findingsOf(run([fromAnywhere], { rules, require: ["eu"] }), "no-public-admin-ingress")).toEqual(["openstack_networking_secgroup_rule_v2.ssh: ingress from 0.0.0.0/0 to 22 (SSH)"]);
    });
  });

  describe("a source given by an expression", () => {
    const azureRule = (source: string, variables: Record<string, unknown> = {}) =>
      tfJson(
        {
          variable: variables,
          resource: { azurerm_network_security_rule: { ssh: { name: "ssh", direction: "Inbound", access: "Allow", source_address_prefix: source, destination_port_range: "22", resource_group_name: "rg", network_security_group_name: "n" } } },
        },
        LEGACY_HEALTH,
      );

    it("is evaluated where it can be: a variable whose value is the whole Internet is a finding, a named range passes (compliant)", () => {
      expect(findingsOf(run([azureRule("${var.admin}", { admin: { default: "*" } })], { rules }), "no-public-admin-ingress")).toEqual(["azurerm_network_security_rule.ssh: inbound from '*' allowed to 22 (SSH)"]);
      expect(findingsOf(run([azureRule("${var.admin}", { admin: { default: "10.0.0.0/24" } })], { rules }), "no-public-admin-ingress")).toEqual([]);
      expect(findingsOf(run([secgroupRule({ protocol: "tcp", port_range_min: 22, port_range_max: 22, remote_ip_prefix: "${var.admin}" })].map((s) => ({ ...s, variables: { "": { admin: { hasValue: true, value: "0.0.0.0/0" } } } })), { rules }), "no-public-admin-ingress")).toEqual([
        "openstack_networking_secgroup_rule_v2.r: ingress from 0.0.0.0/0 to 22 (SSH)",
      ]);
    });

    it("is a finding (a warning, as for OpenStack) when it cannot be evaluated before apply, in an NSG rule or an NSG's inline rule", () => {
      const result = run([azureRule('${cidrsubnet(var.range, 8, 0)}', { range: { default: "10.0.0.0/8" } })], { rules });
      expect(result.findings.map((f) => [f.severity, f.message])).toEqual([["warning", expect.stringMatching(/^source_address_prefix cannot be checked before apply \(a function call .*\); the rule allows 22 \(SSH\)$/)]]);
      const inline = tfJson(
        {
          variable: { admin: {} },
          resource: {
            azurerm_network_security_group: {
              g: { name: "g", location: "francecentral", resource_group_name: "rg", security_rule: [{ name: "rdp", direction: "Inbound", access: "Allow", source_address_prefixes: ["${var.admin}"], destination_port_range: "3389" }] },
            },
          },
        },
        LEGACY_HEALTH,
      );
      expect(run([inline], { rules }).findings.map((f) => [f.severity, f.message])).toEqual([["warning", expect.stringMatching(/^security_rule 'rdp': source_address_prefixes cannot be checked before apply \(var\.admin has no value/)]]);
      const openstackRule = secgroupRule({ protocol: "tcp", port_range_min: 22, port_range_max: 22, remote_ip_prefix: "${cidrhost(var.range, 0)}" });
      expect(run([openstackRule], { rules }).findings.map((f) => f.severity)).toEqual(["warning"]);
    });
  });
});
