/**
 * What the migration stack knows of the sovereign cloud it migrates to: this interface, and nothing else.
 * Each cloud's construct family implements it (constructs/sovereign/openstack/migration-target.ts,
 * constructs/sovereign/scaleway/migration-target.ts) from its landing zone; the migration's constructs
 * (interconnect, replication workers, database copy, cutover) ask it for the cloud-specific pieces: the
 * provider, the sovereign end of the tunnel, workers in the network the tunnel reaches, scoped object
 * storage credentials, the database, the secret store and the portal's DNS record.
 *
 * Every method builds its resources in the scope it is given (a construct of the migration stack), so the
 * landing zone's own resources are only referenced across stacks, never changed by the migration.
 */
import type { TerraformResource, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { MigrationWorkerConfig, SovereignCloud } from "../../config/environment";
import type { DatabaseCopyMethod } from "./copy-method";
import type { IpsecParameters } from "./ipsec-parameters";

export interface StoredSecretProps {
  /** Name suffix of the secret, e.g. `replication-portal-db`. */
  readonly name: string;
  /** The value, by reference (a random provider result). */
  readonly payload: string;
}

/** How the copy's clients check the target's TLS certificate (libpq's `sslmode`). */
export interface DatabaseTls {
  /** `require`: encrypted, not verified (the target has no CA of ours yet); `verify-ca`: against `rootCertificate`. */
  readonly sslMode: "require" | "verify-ca";
  /** The CA certificate (PEM) the server's certificate is verified against, by reference; with `verify-ca`. */
  readonly rootCertificate?: string;
}

/**
 * What the database copy needs of the target's PostgreSQL: where the primary is, how to log in as its
 * administrator (by reference), matching client tools, how the copy reaches it, and the way out to the legacy
 * server for a logical-replication subscriber.
 */
export interface SovereignDatabaseTarget {
  /**
   * How a legacy database lands here (copy-method.ts): `logical-replication`, a subscription on the target, or
   * `snapshot`, consistent dumps restored by the copy worker, the last one after the source is frozen.
   */
  readonly copyMethod: DatabaseCopyMethod;
  /** The primary's address: the copy connects there (and subscribes there, with logical replication). */
  readonly primaryAddress: string;
  readonly port: number;
  /** The administrator role (not a secret). */
  readonly adminUsername: string;
  /** Its password, by reference (generated, kept in the secret store). */
  readonly adminPassword: string;
  /** The PostgreSQL major version the target runs, e.g. "16". */
  readonly postgresVersion: string;
  /** The range the database's clients reach it in (the data tier): the copy workers' PostgreSQL egress goes there. */
  readonly clientCidr: string;
  readonly tls: DatabaseTls;
  /**
   * Shell lines defining `install_pgdg`, which installs the given packages (e.g. `postgresql-client-16`) from the
   * same trusted source as the target's servers.
   */
  clientInstallScript(packages: readonly string[]): string;
  /**
   * Logical replication only: lets the target's database servers open PostgreSQL connections to `cidr` (the
   * legacy server's subnet, reached through the tunnel) — the subscriber side — as a resource of `scope`.
   */
  allowSubscriberEgress?(scope: Construct, id: string, cidr: string): void;
  /**
   * Makes sure the database `name` exists on the target before the copy fills it, as a resource of `scope` when
   * the landing zone does not declare it already (a managed database's databases are made through its API).
   * Clouds whose copy creates the database itself (a self-run server) do nothing.
   */
  ensureDatabase(scope: Construct, id: string, name: string): void;
}

/** The Azure end of the tunnel, as the sovereign end sees it. */
export interface AzureVpnPeer {
  /** The Azure VPN gateway's public IPv4, by reference. */
  readonly publicAddress: string;
}

/** What the Azure end must do to match the sovereign end, besides the shared parameter set. */
export type SovereignRouting =
  /** Neutron VPNaaS: one child SA per subnet pair, so Azure uses policy-based traffic selectors on exactly these ranges. */
  | { readonly kind: "policy-based" }
  /** Route-based with BGP inside the tunnel: the sovereign end's ASN and peering address (from the parameter set's inside range). */
  | { readonly kind: "bgp"; readonly asn: string | number; readonly peeringAddress: string };

export interface VpnEndpointProps {
  /** Base of the resources' names, e.g. `hdh-dev-azure-sovereign`. */
  readonly name: string;
  /** The Azure ranges the tunnel must reach (the hub; the PostgreSQL subnet while a database copy runs). */
  readonly azureCidrs: readonly string[];
  /** The address spaces of the Azure networks holding them, as Azure's gateway announces them over BGP. */
  readonly azureNetworks: readonly string[];
  /** The one parameter set both ends are rendered from. */
  readonly parameters: IpsecParameters;
  /** `key=value` tags of the sovereign resources. */
  readonly tags: readonly string[];
}

/** The sovereign end of the site-to-site tunnel. */
export interface SovereignVpnEndpoint {
  /** Its public IPv4, by reference: Azure's local network gateway points there. */
  readonly publicAddress: string;
  /** The sovereign ranges the tunnel reaches (the workers' network), by reference or literal. */
  readonly sovereignCidrs: readonly string[];
  readonly routing: SovereignRouting;
  /**
   * Completes the sovereign end once Azure's exists, and returns the pre-shared key both ends use, by reference
   * (generated: by the random provider, or by the cloud itself and read from its secret store).
   */
  connect(peer: AzureVpnPeer): { readonly preSharedKey: string };
}

/** One allowed outbound flow of a worker: a protocol and port to an IPv4 range. */
export interface WorkerEgress {
  /** Names the rule: `egress-<name>`. */
  readonly name: string;
  readonly protocol: "tcp" | "udp";
  readonly port: number;
  readonly cidr: string;
}

export interface WorkerGroupProps {
  /** Name of the group (its security group), e.g. `hdh-dev-replication-workers`. */
  readonly name: string;
  readonly description: string;
  /** `key=value` tags. */
  readonly tags: readonly string[];
  /** The only outbound flows, where the cloud filters a worker's traffic per port (nothing inbound). */
  readonly egress: readonly WorkerEgress[];
  /** The workers connect to the target's database (a network of the database's, where the cloud needs one). */
  readonly reachesDatabase?: boolean;
  readonly worker: MigrationWorkerConfig;
}

export interface WorkerProps {
  /** The server's name, e.g. `hdh-dev-replicate-cohorts`. */
  readonly name: string;
  /** Metadata (OpenStack) or tags (elsewhere) saying which dataset and role the worker serves. */
  readonly metadata: Readonly<Record<string, string>>;
  /** `key=value` tags. */
  readonly tags: readonly string[];
  /** The cloud-init (`#cloud-config`); secrets in it only by reference. */
  readonly userData: string;
}

/** Workers of one purpose, in the network the tunnel reaches, none with a public address. */
export interface SovereignWorkerGroup {
  /** Adds one worker as `id` in `scope`. */
  addWorker(scope: Construct, id: string, props: WorkerProps): TerraformResource;
}

export interface ObjectStoreAccessProps {
  /** The data lake store's logical name (`raw`, `pseudonymised`, ...). */
  readonly store: string;
  /** Name of the credential (or identity), e.g. `hdh-dev-replicate-cohorts`. */
  readonly name: string;
  readonly description: string;
  /** When the credential stops working (RFC 3339, by reference); none by default. */
  readonly expiresAt?: string;
}

/** What a worker needs to write to one store: the store's real name, and an rclone remote holding a scoped credential. */
export interface ObjectStoreAccess {
  /** The store's real name (bucket, container), by reference. */
  readonly bucket: string;
  /** The lines of rclone's `[sovereign]` section after its header (secrets by reference). */
  readonly rcloneRemote: readonly string[];
}

/** What the migration needs from the sovereign target. */
export interface SovereignMigrationTarget {
  /** The target's cloud. */
  readonly cloud: SovereignCloud;
  /** The data lake's stores by logical name (`raw`, `pseudonymised`, `extracts`, workspace stores). */
  readonly dataStores: readonly string[];
  /** How the migration plan's verifications name an object of a store: `<scheme>://<store>/<path>` (`swift`, `s3`). */
  readonly objectUrlScheme: string;
  /** The object storage's words, for descriptions: the service (`Swift`) and one store (`Swift container`, `bucket`). */
  readonly objectStorage: { readonly service: string; readonly store: string };
  /** The data tier's PostgreSQL: where database datasets land. */
  readonly database: SovereignDatabaseTarget;
  /** Declares the target cloud's provider in the migration stack. */
  configureProvider(stack: TerraformStack): void;
  /** Builds the sovereign end of the site-to-site tunnel in `scope`. */
  vpnEndpoint(scope: Construct, props: VpnEndpointProps): SovereignVpnEndpoint;
  /** A group of workers (their security group), built in `scope`. */
  workerGroup(scope: Construct, props: WorkerGroupProps): SovereignWorkerGroup;
  /** A credential that writes to one store and deletes nothing, and the rclone remote using it, built as `id` in `scope`. */
  objectStoreAccess(scope: Construct, id: string, props: ObjectStoreAccessProps): ObjectStoreAccess;
  /**
   * Stores a generated secret (the replication role's password ...) in the target's secret store, as a resource of
   * `scope` (the migration stack); returns its reference. The payload is a reference too, never a literal.
   */
  storeSecret(scope: Construct, id: string, props: StoredSecretProps): string;
  /** The portal's record `recordName` in the platform's DNS zone, pointing at the sovereign load balancer, as `id` in `scope`. */
  portalRecord(scope: Construct, id: string, recordName: string): TerraformResource;
}

/** A landing zone that can be migrated to (SovereignStack, ScalewaySovereignStack). */
export interface MigrationTargetSource {
  readonly migrationTarget: SovereignMigrationTarget;
}
