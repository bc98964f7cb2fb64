import { Construct } from "constructs";
import { Password } from "@cdktf/provider-random/lib/password";
import { ComputeInstanceV2 } from "../../.gen/providers/openstack/compute-instance-v2";
import { IdentityApplicationCredentialV3 } from "../../.gen/providers/openstack/identity-application-credential-v3";
import type { NetworkingSecgroupV2 } from "../../.gen/providers/openstack/networking-secgroup-v2";
import type { MigrationWorkerConfig } from "../../config/environment";
import { databaseReportPath, type DatabaseDataset } from "../../config/migration/plan";
import type { PostgresCopyAdministrator } from "../legacy/services";
import { swiftContainerPaths } from "../sovereign/openstack/storage";
import { databaseCopyCloudInit } from "./database-copy-script";
import type { SovereignMigrationTarget } from "./sovereign-target";
import { workerSecurityGroup } from "./worker-security-group";

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
  readonly swiftAuthUrl: string;
  readonly swiftRegion: string;
  readonly sovereignTags: readonly string[];
}

/**
 * The database copy: PostgreSQL logical replication from the legacy Flexible Server to the sovereign data tier,
 * through the IPsec tunnel only. The legacy stack prepares the source while the copy runs (the server parameters
 * logical replication needs, password logins with a generated administrator password, gateway transit to the data
 * spoke, the NSG rule, the Azure DNS resolver in the hub); this construct adds, on the sovereign side:
 * - the replication role's password: generated, stored in the sovereign secret store, passed by reference;
 * - the way out for the target's subscriptions: PostgreSQL to the legacy server's subnet only;
 * - one worker per database dataset (see database-copy-script.ts) in the data tier, whose security group reaches
 *   PostgreSQL only on the legacy subnet (through the tunnel) and on the data tier, and DNS on the resolver.
 */
export class DatabaseCopy extends Construct {
  readonly securityGroup: NetworkingSecgroupV2;
  /** The worker of each database dataset, by dataset id. */
  readonly workers: Record<string, ComputeInstanceV2> = {};
  private readonly replicationPassword: string;

  constructor(scope: Construct, id: string, private readonly props: DatabaseCopyProps) {
    super(scope, id);
    const postgres = props.legacyPostgres;
    this.replicationPassword = new Password(this, "replication-password", { length: 40, special: false }).result;
    props.target.storeSecret(this, "replication-password-secret", { name: `${props.environmentName}-database-copy-replication-password`, payload: this.replicationPassword });
    // The subscriptions run on the target's primary: it connects out to the legacy server, through the tunnel.
    props.target.database.allowSubscriberEgress(this, "subscriber-egress", postgres.subnetCidr);

    const resolver = `${props.resolverAddress}/32`;
    this.securityGroup = workerSecurityGroup(this, {
      name: `hdh-${props.environmentName}-database-copy-workers`,
      description: "Database copy workers: no inbound traffic; PostgreSQL to the legacy server (through the tunnel) and the data tier; DNS; web",
      tags: props.sovereignTags,
      egress: [
        { name: "postgres-legacy", protocol: "tcp", port: POSTGRES_PORT, cidr: postgres.subnetCidr },
        { name: "postgres-target", protocol: "tcp", port: POSTGRES_PORT, cidr: props.target.subnets.data.cidr },
        { name: "dns-resolver-udp", protocol: "udp", port: DNS_PORT, cidr: resolver },
        { name: "dns-resolver-tcp", protocol: "tcp", port: DNS_PORT, cidr: resolver },
        { name: "dns", protocol: "udp", port: DNS_PORT, cidr: "0.0.0.0/0" },
        { name: "https", protocol: "tcp", port: 443, cidr: "0.0.0.0/0" },
        { name: "http", protocol: "tcp", port: 80, cidr: "0.0.0.0/0" },
      ],
    });
  }

  /** Adds the worker of one database dataset (replicating: keeps the copy running; cut over: finishes it). */
  addDatabase(dataset: DatabaseDataset): ComputeInstanceV2 {
    const { props } = this;
    if (dataset.phase !== "replicating" && dataset.phase !== "cutover") throw new Error(`dataset ${dataset.id} is ${dataset.phase}: no copy runs`); // a wiring bug
    const scope = new Construct(this, dataset.id);
    const container = props.target.dataContainers[dataset.sovereignDatabase.reportContainer];
    const credential = new IdentityApplicationCredentialV3(scope, "report-credential", {
      name: `hdh-${props.environmentName}-dbcopy-${dataset.id}`,
      description: `Database copy of ${dataset.id}: writes its verification report to one Swift container, no delete`,
      unrestricted: false,
      accessRules: ["GET", "HEAD", "PUT"].flatMap((method) => swiftContainerPaths(props.target.project.id, container.name).map((path) => ({ method, path, service: "object-store" }))),
    });
    const database = props.target.database;
    const worker = new ComputeInstanceV2(scope, "worker", {
      name: `hdh-${props.environmentName}-dbcopy-${dataset.id}`,
      imageName: props.worker.imageName,
      flavorName: props.worker.flavorName,
      securityGroups: [this.securityGroup.name],
      network: [{ uuid: props.target.subnets.data.networkId }],
      metadata: { dataset: dataset.id, role: "database-copy-worker", phase: dataset.phase },
      tags: [...props.sovereignTags, `dataset=${dataset.id}`],
      userData: databaseCopyCloudInit({
        datasetId: dataset.id,
        mode: dataset.phase,
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
        },
        clientInstallScript: database.clientInstallScript([`postgresql-client-${database.postgresVersion}`]),
        report: {
          swiftAuthUrl: props.swiftAuthUrl,
          swiftRegion: props.swiftRegion,
          container: container.name,
          path: databaseReportPath(dataset.id),
          applicationCredentialId: credential.id,
          applicationCredentialSecret: credential.secret,
        },
      }),
    });
    this.workers[dataset.id] = worker;
    return worker;
  }
}
