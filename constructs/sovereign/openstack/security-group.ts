import { Construct } from "constructs";
import { NetworkingSecgroupV2 } from "../../../.gen/providers/openstack/networking-secgroup-v2";
import { NetworkingSecgroupRuleV2 } from "../../../.gen/providers/openstack/networking-secgroup-rule-v2";
import { cidrPrefix, isAnyAddress, type NetworkTierName } from "../address-plan";
import { resourceName, resourceTags, type SovereignContext } from "../context";
import { InsecurePropsError } from "../errors";
import { ADMIN_PORTS, HTTPS_PORT } from "../ports";

export { ADMIN_PORTS, HTTPS_PORT };

export interface LeastPrivilegeSecurityGroupProps {
  readonly context: SovereignContext;
  /** Name suffix, e.g. `ingress` gives `hdh-dev-ingress`. */
  readonly name: string;
  readonly description: string;
  /** The tier whose servers the group protects; written in tags. */
  readonly tier: NetworkTierName | "workspace";
  /**
   * Whether HTTPS may be opened to 0.0.0.0/0 and ::/0 on this group. Refused on any tier but ingress.
   * Default false.
   */
  readonly allowPublicHttps?: boolean;
}

/** One allowed flow: a TCP port (or range) from/to a CIDR or another security group. */
export interface FlowProps {
  readonly port: number;
  /** Last port of a range; default `port`. */
  readonly toPort?: number;
  /** Default `tcp`. */
  readonly protocol?: "tcp" | "udp";
  readonly description: string;
}

/**
 * A security group that starts closed both ways (Neutron's default allow-all egress rules are deleted)
 * and only opens the flows asked for. It refuses any Internet-wide ingress except HTTPS on a group that
 * allows it, and any admin port opened to a CIDR (admin goes through the bastion: use `allowFromGroup`).
 */
export class LeastPrivilegeSecurityGroup extends Construct {
  readonly group: NetworkingSecgroupV2;
  private readonly allowPublicHttps: boolean;
  private ruleCount = 0;

  constructor(scope: Construct, id: string, props: LeastPrivilegeSecurityGroupProps) {
    super(scope, id);
    this.allowPublicHttps = props.allowPublicHttps ?? false;
    if (this.allowPublicHttps && props.tier !== "ingress") {
      throw new InsecurePropsError(this, "allowPublicHttps", `the ${props.tier} tier must not be reachable from the Internet (only the ingress tier is)`);
    }
    this.group = new NetworkingSecgroupV2(this, "group", {
      name: resourceName(props.context, props.name),
      description: props.description,
      deleteDefaultRules: true,
      stateful: true,
      tags: resourceTags(props.context, { tier: props.tier }),
    });
    this.id = this.group.id;
  }

  /** The group's id (read once: every attribute read creates a new token). */
  readonly id: string;

  /** Opens ingress from a CIDR. Refused: 0.0.0.0/0 or ::/0 except HTTPS on a public-HTTPS group; any admin port. */
  allowFromCidr(cidr: string, flow: FlowProps): this {
    if (cidrPrefix(cidr) === undefined) throw new InsecurePropsError(this, "cidr", `'${cidr}' is not a CIDR`);
    const ports = portsOf(flow);
    if (isAnyAddress(cidr) && !(this.allowPublicHttps && ports.length === 1 && ports[0] === HTTPS_PORT)) {
      throw new InsecurePropsError(this, "cidr", `ingress from ${cidr} on port ${describePorts(flow)}: only HTTPS on the ingress tier may be open to the Internet`);
    }
    const admin = ports.filter((p) => ADMIN_PORTS.includes(p));
    if (admin.length > 0) {
      throw new InsecurePropsError(this, "port", `admin port ${admin.join(",")} opened to ${cidr}: administration only goes through the bastion (allowFromGroup)`);
    }
    return this.addRule("ingress", flow, { remoteIpPrefix: cidr });
  }

  /**
   * Opens admin ingress (SSH) from the operators' ranges: only the bastion's group uses it. Refused: an
   * Internet-wide range, or one wider than /16.
   */
  allowAdminFromCidr(cidr: string, flow: FlowProps): this {
    const prefix = cidrPrefix(cidr);
    if (prefix === undefined) throw new InsecurePropsError(this, "adminSourceCidrs", `'${cidr}' is not a CIDR`);
    if (isAnyAddress(cidr) || prefix < 16) {
      throw new InsecurePropsError(this, "adminSourceCidrs", `admin ingress from ${cidr} is too wide (at most a /16 of the operators' VPN)`);
    }
    return this.addRule("ingress", flow, { remoteIpPrefix: cidr });
  }

  /** Opens ingress from the members of another group (e.g. SSH from the bastion). */
  allowFromGroup(source: LeastPrivilegeSecurityGroup, flow: FlowProps): this {
    return this.addRule("ingress", flow, { remoteGroupId: source.id });
  }

  /** Opens egress to a CIDR. */
  allowToCidr(cidr: string, flow: FlowProps): this {
    if (cidrPrefix(cidr) === undefined) throw new InsecurePropsError(this, "cidr", `'${cidr}' is not a CIDR`);
    return this.addRule("egress", flow, { remoteIpPrefix: cidr });
  }

  /** Opens egress to the members of another group. */
  allowToGroup(target: LeastPrivilegeSecurityGroup, flow: FlowProps): this {
    return this.addRule("egress", flow, { remoteGroupId: target.id });
  }

  private addRule(direction: "ingress" | "egress", flow: FlowProps, remote: { remoteIpPrefix?: string; remoteGroupId?: string }): this {
    const ipv6 = remote.remoteIpPrefix?.includes(":") ?? false;
    new NetworkingSecgroupRuleV2(this, `${direction}-${this.ruleCount++}`, {
      securityGroupId: this.id,
      direction,
      ethertype: ipv6 ? "IPv6" : "IPv4",
      protocol: flow.protocol ?? "tcp",
      portRangeMin: flow.port,
      portRangeMax: flow.toPort ?? flow.port,
      description: flow.description,
      ...remote,
    });
    return this;
  }
}

function portsOf(flow: FlowProps): number[] {
  const last = flow.toPort ?? flow.port;
  if (last < flow.port) return [];
  // Ranges are short in practice; cap the expansion so a 1-65535 range still checks admin ports.
  if (last - flow.port > 1024) return [flow.port, ...ADMIN_PORTS.filter((p) => p > flow.port && p <= last), last];
  return Array.from({ length: last - flow.port + 1 }, (_, i) => flow.port + i);
}

function describePorts(flow: FlowProps): string {
  return flow.toPort && flow.toPort !== flow.port ? `${flow.port}-${flow.toPort}` : String(flow.port);
}
