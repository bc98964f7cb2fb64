import type { Construct } from "constructs";
import type { DnsZoneV2 } from "../../.gen/providers/openstack/dns-zone-v2";
import type { IdentityProjectV3 } from "../../.gen/providers/openstack/identity-project-v3";
import type { LbLoadbalancerV2 } from "../../.gen/providers/openstack/lb-loadbalancer-v2";
import type { NetworkingRouterV2 } from "../../.gen/providers/openstack/networking-router-v2";
import type { NetworkingSubnetV2 } from "../../.gen/providers/openstack/networking-subnet-v2";
import type { ObjectstorageContainerV1 } from "../../.gen/providers/openstack/objectstorage-container-v1";
import type { AccountProject } from "../../.gen/providers/scaleway/account-project";
import type { DomainZone } from "../../.gen/providers/scaleway/domain-zone";
import type { Lb } from "../../.gen/providers/scaleway/lb";
import type { ObjectBucket } from "../../.gen/providers/scaleway/object-bucket";
import type { VpcPrivateNetwork } from "../../.gen/providers/scaleway/vpc-private-network";
import type { VpcPublicGateway } from "../../.gen/providers/scaleway/vpc-public-gateway";

/** The tiers of the sovereign network. */
export type SovereignSubnetRole = "ingress" | "application" | "data" | "administration";

/** The resource types a sovereign cloud gives the roles the migration needs. */
export interface SovereignTargetResources {
  /** The edge every tier leaves the landing zone through. */
  readonly edge: unknown;
  /** A tier's network. */
  readonly subnet: unknown;
  /** An object store of the data lake. */
  readonly dataContainer: unknown;
  readonly loadBalancer: unknown;
  readonly dnsZone: unknown;
  readonly project: unknown;
}

/** On OpenStack: the edge router, Neutron subnets, Swift containers, Octavia, Designate, Keystone. */
export interface OpenStackTargetResources extends SovereignTargetResources {
  readonly edge: NetworkingRouterV2;
  readonly subnet: NetworkingSubnetV2;
  readonly dataContainer: ObjectstorageContainerV1;
  readonly loadBalancer: LbLoadbalancerV2;
  readonly dnsZone: DnsZoneV2;
  readonly project: IdentityProjectV3;
}

export interface StoredSecretProps {
  /** Name suffix of the secret, e.g. `replication-portal-db`. */
  readonly name: string;
  /** The value, by reference (a random provider result). */
  readonly payload: string;
}

/**
 * What the database copy needs of the target's PostgreSQL: where the primary is, how to log in as its
 * administrator (by reference), matching client tools, and a way out to the legacy server for its subscriptions.
 */
export interface SovereignDatabaseTarget {
  /** The primary's address on the data tier: the copy creates its subscriptions there. */
  readonly primaryAddress: string;
  readonly port: number;
  /** The administrator role (not a secret). */
  readonly adminUsername: string;
  /** Its password, by reference (generated, kept in the secret store). */
  readonly adminPassword: string;
  /** The PostgreSQL major version the target runs, e.g. "16". */
  readonly postgresVersion: string;
  /**
   * Shell lines defining `install_pgdg`, which installs the given packages (e.g. `postgresql-client-16`) from the
   * same trusted source as the target's servers.
   */
  clientInstallScript(packages: readonly string[]): string;
  /**
   * Lets the target's database servers open PostgreSQL connections to `cidr` (the legacy server's subnet, reached
   * through the tunnel) — the subscriber side of logical replication — as a resource of `scope`.
   */
  allowSubscriberEgress(scope: Construct, id: string, cidr: string): void;
}

/** On Scaleway: the public gateway, VPC private networks, Object Storage buckets, Load Balancer, Domains and DNS, a project. */
export interface ScalewayTargetResources extends SovereignTargetResources {
  readonly edge: VpcPublicGateway;
  readonly subnet: VpcPrivateNetwork;
  readonly dataContainer: ObjectBucket;
  readonly loadBalancer: Lb;
  readonly dnsZone: DomainZone;
  readonly project: AccountProject;
}

/**
 * What the migration needs from the sovereign target: the same roles on every cloud, each typed by the
 * cloud's resources (`R`; OpenStack's by default, the only target the migration stack handles today). A
 * structural subset of the sovereign stacks, so a sovereign stack itself can be passed (its resources are
 * then referenced across stacks).
 */
export interface SovereignMigrationTarget<R extends SovereignTargetResources = OpenStackTargetResources> {
  /** The edge with the external gateway (OpenStack: the router the VPN service runs on). */
  readonly router: R["edge"];
  /** The networks by tier: the replication workers run in `data`, the only tier the tunnel reaches. */
  readonly subnets: Readonly<Record<SovereignSubnetRole, R["subnet"]>>;
  /** The data lake's stores by logical name (`raw`, `pseudonymised`, `extracts`, workspace stores). */
  readonly dataContainers: Readonly<Record<string, R["dataContainer"]>>;
  /** The portal's load balancer: the portal's DNS record points to it at cutover. */
  readonly portalLoadBalancer: R["loadBalancer"];
  /** The platform's DNS zone. */
  readonly dnsZone: R["dnsZone"];
  /** The environment's project: its ID scopes the workers' credentials. */
  readonly project: R["project"];
  /** The data tier's PostgreSQL: where database datasets land. */
  readonly database: SovereignDatabaseTarget;
  /**
   * Stores a generated secret (the replication role's password ...) in the target's secret store, as a resource of
   * `scope` (the migration stack); returns its reference. The payload is a reference too, never a literal.
   */
  storeSecret(scope: Construct, id: string, props: StoredSecretProps): string;
}
