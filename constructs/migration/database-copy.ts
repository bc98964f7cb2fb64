import type { TerraformResource } from "cdktf";
import { Construct } from "constructs";
import { Password } from "@cdktf/provider-random/lib/password";
import type { MigrationWorkerConfig } from "../../config/environment";
import { databaseReportPath, type DatabaseDataset } from "../../config/migration/plan";
import type { PostgresCopyAdministrator } from "../legacy/services";
import { databaseCopyCloudInit } from "./database-copy-script";
import type { SovereignMigrationTarget, SovereignWorkerGroup } from "./sovereign-target";

const POSTGRES_PORT = 5432;
const DNS_PORT = 53;

/** The FQDN Azure gives a Flexible Server; TLS to it is verified against this name. */
export function flexibleServerFqdn(serverName: string): string {
  return `${serverName}.postgres.database.azure.com`;
}

export interface LegacyPostgresSource {
  readonly serverName: string;
  /** The delegated subnet the server lives in (the legacy network carves it). */
  readonly subnetCidr: string;
  /** The server's administrator credential while the copy runs (from the legacy stack, by reference). */
  readonly administrator: PostgresCopyAdministrator;
}

export interface DatabaseCopyProps {
  readonly environmentName: string;
  readonly legacyPostgres: LegacyPostgresSource;
  /** The Azure DNS resolver's inbound address in the hub (the legacy stack's MigrationDnsResolver). */
  readonly resolverAddress: string;
  readonly target: SovereignMigrationTarget;
  readonly worker: MigrationWorkerConfig;
  readonly sovereignTags: readonly string[];
}

/**
 * The database copy from the legacy Flexible Server to the sovereign PostgreSQL, through the IPsec tunnel only,
 * by the target's method (copy-method.ts): logical replication into a subscription on the target, or
 * consistent snapshots made by the copy worker with a catch-up window at cutover. The legacy stack prepares the
 * source while the copy runs (password logins with a generated administrator password, gateway transit to the
 * data spoke, the NSG rule, the Azure DNS resolver in the hub; for logical replication, the server parameters it
 * needs); this construct adds, on the sovereign side:
 * - for logical replication, the replication role's password (generated, stored in the sovereign secret store,
 *   passed by reference) and the way out for the target's subscriptions: PostgreSQL to the legacy server's subnet;
 * - one worker per database dataset (see database-copy-script.ts) in the network the tunnel reaches, whose
 *   security group reaches PostgreSQL only on the legacy subnet (through the tunnel) and the target, and DNS on
 *   the resolver; with a credential that writes its verification report to one store and deletes nothing.
 */
export class DatabaseCopy extends Construct {
  readonly group: SovereignWorkerGroup;
  /** The worker of each database dataset, by dataset id. */
  readonly workers: Record<string, TerraformResource> = {};
  private readonly replicationPassword?: string;

  constructor(scope: Construct, id: string, private readonly props: DatabaseCopyProps) {
    super(scope, id);
    const postgres = props.legacyPostgres;
    const database = props.target.database;
    if (database.copyMethod === "logical-replication") {
      this.replicationPassword = new Password(this, "replication-password", { length: 40, special: false }).result;
      props.target.storeSecret(this, "replication-password-secret", { name: `${props.environmentName}-database-copy-replication-password`, payload: this.replicationPassword });
      // The subscriptions run on the target's primary: it connects out to the legacy server, through the tunnel.
      if (!database.allowSubscriberEgress) throw new Error("database copy: a logical-replication target must let its subscriptions out"); // a wiring bug
      database.allowSubscriberEgress(this, "subscriber-egress", postgres.subnetCidr);
    }

    const resolver = `${props.resolverAddress}/32`;
    this.group = props.target.workerGroup(this, {
      name: `hdh-${props.environmentName}-database-copy-workers`,
      description: "Database copy workers: no inbound traffic; PostgreSQL to the legacy server (through the tunnel) and the data tier; DNS; web",
      tags: props.sovereignTags,
      worker: props.worker,
      reachesDatabase: true,
      egress: [
        { name: "postgres-legacy", protocol: "tcp", port: POSTGRES_PORT, cidr: postgres.subnetCidr },
        { name: "postgres-target", protocol: "tcp", port: POSTGRES_PORT, cidr: database.clientCidr },
        { name: "dns-resolver-udp", protocol: "udp", port: DNS_PORT, cidr: resolver },
        { name: "dns-resolver-tcp", protocol: "tcp", port: DNS_PORT, cidr: resolver },
        { name: "dns", protocol: "udp", port: DNS_PORT, cidr: "0.0.0.0/0" },
        { name: "https", protocol: "tcp", port: 443, cidr: "0.0.0.0/0" },
        { name: "http", protocol: "tcp", port: 80, cidr: "0.0.0.0/0" },
      ],
    });
  }

  /** Adds the worker of one database dataset (replicating: keeps the copy running; cut over: finishes it). */
  addDatabase(dataset: DatabaseDataset): TerraformResource {
    const { props } = this;
    if (dataset.phase !== "replicating" && dataset.phase !== "cutover") throw new Error(`dataset ${dataset.id} is ${dataset.phase}: no copy runs`); // a wiring bug
    const scope = new Construct(this, dataset.id);
    const database = props.target.database;
    database.ensureDatabase(scope, "target-database", dataset.sovereignDatabase.database);
    const name = `hdh-${props.environmentName}-dbcopy-${dataset.id}`;
    const access = props.target.objectStoreAccess(scope, "report-credential", {
      store: dataset.sovereignDatabase.reportContainer,
      name,
      description: `Database copy of ${dataset.id}: writes its verification report to one ${props.target.objectStorage.store}, no delete`,
    });
    const worker = this.group.addWorker(scope, "worker", {
      name,
      metadata: { dataset: dataset.id, role: "database-copy-worker", phase: dataset.phase },
      tags: [...props.sovereignTags, `dataset=${dataset.id}`],
      userData: databaseCopyCloudInit({
        datasetId: dataset.id,
        mode: dataset.phase,
        method: database.copyMethod,
        source: {
          fqdn: flexibleServerFqdn(props.legacyPostgres.serverName),
          subnetCidr: props.legacyPostgres.subnetCidr,
          resolverAddress: props.resolverAddress,
          database: dataset.legacyDatabase.database,
          administratorLogin: props.legacyPostgres.administrator.login,
          administratorPassword: props.legacyPostgres.administrator.password,
          replicationPassword: this.replicationPassword,
        },
        target: {
          address: database.primaryAddress,
          port: database.port,
          administratorLogin: database.adminUsername,
          administratorPassword: database.adminPassword,
          database: dataset.sovereignDatabase.database,
          tls: database.tls,
        },
        clientInstallScript: database.clientInstallScript([`postgresql-client-${database.postgresVersion}`]),
        report: { container: access.bucket, path: databaseReportPath(dataset.id), remote: access.rcloneRemote },
      }),
    });
    this.workers[dataset.id] = worker;
    return worker;
  }
}
