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

/** A value as the resolver reads it (a variable's value, a planned value), or why it cannot be checked before apply. */
function evaluated(context: ResourceContext, path: readonly (string | number)[]): { value: unknown } | { unresolved: string } {
  const { resolver } = context.stack;
  if (!resolver.sets(context.resource, String(path[0]))) return { value: undefined };
  // A nested argument the block does not set (and a plan does not leave unknown) is unset.
  let raw: unknown = context.resource.values;
  let unknown: unknown = context.resource.unknown;
  for (const key of path) {
    raw = Array.isArray(raw) || isObject(raw) ? (raw as Record<string, unknown>)[key] : undefined;
    unknown = unknown === true ? true : Array.isArray(unknown) || isObject(unknown) ? (unknown as Record<string, unknown>)[key] : undefined;
  }
  if ((raw === undefined || raw === null) && unknown !== true) return { value: undefined };
  // Text without a template is itself (most rules): no evaluation needed.
  if (typeof raw === "string" && !raw.includes("{")) return { value: raw };
  return resolver.attribute(context.resource, path);
}

/** The sources a rule admits, evaluated; the first one that cannot be told makes the rule unresolved. */
function sourcesOf(context: ResourceContext, paths: readonly (readonly (string | number)[])[]): { sources: string[] } | { unresolved: string; argument: string } {
  const sources: string[] = [];
  for (const path of paths) {
    const value = evaluated(context, path);
    const argument = String(path[path.length - 1]);
    if (!("value" in value)) return { unresolved: value.unresolved, argument };
    const list = Array.isArray(value.value) ? value.value : [value.value];
    for (let i = 0; i < list.length; i++) {
      let element = list[i];
      // A list's elements are evaluated one by one (`["${var.admin}"]`).
      if (Array.isArray(value.value) && isExpression(element)) {
        const evaluatedElement = evaluated(context, [...path, i]);
        if (!("value" in evaluatedElement)) return { unresolved: evaluatedElement.unresolved, argument };
        element = evaluatedElement.value;
      }
      if (element === undefined || element === null || element === "") continue;
      if (typeof element !== "string") return { unresolved: "is not a string", argument };
      if (isExpression(element)) return { unresolved: `${element} is an expression`, argument };
      sources.push(element);
    }
  }
  return { sources };
}

function checkOpenstackRule(context: ResourceContext): RuleViolation[] {
  const resource = context.resource;
  const values = resource.values;
  if (values.direction !== "ingress") return [];
  if (isConfigured(resource, "remote_group_id") || isConfigured(resource, "remote_address_group_id")) return [];
  const protocol = typeof values.protocol === "string" ? values.protocol.toLowerCase() : "";
  if (!["", "any", "tcp", "udp", "6", "17"].includes(protocol)) return [];
  const found = sourcesOf(context, [["remote_ip_prefix"]]);
  const unresolved = "unresolved" in found ? found.unresolved : found.sources.length === 0 && isConfigured(resource, "remote_ip_prefix") ? "known only after apply" : undefined;
  // No remote prefix nor group: the rule admits any source.
  const source = "sources" in found ? (found.sources[0] ?? (values.ethertype === "IPv6" ? "::/0" : "0.0.0.0/0")) : undefined;
  if (unresolved === undefined && source !== undefined && !isAnywhere(source)) return [];
  const min = Number(values.port_range_min ?? 0) || 0;
  const max = Number(values.port_range_max ?? 0) || 65535;
  const ports = exposedPorts(min || 0, protocol === "" || protocol === "any" ? 65535 : max);
  if (ports.length === 0) return [];
  // A source given by an expression the policy cannot evaluate may be the whole Internet: a finding, never a pass.
  if (unresolved !== undefined) return [{ severity: "warning", message: `remote_ip_prefix cannot be checked before apply (${unresolved}); the rule opens ${ports.join(", ")}` }];
  return [{ message: `ingress from ${source} to ${ports.join(", ")}` }];
}

/** One Azure security rule (a resource, or a block of a security group at `path`), judged as an OpenStack rule is. */
function checkAzureRule(context: ResourceContext, rule: Readonly<Record<string, unknown>>, path: readonly (string | number)[], where: string): RuleViolation[] {
  if (String(rule.direction).toLowerCase() !== "inbound" || String(rule.access).toLowerCase() !== "allow") return [];
  // A source given by application security groups is a named set of machines, not the Internet.
  const found = sourcesOf(context, [
    [...path, "source_address_prefix"],
    [...path, "source_address_prefixes"],
  ]);
  const anywhere = "sources" in found ? found.sources.find(isAnywhere) : undefined;
  if ("sources" in found && anywhere === undefined) return [];
  const ranges = [rule.destination_port_range, ...(Array.isArray(rule.destination_port_ranges) ? rule.destination_port_ranges : [])].filter((s): s is string => typeof s === "string");
  const ports = [
    ...new Set(
      ranges.flatMap((r) => {
        const range = isExpression(r) ? ([0, 65535] as [number, number]) : azurePortRange(r);
        return range ? exposedPorts(range[0], range[1]) : [];
      }),
    ),
  ];
  if (ports.length === 0) return [];
  if ("unresolved" in found) {
    return [{ severity: "warning", message: `${where}${found.argument} cannot be checked before apply (${found.unresolved}); the rule allows ${ports.join(", ")}` }];
  }
  return [{ message: `${where}inbound from '${anywhere}' allowed to ${ports.join(", ")}` }];
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
    if (type === "openstack_networking_secgroup_rule_v2") return checkOpenstackRule(context);
    if (type === "azurerm_network_security_rule") return checkAzureRule(context, values, [], "");
    if (type === "azurerm_network_security_group") {
      if (Array.isArray(values.security_rule)) {
        return values.security_rule.flatMap((rule, i) => (isObject(rule) ? checkAzureRule(context, rule, ["security_rule", i], `security_rule '${String(rule.name)}': `) : []));
      }
      const rule = block(values.security_rule);
      return rule ? checkAzureRule(context, rule, ["security_rule"], `security_rule '${String(rule.name)}': `) : [];
    }
    return [];
  },
};
