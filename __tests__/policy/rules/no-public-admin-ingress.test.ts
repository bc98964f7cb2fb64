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

  describe("every argument that decides what a rule admits is evaluated", () => {
    const nsgRule = (values: Record<string, unknown>, variables: Record<string, unknown> = {}) =>
      tfJson(
        {
          ...(Object.keys(variables).length > 0 ? { variable: variables } : {}),
          resource: {
            azurerm_network_security_rule: {
              r: { name: "r", resource_group_name: "rg", network_security_group_name: "n", direction: "Inbound", access: "Allow", protocol: "Tcp", source_address_prefix: "*", destination_port_range: "22", ...values },
            },
          },
        },
        LEGACY_HEALTH,
      );
    const messages = (stack: ReturnType<typeof tfJson>) => run([stack], { rules }).findings.map((f) => `${f.severity} ${f.message}`);

    it("takes a range wider than any organisation's for the Internet, a narrower one for a named range", () => {
      for (const wide of ["0.0.0.0/1", "128.0.0.0/2", "::/1", "::ffff:0:0/96", "AzureCloud", "azurecloud.westeurope", "any"]) {
        expect(messages(nsgRule({ source_address_prefix: wide }))).toEqual([`error inbound from '${wide}' allowed to 22 (SSH)`]);
      }
      for (const named of ["10.0.0.0/8", "198.51.100.0/28", "2001:db8::/32", "VirtualNetwork", "203.0.113.7"]) expect(messages(nsgRule({ source_address_prefix: named }))).toEqual([]);
      expect(messages(nsgRule({ source_address_prefix: "0.0.0.0/0.0.0.0" }))).toEqual([expect.stringMatching(/^warning source_address_prefix '0\.0\.0\.0\/0\.0\.0\.0' is not an address range/)]);
    });

    it("evaluates direction, access, protocol and port lists given by variables; one it cannot evaluate is a warning", () => {
      expect(messages(nsgRule({ direction: "${var.d}" }, { d: { default: "Inbound" } }))).toEqual(["error inbound from '*' allowed to 22 (SSH)"]);
      expect(messages(nsgRule({ direction: "${var.d}" }, { d: { default: "Outbound" } }))).toEqual([]);
      expect(messages(nsgRule({ access: "${var.a}" }, { a: { default: "Deny" } }))).toEqual([]);
      expect(messages(nsgRule({ destination_port_range: null, destination_port_ranges: "${var.p}" }, { p: { default: ["80", "5432"] } }))).toEqual(["error inbound from '*' allowed to 5432 (PostgreSQL)"]);
      expect(messages(nsgRule({ destination_port_range: null, destination_port_ranges: "${var.p}" }, { p: { default: ["443"] } }))).toEqual([]);
      expect(messages(nsgRule({ protocol: "Icmp" }))).toEqual([]);
      expect(messages(nsgRule({ direction: "${lower(var.d)}" }, { d: { default: "inbound" } }))).toEqual([expect.stringMatching(/^warning direction cannot be checked before apply \(a function call.*\); the rule allows 22 \(SSH\)/)]);
    });

    it("reads an NSG's inline rules in every form: dynamic blocks, and one expression for the list", () => {
      const nsg = (body: Record<string, unknown>, variables: Record<string, unknown> = {}) =>
        tfJson({ ...(Object.keys(variables).length > 0 ? { variable: variables } : {}), resource: { azurerm_network_security_group: { g: { name: "g", location: "francecentral", resource_group_name: "rg", ...body } } } }, LEGACY_HEALTH);
      const ssh = { name: "ssh", direction: "Inbound", access: "Allow", protocol: "Tcp", source_address_prefix: "*", destination_port_range: "22" };
      expect(messages(nsg({ dynamic: { security_rule: { for_each: [1], content: ssh } } }))).toEqual(["error security_rule 'ssh': inbound from '*' allowed to 22 (SSH)"]);
      expect(messages(nsg({ dynamic: [{ security_rule: [{ for_each: [1], content: [ssh] }] }] }))).toEqual(["error security_rule 'ssh': inbound from '*' allowed to 22 (SSH)"]);
      // Over an empty collection, a dynamic block generates nothing.
      expect(messages(nsg({ dynamic: { security_rule: { for_each: [], content: ssh } } }))).toEqual([]);
      expect(messages(nsg({ security_rule: "${var.rules}" }, { rules: { default: [ssh] } }))).toEqual(["error security_rule 'ssh': inbound from '*' allowed to 22 (SSH)"]);
      expect(messages(nsg({ security_rule: "${var.rules}" }, { rules: { default: [{ ...ssh, source_address_prefix: "10.0.0.0/24" }] } }))).toEqual([]);
    });

    it("evaluates an OpenStack rule's direction and protocol; protocols without ports open none", () => {
      const rule = (values: Record<string, unknown>, variables: Record<string, unknown> = {}) =>
        tfJson(
          { ...(Object.keys(variables).length > 0 ? { variable: variables } : {}), provider: OVH_PROVIDER, resource: { openstack_networking_secgroup_rule_v2: { r: { direction: "ingress", ethertype: "IPv4", security_group_id: "sg", protocol: "tcp", port_range_min: 22, port_range_max: 22, remote_ip_prefix: "0.0.0.0/0", ...values } } } },
          SOVEREIGN_SYNTHETIC,
        );
      expect(messages(rule({ protocol: "${var.p}" }, { p: { default: "tcp" } }))).toEqual(["error ingress from 0.0.0.0/0 to 22 (SSH)"]);
      expect(messages(rule({ direction: "${var.d}" }, { d: { default: "egress" } }))).toEqual([]);
      expect(messages(rule({ protocol: "icmp" }))).toEqual([]);
      expect(messages(rule({ protocol: "sctp", remote_ip_prefix: "0.0.0.0/2" }))).toEqual(["error ingress from 0.0.0.0/2 to 22 (SSH)"]);
      expect(messages(rule({ direction: "${var.d}" }, { d: {} }))[0]).toMatch(/^warning direction cannot be checked before apply \(var\.d has no value/);
    });
  });

  describe("Scaleway security groups and managed-service allow-lists", () => {
    const scaleway = (resource: Record<string, unknown>) => tfJson({ resource }, SOVEREIGN_SYNTHETIC);
    const messages = (stack: ReturnType<typeof tfJson>) => run([stack], { rules }).findings.map((f) => `${f.severity} ${f.address} ${f.message}`);
    const group = (values: Record<string, unknown>) => ({ scaleway_instance_security_group: { sg: { name: "sg", zone: "fr-par-1", ...values } } });

    it("passes a closed group with SSH from a named range, and a database ACL of named ranges (compliant)", () => {
      expect(messages(scaleway(group({ inbound_default_policy: "drop", inbound_rule: [{ action: "accept", port: 22, ip_range: "198.51.100.0/28" }, { action: "accept", port: 443 }] })))).toEqual([]);
      expect(messages(scaleway({ scaleway_rdb_acl: { a: { instance_id: "x", region: "fr-par", acl_rules: [{ ip: "198.51.100.0/28" }] } } }))).toEqual([]);
      expect(messages(scaleway({ scaleway_k8s_acl: { a: { cluster_id: "x", acl_rules: [{ ip: "198.51.100.0/28", scaleway_ranges: false }] } } }))).toEqual([]);
      // Accept by default, but every sensitive port dropped for every IPv4 and IPv6 address.
      const drops = [{ action: "drop", ip_range: "0.0.0.0/0", protocol: "ANY" }, { action: "drop", ip_range: "::/0", protocol: "ANY" }];
      expect(messages(scaleway(group({ inbound_default_policy: "accept", inbound_rule: drops })))).toEqual([]);
    });

    it("flags a group open by default (accept, or unset), a rule accepting SSH from anywhere (no ip: 0.0.0.0/0), a rules resource, wide ACLs (non-compliant)", () => {
      expect(messages(scaleway(group({ inbound_default_policy: "accept" })))[0]).toMatch(/^error scaleway_instance_security_group\.sg inbound_default_policy is accept: traffic no rule drops reaches 22 \(SSH\)/);
      expect(messages(scaleway(group({})))[0]).toMatch(/inbound_default_policy is unset \(the provider's default: accept\)/);
      // Dropping IPv4 only leaves IPv6 open.
      expect(messages(scaleway(group({ inbound_rule: [{ action: "drop", ip_range: "0.0.0.0/0", protocol: "ANY" }] })))[0]).toMatch(/reaches 22 \(SSH\)/);
      expect(messages(scaleway(group({ inbound_default_policy: "drop", inbound_rule: [{ action: "accept", port_range: "20-30" }] })))).toEqual([
        "error scaleway_instance_security_group.sg inbound_rule[0]: accepts traffic from 0.0.0.0/0 to 22 (SSH), 23 (Telnet)",
      ]);
      expect(messages(scaleway({ scaleway_instance_security_group_rules: { r: { security_group_id: "x", inbound_rule: [{ action: "accept", port: 5432, ip_range: "0.0.0.0/1" }] } } }))).toEqual([
        "error scaleway_instance_security_group_rules.r inbound_rule[0]: accepts traffic from 0.0.0.0/1 to 5432 (PostgreSQL)",
      ]);
      expect(messages(scaleway({ scaleway_rdb_acl: { a: { instance_id: "x", region: "fr-par", acl_rules: [{ ip: "0.0.0.0/0" }] } } }))).toEqual([
        "error scaleway_rdb_acl.a acl_rules[0].ip '0.0.0.0/0' admits the whole Internet to the Managed Database's port",
      ]);
      expect(messages(scaleway({ scaleway_redis_cluster: { c: { zone: "fr-par-1", acl: [{ ip: "0.0.0.0/0" }] } } }))).toEqual(["error scaleway_redis_cluster.c acl[0].ip '0.0.0.0/0' admits the whole Internet to 6379 (Redis)"]);
      expect(messages(scaleway({ scaleway_k8s_acl: { a: { cluster_id: "x", acl_rules: [{ scaleway_ranges: true }] } } }))[0]).toMatch(/scaleway_ranges admits every address of the provider/);
    });

    it("counts the drop rules of a rules resource that points at the group (external_rules)", () => {
      const drops = [{ action: "drop", ip_range: "0.0.0.0/0", protocol: "ANY" }, { action: "drop", ip_range: "::/0", protocol: "ANY" }];
      const resources = { ...group({ external_rules: true }), scaleway_instance_security_group_rules: { r: { security_group_id: "${scaleway_instance_security_group.sg.id}", inbound_rule: drops } } };
      expect(messages(scaleway(resources))).toEqual([]);
      expect(messages(scaleway({ ...resources, scaleway_instance_security_group_rules: { r: { security_group_id: "${scaleway_instance_security_group.sg.id}", inbound_rule: drops.slice(0, 1) } } }))[0]).toMatch(/inbound_default_policy is unset/);
    });
  });

  describe("Azure database firewall rules", () => {
    const firewall = (type: string, start: string, end: string, extra: Record<string, unknown> = {}) =>
      tfJson({ resource: { [type]: { f: { name: "f", server_id: "/subscriptions/s/x", start_ip_address: start, end_ip_address: end, ...extra } } } }, LEGACY_HEALTH);

    it("passes a rule admitting one office range (compliant)", () => {
      expect(run([firewall("azurerm_postgresql_flexible_server_firewall_rule", "203.0.113.0", "203.0.113.255")], { rules }).findings).toEqual([]);
      const redis = tfJson({ resource: { azurerm_redis_firewall_rule: { r: { name: "r", redis_cache_name: "c", resource_group_name: "g", start_ip: "10.1.0.0", end_ip: "10.1.255.255" } } } }, LEGACY_HEALTH);
      expect(run([redis], { rules }).findings).toEqual([]);
    });

    it("flags the whole Internet, a range wider than a /8, and Azure's 'allow Azure services' (non-compliant)", () => {
      expect(findingsOf(run([firewall("azurerm_mssql_firewall_rule", "0.0.0.0", "255.255.255.255")], { rules }), "no-public-admin-ingress")).toEqual([
        "azurerm_mssql_firewall_rule.f: start_ip_address – end_ip_address spans most of the IPv4 Internet and admits it to 1433 (SQL Server)",
      ]);
      expect(findingsOf(run([firewall("azurerm_mysql_flexible_server_firewall_rule", "10.0.0.0", "11.0.0.0")], { rules }), "no-public-admin-ingress")[0]).toMatch(/more than a \/8 .* 3306 \(MySQL\)/);
      expect(findingsOf(run([firewall("azurerm_postgresql_flexible_server_firewall_rule", "0.0.0.0", "0.0.0.0")], { rules }), "no-public-admin-ingress")[0]).toMatch(/allow access from Azure services.*every Azure customer/);
    });

    it("warns, never passes, on a bound it cannot read before apply", () => {
      const unresolved = firewall("azurerm_postgresql_flexible_server_firewall_rule", "${var.from}", "203.0.113.255");
      expect(run([unresolved], { rules }).findings).toEqual([expect.objectContaining({ ruleId: "no-public-admin-ingress", severity: "warning", message: expect.stringMatching(/start_ip_address cannot be checked before apply/) })]);
    });
  });

  describe("Scaleway instances and their zone's default security group", () => {
    const server = (values: Record<string, unknown>) =>
      tfJson({ resource: { scaleway_instance_server: { s: { type: "DEV1-S", image: "debian_bookworm", zone: "fr-par-1", ...values } } } }, SOVEREIGN_SYNTHETIC);

    it("passes an instance in a security group the configuration declares (compliant)", () => {
      expect(run([server({ security_group_id: "${scaleway_instance_security_group.closed.id}", ip_id: "${scaleway_instance_ip.ip.id}" })], { rules }).findings).toEqual([]);
    });

    it("flags an instance with a public address and no security group, and warns without one (non-compliant)", () => {
      expect(findingsOf(run([server({ ip_id: "${scaleway_instance_ip.ip.id}" })], { rules }), "no-public-admin-ingress")).toEqual([
        "scaleway_instance_server.s: no security_group_id: the instance joins its zone's default security group, which this configuration does not show and Scaleway creates accepting inbound traffic; with a public address (ip_id) its administration ports may face the Internet",
      ]);
      expect(findingsOf(run([server({ enable_dynamic_ip: true })], { rules }), "no-public-admin-ingress")[0]).toMatch(/public address \(enable_dynamic_ip\)/);
      expect(run([server({})], { rules }).findings).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringMatching(/default security group.*no public address is configured/) })]);
    });
  });

  describe("Scaleway Managed Databases and the default ACL", () => {
    const database = (instance: Record<string, unknown>, acl?: Record<string, unknown>) =>
      tfJson(
        {
          resource: {
            scaleway_rdb_instance: { db: { name: "db", node_type: "DB-DEV-S", engine: "PostgreSQL-16", region: "fr-par", ...instance } },
            ...(acl ? { scaleway_rdb_acl: { acl: { region: "fr-par", ...acl } } } : {}),
          },
        },
        SOVEREIGN_SYNTHETIC,
      );
    const privateOnly = { private_network: { pn_id: "${scaleway_vpc_private_network.data.id}", enable_ipam: true } };

    it("passes a private-network-only instance, and a public one whose ACL names it (compliant)", () => {
      expect(run([database(privateOnly)], { rules }).findings).toEqual([]);
      expect(run([database({ load_balancer: {} }, { instance_id: "${scaleway_rdb_instance.db.id}", acl_rules: [{ ip: "203.0.113.0/24" }] })], { rules }).findings).toEqual([]);
    });

    it("flags a public endpoint with no ACL, and an ACL for another instance (non-compliant)", () => {
      expect(findingsOf(run([database({ ...privateOnly, load_balancer: {} })], { rules }), "no-public-admin-ingress")).toEqual([
        "scaleway_rdb_instance.db: a public endpoint (a load_balancer block) and no scaleway_rdb_acl for it: Scaleway's default ACL admits 0.0.0.0/0 to the Managed Database's port",
      ]);
      expect(findingsOf(run([database({}, { instance_id: "${scaleway_rdb_instance.other.id}", acl_rules: [{ ip: "203.0.113.0/24" }] })], { rules }), "no-public-admin-ingress")[0]).toMatch(/no private_network block\) and no scaleway_rdb_acl/);
    });
  });
});
