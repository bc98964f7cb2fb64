/**
 * Facts the no-public-admin-ingress rule judges with: which ports administer or hold data, which
 * sources are the Internet, and how each provider writes a rule that admits traffic (with the defaults
 * its provider applies to what a rule leaves unset, read from the providers' sources).
 */

/** Administration and database ports that must never face the whole Internet. */
export const SENSITIVE_PORTS: Readonly<Record<number, string>> = {
  22: "SSH",
  23: "Telnet",
  3389: "RDP",
  5985: "WinRM",
  5986: "WinRM",
  2375: "Docker",
  2376: "Docker",
  6443: "Kubernetes API",
  10250: "kubelet",
  1433: "SQL Server",
  1521: "Oracle",
  3306: "MySQL",
  5432: "PostgreSQL",
  6379: "Redis",
  9200: "Elasticsearch",
  9042: "Cassandra",
  11211: "Memcached",
  27017: "MongoDB",
};

/**
 * The widest address range that still names someone: no organisation holds more than an IPv4 /8, and
 * regional registries hand out IPv6 in blocks of /12 to /23. A wider range (0.0.0.0/1 is half the
 * Internet) is the Internet for this rule, as 0.0.0.0/0 and ::/0 are.
 */
export const NARROWEST_PUBLIC_PREFIX = { ipv4: 8, ipv6: 16 } as const;

/**
 * Azure NSG sources that admit the Internet: the wildcards, the `Internet` service tag, and
 * `AzureCloud` (every public address of Azure's datacenters: any Azure customer's machine), with its
 * regional forms (`AzureCloud.westeurope`). Compared without case.
 */
export const AZURE_PUBLIC_SOURCES: readonly RegExp[] = [/^\*$/, /^any$/i, /^internet$/i, /^azurecloud(\.[a-z0-9]+)?$/i];

/** Azure NSG protocols that carry ports (`*` is every protocol); Icmp, Esp and Ah have none. */
export const AZURE_PORTED_PROTOCOLS: readonly string[] = ["*", "tcp", "udp"];

/**
 * OpenStack (Neutron) protocols that carry ports, by name and number; unset, `any` and `0` are every
 * protocol. Any other (icmp, gre, esp ...) opens no port.
 */
export const OPENSTACK_PORTED_PROTOCOLS: readonly string[] = ["tcp", "udp", "sctp", "dccp", "udplite", "6", "17", "132", "33", "136"];
export const OPENSTACK_ANY_PROTOCOL: readonly string[] = ["", "any", "0"];

/**
 * Scaleway instance security groups (terraform-provider-scaleway internal/services/instance/security_group.go):
 * `inbound_default_policy` defaults to `accept`; a rule's `protocol` defaults to TCP (ICMP opens no
 * port, ANY every protocol); `port_range` ("a-b") wins over `port`, and neither means every port; an
 * `ip_range`, else `ip` as a /32, else 0.0.0.0/0 (securityGroupRuleExpand).
 */
export const SCALEWAY_SECURITY_GROUP = {
  defaultInboundPolicy: "accept",
  defaultProtocol: "TCP",
  portedProtocols: ["tcp", "udp", "any"],
  defaultSource: "0.0.0.0/0",
} as const;

/** Types holding Scaleway security group rules (`inbound_rule` blocks), and which of them carries the default policy. */
export const SCALEWAY_RULE_TYPES: Readonly<Record<string, { readonly defaultPolicy: boolean }>> = {
  scaleway_instance_security_group: { defaultPolicy: true },
  scaleway_instance_security_group_rules: { defaultPolicy: false },
};

/**
 * Allow-lists of managed services: each block of `block` admits its `argument` address range to the
 * service's port (a database's, Redis's, the Kubernetes API's). `wholeProvider` names a boolean that
 * admits the whole provider's address space (any of its customers).
 */
export const ALLOW_LISTS: Readonly<Record<string, { readonly block: string; readonly argument: string; readonly service: string; readonly wholeProvider?: string }>> = {
  scaleway_rdb_acl: { block: "acl_rules", argument: "ip", service: "the Managed Database's port" },
  scaleway_redis_cluster: { block: "acl", argument: "ip", service: "6379 (Redis)" },
  scaleway_k8s_acl: { block: "acl_rules", argument: "ip", service: "6443 (Kubernetes API)", wholeProvider: "scaleway_ranges" },
};

/**
 * Server-level firewall rules of Azure's managed databases and caches (azurerm): each admits the IPv4 range
 * from its `start` to its `end` argument to the service's port. `0.0.0.0`–`0.0.0.0` is Azure's "allow access
 * from Azure services": every Azure customer's machines (azurerm documents it on each of these resources).
 */
export const AZURE_FIREWALL_RULES: Readonly<Record<string, { readonly start: string; readonly end: string; readonly service: string }>> = {
  azurerm_postgresql_flexible_server_firewall_rule: { start: "start_ip_address", end: "end_ip_address", service: "5432 (PostgreSQL)" },
  azurerm_postgresql_firewall_rule: { start: "start_ip_address", end: "end_ip_address", service: "5432 (PostgreSQL)" },
  azurerm_cosmosdb_postgresql_firewall_rule: { start: "start_ip_address", end: "end_ip_address", service: "5432 (PostgreSQL)" },
  azurerm_mysql_flexible_server_firewall_rule: { start: "start_ip_address", end: "end_ip_address", service: "3306 (MySQL)" },
  azurerm_mssql_firewall_rule: { start: "start_ip_address", end: "end_ip_address", service: "1433 (SQL Server)" },
  azurerm_synapse_firewall_rule: { start: "start_ip_address", end: "end_ip_address", service: "1433 (SQL Server)" },
  azurerm_mongo_cluster_firewall_rule: { start: "start_ip_address", end: "end_ip_address", service: "27017 (MongoDB)" },
  azurerm_redis_firewall_rule: { start: "start_ip", end: "end_ip", service: "6379 (Redis)" },
};

/**
 * A Scaleway instance with no `security_group_id` joins its zone's default security group, which the
 * configuration does not show (Scaleway creates it with an inbound default policy of accept); these
 * arguments give it a public address.
 */
export const SCALEWAY_SERVER = { type: "scaleway_instance_server", securityGroup: "security_group_id", publicIpArguments: ["ip_id", "ip_ids"], dynamicIp: "enable_dynamic_ip" } as const;

/**
 * Managed databases whose public endpoint Scaleway opens to every address until an ACL says otherwise
 * (its default ACL admits 0.0.0.0/0): the instance has a public endpoint when it declares a `publicEndpoint`
 * block, or no `privateNetwork` block at all; `acl` is the type whose `instance_id` replaces the default.
 */
export const SCALEWAY_DEFAULT_OPEN_DATABASES: Readonly<Record<string, { readonly acl: string; readonly publicEndpoint: string; readonly privateNetwork: string; readonly service: string }>> = {
  scaleway_rdb_instance: { acl: "scaleway_rdb_acl", publicEndpoint: "load_balancer", privateNetwork: "private_network", service: "the Managed Database's port" },
};
