import { spawnSync } from "node:child_process";
import { parse } from "yaml";
import { ConfigError } from "../../config/config-error";
import { databaseReportReference } from "../../config/migration/plan";
import { migrationDnsResolverAddress } from "../../constructs/legacy/migration-dns";
import { postgresSubnetCidr } from "../../constructs/legacy/network";
import { databaseCopyCloudInit, type DatabaseCopyScriptOptions } from "../../constructs/migration/database-copy-script";
import { renderMigrationReport } from "../../tools/migration-report";
import { checkedPlan, databaseDataset, errorOf, file, fixture, resourcesOf, synthLegacy, synthMigration, type CloudConfig, type Mutable, type Synthesized } from "./helpers";
import type { MigrationPlan } from "../../config/migration/plan";

function copyWorkers(json: Synthesized): Synthesized[] {
  return resourcesOf(json, "openstack_compute_instance_v2")
    .map(([, w]) => w)
    .filter((w) => w.metadata.role === "database-copy-worker");
}

/** Moves dev's portal-db through its phases (history dated after dev's own). */
function portalDbAt(plan: Mutable<MigrationPlan>, phase: "legacy" | "replicating" | "cutover" | "decommissioned", verified = true): void {
  const dataset = databaseDataset(plan, "portal-db");
  const history = [
    { phase: "legacy" as const, since: "2026-06-01" },
    { phase: "replicating" as const, since: "2026-11-23" },
    { phase: "cutover" as const, since: "2026-11-30" },
    { phase: "decommissioned" as const, since: "2026-12-07" },
  ];
  dataset.phaseHistory = history.slice(0, history.findIndex((h) => h.phase === phase) + 1);
  dataset.phase = phase;
  delete dataset.verification;
  if (verified && (phase === "cutover" || phase === "decommissioned")) dataset.verification = { checksumReport: databaseReportReference(dataset), verifiedOn: "2026-12-01" };
  if (phase === "legacy") delete dataset.replicatedGiB;
}

describe("the database copy of dev's portal-db, phase by phase", () => {
  it("legacy: no copy runs; the server keeps Entra ID logins only and is not reachable from the tunnel", () => {
    const { environment, plan } = fixture("dev");
    portalDbAt(plan, "legacy");
    const legacy = synthLegacy(environment, checkedPlan(plan));
    const [[, server]] = resourcesOf(legacy, "azurerm_postgresql_flexible_server");
    expect(server.authentication.password_auth_enabled).toBe(false);
    expect(server.administrator_password).toBeUndefined();
    expect(resourcesOf(legacy, "azurerm_postgresql_flexible_server_configuration")).toHaveLength(0);
    expect(resourcesOf(legacy, "azurerm_private_dns_resolver")).toHaveLength(0);
    expect(resourcesOf(legacy, "azurerm_network_security_rule").map(([, r]) => r.name)).not.toContain("allow-sovereign-postgres");
    expect(resourcesOf(legacy, "azurerm_virtual_network_peering").every(([, p]) => !p.allow_gateway_transit && !p.use_remote_gateways)).toBe(true);
    const migration = synthMigration(environment, checkedPlan(plan));
    expect(copyWorkers(migration)).toHaveLength(0);
    expect(resourcesOf(migration, "openstack_keymanager_secret_v1")).toHaveLength(0);
  });

  it("replicating: the source gets its logical replication parameters, one after another, and password logins", () => {
    const { environment, plan } = fixture("dev");
    const legacy = synthLegacy(environment, checkedPlan(plan));
    const parameters = new Map(resourcesOf(legacy, "azurerm_postgresql_flexible_server_configuration"));
    // Azure refuses concurrent changes to a server: each parameter waits for the one before.
    const chain: Synthesized[] = [];
    let next = [...parameters.entries()].find(([, p]) => p.depends_on === undefined);
    while (next) {
      chain.push(next[1]);
      const previous = `azurerm_postgresql_flexible_server_configuration.${next[0]}`;
      next = [...parameters.entries()].find(([, p]) => p.depends_on?.[0] === previous);
    }
    expect(chain.map((p) => [p.name, p.value])).toEqual([
      ["wal_level", "logical"],
      ["max_worker_processes", "16"],
      ["max_replication_slots", "13"],
      ["max_wal_senders", "13"],
    ]);
    for (const p of chain) expect(p.server_id).toMatch(/^\$\{azurerm_postgresql_flexible_server\.[^}]+\.id\}$/);
    const [[, server]] = resourcesOf(legacy, "azurerm_postgresql_flexible_server");
    expect(server.authentication).toMatchObject({ active_directory_auth_enabled: true, password_auth_enabled: true });
  });

  it("replicating: one worker keeps the subscription running and verifies every 6 hours", () => {
    const { environment, plan, planFile } = fixture("dev");
    const [worker] = copyWorkers(synthMigration(environment, checkedPlan(plan, planFile)));
    expect(worker.metadata).toEqual({ dataset: "portal-db", role: "database-copy-worker", phase: "replicating" });
    const config = parse(worker.user_data) as CloudConfig;
    expect(file(config, "/etc/systemd/system/hdh-dbcopy.service")).toContain("ExecStart=/usr/local/bin/hdh-dbcopy sync");
    expect(file(config, "/etc/systemd/system/hdh-dbcopy-verify.service")).toContain("ExecStart=/usr/local/bin/hdh-dbcopy verify");
    expect(file(config, "/etc/systemd/system/hdh-dbcopy-verify.timer")).toContain("OnUnitInactiveSec=6h");
  });

  it("cutover: the worker freezes the source, waits for the subscription, copies the sequences, verifies, then drops the subscription", () => {
    const { environment, plan } = fixture("dev");
    portalDbAt(plan, "cutover");
    const [worker] = copyWorkers(synthMigration(environment, checkedPlan(plan)));
    const config = parse(worker.user_data) as CloudConfig;
    expect(file(config, "/etc/systemd/system/hdh-dbcopy.service")).toContain("ExecStart=/usr/local/bin/hdh-dbcopy cutover");
    const script = file(config, "/usr/local/bin/hdh-dbcopy");
    const steps = ["SET default_transaction_read_only = on", "until [ \"$(pending_tables)\" = 0 ] && [ \"$(caught_up)\" = t ]", "setval(", "if verify cutover; then", "DROP SUBSCRIPTION"];
    const positions = steps.map((step) => script.lastIndexOf(step));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Still cut over, not decommissioned: the source keeps its copy administrator for the final run.
    const [[, server]] = resourcesOf(synthLegacy(environment, checkedPlan(plan)), "azurerm_postgresql_flexible_server");
    expect(server.authentication.password_auth_enabled).toBe(true);
  });

  it("decommissioned with its verification: no worker; the database, and the server with it, may be destroyed", () => {
    const { environment, plan } = fixture("dev");
    portalDbAt(plan, "decommissioned");
    expect(copyWorkers(synthMigration(environment, checkedPlan(plan)))).toHaveLength(0);
    const legacy = synthLegacy(environment, checkedPlan(plan));
    const [[, database]] = resourcesOf(legacy, "azurerm_postgresql_flexible_server_database");
    expect(database.lifecycle.prevent_destroy).toBe(false);
    const [[, server]] = resourcesOf(legacy, "azurerm_postgresql_flexible_server");
    expect(server.lifecycle.prevent_destroy).toBe(false);
    expect(server.authentication.password_auth_enabled).toBe(false);
    // ... and the database may leave the configuration.
    environment.legacy.postgres.databases = [];
    expect(resourcesOf(synthLegacy(environment, checkedPlan(plan)), "azurerm_postgresql_flexible_server_database")).toHaveLength(0);
  });

  it("keeps the database and the server protected until then", () => {
    const { environment, plan, planFile } = fixture("prod");
    const legacy = synthLegacy(environment, checkedPlan(plan, planFile));
    for (const [, database] of resourcesOf(legacy, "azurerm_postgresql_flexible_server_database")) expect(database.lifecycle.prevent_destroy).toBe(true);
    const [[, server]] = resourcesOf(legacy, "azurerm_postgresql_flexible_server");
    expect(server.lifecycle.prevent_destroy).toBe(true);
  });
});

describe("the decommission guard treats an unverified database like an unverified container", () => {
  it("refuses a database leaving the configuration while its dataset replicates", () => {
    const { environment, plan, planFile } = fixture("prod");
    environment.legacy.postgres.databases = ["catalogue"];
    const error = errorOf(() => synthLegacy(environment, checkedPlan(plan, planFile)));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/datasets\[2\]\.legacyDatabase: legacy database 'psql-hdh-prod\/portal' is not in legacy\.postgres of .* \(dataset 'portal-db' is replicating\)/);
  });

  it("refuses a decommissioned database dataset without a verification (the plan loader does)", () => {
    const { plan } = fixture("dev");
    portalDbAt(plan, "decommissioned", false);
    expect(errorOf(() => checkedPlan(plan)).message).toMatch(/verification: is required for a decommissioned dataset/);
  });

  it("refuses a configured database no dataset covers, and the migration stack runs the same guard", () => {
    const { environment, plan } = fixture("dev");
    environment.legacy.postgres.databases = ["portal", "forgotten"];
    const message = "config/environments/test.json: legacy.postgres.databases[1]: 'psql-hdh-dev/forgotten' has no database dataset in the migration plan config/migration/test.json: every legacy database must be migrated or explicitly decommissioned";
    expect(errorOf(() => synthLegacy(environment, checkedPlan(plan))).message).toBe(message);
    expect(errorOf(() => synthMigration(environment, checkedPlan(plan))).message).toBe(message);
  });

  it("refuses a report container the target does not have", () => {
    const { environment, plan } = fixture("dev");
    databaseDataset(plan, "portal-db").sovereignDatabase.reportContainer = "archive";
    expect(errorOf(() => synthMigration(environment, checkedPlan(plan))).message).toBe(
      "config/migration/test.json: datasets[3].sovereignDatabase.reportContainer: unknown sovereign data container 'archive' (known: extracts, pseudonymised, raw)",
    );
  });
});

describe.each(["dev", "prod"] as const)("the %s database copy never leaves the tunnel", (name) => {
  const { environment, plan, planFile } = fixture(name);
  const migration = synthMigration(environment, checkedPlan(plan, planFile));
  const legacy = synthLegacy(environment, checkedPlan(plan, planFile));
  const subnet = postgresSubnetCidr(environment.legacy.spokes, "env");
  const resolver = migrationDnsResolverAddress(environment.legacy.addressSpace, "env");
  const [worker] = copyWorkers(migration);
  const config = parse(worker.user_data) as CloudConfig;
  const env = file(config, "/etc/hdh-dbcopy/env");

  it("carries the legacy PostgreSQL subnet in the tunnel, and admits the sovereign range there on 5432 only", () => {
    const [, peer] = resourcesOf(migration, "openstack_vpnaas_endpoint_group_v2").find(([, g]) => g.type === "cidr") ?? [];
    expect(peer?.endpoints).toEqual([environment.legacy.addressSpace, subnet]);
    const rule = resourcesOf(legacy, "azurerm_network_security_rule").find(([, r]) => r.name === "allow-sovereign-postgres")?.[1];
    expect(rule).toMatchObject({ access: "Allow", destination_port_range: "5432", source_address_prefixes: [environment.sovereign.networkCidr], protocol: "Tcp" });
    const peerings = Object.fromEntries(resourcesOf(legacy, "azurerm_virtual_network_peering").map(([, p]) => [p.name, p]));
    expect(peerings["hub-to-data"]).toMatchObject({ allow_gateway_transit: true, use_remote_gateways: false });
    expect(peerings["data-to-hub"]).toMatchObject({ allow_gateway_transit: false, use_remote_gateways: true });
    expect(peerings["research-to-hub"]).toMatchObject({ use_remote_gateways: false });
  });

  it("resolves the server's name through the Azure resolver in the hub (tunnelled), which answers the sovereign range only", () => {
    expect(env).toContain(`RESOLVER='${resolver.address}'`);
    const [, inbound] = resourcesOf(legacy, "azurerm_private_dns_resolver_inbound_endpoint")[0];
    expect(inbound.ip_configurations).toMatchObject({ private_ip_address: resolver.address, private_ip_allocation_method: "Static" });
    expect(resolver.subnetCidr.startsWith(environment.legacy.addressSpace.split(".").slice(0, 2).join("."))).toBe(true);
    const rules = resourcesOf(legacy, "azurerm_network_security_rule").filter(([, r]) => String(r.network_security_group_name).includes("migration-dns"));
    expect(rules.filter(([, r]) => r.access === "Allow").map(([, r]) => r.source_address_prefixes)).toEqual([[environment.sovereign.networkCidr], [environment.sovereign.networkCidr]]);
  });

  it("refuses, in the worker, any resolved address outside the legacy PostgreSQL subnet, and verifies TLS against the server's name", () => {
    expect(env).toContain(`SOURCE_SUBNET='${subnet}'`);
    expect(env).toContain(`SOURCE_FQDN='${environment.legacy.postgres.serverName}.postgres.database.azure.com'`);
    const script = file(config, "/usr/local/bin/hdh-dbcopy");
    expect(script).toContain("sslmode=verify-full sslrootcert=system");
    const guard = /python3 -c '([^']+)' "\$ip" "\$SOURCE_SUBNET"/.exec(script)?.[1] ?? "";
    expect(guard).not.toBe("");
    const inside = spawnSync("python3", ["-c", guard, subnet.replace(/0\/24$/, "4"), subnet]);
    const outside = spawnSync("python3", ["-c", guard, "20.43.1.9", subnet]);
    if (inside.error) return; // no python3 here: the pattern above is still checked
    expect([inside.status, outside.status]).toEqual([0, 1]);
  });

  it("lets PostgreSQL out only towards the legacy subnet (tunnel) and the data tier", () => {
    const rules = resourcesOf(migration, "openstack_networking_secgroup_rule_v2").map(([, r]) => r);
    const postgres = rules.filter((r) => r.port_range_min === 5432);
    expect(postgres.map((r) => [r.direction, r.remote_ip_prefix])).toEqual(
      expect.arrayContaining([
        ["egress", subnet],
        ["egress", expect.stringMatching(/subnet-data.*\.cidr\}$/)],
      ]),
    );
    expect(postgres.every((r) => r.remote_ip_prefix === subnet || /subnet-data.*\.cidr\}$/.test(r.remote_ip_prefix))).toBe(true);
    expect(worker.network[0].uuid).toMatch(/subnet-data.*\.network_id\}$/);
  });
});

describe("the database copy's secrets and verification", () => {
  const { environment, plan, planFile } = fixture("prod");
  const json = synthMigration(environment, checkedPlan(plan, planFile));
  const [worker] = copyWorkers(json);
  const config = parse(worker.user_data) as CloudConfig;

  it("generates the replication role's password, keeps it in the sovereign secret store and passes it by reference", () => {
    const [passwordName] = resourcesOf(json, "random_password").find(([name]) => name.startsWith("database-copy_replication-password")) ?? [""];
    const reference = `\${random_password.${passwordName}.result}`;
    expect(file(config, "/etc/hdh-dbcopy/replication.pass")).toBe(reference);
    const [, secret] = resourcesOf(json, "openstack_keymanager_secret_v1")[0];
    expect(secret.payload).toBe(reference);
    for (const line of file(config, "/etc/hdh-dbcopy/pgpass").trim().split("\n")) expect(line).toMatch(/:\$\{[^}]+\.result\}$/);
    const script = file(config, "/usr/local/bin/hdh-dbcopy");
    expect(script).not.toMatch(/PASSWORD '[^:]/); // passwords come from files through psql variables, never inline
  });

  it("writes the per-table report next to the blob checksum reports, where the plan's verification points", () => {
    const dataset = databaseDataset(plan, "portal-db");
    const env = file(config, "/etc/hdh-dbcopy/env");
    expect(env).toMatch(new RegExp(`REPORT_REMOTE='sovereign:\\$\\{openstack_objectstorage_container_v1\\.[^}]*container-${dataset.sovereignDatabase.reportContainer}[^}]*\\.name\\}/_migration/portal-db/table-checksums\\.tsv'`));
    expect(databaseReportReference(dataset)).toBe("swift://pseudonymised/_migration/portal-db/table-checksums.tsv");
    const script = file(config, "/usr/local/bin/hdh-dbcopy");
    expect(script).toContain("table\\tsource_rows\\ttarget_rows\\tsource_checksum\\ttarget_checksum\\tstatus");
    expect(script).toContain("md5(t::text)");
    expect(script).toMatch(/psql "\$SOURCE" -At -q -F \$'\\t' -f "\$checks"/);
    expect(script).toMatch(/psql "\$TARGET" -At -q -F \$'\\t' -f "\$checks"/);
  });

  it("uses HA-safe slots on prod's zone-redundant server (pg_failover_slots, hot_standby_feedback)", () => {
    const legacy = synthLegacy(environment, checkedPlan(plan, planFile));
    const values = Object.fromEntries(resourcesOf(legacy, "azurerm_postgresql_flexible_server_configuration").map(([, p]) => [p.name, p.value]));
    expect(values).toMatchObject({ wal_level: "logical", hot_standby_feedback: "on", shared_preload_libraries: "pg_cron,pg_stat_statements,pg_failover_slots" });
  });

  it("is listed by the migration report beside the datasets, with its verification report", () => {
    const report = renderMigrationReport(plan, { today: "2026-11-29", transferRateGiBPerDay: 1500 });
    expect(report).toContain("| portal-db | database | replicating | 180 GiB | psql-hdh-prod/portal | postgres:portal |");
    expect(report).toMatch(/## Databases[\s\S]*\| portal-db \| psql-hdh-prod\/portal \| postgres:portal \| replicating \| logical replication running/);
    expect(report).toContain("`swift://pseudonymised/_migration/portal-db/table-checksums.tsv` (not yet verified)");
  });
});

describe("the copy worker's script", () => {
  const options: DatabaseCopyScriptOptions = {
    datasetId: "portal-db",
    mode: "replicating",
    method: "logical-replication",
    source: { fqdn: "psql.postgres.database.azure.com", subnetCidr: "10.112.0.0/24", resolverAddress: "10.110.0.36", database: "portal", administratorLogin: "hdhmigration", administratorPassword: "a", replicationPassword: "r" },
    target: { address: "10.210.64.10", port: 5432, administratorLogin: "postgres", administratorPassword: "t", database: "portal", tls: { sslMode: "require" } },
    clientInstallScript: "install_pgdg() { :; }",
    report: { container: "c", path: "_migration/portal-db/table-checksums.tsv", remote: ["type = swift", "application_credential_secret = s"] },
  };

  it.each(["replicating", "cutover"] as const)("has no ${ Terraform would read, and parses as bash (%s)", (mode) => {
    const text = databaseCopyCloudInit({ ...options, mode });
    expect(text).not.toMatch(/\$\{|%\{/);
    const config = parse(text) as CloudConfig;
    const check = spawnSync("bash", ["-n"], { input: file(config, "/usr/local/bin/hdh-dbcopy"), encoding: "utf8" });
    expect([check.status, check.stderr]).toEqual([0, ""]);
    expect(file(config, "/usr/local/bin/hdh-dbcopy")).not.toContain("@@");
  });
});
