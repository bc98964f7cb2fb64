/**
 * PostgreSQL as code on the data tier's servers: the cloud-init that installs a pinned major version from the
 * PostgreSQL project's APT repository (its signing key checked against a pinned fingerprint), keeps the data
 * on the encrypted data volume (a replaced server finds its cluster there), serves TLS only, listens on the
 * data tier only, streams to the standbys, and backs up with pgBackRest (encrypted) to the object storage.
 * Values may be Terraform references (tokens): secrets are always references, written to root-only files.
 * (No `${` or `%{` in the scripts: Terraform would read them as a template.)
 */
import { stringify } from "yaml";
import { pgdgInstallScript, type PostgresPackageSource } from "../postgres-packages";

// Shared with the copy workers of every cloud: constructs/sovereign/postgres-packages.ts.
export { DEFAULT_APT_REPOSITORY, DEFAULT_APT_SIGNING_KEY_URL, PGDG_KEY_FINGERPRINT, pgdgInstallScript, type PostgresPackageSource } from "../postgres-packages";

export const POSTGRES_PORT = 5432;
/** The pgBackRest stanza of the data tier. */
export const BACKUP_STANZA = "hdh";

/** One data tier server's part in the cluster. */
export type PostgresServerRole = "primary" | "standby";

export interface PostgresCloudInitOptions {
  readonly role: PostgresServerRole;
  /** Major version, e.g. "16". */
  readonly version: string;
  readonly packages: PostgresPackageSource;
  /** The attached data volume's id: its device is /dev/disk/by-id/virtio-<first 20 characters>. */
  readonly dataVolumeId: string;
  /** The server's own address on the data tier: the only one it listens on (with localhost). */
  readonly listenAddress: string;
  /** The primary's address (standbys stream from it). */
  readonly primaryAddress: string;
  /** The data tier (standbys, the copy workers, the administrators through the bastion's tunnel). */
  readonly dataTierCidr: string;
  /** The application tier (the portal). */
  readonly applicationTierCidr: string;
  /** Password of the `postgres` superuser for logins from the data tier (by reference). */
  readonly adminPassword: string;
  /** Password of the `replicator` role the standbys stream with (by reference). */
  readonly replicatorPassword: string;
  /** Backups: pgBackRest repository on the data volume, encrypted, synced to a Swift container. */
  readonly backup: {
    /** Passphrase of the pgBackRest repository's AES-256 encryption (by reference). */
    readonly cipherPassphrase: string;
    /** Full backups kept. */
    readonly retentionFull: number;
    readonly swiftAuthUrl: string;
    readonly swiftRegion: string;
    /** The backup container's real name. */
    readonly swiftContainer: string;
    /** Application credential restricted to that container (by reference). */
    readonly applicationCredentialId: string;
    readonly applicationCredentialSecret: string;
  };
}

const SECRETS = "/etc/hdh/secrets";
const MOUNT = "/var/lib/postgresql";

function setupScript(options: PostgresCloudInitOptions): string {
  const v = options.version;
  const data = `${MOUNT}/${v}/main`;
  const conf = `/etc/postgresql/${v}/main`;
  return [
    "#!/bin/sh",
    `# PostgreSQL ${v} on the data tier (${options.role}). Idempotent: a replaced server finds its cluster on the data volume.`,
    "set -eu",
    `DEVICE=/dev/disk/by-id/virtio-$(echo '${options.dataVolumeId}' | cut -c1-20)`,
    "",
    "# 1. The encrypted data volume: attached after boot, formatted once, mounted for good.",
    "i=0",
    'while [ ! -e "$DEVICE" ]; do i=$((i + 1)); [ "$i" -le 180 ] || { echo "data volume $DEVICE is not attached" >&2; exit 1; }; sleep 5; done',
    'blkid "$DEVICE" >/dev/null 2>&1 || mkfs.ext4 -q -L pgdata "$DEVICE"',
    `mkdir -p ${MOUNT}`,
    `grep -q ' ${MOUNT} ' /etc/fstab || echo "UUID=$(blkid -s UUID -o value "$DEVICE") ${MOUNT} ext4 defaults,nofail,noatime 0 2" >> /etc/fstab`,
    `mountpoint -q ${MOUNT} || mount ${MOUNT}`,
    "",
    `# 2. PostgreSQL ${v} (pinned major version) from the PGDG repository; no default cluster.`,
    "install -d /etc/postgresql-common",
    'echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf',
    pgdgInstallScript(options.packages, [`postgresql-${v}`, "pgbackrest", "rclone"]),
    `dpkg -s postgresql-${v} >/dev/null 2>&1 || install_pgdg`,
    `chown postgres:postgres ${MOUNT}`,
    "# The secrets: readable by root and the postgres group; libpq wants its password file private to its owner.",
    `chown root:postgres ${SECRETS} ${SECRETS}/admin.pass ${SECRETS}/replicator.pass /etc/pgbackrest/pgbackrest.conf && chmod 0750 ${SECRETS}`,
    `chown postgres:postgres ${SECRETS}/replicator.pgpass && chmod 0600 ${SECRETS}/replicator.pgpass`,
    "",
    "# 3. The cluster on the data volume: created by the primary, copied from it by a standby, integrated as is after a replacement.",
    `if [ ! -d ${conf} ]; then`,
    `  if [ ! -f ${data}/PG_VERSION ] && [ "${options.role}" = standby ]; then`,
    `    install -d -o postgres -g postgres -m 0700 ${data}`,
    `    until runuser -u postgres -- env PGPASSFILE=${SECRETS}/replicator.pgpass pg_basebackup -d "host=${options.primaryAddress} user=replicator sslmode=require" -D ${data} -X stream -R -c fast; do`,
    `      rm -rf ${data}/*; sleep 30`,
    "    done",
    "  fi",
    `  pg_createcluster ${v} main --datadir=${data} -- --data-checksums --auth-local=peer --auth-host=scram-sha-256`,
    "fi",
    "",
    "# 4. TLS: the server's own key and certificate, made once, kept on the data volume.",
    `if [ ! -f ${MOUNT}/tls/server.crt ]; then`,
    `  install -d -o postgres -g postgres -m 0700 ${MOUNT}/tls`,
    `  openssl req -x509 -newkey rsa:3072 -sha256 -days 825 -nodes -subj "/CN=$(hostname)" -addext "subjectAltName=IP:${options.listenAddress}" -keyout ${MOUNT}/tls/server.key -out ${MOUNT}/tls/server.crt`,
    `  chown postgres:postgres ${MOUNT}/tls/server.key ${MOUNT}/tls/server.crt && chmod 0600 ${MOUNT}/tls/server.key`,
    "fi",
    "",
    "# 5. Configuration: listen on the data tier only, TLS only, SCRAM passwords; archive WAL with pgBackRest.",
    `install -o postgres -g postgres -m 0644 /etc/hdh/postgresql/hdh.conf ${conf}/conf.d/hdh.conf`,
    `install -o postgres -g postgres -m 0640 /etc/hdh/postgresql/pg_hba.conf ${conf}/pg_hba.conf`,
    `systemctl enable postgresql@${v}-main`,
    `systemctl restart postgresql@${v}-main`,
    "",
    ...(options.role === "primary"
      ? [
          "# 6. Roles (passwords from root-only files, never on a command line) and the backup repository.",
          `runuser -u postgres -- psql -v ON_ERROR_STOP=1 <<'SQL'`,
          `\\set admin_password \`cat ${SECRETS}/admin.pass\``,
          `\\set replicator_password \`cat ${SECRETS}/replicator.pass\``,
          "ALTER ROLE postgres PASSWORD :'admin_password';",
          "SELECT 'CREATE ROLE replicator WITH LOGIN REPLICATION' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'replicator') \\gexec",
          "ALTER ROLE replicator PASSWORD :'replicator_password';",
          "SQL",
          `runuser -u postgres -- pgbackrest --stanza=${BACKUP_STANZA} stanza-create`,
          "systemctl enable --now hdh-postgres-backup.timer hdh-postgres-backup-sync.timer",
        ]
      : []),
    "",
  ].join("\n");
}

function postgresqlConf(options: PostgresCloudInitOptions): string {
  return [
    "# Written by cloud-init (constructs/sovereign/postgres-cloud-init.ts): change the code, not this file.",
    `listen_addresses = 'localhost,${options.listenAddress}'`,
    `port = ${POSTGRES_PORT}`,
    "ssl = on",
    `ssl_cert_file = '${MOUNT}/tls/server.crt'`,
    `ssl_key_file = '${MOUNT}/tls/server.key'`,
    "ssl_min_protocol_version = 'TLSv1.2'",
    "password_encryption = 'scram-sha-256'",
    "wal_level = replica",
    "max_wal_senders = 10",
    "hot_standby = on",
    "# Subscriptions of the database copy from the legacy estate",
    "max_worker_processes = 16",
    "max_logical_replication_workers = 8",
    "max_sync_workers_per_subscription = 4",
    "archive_mode = on",
    `archive_command = 'pgbackrest --stanza=${BACKUP_STANZA} archive-push %p'`,
    "",
  ].join("\n");
}

function pgHba(options: PostgresCloudInitOptions): string {
  return [
    "# Written by cloud-init: TLS and SCRAM from the data and application tiers only, nothing else.",
    "# TYPE    DATABASE     USER        ADDRESS   METHOD",
    "local     all          all                   peer",
    `hostssl   replication  replicator  ${options.dataTierCidr}  scram-sha-256`,
    `hostssl   all          all         ${options.dataTierCidr}  scram-sha-256`,
    `hostssl   all          all         ${options.applicationTierCidr}  scram-sha-256`,
    "host      all          all         0.0.0.0/0  reject",
    "host      all          all         ::/0       reject",
    "",
  ].join("\n");
}

function pgbackrestConf(options: PostgresCloudInitOptions): string {
  return [
    "[global]",
    `repo1-path=${MOUNT}/pgbackrest`,
    `repo1-retention-full=${options.backup.retentionFull}`,
    "repo1-cipher-type=aes-256-cbc",
    `repo1-cipher-pass=${options.backup.cipherPassphrase}`,
    "compress-type=zst",
    "start-fast=y",
    "",
    `[${BACKUP_STANZA}]`,
    `pg1-path=${MOUNT}/${options.version}/main`,
    "",
  ].join("\n");
}

function backupScripts(options: PostgresCloudInitOptions): { path: string; content: string; permissions?: string }[] {
  const remote = `backups:${options.backup.swiftContainer}/$(hostname)`;
  const sync = ["#!/bin/sh", "# The encrypted pgBackRest repository to the object storage (versioned container).", "set -eu", `rclone sync ${MOUNT}/pgbackrest ${remote} --config /etc/hdh/rclone.conf --checksum`, ""].join("\n");
  const backup = [
    "#!/bin/sh",
    "# A full backup on Sundays, a differential one the other days; then the repository to the object storage.",
    "set -eu",
    "type=diff",
    '[ "$(date -u +%u)" = 7 ] && type=full',
    `runuser -u postgres -- pgbackrest --stanza=${BACKUP_STANZA} --type=$type backup`,
    "/usr/local/sbin/hdh-postgres-backup-sync",
    "",
  ].join("\n");
  const unit = (description: string, exec: string) => ["[Unit]", `Description=${description}`, "[Service]", "Type=oneshot", `ExecStart=${exec}`, ""].join("\n");
  const timer = (description: string, calendar: string) => ["[Unit]", `Description=${description}`, "[Timer]", `OnCalendar=${calendar}`, "Persistent=true", "[Install]", "WantedBy=timers.target", ""].join("\n");
  return [
    { path: "/usr/local/sbin/hdh-postgres-backup", content: backup, permissions: "0755" },
    { path: "/usr/local/sbin/hdh-postgres-backup-sync", content: sync, permissions: "0755" },
    { path: "/etc/systemd/system/hdh-postgres-backup.service", content: unit("PostgreSQL backup (pgBackRest)", "/usr/local/sbin/hdh-postgres-backup") },
    { path: "/etc/systemd/system/hdh-postgres-backup.timer", content: timer("PostgreSQL backup, every night", "*-*-* 01:00:00") },
    { path: "/etc/systemd/system/hdh-postgres-backup-sync.service", content: unit("PostgreSQL backups and WAL to the object storage", "/usr/local/sbin/hdh-postgres-backup-sync") },
    { path: "/etc/systemd/system/hdh-postgres-backup-sync.timer", content: timer("PostgreSQL backups and WAL to the object storage, hourly", "hourly") },
  ];
}

/** The cloud-init (`#cloud-config`) of one data tier server. */
export function postgresCloudInit(options: PostgresCloudInitOptions): string {
  const rcloneConfig = [
    "[backups]",
    "type = swift",
    "env_auth = false",
    "auth_version = 3",
    `auth = ${options.backup.swiftAuthUrl}`,
    `region = ${options.backup.swiftRegion}`,
    `application_credential_id = ${options.backup.applicationCredentialId}`,
    `application_credential_secret = ${options.backup.applicationCredentialSecret}`,
    "",
  ].join("\n");
  const cloudConfig = {
    package_update: true,
    packages: ["curl", "ca-certificates", "gnupg"],
    write_files: [
      { path: `${SECRETS}/admin.pass`, permissions: "0640", owner: "root:root", content: options.adminPassword },
      { path: `${SECRETS}/replicator.pass`, permissions: "0640", owner: "root:root", content: options.replicatorPassword },
      // libpq's password file for the standby's base backup: host:port:database:user:password.
      { path: `${SECRETS}/replicator.pgpass`, permissions: "0640", owner: "root:root", content: `${options.primaryAddress}:${POSTGRES_PORT}:*:replicator:${options.replicatorPassword}\n` },
      { path: "/etc/pgbackrest/pgbackrest.conf", permissions: "0640", owner: "root:root", content: pgbackrestConf(options) },
      { path: "/etc/hdh/rclone.conf", permissions: "0600", owner: "root:root", content: rcloneConfig },
      { path: "/etc/hdh/postgresql/hdh.conf", permissions: "0644", content: postgresqlConf(options) },
      { path: "/etc/hdh/postgresql/pg_hba.conf", permissions: "0644", content: pgHba(options) },
      ...(options.role === "primary" ? backupScripts(options) : []),
      { path: "/usr/local/sbin/hdh-postgres-setup", permissions: "0755", content: setupScript(options) },
    ],
    runcmd: [["systemctl", "daemon-reload"], ["/usr/local/sbin/hdh-postgres-setup"]],
  };
  return `#cloud-config\n${stringify(cloudConfig, { lineWidth: 0 })}`;
}
