import { isObject } from "../json";
import type { PolicyResource } from "../model";
import * as ipaddr from "ipaddr.js";
import { block, isExpression, type PolicyRule, type ResourceContext, type RuleViolation } from "../rule";

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

/** Whether a source is the whole Internet: 0.0.0.0/0, ::/0, or Azure's `*`, `Internet`, `Any`. */
function isAnywhere(source: string): boolean {
  const trimmed = source.trim();
  if (["*", "internet", "any"].includes(trimmed.toLowerCase())) return true;
  if (!/\/0+$/.test(trimmed)) return false; // only a /0 prefix covers every address
  try {
    return ipaddr.parseCIDR(trimmed)[1] === 0;
  } catch {
    return false;
  }
}

/** The sensitive ports in [min, max], as `22 (SSH)`. */
function exposedPorts(min: number, max: number): string[] {
  return Object.entries(SENSITIVE_PORTS)
    .filter(([port]) => Number(port) >= min && Number(port) <= max)
    .map(([port, name]) => `${port} (${name})`);
}

/** Azure port ranges: `*`, `22`, `1000-2000`. */
function azurePortRange(range: string): [number, number] | undefined {
  if (range.trim() === "*") return [0, 65535];
  const match = /^(\d+)(?:-(\d+))?$/.exec(range.trim());
  return match ? [Number(match[1]), Number(match[2] ?? match[1])] : undefined;
}

/**
 * Whether the configuration sets an argument. In a plan, an argument set from another resource's
 * attribute is absent from the planned values (known only after apply): its configuration expression
 * tells that it is set.
 */
function isConfigured(resource: PolicyResource, name: string): boolean {
  const value = resource.values[name];
  if (value !== undefined && value !== null && value !== "") return true;
  const expression = resource.expressions?.[name];
  return (expression?.references?.length ?? 0) > 0 || (expression?.constant_value !== undefined && expression.constant_value !== null);
}

function checkOpenstackRule(resource: PolicyResource): RuleViolation[] {
  const values = resource.values;
  if (values.direction !== "ingress") return [];
  if (isConfigured(resource, "remote_group_id") || isConfigured(resource, "remote_address_group_id")) return [];
  const prefix = values.remote_ip_prefix;
  if (isExpression(prefix)) return [{ severity: "warning", message: `remote_ip_prefix ${String(prefix)} cannot be checked before apply` }];
  if ((prefix === undefined || prefix === null) && isConfigured(resource, "remote_ip_prefix")) {
    return [{ severity: "warning", message: "remote_ip_prefix is known only after apply: it cannot be checked before" }];
  }
  // No remote prefix nor group: the rule admits any source.
  const source = typeof prefix === "string" && prefix !== "" ? prefix : values.ethertype === "IPv6" ? "::/0" : "0.0.0.0/0";
  if (!isAnywhere(source)) return [];
  const protocol = typeof values.protocol === "string" ? values.protocol.toLowerCase() : "";
  if (!["", "any", "tcp", "udp", "6", "17"].includes(protocol)) return [];
  const min = Number(values.port_range_min ?? 0) || 0;
  const max = Number(values.port_range_max ?? 0) || 65535;
  const ports = exposedPorts(min || 0, protocol === "" || protocol === "any" ? 65535 : max);
  return ports.length > 0 ? [{ message: `ingress from ${source} to ${ports.join(", ")}` }] : [];
}

function checkAzureRule(rule: Readonly<Record<string, unknown>>, where: string): RuleViolation[] {
  if (String(rule.direction).toLowerCase() !== "inbound" || String(rule.access).toLowerCase() !== "allow") return [];
  const sources = [rule.source_address_prefix, ...(Array.isArray(rule.source_address_prefixes) ? rule.source_address_prefixes : [])].filter((s): s is string => typeof s === "string");
  const anywhere = sources.find(isAnywhere);
  if (!anywhere) return [];
  const ranges = [rule.destination_port_range, ...(Array.isArray(rule.destination_port_ranges) ? rule.destination_port_ranges : [])].filter((s): s is string => typeof s === "string");
  const ports = ranges.flatMap((r) => {
    const range = azurePortRange(r);
    return range ? exposedPorts(range[0], range[1]) : [];
  });
  return ports.length > 0 ? [{ message: `${where}inbound from '${anywhere}' allowed to ${[...new Set(ports)].join(", ")}` }] : [];
}

/**
 * no-public-admin-ingress. Compliant: no security group rule admits traffic from 0.0.0.0/0 or ::/0
 * (or Azure's `*` / `Internet`) to an administration or database port (SSH, RDP, WinRM, Kubernetes
 * API, PostgreSQL, MySQL, SQL Server, Redis, MongoDB ...).
 */
export const noPublicAdminIngress: PolicyRule = {
  id: "no-public-admin-ingress",
  level: "error",
  explanation: "Administration and database ports open to the whole Internet are the first door attackers try; they must be reached through a bastion or VPN.",
  compliant: "Ingress to administration and database ports comes only from named address ranges or security groups, never from 0.0.0.0/0 or ::/0.",
  checkResource(context: ResourceContext) {
    const { type, values } = context.resource;
    if (type === "openstack_networking_secgroup_rule_v2") return checkOpenstackRule(context.resource);
    if (type === "azurerm_network_security_rule") return checkAzureRule(values, "");
    if (type === "azurerm_network_security_group") {
      const rules = Array.isArray(values.security_rule) ? values.security_rule : block(values.security_rule) ? [values.security_rule] : [];
      return rules.flatMap((rule) => (isObject(rule) ? checkAzureRule(rule, `security_rule '${String(rule.name)}': `) : []));
    }
    return [];
  },
};
