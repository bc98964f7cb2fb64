import { Construct } from "constructs";
import { Vpc } from "../../../.gen/providers/scaleway/vpc";
import { VpcAcl, type VpcAclRules } from "../../../.gen/providers/scaleway/vpc-acl";
import { VpcGatewayNetwork } from "../../../.gen/providers/scaleway/vpc-gateway-network";
import { VpcPrivateNetwork } from "../../../.gen/providers/scaleway/vpc-private-network";
import { VpcPublicGateway } from "../../../.gen/providers/scaleway/vpc-public-gateway";
import { VpcPublicGatewayIp } from "../../../.gen/providers/scaleway/vpc-public-gateway-ip";
import { cidrPrefix, isAnyAddress, type NetworkTierName } from "../address-plan";
import { resourceName, resourceTags, type SovereignContext } from "../context";
import { InsecurePropsError } from "../errors";
import { ADMIN_PORTS } from "../ports";
import type { ScalewayLocality } from "./locality";

/** Scaleway's default port for a Public Gateway's SSH bastion. */
export const DEFAULT_BASTION_PORT = 61000;
/** The narrowest operators' ranges the bastion accepts, per family: wider would open SSH to whole networks. */
const WIDEST_ADMIN_PREFIX = { ipv4: 16, ipv6: 48 };

export interface LandingZoneVpcProps {
  readonly context: SovereignContext;
  readonly locality: ScalewayLocality;
  readonly projectId: string;
}

/**
 * The environment's VPC. Routing between its private networks is on (the load balancer in the ingress
 * tier reaches the portal's servers, the portal reaches the workspaces), and the network ACLs
 * (NetworkAcl) decide which of those flows pass: nothing else does.
 */
export class LandingZoneVpc extends Construct {
  readonly vpc: Vpc;
  private readonly props: LandingZoneVpcProps;

  constructor(scope: Construct, id: string, props: LandingZoneVpcProps) {
    super(scope, id);
    this.props = props;
    this.vpc = new Vpc(this, "vpc", {
      name: resourceName(props.context),
      region: props.locality.region,
      projectId: props.projectId,
      enableRouting: true,
      tags: resourceTags(props.context),
    });
  }

  get region(): string {
    return this.props.locality.region;
  }
}

export interface ScalewayPrivateNetworkProps {
  readonly context: SovereignContext;
  readonly vpc: LandingZoneVpc;
  readonly projectId: string;
  /** Name suffix, e.g. `data` or `ws-cohort-a`. */
  readonly name: string;
  /** The tier (or `workspace`, or `migration` for the migration's workers), written in tags. */
  readonly tier: NetworkTierName | "workspace" | "migration";
  /** The network's IPv4 range, carved by the AddressPlan. */
  readonly cidr: string;
  /**
   * Whether the network takes the default routes other networks' gateways advertise. Refused: a network
   * reaches the Internet only through a gateway attached to it (PublicGateway.attach). Default false.
   */
  readonly receiveDefaultRoutes?: boolean;
}

/** One private network of the VPC with its IPv4 range; no default route unless a gateway is attached to it. */
export class ScalewayPrivateNetwork extends Construct {
  readonly network: VpcPrivateNetwork;
  readonly cidr: string;
  readonly name: string;

  constructor(scope: Construct, id: string, props: ScalewayPrivateNetworkProps) {
    super(scope, id);
    if (props.receiveDefaultRoutes) {
      throw new InsecurePropsError(this, "receiveDefaultRoutes", "a network reaches the Internet only through a gateway attached to it, never through another network's");
    }
    if (cidrPrefix(props.cidr) === undefined || props.cidr.includes(":")) throw new InsecurePropsError(this, "cidr", `'${props.cidr}' is not an IPv4 CIDR`);
    this.cidr = props.cidr;
    this.name = resourceName(props.context, props.name);
    this.network = new VpcPrivateNetwork(this, "network", {
      name: this.name,
      region: props.vpc.region,
      projectId: props.projectId,
      vpcId: props.vpc.vpc.id,
      ipv4Subnet: { subnet: props.cidr },
      enableDefaultRoutePropagation: false,
      tags: resourceTags(props.context, { tier: props.tier }),
    });
  }

  get id(): string {
    return this.network.id;
  }
}

/** One allowed flow between two ranges of the VPC (stateless: NetworkAcl adds the return rule). */
export interface AclFlow {
  readonly sourceCidr: string;
  readonly destinationCidr: string;
  readonly protocol: "TCP" | "UDP";
  readonly port: number;
  readonly description: string;
}

export interface NetworkAclProps {
  readonly vpc: LandingZoneVpc;
  /** The flows to accept; all other traffic between the VPC's networks is dropped. */
  readonly flows: readonly AclFlow[];
  /** The action for what no rule matches: only `drop` is accepted. Default `drop`. */
  readonly defaultPolicy?: "drop" | "accept";
}

/**
 * The VPC's network ACLs, IPv4 and IPv6, dropping by default: the only way one private network reaches
 * another. Scaleway's ACL rules are stateless, so each accepted flow gets its return rule (from the
 * destination's port back to the source). An Internet-wide range or an administration port between ranges
 * is refused (administration goes through the gateway's bastion). The IPv6 ACL has no rule: the VPC
 * routes IPv6 between its networks too, and no flow of the blueprint uses it.
 * Scaleway's ACLs do not filter traffic inside one private network, nor Managed Databases' traffic.
 */
export class NetworkAcl extends Construct {
  readonly ipv4: VpcAcl;
  readonly ipv6: VpcAcl;

  constructor(scope: Construct, id: string, props: NetworkAclProps) {
    super(scope, id);
    if ((props.defaultPolicy ?? "drop") !== "drop") throw new InsecurePropsError(this, "defaultPolicy", "traffic between the VPC's networks is dropped unless a flow allows it");
    const rules: VpcAclRules[] = [];
    for (const flow of props.flows) {
      for (const cidr of [flow.sourceCidr, flow.destinationCidr]) {
        if (cidrPrefix(cidr) === undefined) throw new InsecurePropsError(this, "flows", `'${cidr}' is not a CIDR`);
        if (isAnyAddress(cidr)) throw new InsecurePropsError(this, "flows", `${cidr} in '${flow.description}': a flow joins two ranges of the VPC, never the whole Internet`);
      }
      if (ADMIN_PORTS.includes(flow.port)) {
        throw new InsecurePropsError(this, "flows", `admin port ${flow.port} in '${flow.description}': administration only goes through the gateway's bastion`);
      }
      rules.push(
        {
          action: "accept",
          protocol: flow.protocol,
          source: flow.sourceCidr,
          destination: flow.destinationCidr,
          dstPortLow: flow.port,
          dstPortHigh: flow.port,
          description: flow.description,
        },
        {
          action: "accept",
          protocol: flow.protocol,
          source: flow.destinationCidr,
          destination: flow.sourceCidr,
          srcPortLow: flow.port,
          srcPortHigh: flow.port,
          description: `${flow.description} (return traffic)`,
        },
      );
    }
    this.ipv4 = new VpcAcl(this, "ipv4", { vpcId: props.vpc.vpc.id, region: props.vpc.region, isIpv6: false, defaultPolicy: "drop", rules });
    this.ipv6 = new VpcAcl(this, "ipv6", { vpcId: props.vpc.vpc.id, region: props.vpc.region, isIpv6: true, defaultPolicy: "drop", rules: [] });
  }
}

export interface PublicGatewayProps {
  readonly context: SovereignContext;
  readonly locality: ScalewayLocality;
  readonly projectId: string;
  /** Public Gateway offer, e.g. `VPC-GW-S`. */
  readonly type: string;
  /** The operators' ranges allowed to reach the SSH bastion; never Internet-wide nor wider than /16 (/48 IPv6). */
  readonly adminSourceCidrs: readonly string[];
  /** Port of the SSH bastion; default 61000. */
  readonly bastionPort?: number;
  /** SMTP out of the landing zone: refused (nothing here sends mail; an open relay is a spam vector). */
  readonly enableSmtp?: boolean;
}

/**
 * The landing zone's only way out, and its only SSH way in: a Public Gateway with a flexible IP, in the
 * primary zone. Networks attached to it (`attach`) reach the Internet through its NAT (masquerade) and are
 * reachable over SSH through its bastion, which accepts the project's IAM SSH keys from the operators'
 * ranges only. A network it is not attached to has no way out at all.
 */
export class PublicGateway extends Construct {
  readonly ip: VpcPublicGatewayIp;
  readonly gateway: VpcPublicGateway;
  readonly attachments: VpcGatewayNetwork[] = [];
  private readonly zone: string;

  constructor(scope: Construct, id: string, props: PublicGatewayProps) {
    super(scope, id);
    if (props.enableSmtp) throw new InsecurePropsError(this, "enableSmtp", "nothing in the landing zone sends mail through the gateway");
    if (props.adminSourceCidrs.length === 0) throw new InsecurePropsError(this, "adminSourceCidrs", "at least one operators' range is needed");
    for (const cidr of props.adminSourceCidrs) {
      const prefix = cidrPrefix(cidr);
      if (prefix === undefined) throw new InsecurePropsError(this, "adminSourceCidrs", `'${cidr}' is not a CIDR`);
      const widest = cidr.includes(":") ? WIDEST_ADMIN_PREFIX.ipv6 : WIDEST_ADMIN_PREFIX.ipv4;
      if (isAnyAddress(cidr) || prefix < widest) {
        throw new InsecurePropsError(this, "adminSourceCidrs", `SSH to the bastion from ${cidr} is too wide (at most a /${widest} of the operators' VPN)`);
      }
    }
    this.zone = props.locality.zones[0];
    const tags = resourceTags(props.context, { role: "gateway" });
    this.ip = new VpcPublicGatewayIp(this, "ip", { zone: this.zone, projectId: props.projectId, tags });
    this.gateway = new VpcPublicGateway(this, "gateway", {
      name: resourceName(props.context, "gateway"),
      type: props.type,
      zone: this.zone,
      projectId: props.projectId,
      ipId: this.ip.id,
      bastionEnabled: true,
      bastionPort: props.bastionPort ?? DEFAULT_BASTION_PORT,
      allowedIpRanges: [...props.adminSourceCidrs],
      enableSmtp: false,
      tags,
    });
  }

  /** Attaches a network: its default route goes through the gateway's NAT, and the bastion reaches it. */
  attach(scope: Construct, id: string, network: ScalewayPrivateNetwork): VpcGatewayNetwork {
    const attachment = new VpcGatewayNetwork(scope, id, {
      gatewayId: this.gateway.id,
      privateNetworkId: network.id,
      zone: this.zone,
      enableMasquerade: true,
      ipamConfig: [{ pushDefaultRoute: true }],
    });
    this.attachments.push(attachment);
    return attachment;
  }
}
