/**
 * The cloud-init of a database copy worker: one legacy database (Azure Flexible Server) copied to the sovereign
 * PostgreSQL over the IPsec tunnel only, by the target's method (copy-method.ts), with a per-table verification
 * that is the same for both methods.
 *
 * Both: the legacy server's name is resolved through the Azure DNS resolver reached over the tunnel and any
 * address outside the legacy PostgreSQL subnet is refused (the copy never leaves the tunnel); TLS to the source
 * is verified against its name. `verify` computes, per table of the source, row counts and an order-independent
 * 128-bit checksum (sum of the rows' MD5) on both sides with the same session settings, written as a TSV report
 * uploaded to `<report store>/_migration/<dataset>/table-checksums.tsv`, next to the blob datasets' checksum
 * reports; only a cutover run must match.
 *
 * Logical replication (`sync|verify|cutover`):
 * - `sync` (every 15 minutes while the dataset replicates): on the source, creates the replication role (password
 *   from the sovereign secret store, by reference), gives tables without a key a full replica identity (else
 *   publishing them would break the application's updates) and one publication per table owner; on the target,
 *   creates the database, its schema (`pg_dump --schema-only`: logical replication copies no DDL) and the
 *   subscription, and re-points it when the source's address changed (an HA failover).
 * - `verify` (every 6 hours).
 * - `cutover` (once the dataset is cut over): makes the source database read-only, waits until the subscription
 *   has applied everything, copies the sequences' values (logical replication does not), verifies, and drops the
 *   subscription only when every table matches.
 *
 * Snapshot (`rehearse|verify|cutover`):
 * - `rehearse` (daily while the dataset replicates): streams a consistent `pg_dump` of the source into the target
 *   database in one transaction (nothing is written on the worker's disk; sequences come with it), records how
 *   long it took (the cutover's window, in the report), then verifies.
 * - `cutover` (once the dataset is cut over): makes the source database read-only, copies it once more (the
 *   catch-up window: no write reaches the source from the freeze on), verifies, and is done only when every
 *   table matches; until then the source stays read-only and the run is retried.
 *
 * Secrets reach the worker by reference and live in root-only files, never on a command line.
 * (No `${` or `%{` in the scripts: Terraform would read them as a template.)
 */
import { stringify } from "yaml";
import type { DatabaseCopyMethod } from "./copy-method";
import type { DatabaseTls } from "./sovereign-target";

export type DatabaseCopyMode = "replicating" | "cutover";

export interface DatabaseCopyScriptOptions {
  readonly datasetId: string;
  readonly mode: DatabaseCopyMode;
  /** How the database is copied (the target's copy method). */
  readonly method: DatabaseCopyMethod;
  readonly source: {
    /** The legacy server's FQDN (`<server>.postgres.database.azure.com`): TLS is verified against it. */
    readonly fqdn: string;
    /** The legacy PostgreSQL subnet: the only range the resolved address may be in. */
    readonly subnetCidr: string;
    /** The Azure DNS resolver's inbound address, in the hub, reached through the tunnel. */
    readonly resolverAddress: string;
    readonly database: string;
    readonly administratorLogin: string;
    readonly administratorPassword: string;
    /** The replication role's password, by reference (logical replication only). */
    readonly replicationPassword?: string;
  };
  readonly target: {
    readonly address: string;
    readonly port: number;
    readonly administratorLogin: string;
    readonly administratorPassword: string;
    readonly database: string;
    /** How the target's certificate is checked. */
    readonly tls: DatabaseTls;
  };
  /** Shell lines defining `install_pgdg` (SovereignDatabaseTarget.clientInstallScript). */
  readonly clientInstallScript: string;
  readonly report: {
    /** Real name of the report store (container, bucket). */
    readonly container: string;
    /** Path inside it (databaseReportPath). */
    readonly path: string;
    /** The lines of rclone's `[sovereign]` remote (a credential scoped to the report store, by reference). */
    readonly remote: readonly string[];
  };
}

/** The role the subscription logs in with on the legacy server. */
export const REPLICATION_ROLE = "hdh_replication";
/** Publications of the copy are named `hdh_copy_<table owner>`. */
export const PUBLICATION_PREFIX = "hdh_copy_";

/** The subscription (and its replication slot) of a dataset: `hdh_copy_<dataset id, - as _>`. */
export function subscriptionName(datasetId: string): string {
  return `${PUBLICATION_PREFIX}${datasetId.replace(/-/g, "_")}`;
}

const DIR = "/etc/hdh-dbcopy";
const WORK = "/var/lib/hdh-dbcopy";
const USER_SCHEMAS = "schemaname NOT IN ('pg_catalog', 'information_schema') AND schemaname NOT LIKE 'pg\\_%'";

/** Shared by both methods: environment, the source's address (through the tunnel only) and its connection. */
const PRELUDE = String.raw`set -euo pipefail
. /etc/hdh-dbcopy/env
export PGPASSFILE=/etc/hdh-dbcopy/pgpass PGCONNECT_TIMEOUT=20
WORK=/var/lib/hdh-dbcopy
mkdir -p "$WORK" && chmod 0700 "$WORK"
log() { echo "hdh-dbcopy $DATASET: $*"; }

# The legacy server's address, resolved through the Azure resolver over the tunnel; anything outside the
# legacy PostgreSQL subnet is refused, so the copy never leaves the tunnel.
source_address() {
  local ip
  ip=$(dig +short +time=5 +tries=3 @"$RESOLVER" "$SOURCE_FQDN" A | grep -E '^[0-9.]+$' | tail -n 1)
  [ -n "$ip" ] || { log "cannot resolve $SOURCE_FQDN through $RESOLVER" >&2; exit 1; }
  python3 -c 'import ipaddress, sys; sys.exit(0 if ipaddress.ip_address(sys.argv[1]) in ipaddress.ip_network(sys.argv[2]) else 1)' "$ip" "$SOURCE_SUBNET" \
    || { log "refused: $SOURCE_FQDN resolves to $ip, outside the legacy PostgreSQL subnet $SOURCE_SUBNET (the copy never leaves the tunnel)" >&2; exit 1; }
  echo "$ip"
}

SOURCE_IP=$(source_address)
SOURCE="host=$SOURCE_FQDN hostaddr=$SOURCE_IP port=5432 dbname=$SOURCE_DB user=$SOURCE_USER sslmode=verify-full sslrootcert=system"`;

/** Shared by both methods: the per-table verification; `extraHeader` adds lines of printf to the report's header. */
function verifyFunction(extraHeader = ""): string {
  const text = String.raw`# Row counts and a 128-bit, order-independent checksum (sums of the two halves of each row's MD5) of every
# table of the source database (published or not: a table the copy misses reads "missing", never passes), on
# both sides, with the same session settings so rows print alike. Only the cutover run must match.
verify() {
  local mode=$1 checks=$WORK/checks.sql report=$WORK/table-checksums.tsv
  psql "$SOURCE" -At -v ON_ERROR_STOP=1 > "$checks" <<'SQL'
SELECT 'SET TimeZone = ''UTC''; SET DateStyle = ''ISO, YMD''; SET IntervalStyle = ''postgres''; SET extra_float_digits = 1; SET bytea_output = ''hex'';';
SELECT format($q$SELECT %L, count(*), coalesce(sum(('x' || substr(h, 1, 16))::bit(64)::bigint::numeric), 0) || ':' || coalesce(sum(('x' || substr(h, 17, 16))::bit(64)::bigint::numeric), 0) FROM (SELECT md5(t::text) AS h FROM ONLY %I.%I t) rows;$q$,
  schemaname || '.' || tablename, schemaname, tablename)
  FROM pg_tables WHERE @@USER_SCHEMAS@@ ORDER BY 1;
SQL
  psql "$SOURCE" -At -q -F $'\t' -f "$checks" | sort > "$WORK/source.tsv"
  psql "$TARGET" -At -q -F $'\t' -f "$checks" 2> "$WORK/target.err" | sort > "$WORK/target.tsv" || true
  {
    printf '# HDH database copy: row counts and checksums of every published table, on both sides\n'
    printf '# dataset\t%s\n# source\t%s/%s\n# target\t%s/%s\n# mode\t%s\n# made\t%s\n' "$DATASET" "$SOURCE_FQDN" "$SOURCE_DB" "$TARGET_ADDRESS" "$TARGET_DB" "$mode" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    [ "$mode" = replicating ] && printf '# while replicating, recent changes may not have reached the target yet: the cutover run is the proof\n'
    printf 'table\tsource_rows\ttarget_rows\tsource_checksum\ttarget_checksum\tstatus\n'
    join -t $'\t' -a 1 -e missing -o 0,1.2,2.2,1.3,2.3 "$WORK/source.tsv" "$WORK/target.tsv" \
      | awk -F '\t' -v OFS='\t' '{ status = ($2 == $3 && $4 == $5) ? "match" : ($3 == "missing" ? "missing" : "MISMATCH"); print $0, status }'
  } > "$report.body"
  local tables mismatched
  tables=$(grep -cv '^#\|^table' "$report.body" || true)
  mismatched=$(awk -F '\t' '$6 == "MISMATCH" || $6 == "missing"' "$report.body" | wc -l)
  if [ "$tables" -gt 0 ] && [ "$mismatched" -eq 0 ]; then result="match ($tables tables)"; else result="mismatch ($mismatched of $tables tables)"; fi
  { cat "$report.body"; printf '# result\t%s\n' "$result"; } > "$report"
  rclone copyto "$report" "$REPORT_REMOTE" --config /etc/hdh-dbcopy/rclone.conf
  log "verification ($mode): $result"
  [ "$mode" = replicating ] || { [ "$mismatched" -eq 0 ] && [ "$tables" -gt 0 ]; }
}`;
  if (!extraHeader) return text;
  const anchor = "\n    [ \"$mode\" = replicating ] && printf";
  return text.replace(anchor, () => `\n${extraHeader}${anchor}`);
}

function logicalReplicationScript(): string {
  return String.raw`#!/bin/bash
# hdh-dbcopy sync|verify|cutover: see constructs/migration/database-copy-script.ts.
@@PRELUDE@@
TARGET="host=$TARGET_ADDRESS port=$TARGET_PORT dbname=$TARGET_DB user=$TARGET_USER sslmode=require"
TARGET_ADMIN="host=$TARGET_ADDRESS port=$TARGET_PORT dbname=postgres user=$TARGET_USER sslmode=require"
# The subscription's connection (with the replication role's password): kept in a root-only file, passed to psql by \set.
umask 077
printf 'host=%s hostaddr=%s port=5432 dbname=%s user=hdh_replication password=%s sslmode=verify-full sslrootcert=system' \
  "$SOURCE_FQDN" "$SOURCE_IP" "$SOURCE_DB" "$(cat /etc/hdh-dbcopy/replication.pass)" > "$WORK/conninfo"

sync_copy() {
  # Source: the replication role, replica identities, one publication per table owner.
  psql "$SOURCE" -q -v ON_ERROR_STOP=1 <<'SQL'
\set replication_password @@BT@@cat /etc/hdh-dbcopy/replication.pass@@BT@@
SELECT 'CREATE ROLE hdh_replication WITH LOGIN REPLICATION' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hdh_replication') \gexec
ALTER ROLE hdh_replication WITH LOGIN REPLICATION PASSWORD :'replication_password';
SELECT format('GRANT %I TO CURRENT_USER', o) FROM (SELECT DISTINCT tableowner AS o FROM pg_tables WHERE @@USER_SCHEMAS@@) owners WHERE NOT pg_has_role(CURRENT_USER, o, 'MEMBER') \gexec
SELECT format('GRANT USAGE ON SCHEMA %I TO hdh_replication', s) FROM (SELECT DISTINCT schemaname AS s FROM pg_tables WHERE @@USER_SCHEMAS@@) schemas \gexec
SELECT format('GRANT SELECT ON %I.%I TO hdh_replication', schemaname, tablename) FROM pg_tables WHERE @@USER_SCHEMAS@@ \gexec
SELECT format('ALTER TABLE %I.%I REPLICA IDENTITY FULL', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'r' AND c.relreplident = 'd' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  AND NOT EXISTS (SELECT FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary) \gexec
SELECT format('SET ROLE %I; CREATE PUBLICATION %I FOR TABLE %s; RESET ROLE', tableowner, 'hdh_copy_' || tableowner, string_agg(format('%I.%I', schemaname, tablename), ', '))
  FROM pg_tables t WHERE @@USER_SCHEMAS@@ AND NOT EXISTS (SELECT FROM pg_publication p WHERE p.pubname = 'hdh_copy_' || t.tableowner) GROUP BY tableowner \gexec
SQL
  local publications
  publications=$(psql "$SOURCE" -At -c "SELECT string_agg(quote_ident(pubname), ', ' ORDER BY pubname) FROM pg_publication WHERE pubname LIKE 'hdh\_copy\_%'")
  [ -n "$publications" ] || { log "the source database has no table to publish" >&2; exit 1; }

  # Target: the database, its schema once (logical replication copies no DDL), the subscription.
  psql "$TARGET_ADMIN" -q -v ON_ERROR_STOP=1 -v db="$TARGET_DB" <<'SQL'
SELECT format('CREATE DATABASE %I', :'db') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SQL
  if [ "$(psql "$TARGET" -At -c "SELECT count(*) FROM pg_tables WHERE @@USER_SCHEMAS@@")" = 0 ]; then
    log "copying the schema"
    pg_dump "$SOURCE" --schema-only --no-owner --no-privileges --no-publications --no-subscriptions | psql "$TARGET" -q -v ON_ERROR_STOP=1
  fi
  psql "$TARGET" -q -v ON_ERROR_STOP=1 -v sub="$SUBSCRIPTION" -v publications="$publications" <<'SQL'
\set conninfo @@BT@@cat /var/lib/hdh-dbcopy/conninfo@@BT@@
SELECT format('CREATE SUBSCRIPTION %I CONNECTION %L PUBLICATION %s WITH (slot_name = %L)', :'sub', :'conninfo', :'publications', :'sub')
  WHERE NOT EXISTS (SELECT FROM pg_subscription WHERE subname = :'sub') \gexec
SELECT format('ALTER SUBSCRIPTION %I CONNECTION %L', :'sub', :'conninfo') FROM pg_subscription WHERE subname = :'sub' AND subconninfo <> :'conninfo' \gexec
SELECT format('ALTER SUBSCRIPTION %I SET PUBLICATION %s', :'sub', :'publications') FROM pg_subscription
  WHERE subname = :'sub' AND (SELECT string_agg(quote_ident(p), ', ' ORDER BY p) FROM unnest(subpublications) p) <> :'publications' \gexec
SQL
}

@@VERIFY@@

pending_tables() {
  psql "$TARGET" -At -v sub="$SUBSCRIPTION" <<'SQL'
SELECT count(*) FROM pg_subscription_rel r JOIN pg_subscription s ON s.oid = r.srsubid WHERE s.subname = :'sub' AND r.srsubstate <> 'r';
SQL
}

caught_up() {
  psql "$SOURCE" -At -v sub="$SUBSCRIPTION" <<'SQL'
SELECT coalesce(bool_and(confirmed_flush_lsn >= pg_current_wal_lsn()), false) FROM pg_replication_slots WHERE slot_name = :'sub';
SQL
}

cutover() {
  [ -f "$WORK/cutover.done" ] && { log "cutover already done"; return 0; }
  # The source becomes read-only (the sovereign copy is the reference from now on).
  psql "$SOURCE" -q -v ON_ERROR_STOP=1 <<'SQL'
SELECT format('GRANT %I TO CURRENT_USER', pg_get_userbyid(datdba)) FROM pg_database WHERE datname = current_database() AND NOT pg_has_role(CURRENT_USER, datdba, 'MEMBER') \gexec
SELECT format('ALTER DATABASE %I SET default_transaction_read_only = on', current_database()) \gexec
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND usename NOT IN (CURRENT_USER, 'hdh_replication');
SQL
  # Wait until the subscription has every table synchronised and has applied everything written.
  local i=0
  until [ "$(pending_tables)" = 0 ] && [ "$(caught_up)" = t ]; do
    i=$((i + 1)); [ "$i" -le 240 ] || { log "the subscription has not caught up after an hour" >&2; exit 1; }; sleep 15
  done
  # Sequences are not replicated: their last values go across once the source is frozen.
  psql "$SOURCE" -At -v ON_ERROR_STOP=1 -c "SELECT format('SELECT setval(%L, %s, true);', quote_ident(schemaname) || '.' || quote_ident(sequencename), last_value) FROM pg_sequences WHERE last_value IS NOT NULL AND @@USER_SCHEMAS@@" \
    | psql "$TARGET" -q -v ON_ERROR_STOP=1
  if verify cutover; then
    psql "$TARGET" -q -v ON_ERROR_STOP=1 -v sub="$SUBSCRIPTION" <<'SQL'
SELECT format('ALTER SUBSCRIPTION %I DISABLE', :'sub') FROM pg_subscription WHERE subname = :'sub' \gexec
SELECT format('DROP SUBSCRIPTION %I', :'sub') FROM pg_subscription WHERE subname = :'sub' \gexec
SQL
    touch "$WORK/cutover.done"
    log "cut over: every table matches, the subscription is dropped"
  else
    log "cutover verification failed: the subscription is kept, see $REPORT_REMOTE" >&2
    exit 1
  fi
}

case "$1" in
  sync) sync_copy ;;
  verify) verify replicating ;;
  cutover) sync_copy && cutover ;;
  *) echo "usage: hdh-dbcopy sync|verify|cutover" >&2; exit 2 ;;
esac
`
    .replace("@@PRELUDE@@", () => PRELUDE)
    .replace("@@VERIFY@@", () => verifyFunction())
    .replace(/@@USER_SCHEMAS@@/g, USER_SCHEMAS)
    .replace(/@@BT@@/g, "`");
}

function snapshotScript(): string {
  return String.raw`#!/bin/bash
# hdh-dbcopy rehearse|verify|cutover: see constructs/migration/database-copy-script.ts (snapshot method).
@@PRELUDE@@
TARGET="host=$TARGET_ADDRESS port=$TARGET_PORT dbname=$TARGET_DB user=$TARGET_USER $TARGET_TLS"
# Our own sessions write (grants, the freeze) even once the source is read-only.
WRITABLE='-c default_transaction_read_only=off'

# pg_dump reads every table and sequence as a member of its owner: the copy administrator joins the owners' roles.
prepare_source() {
  PGOPTIONS="$WRITABLE" psql "$SOURCE" -q -v ON_ERROR_STOP=1 <<'SQL'
SELECT format('GRANT %I TO CURRENT_USER', o) FROM (SELECT DISTINCT tableowner AS o FROM pg_tables WHERE @@USER_SCHEMAS@@
  UNION SELECT DISTINCT sequenceowner FROM pg_sequences WHERE @@USER_SCHEMAS@@) owners WHERE NOT pg_has_role(CURRENT_USER, o, 'MEMBER') \gexec
SQL
}

# One consistent snapshot of the source (pg_dump's own transaction), streamed into the target database in one
# transaction: the target keeps the previous copy until the new one commits, nothing lands on the worker's disk,
# and the sequences' values come with it. How long it takes is the cutover's window, measured at every rehearsal.
copy_snapshot() {
  local started
  started=$(date +%s)
  prepare_source
  pg_dump "$SOURCE" --format=plain --clean --if-exists --no-owner --no-privileges --no-publications --no-subscriptions \
    | psql "$TARGET" -q -v ON_ERROR_STOP=1 --single-transaction
  echo $(( $(date +%s) - started )) > "$WORK/copy-seconds"
  log "snapshot copied in $(cat "$WORK/copy-seconds") s"
}

@@VERIFY@@

cutover() {
  [ -f "$WORK/cutover.done" ] && { log "cutover already done"; return 0; }
  # The source becomes read-only (the sovereign copy is the reference from now on): the catch-up window opens.
  PGOPTIONS="$WRITABLE" psql "$SOURCE" -q -v ON_ERROR_STOP=1 <<'SQL'
SELECT format('GRANT %I TO CURRENT_USER', pg_get_userbyid(datdba)) FROM pg_database WHERE datname = current_database() AND NOT pg_has_role(CURRENT_USER, datdba, 'MEMBER') \gexec
SELECT format('ALTER DATABASE %I SET default_transaction_read_only = on', current_database()) \gexec
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND usename <> CURRENT_USER;
SQL
  # The last copy, of the frozen source; then the proof.
  copy_snapshot
  if verify cutover; then
    touch "$WORK/cutover.done"
    log "cut over: every table matches (the final copy took $(cat "$WORK/copy-seconds") s with the source read-only)"
  else
    log "cutover verification failed: the source stays read-only, see $REPORT_REMOTE" >&2
    exit 1
  fi
}

case "$1" in
  rehearse) copy_snapshot && verify replicating ;;
  verify) verify replicating ;;
  cutover) cutover ;;
  *) echo "usage: hdh-dbcopy rehearse|verify|cutover" >&2; exit 2 ;;
esac
`
    .replace("@@PRELUDE@@", () => PRELUDE)
    .replace("@@VERIFY@@", () => verifyFunction(String.raw`    [ -f "$WORK/copy-seconds" ] && printf '# copy_seconds\t%s\n' "$(cat "$WORK/copy-seconds")"`))
    .replace(/@@USER_SCHEMAS@@/g, USER_SCHEMAS);
}

function unit(description: string, exec: string): string {
  return ["[Unit]", description ? `Description=${description}` : "", "After=network-online.target", "Wants=network-online.target", "[Service]", "Type=oneshot", `ExecStart=${exec}`, ""].join("\n");
}

function timer(description: string, boot: string, every: string): string {
  return ["[Unit]", `Description=${description}`, "[Timer]", `OnBootSec=${boot}`, `OnUnitInactiveSec=${every}`, "[Install]", "WantedBy=timers.target", ""].join("\n");
}

/** The cloud-init (`#cloud-config`) of the copy worker of one database dataset. */
export function databaseCopyCloudInit(options: DatabaseCopyScriptOptions): string {
  const { source, target, report } = options;
  const logical = options.method === "logical-replication";
  if (logical && target.tls.sslMode !== "require") {
    throw new Error(`database copy of ${options.datasetId}: the logical-replication worker connects to the target with sslmode=require, not ${target.tls.sslMode}`); // a wiring bug
  }
  if (logical && source.replicationPassword === undefined) throw new Error(`database copy of ${options.datasetId}: logical replication needs the replication role's password`); // a wiring bug
  const targetCertificate = `${DIR}/target-ca.pem`;
  const targetTls = target.tls.sslMode === "verify-ca" ? `sslmode=verify-ca sslrootcert=${targetCertificate}` : `sslmode=${target.tls.sslMode}`;
  const env = [
    `DATASET='${options.datasetId}'`,
    `SOURCE_FQDN='${source.fqdn}'`,
    `SOURCE_SUBNET='${source.subnetCidr}'`,
    `RESOLVER='${source.resolverAddress}'`,
    `SOURCE_DB='${source.database}'`,
    `SOURCE_USER='${source.administratorLogin}'`,
    `TARGET_ADDRESS='${target.address}'`,
    `TARGET_PORT='${target.port}'`,
    `TARGET_USER='${target.administratorLogin}'`,
    `TARGET_DB='${target.database}'`,
    ...(logical ? [`SUBSCRIPTION='${subscriptionName(options.datasetId)}'`] : [`TARGET_TLS='${targetTls}'`]),
    `REPORT_REMOTE='sovereign:${report.container}/${report.path}'`,
    "",
  ].join("\n");
  // libpq's password file: host:port:database:user:password (the host as given in `host=`).
  const pgpass = [`${source.fqdn}:5432:*:${source.administratorLogin}:${source.administratorPassword}`, `${target.address}:${target.port}:*:${target.administratorLogin}:${target.administratorPassword}`, ""].join("\n");
  const rcloneConfig = ["[sovereign]", ...report.remote, ""].join("\n");
  const install = ["#!/bin/sh", "# PostgreSQL client tools of the target's major version, from the target's package source.", "set -eu", options.clientInstallScript, "install_pgdg", ""].join("\n");
  const units = logical ? logicalReplicationUnits(options) : snapshotUnits(options);
  const timers = units.filter((u) => u.path.endsWith(".timer")).map((u) => u.path.slice(u.path.lastIndexOf("/") + 1));
  const secrets = logical
    ? [{ path: `${DIR}/replication.pass`, permissions: "0600", owner: "root:root", content: source.replicationPassword ?? "" }]
    : target.tls.rootCertificate
      ? [{ path: targetCertificate, permissions: "0644", owner: "root:root", content: target.tls.rootCertificate }]
      : [];
  const cloudConfig = {
    package_update: true,
    packages: ["curl", "ca-certificates", "gnupg", "bind9-dnsutils", "python3", "rclone"],
    write_files: [
      { path: `${DIR}/env`, permissions: "0600", owner: "root:root", content: env },
      { path: `${DIR}/pgpass`, permissions: "0600", owner: "root:root", content: pgpass },
      ...secrets,
      { path: `${DIR}/rclone.conf`, permissions: "0600", owner: "root:root", content: rcloneConfig },
      { path: "/usr/local/sbin/hdh-dbcopy-install", permissions: "0755", content: install },
      { path: "/usr/local/bin/hdh-dbcopy", permissions: "0700", content: logical ? logicalReplicationScript() : snapshotScript() },
      ...units,
    ],
    runcmd: [["mkdir", "-p", WORK], ["/usr/local/sbin/hdh-dbcopy-install"], ["systemctl", "daemon-reload"], ["systemctl", "enable", "--now", ...timers]],
  };
  return `#cloud-config\n${stringify(cloudConfig, { lineWidth: 0 })}`;
}

interface UnitFile {
  readonly path: string;
  readonly content: string;
}

function logicalReplicationUnits(options: DatabaseCopyScriptOptions): UnitFile[] {
  return options.mode === "replicating"
    ? [
        { path: "/etc/systemd/system/hdh-dbcopy.service", content: unit(`Logical replication of ${options.datasetId}: set up, keep pointed at the source`, "/usr/local/bin/hdh-dbcopy sync") },
        { path: "/etc/systemd/system/hdh-dbcopy.timer", content: timer(`Logical replication of ${options.datasetId}, every 15 minutes`, "2min", "15min") },
        { path: "/etc/systemd/system/hdh-dbcopy-verify.service", content: unit(`Verification of ${options.datasetId}: row counts and checksums, both sides`, "/usr/local/bin/hdh-dbcopy verify") },
        { path: "/etc/systemd/system/hdh-dbcopy-verify.timer", content: timer(`Verification of ${options.datasetId}, every 6 hours`, "1h", "6h") },
      ]
    : [
        { path: "/etc/systemd/system/hdh-dbcopy.service", content: unit(`Cutover of ${options.datasetId}: freeze the source, catch up, verify, stop the subscription`, "/usr/local/bin/hdh-dbcopy cutover") },
        { path: "/etc/systemd/system/hdh-dbcopy.timer", content: timer(`Cutover of ${options.datasetId}, retried every 30 minutes until it verifies`, "2min", "30min") },
      ];
}

function snapshotUnits(options: DatabaseCopyScriptOptions): UnitFile[] {
  return options.mode === "replicating"
    ? [
        {
          path: "/etc/systemd/system/hdh-dbcopy.service",
          content: unit(`Rehearsal of ${options.datasetId}: a consistent snapshot copied to the target, then row counts and checksums, both sides`, "/usr/local/bin/hdh-dbcopy rehearse"),
        },
        { path: "/etc/systemd/system/hdh-dbcopy.timer", content: timer(`Rehearsal of ${options.datasetId}, every day`, "30min", "24h") },
      ]
    : [
        { path: "/etc/systemd/system/hdh-dbcopy.service", content: unit(`Cutover of ${options.datasetId}: freeze the source, copy it a last time, verify`, "/usr/local/bin/hdh-dbcopy cutover") },
        { path: "/etc/systemd/system/hdh-dbcopy.timer", content: timer(`Cutover of ${options.datasetId}, retried every 30 minutes until it verifies`, "2min", "30min") },
      ];
}
