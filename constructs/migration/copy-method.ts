import type { SovereignCloud, SovereignTargetConfig } from "../../config/environment";
import { sovereignCloudOf } from "../../config/sovereign-cloud";

/**
 * How a legacy PostgreSQL database is copied to a sovereign cloud's PostgreSQL. Both methods verify the same
 * way (per table, row counts and a checksum on both sides: database-copy-script.ts) and both go through the
 * IPsec tunnel only.
 * - `logical-replication`: a subscription on the target's primary, fed by publications on the legacy server;
 *   the legacy server needs logical replication's parameters (`wal_level=logical` ...).
 * - `snapshot`: the copy worker streams a consistent `pg_dump` of the source into the target, in one
 *   transaction, daily while the dataset replicates (rehearsals, which measure the cutover window); at
 *   cutover, once the source is frozen read-only, one last copy is made and verified (the catch-up window:
 *   the source accepts no write from the freeze until the copy verifies).
 */
export type DatabaseCopyMethod = "logical-replication" | "snapshot";

/**
 * The method each cloud's PostgreSQL allows over the tunnel:
 * - OpenStack: the data tier's servers are ours (PostgreSQL as code): a subscription there connects out
 *   through the tunnel (the data tier's security group lets it).
 * - Scaleway: Managed PostgreSQL can subscribe (PostgreSQL 16+, `pg_create_subscription` granted by an admin),
 *   but its subscriptions connect out through the node's public interface, even with a private endpoint
 *   ("Setting up logical replication as a subscriber", Scaleway documentation, limitations), and the legacy
 *   Flexible Server has no public access: a subscription could not reach it, and the copy must never leave the
 *   tunnel. So the copy worker, in the VPC, makes the snapshots.
 */
export const DATABASE_COPY_METHODS: Readonly<Record<SovereignCloud, DatabaseCopyMethod>> = {
  openstack: "logical-replication",
  scaleway: "snapshot",
};

/** The copy method of an environment's sovereign target. */
export function databaseCopyMethodOf(sovereign: SovereignTargetConfig): DatabaseCopyMethod {
  return DATABASE_COPY_METHODS[sovereignCloudOf(sovereign)];
}
