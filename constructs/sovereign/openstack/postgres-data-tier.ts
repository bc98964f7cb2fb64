import { Fn } from "cdktf";
import { Construct } from "constructs";
import { Password } from "@cdktf/provider-random/lib/password";
import { IdentityApplicationCredentialV3 } from "../../../.gen/providers/openstack/identity-application-credential-v3";
import type { NetworkingPortV2 } from "../../../.gen/providers/openstack/networking-port-v2";
import type { ObjectstorageContainerV1 } from "../../../.gen/providers/openstack/objectstorage-container-v1";
import type { SovereignDatabaseConfig } from "../../../config/environment";
import { protectFromDestroy, resourceName, type SovereignContext } from "../context";
import { InsecurePropsError } from "../errors";
import {
  DEFAULT_APT_REPOSITORY,
  DEFAULT_APT_SIGNING_KEY_URL,
  pgdgInstallScript,
  POSTGRES_PORT,
  postgresCloudInit,
  type PostgresPackageSource,
} from "./postgres-cloud-init";
import { VaultSecret } from "./secrets";
import { ProtectedContainer, swiftContainerPaths, type EncryptedVolume } from "./storage";

/** The superuser of the data tier's PostgreSQL: logins from the data tier only, with a generated password. */
export const POSTGRES_ADMIN_USERNAME = "postgres";
/** The default major version: the legacy Flexible Server's, so logical replication from it works. */
export const DEFAULT_POSTGRES_VERSION = "16";

export interface PostgresDataTierProps {
  readonly context: SovereignContext;
  readonly config?: SovereignDatabaseConfig;
  /** The environment's Keystone project: its identities alone read and write the backup container. */
  readonly projectId: string;
  readonly dataTierCidr: string;
  readonly applicationTierCidr: string;
  /** Keystone endpoint and region (for the backups' Swift remote). */
  readonly swiftAuthUrl: string;
  readonly swiftRegion: string;
}

/** One data tier server, as the fleet builds it. */
export interface DataTierServer {
  readonly index: number;
  readonly port: NetworkingPortV2;
  readonly dataVolume?: EncryptedVolume;
}

/**
 * PostgreSQL on the data tier's servers, as code: server 0 is the primary, the others stream from it as hot
 * standbys. Holds what the servers share: the generated passwords (superuser, replicator, backup encryption
 * passphrase) kept in Barbican and passed to cloud-init by reference, the versioned backup container and an
 * application credential that may only touch that container. `cloudInit()` renders each server's user data
 * (see postgres-cloud-init.ts).
 */
export class PostgresDataTier extends Construct {
  readonly version: string;
  readonly packages: PostgresPackageSource;
  /** The superuser's password, by reference (also in Barbican: `adminPasswordSecret`). */
  readonly adminPassword: string;
  readonly adminPasswordSecret: VaultSecret;
  readonly backupContainer: ObjectstorageContainerV1;
  private readonly replicatorPassword: string;
  private readonly cipherPassphrase: string;
  private readonly backupCredential: IdentityApplicationCredentialV3;
  private primaryPort?: NetworkingPortV2;

  constructor(scope: Construct, id: string, private readonly props: PostgresDataTierProps) {
    super(scope, id);
    this.version = props.config?.postgresVersion ?? DEFAULT_POSTGRES_VERSION;
    const repository = props.config?.aptRepository ?? DEFAULT_APT_REPOSITORY;
    const signingKeyUrl = props.config?.aptSigningKeyUrl ?? DEFAULT_APT_SIGNING_KEY_URL;
    for (const [prop, url] of [["aptRepository", repository], ["aptSigningKeyUrl", signingKeyUrl]]) {
      if (!/^https:\/\/[^\s'"]+$/.test(url)) throw new InsecurePropsError(this, prop, `'${url}' is not an https:// URL`);
    }
    this.packages = { repository, signingKeyUrl };

    const generated = (name: string, length: number) => {
      const password = protectFromDestroy(new Password(this, `${name}-generated`, { length, special: false }));
      const secret = new VaultSecret(this, name, { context: props.context, name: `database-${name}`, payload: password.result, payloadContentType: "text/plain", secretType: "passphrase" });
      return { value: password.result, secret };
    };
    const admin = generated("admin-password", 40);
    this.adminPassword = admin.value;
    this.adminPasswordSecret = admin.secret;
    this.replicatorPassword = generated("replicator-password", 40).value;
    this.cipherPassphrase = generated("backup-passphrase", 64).value;

    this.backupContainer = new ProtectedContainer(this, "backups", {
      context: props.context,
      name: "database-backups",
      readerProjectIds: [props.projectId],
      writerProjectIds: [props.projectId],
      contents: "PostgreSQL backups and WAL (pgBackRest, AES-256 encrypted)",
    }).container;
    const backupContainerName = this.backupContainer.name;
    this.backupCredential = new IdentityApplicationCredentialV3(this, "backup-credential", {
      name: resourceName(props.context, "database-backups"),
      description: "PostgreSQL backups: read, write and expire objects of the backup container only",
      unrestricted: false,
      accessRules: ["GET", "HEAD", "PUT", "DELETE"].flatMap((method) => swiftContainerPaths(props.projectId, backupContainerName).map((path) => ({ method, path, service: "object-store" }))),
    });
  }

  /** The primary's address on the data tier (server 0's port). */
  get primaryAddress(): string {
    if (!this.primaryPort) throw new Error("the data tier's primary is not built yet"); // a wiring bug
    return Fn.element(this.primaryPort.allFixedIps, 0);
  }

  get port(): number {
    return POSTGRES_PORT;
  }

  /** Shell lines installing client packages of the same major version, from the same source. */
  clientInstallScript(packages: readonly string[]): string {
    return pgdgInstallScript(this.packages, packages);
  }

  /** The user data of one fleet server: server 0 is the primary, the others standbys. */
  cloudInit(server: DataTierServer): string {
    if (server.index === 0) this.primaryPort = server.port;
    if (!server.dataVolume) throw new InsecurePropsError(this, "dataVolumeSizeGb", "the database servers keep their data on an encrypted data volume: set one");
    const { props } = this;
    return postgresCloudInit({
      role: server.index === 0 ? "primary" : "standby",
      version: this.version,
      packages: this.packages,
      dataVolumeId: server.dataVolume.volume.id,
      listenAddress: Fn.element(server.port.allFixedIps, 0),
      primaryAddress: this.primaryAddress,
      dataTierCidr: props.dataTierCidr,
      applicationTierCidr: props.applicationTierCidr,
      adminPassword: this.adminPassword,
      replicatorPassword: this.replicatorPassword,
      backup: {
        cipherPassphrase: this.cipherPassphrase,
        retentionFull: props.config?.backupRetentionFull ?? 4,
        swiftAuthUrl: props.swiftAuthUrl,
        swiftRegion: props.swiftRegion,
        swiftContainer: this.backupContainer.name,
        applicationCredentialId: this.backupCredential.id,
        applicationCredentialSecret: this.backupCredential.secret,
      },
    });
  }
}
