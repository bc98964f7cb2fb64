import type { DnsZoneV2 } from "../../.gen/providers/openstack/dns-zone-v2";
import type { IdentityProjectV3 } from "../../.gen/providers/openstack/identity-project-v3";
import type { LbLoadbalancerV2 } from "../../.gen/providers/openstack/lb-loadbalancer-v2";
import type { NetworkingRouterV2 } from "../../.gen/providers/openstack/networking-router-v2";
import type { NetworkingSubnetV2 } from "../../.gen/providers/openstack/networking-subnet-v2";
import type { ObjectstorageContainerV1 } from "../../.gen/providers/openstack/objectstorage-container-v1";

/** The tiers of the sovereign network. */
export type SovereignSubnetRole = "ingress" | "application" | "data" | "administration";

/**
 * What the migration needs from the sovereign target. A structural subset of SovereignStack, so the
 * sovereign stack itself can be passed (its resources are then referenced across stacks).
 */
export interface SovereignMigrationTarget {
  /** The project's router, with its external gateway: the VPN service runs on it. */
  readonly router: NetworkingRouterV2;
  /** The subnets by tier: the replication workers run in `data`, the only tier the tunnel reaches. */
  readonly subnets: Readonly<Record<SovereignSubnetRole, NetworkingSubnetV2>>;
  /** The Swift containers by logical name (`raw`, `pseudonymised`, `extracts`, workspace containers). */
  readonly dataContainers: Readonly<Record<string, ObjectstorageContainerV1>>;
  /** The portal's load balancer: the portal's DNS record points to its VIP at cutover. */
  readonly portalLoadBalancer: LbLoadbalancerV2;
  /** The platform's DNS zone (Designate). */
  readonly dnsZone: DnsZoneV2;
  /** The project: its ID scopes the workers' Swift credentials. */
  readonly project: IdentityProjectV3;
}
