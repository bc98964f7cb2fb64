import { spawnSync } from "node:child_process";
import { App, Testing } from "cdktf";
import { parse } from "yaml";
import { PGDG_KEY_FINGERPRINT, postgresCloudInit, type PostgresCloudInitOptions } from "../../constructs/sovereign/openstack/postgres-cloud-init";
import { SovereignStack } from "../../stacks/sovereign-stack";
import { expectRefused, openStackConfig, resourcesOf, sovereignStack, synth, type SynthesizedJson } from "./helpers";

interface CloudConfig {
  packages: string[];
  write_files: { path: string; content: string; permissions?: string; owner?: string }[];
  runcmd: string[][];
}

function cloudConfig(userData: string): CloudConfig {
  expect(userData.startsWith("#cloud-config\n")).toBe(true);
  return parse(userData) as CloudConfig;
}

function file(config: CloudConfig, path: string): string {
  const found = config.write_files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} in the cloud-init`);
  return found.content;
}

function databaseServers(json: SynthesizedJson): Record<string, unknown>[] {
  return Object.entries(resourcesOf(json, "openstack_compute_instance_v2"))
    .filter(([id]) => id.startsWith("database-servers_server-"))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, server]) => server);
}

/** A reference to a resource of this type (`${type.name.attr}`, maybe inside a function call). */
const reference = (type: string, attribute: string) => new RegExp(`^\\$\\{(element\\()?${type}\\.[^.]+\\.${attribute}(, 0\\))?\\}$`);

describe.each(["dev", "prod"])("the %s data tier's PostgreSQL", (name) => {
  const stack = sovereignStack(name);
  const { json } = synth(stack);
  const environment = openStackConfig(name);
  const servers = databaseServers(json);
  const [primary, ...standbys] = servers.map((s) => cloudConfig(s.user_data as string));

  it("configures every database server by cloud-init: one primary, the others standbys", () => {
    expect(servers).toHaveLength(environment.sovereign.compute.dataInstances);
    expect(file(primary, "/usr/local/sbin/hdh-postgres-setup")).toContain("(primary)");
    for (const standby of standbys) expect(file(standby, "/usr/local/sbin/hdh-postgres-setup")).toContain("(standby)");
  });

  it("installs a pinned major version from the PGDG repository whose key it checks against the pinned fingerprint", () => {
    const setup = file(primary, "/usr/local/sbin/hdh-postgres-setup");
    expect(setup).toContain("postgresql-16 pgbackrest rclone");
    expect(setup).toContain(`[ "$got" = ${PGDG_KEY_FINGERPRINT} ]`);
    expect(setup).toContain("https://apt.postgresql.org/pub/repos/apt $(. /etc/os-release && echo $VERSION_CODENAME)-pgdg main");
  });

  it("keeps the data on the server's encrypted data volume, found by its id", () => {
    const setup = file(primary, "/usr/local/sbin/hdh-postgres-setup");
    const volumeId = /DEVICE=\/dev\/disk\/by-id\/virtio-\$\(echo '([^']+)' \| cut -c1-20\)/.exec(setup)?.[1] ?? "";
    expect(volumeId).toMatch(reference("openstack_blockstorage_volume_v3", "id"));
    expect(volumeId).toContain("database-servers_data-volume-0");
    const volume = Object.entries(resourcesOf(json, "openstack_blockstorage_volume_v3")).find(([id]) => id.startsWith("database-servers_data-volume-0"))?.[1];
    expect(volume?.volume_type).toBe(environment.sovereign.encryptedVolumeType.name);
    expect(setup).toContain("pg_createcluster 16 main --datadir=/var/lib/postgresql/16/main");
  });

  it("listens on its data tier address only, serves TLS only, admits the data and application tiers only", () => {
    const conf = file(primary, "/etc/hdh/postgresql/hdh.conf");
    const listen = /^listen_addresses = 'localhost,(.+)'$/m.exec(conf)?.[1] ?? "";
    expect(listen).toMatch(reference("openstack_networking_port_v2", "all_fixed_ips"));
    expect(listen).toContain("database-servers_port-0");
    expect(conf).toMatch(/^ssl = on$/m);
    expect(conf).toContain("ssl_min_protocol_version = 'TLSv1.2'");
    expect(conf).toContain("password_encryption = 'scram-sha-256'");
    const hba = file(primary, "/etc/hdh/postgresql/pg_hba.conf").split("\n").filter((l) => l && !l.startsWith("#"));
    expect(hba.filter((l) => /^host\s/.test(l)).every((l) => l.endsWith("reject"))).toBe(true);
    expect(hba.filter((l) => /^hostssl/.test(l)).every((l) => l.endsWith("scram-sha-256"))).toBe(true);
    expect(hba.filter((l) => /^hostssl/.test(l)).map((l) => l.split(/\s+/)[3])).toEqual([stack.tiers.data.cidr, stack.tiers.data.cidr, stack.tiers.application.cidr]);
  });

  it("backs up with pgBackRest, encrypted, to a versioned backup container through a credential limited to it", () => {
    expect(file(primary, "/etc/pgbackrest/pgbackrest.conf")).toMatch(/^repo1-cipher-type=aes-256-cbc\nrepo1-cipher-pass=\$\{random_password\.[^}]+\.result\}$/m);
    expect(file(primary, "/usr/local/sbin/hdh-postgres-backup-sync")).toMatch(/rclone sync \/var\/lib\/postgresql\/pgbackrest backups:\$\{openstack_objectstorage_container_v1\.database-tier_backups[^}]+\.name\}\//);
    const container = Object.entries(resourcesOf(json, "openstack_objectstorage_container_v1")).find(([id]) => id.startsWith("database-tier_backups"))?.[1];
    expect(container).toMatchObject({ versioning: true, force_destroy: false, lifecycle: { prevent_destroy: true } });
    const credential = Object.values(resourcesOf(json, "openstack_identity_application_credential_v3"))[0] as { unrestricted: boolean; access_rules: { path: string }[] };
    expect(credential.unrestricted).toBe(false);
    for (const rule of credential.access_rules) expect(rule.path).toMatch(/\$\{openstack_objectstorage_container_v1\.database-tier_backups[^}]+\.name\}(_segments)?(\/\*\*)?$/);
    expect(standbys.every((s) => s.write_files.every((f) => !f.path.includes("hdh-postgres-backup")))).toBe(true);
  });

  it("streams the standbys from the primary's address, with the replicator's password by reference", () => {
    for (const standby of standbys) {
      const setup = file(standby, "/usr/local/sbin/hdh-postgres-setup");
      expect(setup).toMatch(/pg_basebackup -d "host=\$\{element\(openstack_networking_port_v2\.database-servers_port-0_[^}]+\} user=replicator sslmode=require"/);
      expect(file(standby, "/etc/hdh/secrets/replicator.pgpass")).toMatch(/:5432:\*:replicator:\$\{random_password\.database-tier_replicator-password[^}]+\.result\}\n$/);
    }
  });

  it("writes no secret in the synthesized JSON: passwords are generated and passed by reference, kept in Barbican", () => {
    for (const config of [primary, ...standbys]) {
      for (const secret of ["/etc/hdh/secrets/admin.pass", "/etc/hdh/secrets/replicator.pass"]) expect(file(config, secret)).toMatch(/^\$\{random_password\.[^}]+\.result\}$/);
    }
    const secrets = Object.values(resourcesOf(json, "openstack_keymanager_secret_v1")).map((s) => s.name);
    expect(secrets).toEqual(expect.arrayContaining([`hdh-${name}-database-admin-password`, `hdh-${name}-database-replicator-password`, `hdh-${name}-database-backup-passphrase`]));
  });

  it("renders scripts a shell can parse", () => {
    for (const config of [primary, ...standbys]) {
      for (const f of config.write_files.filter((w) => w.content.startsWith("#!/bin/sh"))) {
        const check = spawnSync("sh", ["-n"], { input: f.content, encoding: "utf8" });
        expect([f.path, check.status, check.stderr]).toEqual([f.path, 0, ""]);
      }
    }
  });
});

describe("the data tier's settings", () => {
  const options: PostgresCloudInitOptions = {
    role: "primary",
    version: "17",
    packages: { repository: "https://mirror.example/pgdg", signingKeyUrl: "https://mirror.example/ACCC4CF8.asc" },
    dataVolumeId: "vol",
    listenAddress: "10.0.2.10",
    primaryAddress: "10.0.2.10",
    dataTierCidr: "10.0.2.0/24",
    applicationTierCidr: "10.0.1.0/24",
    adminPassword: "admin",
    replicatorPassword: "replicator",
    backup: { cipherPassphrase: "c", retentionFull: 2, swiftAuthUrl: "https://keystone/v3", swiftRegion: "R", swiftContainer: "b", applicationCredentialId: "i", applicationCredentialSecret: "s" },
  };

  it("follows the environment's version and package mirror, and has no ${ Terraform would read as a template", () => {
    const text = postgresCloudInit(options);
    expect(text).not.toMatch(/\$\{|%\{/);
    const setup = file(cloudConfig(text), "/usr/local/sbin/hdh-postgres-setup");
    expect(setup).toContain("postgresql-17 pgbackrest rclone");
    expect(setup).toContain("https://mirror.example/pgdg $(. /etc/os-release");
    expect(setup).toContain("curl -fsSL --retry 5 -o /tmp/pgdg.asc 'https://mirror.example/ACCC4CF8.asc'");
    expect(file(cloudConfig(text), "/etc/pgbackrest/pgbackrest.conf")).toContain("repo1-retention-full=2");
  });

  it("refuses a package source that is not HTTPS, naming the prop", () => {
    const environment = openStackConfig("dev");
    expectRefused(
      () => new SovereignStack(Testing.app() as App, "sovereign-dev", { environment: { ...environment, sovereign: { ...environment.sovereign, database: { aptRepository: "http://apt.postgresql.org/pub/repos/apt" } } } }),
      "aptRepository: refused: 'http://apt.postgresql.org/pub/repos/apt' is not an https:// URL",
    );
  });

  it("gives the migration its target: the primary's address and the administrator's password, by reference", () => {
    const stack = sovereignStack("dev");
    expect(stack.database.adminUsername).toBe("postgres");
    expect(stack.database.postgresVersion).toBe("16");
    expect(stack.database.clientInstallScript(["postgresql-client-16"])).toContain("postgresql-client-16");
  });
});
