import type { Construct } from "constructs";
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
  /** The data tier's PostgreSQL: where database datasets land. */
  readonly database: SovereignDatabaseTarget;
  /**
   * Stores a generated secret (the replication role's password ...) in the target's secret store, as a resource of
   * `scope` (the migration stack); returns its reference. The payload is a reference too, never a literal.
   */
  storeSecret(scope: Construct, id: string, props: StoredSecretProps): string;
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
