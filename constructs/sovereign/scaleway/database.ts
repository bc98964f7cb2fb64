import { Construct } from "constructs";
import { RdbAcl } from "../../../.gen/providers/scaleway/rdb-acl";
import { RdbDatabase } from "../../../.gen/providers/scaleway/rdb-database";
import { RdbInstance } from "../../../.gen/providers/scaleway/rdb-instance";
import { RdbPrivilege } from "../../../.gen/providers/scaleway/rdb-privilege";
import { RdbUser } from "../../../.gen/providers/scaleway/rdb-user";
import { cidrPrefix, isAnyAddress } from "../address-plan";
import { protectFromDestroy, resourceName, resourceTags, type SovereignContext } from "../context";
import { InsecurePropsError } from "../errors";
import type { ScalewayPrivateNetwork } from "./network";
import { GeneratedPassword } from "./secrets";

/** The database's first user, which Scaleway makes its administrator. */
export const ADMIN_USER = "hdh_admin";

export interface ManagedPostgresProps {
  readonly context: SovereignContext;
  readonly region: string;
  readonly projectId: string;
  /** e.g. `DB-PRO2-XXS`. */
  readonly nodeType: string;
  /** e.g. `PostgreSQL-16`. */
  readonly engine: string;
  /** A standby node with automatic failover. */
  readonly highAvailability: boolean;
  readonly volumeSizeGb: number;
  /** Block Storage class of the database's volume: `sbs_5k` or `sbs_15k`. */
  readonly volumeType: "sbs_5k" | "sbs_15k";
  /** The data tier's network: the database's only endpoint sits there. */
  readonly network: ScalewayPrivateNetwork;
  /** The ranges allowed to connect (the data tier's, where its clients have a NIC); never Internet-wide. */
  readonly allowedCidrs: readonly string[];
  /** Days backups are kept, 1 to 365. */
  readonly backupRetentionDays: number;
  /** Hours between backups; default 24. */
  readonly backupFrequencyHours?: number;
  /** Refused when true: the database has no public endpoint. */
  readonly publicEndpoint?: boolean;
  /** Refused when false: data at rest is encrypted. Default true. */
  readonly encryptionAtRest?: boolean;
  /** Refused when false: backups stay in the database's region (health data stays in France). Default true. */
  readonly backupSameRegion?: boolean;
  /** Refused when true: automated backups are on. */
  readonly disableBackup?: boolean;
}

/**
 * Scaleway Managed Database for PostgreSQL: the portal's database and, after the migration, the copy of
 * the legacy one. Encrypted at rest, reachable only through its endpoint on the data tier's private
 * network (no public endpoint, allowed ranges narrowed to the data tier), automated backups kept in the
 * same region, protected from destroy. Its administrator's password is generated and kept in Secret
 * Manager. Managed Databases are not routed between private networks, so their clients join the data
 * tier's network themselves (a second NIC); nothing else lives there.
 */
export class ManagedPostgres extends Construct {
  readonly instance: RdbInstance;
  readonly acl: RdbAcl;
  readonly adminPassword: GeneratedPassword;
  private readonly props: ManagedPostgresProps;

  constructor(scope: Construct, id: string, props: ManagedPostgresProps) {
    super(scope, id);
    this.props = props;
    if (props.publicEndpoint) throw new InsecurePropsError(this, "publicEndpoint", "the database is reachable only from its private network");
    if (props.encryptionAtRest === false) throw new InsecurePropsError(this, "encryptionAtRest", "the database's volumes hold health data and are encrypted at rest");
    if (props.backupSameRegion === false) throw new InsecurePropsError(this, "backupSameRegion", "backups of health data stay in the database's region");
    if (props.disableBackup) throw new InsecurePropsError(this, "disableBackup", "automated backups stay on");
    if (!Number.isInteger(props.backupRetentionDays) || props.backupRetentionDays < 1 || props.backupRetentionDays > 365) {
      throw new InsecurePropsError(this, "backupRetentionDays", `${props.backupRetentionDays} is not a whole number of days from 1 to 365`);
    }
    if (props.allowedCidrs.length === 0) throw new InsecurePropsError(this, "allowedCidrs", "at least the data tier's range is needed");
    for (const cidr of props.allowedCidrs) {
      if (cidrPrefix(cidr) === undefined || cidr.includes(":")) throw new InsecurePropsError(this, "allowedCidrs", `'${cidr}' is not an IPv4 CIDR`);
      if (isAnyAddress(cidr)) throw new InsecurePropsError(this, "allowedCidrs", `${cidr} would let anyone who reaches an endpoint connect`);
    }
    this.adminPassword = new GeneratedPassword(this, "admin-password", {
      context: props.context,
      name: "database-admin-password",
      description: `Password of ${ADMIN_USER}, administrator of ${resourceName(props.context, "database")}`,
      region: props.region,
      projectId: props.projectId,
    });
    this.instance = protectFromDestroy(
      new RdbInstance(this, "instance", {
        name: resourceName(props.context, "database"),
        region: props.region,
        projectId: props.projectId,
        nodeType: props.nodeType,
        engine: props.engine,
        isHaCluster: props.highAvailability,
        volumeType: props.volumeType,
        volumeSizeInGb: props.volumeSizeGb,
        encryptionAtRest: true,
        disableBackup: false,
        backupSameRegion: true,
        backupScheduleRetention: props.backupRetentionDays,
        backupScheduleFrequency: props.backupFrequencyHours ?? 24,
        userName: ADMIN_USER,
        password: this.adminPassword.value,
        // A private-network endpoint and no `load_balancer` block: Scaleway creates no public endpoint.
        privateNetwork: { pnId: props.network.id, enableIpam: true },
        tags: resourceTags(props.context, { role: "database" }),
      }),
    );
    // Scaleway's default allows 0.0.0.0/0: narrow it to the data tier, so that even an endpoint added by hand accepts nobody else.
    this.acl = new RdbAcl(this, "allowed-ranges", {
      instanceId: this.instance.id,
      region: props.region,
      aclRules: props.allowedCidrs.map((ip) => ({ ip, description: "Data tier (the database's clients)" })),
    });
  }

  /**
   * A logical database owned by a user of its own (password generated, kept in Secret Manager, given to
   * the user by reference), with read-write rights on that database only.
   */
  addDatabase(name: string, owner: { readonly name: string; readonly username: string }): { database: RdbDatabase; password: GeneratedPassword } {
    const { context, region, projectId } = this.props;
    const database = protectFromDestroy(new RdbDatabase(this, `database-${name}`, { instanceId: this.instance.id, region, name }));
    const password = new GeneratedPassword(this, `${owner.name}-password`, {
      context,
      name: `${owner.name}-password`,
      description: `Password of ${owner.username}, owner of the ${name} database`,
      region,
      projectId,
    });
    const user = new RdbUser(this, `user-${owner.username}`, { instanceId: this.instance.id, region, name: owner.username, password: password.value, isAdmin: false });
    new RdbPrivilege(this, `privilege-${owner.username}-${name}`, {
      instanceId: this.instance.id,
      region,
      databaseName: database.name,
      userName: user.name,
      permission: "readwrite",
    });
    return { database, password };
  }
}
