import { Construct } from "constructs";
import { DataOpenstackNetworkingNetworkV2 } from "../../../.gen/providers/openstack/data-openstack-networking-network-v2";
import { NetworkingNetworkV2 } from "../../../.gen/providers/openstack/networking-network-v2";
import { NetworkingRouterInterfaceV2 } from "../../../.gen/providers/openstack/networking-router-interface-v2";
import { NetworkingRouterV2 } from "../../../.gen/providers/openstack/networking-router-v2";
import { NetworkingSubnetV2 } from "../../../.gen/providers/openstack/networking-subnet-v2";
import type { NetworkTierName } from "../address-plan";
import { resourceName, resourceTags, type SovereignContext } from "../context";
import { InsecurePropsError } from "../errors";

/** Tiers whose servers may carry a public floating IP (the portal's VIP, the bastion). */
export const TIERS_ALLOWING_FLOATING_IPS: readonly NetworkTierName[] = ["ingress", "administration"];

export interface EdgeRouterProps {
  readonly context: SovereignContext;
  /** Name of the cloud's external network (e.g. `Ext-Net`), looked up by name. */
  readonly externalNetworkName: string;
}

/**
 * The one router with an external gateway: private tiers reach the Internet only through its SNAT,
 * and only the ingress and administration tiers get floating IPs from its external network.
 */
export class EdgeRouter extends Construct {
  readonly router: NetworkingRouterV2;
  readonly externalNetwork: DataOpenstackNetworkingNetworkV2;

  constructor(scope: Construct, id: string, props: EdgeRouterProps) {
    super(scope, id);
    this.externalNetwork = new DataOpenstackNetworkingNetworkV2(this, "external", {
      name: props.externalNetworkName,
      external: true,
    });
    this.router = new NetworkingRouterV2(this, "router", {
      name: resourceName(props.context, "edge"),
      description: "Edge router: the landing zone's only external gateway",
      adminStateUp: true,
      externalNetworkId: this.externalNetwork.id,
      tags: resourceTags(props.context),
    });
  }

  /** Attaches a subnet to the router (routing between tiers and SNAT egress). */
  attach(scope: Construct, id: string, subnet: NetworkingSubnetV2): NetworkingRouterInterfaceV2 {
    return new NetworkingRouterInterfaceV2(scope, id, { routerId: this.router.id, subnetId: subnet.id });
  }
}

export interface PrivateNetworkProps {
  readonly context: SovereignContext;
  /** Name suffix, e.g. `data` or `ws-cohort-a`. */
  readonly name: string;
  /** The subnet's range, carved by the AddressPlan. */
  readonly cidr: string;
  /** The tier, written in tags and deciding whether floating IPs may be used. */
  readonly tier: NetworkTierName | "workspace";
  /**
   * Whether servers of this network may carry a public floating IP. Refused for the application and
   * data tiers and for workspaces. Default false.
   */
  readonly allowFloatingIps?: boolean;
  /** The router to attach the subnet to; none leaves the network isolated. */
  readonly router?: EdgeRouter;
  /** DNS resolvers handed out by DHCP; default the cloud's. */
  readonly dnsNameservers?: readonly string[];
}

/** A private network with port security and one IPv4 subnet, optionally attached to the edge router. */
export class PrivateNetwork extends Construct {
  readonly network: NetworkingNetworkV2;
  readonly subnet: NetworkingSubnetV2;
  readonly cidr: string;
  readonly allowFloatingIps: boolean;

  constructor(scope: Construct, id: string, props: PrivateNetworkProps) {
    super(scope, id);
    this.allowFloatingIps = props.allowFloatingIps ?? false;
    if (this.allowFloatingIps && !(TIERS_ALLOWING_FLOATING_IPS as readonly string[]).includes(props.tier)) {
      throw new InsecurePropsError(this, "allowFloatingIps", `the ${props.tier} tier must never be reachable through a public floating IP`);
    }
    this.cidr = props.cidr;
    const tags = resourceTags(props.context, { tier: props.tier });
    this.network = new NetworkingNetworkV2(this, "network", {
      name: resourceName(props.context, props.name),
      adminStateUp: true,
      portSecurityEnabled: true,
      shared: false,
      external: false,
      tags,
    });
    this.subnet = new NetworkingSubnetV2(this, "subnet", {
      name: resourceName(props.context, props.name),
      networkId: this.network.id,
      cidr: props.cidr,
      ipVersion: 4,
      enableDhcp: true,
      dnsNameservers: props.dnsNameservers ? [...props.dnsNameservers] : undefined,
      tags,
    });
    if (props.router) props.router.attach(this, "router-interface", this.subnet);
  }
}
