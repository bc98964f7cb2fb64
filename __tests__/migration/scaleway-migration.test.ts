import { spawnSync } from "node:child_process";
import { parse } from "yaml";
import { Testing, type App } from "cdktf";
import { databaseReportReference } from "../../config/migration/plan";
import { postgresSubnetCidr } from "../../constructs/legacy/network";
import { AddressPlan } from "../../constructs/sovereign/address-plan";
import { DEFAULT_IPSEC_PARAMETERS, type IpsecParameters } from "../../constructs/migration/ipsec-parameters";
import { addEnvironmentStacks } from "../../stacks/app";
import { loadTestEnvironment } from "../helpers/environments";
import { providerConformance, providerSchema, sensitiveAttributes } from "../sovereign/schema-conformance";
import { databaseDataset, errorOf, file, onlyResource, resourcesOf, type CloudConfig, type Synthesized } from "./helpers";
import { scalewayMigration } from "./scaleway-helpers";

/** `${type.name.attribute}` of the only resource of a type. */
function ref(json: Synthesized, type: string, attribute: string, mode: "resource" | "data" = "resource"): string {
  const names = Object.keys((mode === "data" ? json.data : json.resource)?.[type] ?? {});
  if (names.length !== 1) throw new Error(`expected one ${type}, found ${names.length}`);
  return mode === "data" ? `\${data.${type}.${names[0]}.${attribute}}` : `\${${type}.${names[0]}.${attribute}}`;
}

/** A cipher, hash or group as either cloud spells it, in one canonical form (not the code's own tables). */
function canonical(value: string): string {
  const text = String(value).toLowerCase().replace(/[^a-z0-9]/g, "");
  const groups: Record<string, string> = { dhgroup14: "modp2048", pfs2048: "modp2048", modp2048: "modp2048", ecp256: "ecp256", ecp384: "ecp384" };
  return groups[text] ?? text;
}

function workers(json: Synthesized, role: string): Synthesized[] {
  return resourcesOf(json, "scaleway_instance_server")
    .map(([, server]) => server)
    .filter((server) => (server.tags as string[]).includes(`role=${role}`));
}

const built = scalewayMigration();
const { json, environment } = built;
const legacy = built.legacyJson();
const workerNetworkCidr = new AddressPlan(environment.sovereign.networkCidr).migrationCidr();

describe("the scaleway-dev app", () => {
  it("adds the migration stack to Scaleway beside the legacy and Scaleway landing zone stacks", () => {
    const stacks = addEnvironmentStacks(Testing.app() as App, loadTestEnvironment("scaleway-dev"));
    expect(stacks.migration?.node.id).toBe("migration-scaleway-dev");
    expect(stacks.migration?.target.cloud).toBe("scaleway");
    expect(stacks.migration?.dependencies).toEqual(expect.arrayContaining([stacks.legacy, stacks.sovereign]));
  });

  it("configures the Scaleway provider (region and primary zone) and no OpenStack one", () => {
    expect(Object.keys(json.provider).sort()).toEqual(["azurerm", "random", "scaleway", "time"]);
    expect(json.provider.scaleway).toEqual([{ region: "fr-par", zone: "fr-par-1" }]);
    expect(JSON.stringify(json)).not.toContain("openstack_");
  });
});

describe("the site-to-site VPN: Azure's gateway to Scaleway's, both ends from one parameter set", () => {
  const [, azure] = onlyResource(json, "azurerm_virtual_network_gateway_connection");
  const [, azureGateway] = onlyResource(json, "azurerm_virtual_network_gateway");
  const [, localGateway] = onlyResource(json, "azurerm_local_network_gateway");
  const [, connection] = onlyResource(json, "scaleway_s2s_vpn_connection");
  const [, customer] = onlyResource(json, "scaleway_s2s_vpn_customer_gateway");
  const [, routes] = onlyResource(json, "scaleway_s2s_vpn_routing_policy");
  const [, gateway] = onlyResource(json, "scaleway_s2s_vpn_gateway");
  const [ike] = connection.ikev2_ciphers;
  const [esp] = connection.esp_ciphers;

  it("speaks IKEv2 on both ends with the same IKE ciphers", () => {
    expect(azure.connection_protocol).toBe("IKEv2");
    expect(connection.ikev2_ciphers).toHaveLength(1); // Scaleway's connection is IKEv2 only
    expect(canonical(ike.encryption)).toBe(canonical(azure.ipsec_policy.ike_encryption));
    expect(canonical(ike.integrity)).toBe(canonical(azure.ipsec_policy.ike_integrity));
    expect(canonical(ike.dh_group)).toBe(canonical(azure.ipsec_policy.dh_group));
  });

  it("uses the same ESP ciphers and perfect forward secrecy group", () => {
    expect(connection.esp_ciphers).toHaveLength(1);
    expect(canonical(esp.encryption)).toBe(canonical(azure.ipsec_policy.ipsec_encryption));
    expect(canonical(esp.integrity)).toBe(canonical(azure.ipsec_policy.ipsec_integrity));
    expect(canonical(esp.dh_group)).toBe(canonical(azure.ipsec_policy.pfs_group));
  });

  it("sets the parameter set's lifetimes where they can be set: Scaleway's end has no lifetime to set (IKEv2 does not negotiate them)", () => {
    expect(azure.ipsec_policy.sa_lifetime).toBe(DEFAULT_IPSEC_PARAMETERS.ipsec.lifetimeSeconds);
    expect(azure.dpd_timeout_seconds).toBe(DEFAULT_IPSEC_PARAMETERS.dpdTimeoutSeconds);
    const schema = providerSchema("scaleway").resource_schemas.scaleway_s2s_vpn_connection.block;
    const settable = [...Object.keys(schema.attributes ?? {}), ...Object.keys(schema.block_types ?? {}), ...Object.values(schema.block_types ?? {}).flatMap((b) => Object.keys(b.block.attributes ?? {}))];
    expect(settable.filter((name) => /lifetime|rekey|dpd/i.test(name))).toEqual([]);
  });

  it("points each end at the other's public address, and peers BGP on the parameter set's inside /30", () => {
    expect(customer.ipv4_public).toBe(ref(json, "azurerm_public_ip", "ip_address"));
    expect(customer.asn).toBe(DEFAULT_IPSEC_PARAMETERS.bgp.azureAsn);
    expect(localGateway.gateway_address).toBe(ref(json, "scaleway_ipam_ip", "address"));
    expect(gateway.public_config).toEqual([{ ipam_ipv4_id: ref(json, "scaleway_ipam_ip", "id") }]);
    const [bgp] = connection.bgp_config_ipv4;
    expect(bgp).toMatchObject({ peer_private_ip: "169.254.21.1/30", private_ip: "169.254.21.2/30", routing_policy_id: ref(json, "scaleway_s2s_vpn_routing_policy", "id") });
    expect(azure.custom_bgp_addresses).toEqual({ primary: "169.254.21.1" });
    expect(azureGateway.enable_bgp).toBe(true);
    expect(azureGateway.bgp_settings).toMatchObject({ asn: DEFAULT_IPSEC_PARAMETERS.bgp.azureAsn, peering_addresses: [{ ip_configuration_name: "default", apipa_addresses: ["169.254.21.1"] }] });
    expect(localGateway.bgp_settings).toEqual({ asn: ref(json, "scaleway_s2s_vpn_gateway", "asn"), bgp_peering_address: "169.254.21.2" });
    expect(azure.enable_bgp).toBe(true);
    expect(azure.use_policy_based_traffic_selectors).toBeUndefined();
  });

  it("joins exactly the Azure networks (hub, and the data spoke while the database copy runs) to the workers' network, nothing else", () => {
    expect(routes.prefix_filter_in).toEqual([environment.legacy.addressSpace, environment.legacy.spokes.data]);
    expect(routes.prefix_filter_out).toEqual([workerNetworkCidr]);
    expect(routes.is_ipv6).toBe(false);
    expect(gateway.private_network_id).toBe(ref(json, "scaleway_vpc_private_network", "id"));
    const [, network] = onlyResource(json, "scaleway_vpc_private_network");
    expect(network.ipv4_subnet).toEqual({ subnet: workerNetworkCidr });
    expect(network.enable_default_route_propagation).toBe(false);
    // Inside the environment's range, which the legacy side admits (NSG rules, the DNS resolver).
    expect(workerNetworkCidr.startsWith(environment.sovereign.networkCidr.split(".").slice(0, 2).join("."))).toBe(true);
  });

  it("shares the pre-shared key Scaleway generates, by reference to its Secret Manager version, never in plain text", () => {
    const [, psk] = onlyResource({ resource: json.data }, "scaleway_secret_version");
    expect(psk.secret_id).toBe(ref(json, "scaleway_s2s_vpn_connection", "secret_id"));
    expect(psk.revision).toBe(`\${tostring(${ref(json, "scaleway_s2s_vpn_connection", "secret_version").slice(2, -1)})}`);
    expect(azure.shared_key).toBe(`\${base64decode(${ref(json, "scaleway_secret_version", "data", "data").slice(2, -1)})}`);
    const keys = [...JSON.stringify(json).matchAll(/"(?:psk|shared_key|pre_shared_key)":"([^"]*)"/g)].map((m) => m[1]);
    expect(keys).toEqual([azure.shared_key]);
  });

  it("renders another parameter set on both ends from the one object", () => {
    const parameters: IpsecParameters = {
      ...DEFAULT_IPSEC_PARAMETERS,
      ike: { ...DEFAULT_IPSEC_PARAMETERS.ike, encryption: "aes-128", dhGroup: 20 },
      ipsec: { ...DEFAULT_IPSEC_PARAMETERS.ipsec, pfsGroup: 19, lifetimeSeconds: 1800 },
      bgp: { azureAsn: 65010, insideCidr: "169.254.22.8/30" },
    };
    const synthesized = scalewayMigration(undefined, { ipsecParameters: parameters }).json;
    const [, a] = onlyResource(synthesized, "azurerm_virtual_network_gateway_connection");
    const [, s] = onlyResource(synthesized, "scaleway_s2s_vpn_connection");
    expect([a.ipsec_policy.ike_encryption, s.ikev2_ciphers[0].encryption]).toEqual(["AES128", "aes128"]);
    expect([a.ipsec_policy.dh_group, s.ikev2_ciphers[0].dh_group]).toEqual(["ECP384", "ecp384"]);
    expect([a.ipsec_policy.pfs_group, s.esp_ciphers[0].dh_group]).toEqual(["ECP256", "ecp256"]);
    expect(a.ipsec_policy.sa_lifetime).toBe(1800);
    expect(s.bgp_config_ipv4[0]).toMatchObject({ peer_private_ip: "169.254.22.9/30", private_ip: "169.254.22.10/30" });
    expect(onlyResource(synthesized, "scaleway_s2s_vpn_customer_gateway")[1].asn).toBe(65010);
  });

  it("refuses an inside range Azure cannot use for BGP, in one line", () => {
    const error = errorOf(() => scalewayMigration(undefined, { ipsecParameters: { ...DEFAULT_IPSEC_PARAMETERS, bgp: { azureAsn: 65515, insideCidr: "10.0.0.0/30" } } }));
    expect(error.message).toBe("ipsecParameters: bgp.insideCidr: '10.0.0.0/30' is not a /30 network in 169.254.21.0-169.254.22.255 (Azure's custom BGP addresses)");
  });
});

describe("the replication workers on Scaleway", () => {
  const replicating = built.plan.plan.datasets.filter((d) => d.kind !== "database" && d.phase === "replicating").map((d) => d.id);
  const servers = workers(json, "replication-worker");

  it("run one worker per replicating blob dataset, without public address, behind a closed security group", () => {
    expect(replicating.sort()).toEqual(["cohorts", "snds-sample"]);
    expect(servers.map((s) => (s.tags as string[]).find((t) => t.startsWith("dataset="))).sort()).toEqual(replicating.map((id) => `dataset=${id}`));
    for (const server of servers) {
      expect(server.enable_dynamic_ip).toBe(false);
      expect(server.ip_id).toBeUndefined();
      expect(server.public_ips).toBeUndefined();
      expect(server.type).toBe(environment.migration?.worker.flavorName);
      expect(server.image).toBe(environment.migration?.worker.imageName);
      expect(server.security_group_id).toMatch(/^\$\{scaleway_instance_security_group\.replication_security-group_[^}]+\.id\}$/);
    }
    const [, group] = resourcesOf(json, "scaleway_instance_security_group").find(([name]) => name.startsWith("replication")) ?? [];
    expect(group).toMatchObject({ inbound_default_policy: "drop", outbound_default_policy: "drop", stateful: true });
  });

  it("join the workers' network only (the one the tunnel reaches), never the data tier", () => {
    const networkId = ref(json, "scaleway_vpc_private_network", "id");
    for (const [name, nic] of resourcesOf(json, "scaleway_instance_private_nic").filter(([n]) => n.startsWith("replication"))) {
      expect([name, nic.private_network_id]).toEqual([name, networkId]);
    }
    const [, attachment] = onlyResource(json, "scaleway_vpc_gateway_network");
    expect(attachment).toMatchObject({ private_network_id: networkId, enable_masquerade: true, ipam_config: [{ push_default_route: true }] });
  });

  it("write to Object Storage with their own IAM application: objects only, no deletion, from the NAT address only, the data lake's key only", () => {
    const applications = resourcesOf(json, "scaleway_iam_application").filter(([name]) => name.startsWith("replication"));
    expect(applications).toHaveLength(2);
    const policies = resourcesOf(json, "scaleway_iam_policy").filter(([name]) => name.startsWith("replication")).map(([, p]) => p);
    expect(policies).toHaveLength(4);
    for (const policy of policies) {
      expect(policy.application_id).toMatch(/^\$\{scaleway_iam_application\.replication_[^}]+\.id\}$/);
      expect(policy.rule).toHaveLength(1);
      const [rule] = policy.rule;
      expect(rule.project_ids).toHaveLength(1);
      expect(rule.permission_set_names.join(",")).not.toMatch(/Delete|FullAccess|IAM|ProjectManager|OrganizationManager|BucketPolicy/);
      expect(rule.condition).toBeDefined();
    }
    const objects = policies.filter((p) => p.rule[0].permission_set_names.includes("ObjectStorageObjectsWrite"));
    expect(objects.map((p) => p.rule[0].permission_set_names)).toEqual([
      ["ObjectStorageBucketsRead", "ObjectStorageObjectsRead", "ObjectStorageObjectsWrite"],
      ["ObjectStorageBucketsRead", "ObjectStorageObjectsRead", "ObjectStorageObjectsWrite"],
    ]);
    for (const policy of objects) expect(policy.rule[0].condition).toMatch(/^inIpRange\(request\.ip, "\$\{scaleway_vpc_public_gateway_ip\.gateway_ip_[^}]+\.address\}\/32"\)$/);
    const keys = policies.filter((p) => p.rule[0].permission_set_names.includes("KeyManagerKeyEncrypt"));
    expect(keys).toHaveLength(2);
    for (const policy of keys) expect(policy.rule[0].condition).toMatch(/^resource\.id == "\$\{element\(split\("\/", scaleway_key_manager_key\.datalake-key_[^.]+\.id\), 1\)\}"$/);
  });

  it("get an API key that expires with the SAS window, passed by reference, never in plain text", () => {
    const keys = resourcesOf(json, "scaleway_iam_api_key").filter(([name]) => name.startsWith("replication")).map(([name, key]) => [name, key] as const);
    expect(keys).toHaveLength(2);
    for (const [name, key] of keys) {
      expect(key.expires_at).toMatch(/^\$\{timeadd\(time_rotating\.replication_credential-window_[^.]+\.rotation_rfc3339, "168h"\)\}$/);
      expect(key.application_id).toMatch(/^\$\{scaleway_iam_application\.replication_/);
      const worker = servers.find((s) => (s.cloud_init as string).includes(`scaleway_iam_api_key.${name}.secret_key`));
      expect(worker).toBeDefined();
    }
    for (const server of servers) {
      const config = parse(server.cloud_init) as CloudConfig;
      const rclone = file(config, "/etc/rclone/rclone.conf");
      expect(rclone).toMatch(/\[sovereign\]\ntype = s3\nprovider = Scaleway\nenv_auth = false\naccess_key_id = \$\{scaleway_iam_api_key\.[^}]+\.access_key\}\nsecret_access_key = \$\{scaleway_iam_api_key\.[^}]+\.secret_key\}\nregion = fr-par\nendpoint = https:\/\/s3\.fr-par\.scw\.cloud\nno_check_bucket = true\n/);
      expect(rclone).toMatch(/sas_url = https:\/\/sthdhscwdev[a-z]+\.blob\.core\.windows\.net\/[a-z-]+\$\{data\.azurerm_storage_account_blob_container_sas\.[^}]+\.sas\}/);
      expect(file(config, "/etc/rclone/rclone.conf")).not.toMatch(/sig=|AccountKey=|SCW[A-Z0-9]{17}/);
    }
  });

  it("copy with checksums, verify byte for byte and upload the report next to the data, reaching Blob through its private endpoint", () => {
    const server = servers.find((s) => (s.tags as string[]).includes("dataset=snds-sample")) as Synthesized;
    const config = parse(server.cloud_init) as CloudConfig;
    const script = file(config, "/usr/local/bin/hdh-replicate");
    expect(script).toMatch(/rclone copy legacy:snds-sample sovereign:\$\{scaleway_object_bucket\.datalake_raw_bucket_[^}]+\.name\}\/snds-sample --checksum --transfers 8/);
    expect(script).toMatch(/rclone check legacy:snds-sample \S+ --one-way --download --combined/);
    expect(script).toMatch(/rclone copyto \/var\/lib\/hdh-replicate\/checksum-report\.txt sovereign:\S+\/_migration\/snds-sample\/checksum-report\.txt/);
    expect(file(config, "/etc/systemd/system/hdh-replicate.service")).toContain("from Azure to Object Storage");
    expect(file(config, "/etc/hosts")).toMatch(/^\$\{data\.azurerm_private_endpoint_connection\.[^}]+\.private_service_connection\[0\]\.private_ip_address\} sthdhscwdevraw\.blob\.core\.windows\.net\n$/);
  });
});

describe("the database copy to Managed PostgreSQL (snapshot method)", () => {
  const [worker] = workers(json, "database-copy-worker");
  const config = parse(worker.cloud_init) as CloudConfig;
  const env = file(config, "/etc/hdh-dbcopy/env");
  const script = file(config, "/usr/local/bin/hdh-dbcopy");

  it("runs one worker for portal-db, on the workers' network and on the data tier (where the managed database's endpoint is)", () => {
    expect(workers(json, "database-copy-worker")).toHaveLength(1);
    expect(worker.tags).toEqual(expect.arrayContaining(["dataset=portal-db", "phase=replicating", "role=database-copy-worker"]));
    const nics = resourcesOf(json, "scaleway_instance_private_nic").filter(([name]) => name.startsWith("database-copy"));
    expect(nics.map(([, nic]) => nic.private_network_id).sort()).toEqual(
      [ref(json, "scaleway_vpc_private_network", "id"), expect.stringMatching(/^\$\{scaleway_vpc_private_network\.tier-data_network_[^}]+\.id\}$/)].sort(),
    );
  });

  it("needs no logical replication: no replication role, no subscription, no subscriber egress; the legacy server keeps its WAL level", () => {
    expect(resourcesOf(json, "random_password")).toHaveLength(0);
    expect(resourcesOf(json, "scaleway_secret")).toHaveLength(0);
    expect(config.write_files.map((f) => f.path)).not.toContain("/etc/hdh-dbcopy/replication.pass");
    expect(script).not.toMatch(/CREATE SUBSCRIPTION|CREATE PUBLICATION|hdh_replication/);
    expect(resourcesOf(legacy, "azurerm_postgresql_flexible_server_configuration")).toHaveLength(0);
    // What the copy still needs on the legacy side: password logins for the copy administrator, the tunnel's way in.
    const [[, server]] = resourcesOf(legacy, "azurerm_postgresql_flexible_server");
    expect(server.authentication.password_auth_enabled).toBe(true);
    const rule = resourcesOf(legacy, "azurerm_network_security_rule").find(([, r]) => r.name === "allow-sovereign-postgres")?.[1];
    expect(rule).toMatchObject({ access: "Allow", destination_port_range: "5432", source_address_prefixes: [environment.sovereign.networkCidr] });
    expect(resourcesOf(legacy, "azurerm_private_dns_resolver_inbound_endpoint")).toHaveLength(1);
  });

  it("rehearses daily (a consistent snapshot streamed in one transaction, then the table report), and at cutover freezes the source, copies a last time and verifies", () => {
    expect(file(config, "/etc/systemd/system/hdh-dbcopy.service")).toContain("ExecStart=/usr/local/bin/hdh-dbcopy rehearse");
    expect(file(config, "/etc/systemd/system/hdh-dbcopy.timer")).toContain("OnUnitInactiveSec=24h");
    expect(script).toMatch(/pg_dump "\$SOURCE" --format=plain --clean --if-exists --no-owner --no-privileges --no-publications --no-subscriptions \\\n\s+\| psql "\$TARGET" -q -v ON_ERROR_STOP=1 --single-transaction/);
    expect(script).toContain("rehearse) copy_snapshot && verify replicating ;;");
    const cut = scalewayMigration((_, plan) => {
      const dataset = databaseDataset(plan, "portal-db");
      dataset.phase = "cutover";
      dataset.phaseHistory.push({ phase: "cutover", since: "2026-11-28" });
    });
    const [cutWorker] = workers(cut.json, "database-copy-worker");
    const cutConfig = parse(cutWorker.cloud_init) as CloudConfig;
    expect(file(cutConfig, "/etc/systemd/system/hdh-dbcopy.service")).toContain("ExecStart=/usr/local/bin/hdh-dbcopy cutover");
    const cutScript = file(cutConfig, "/usr/local/bin/hdh-dbcopy");
    const body = cutScript.slice(cutScript.indexOf("cutover() {"));
    const steps = ["SET default_transaction_read_only = on", "pg_terminate_backend", "copy_snapshot", "if verify cutover; then", 'touch "$WORK/cutover.done"'];
    const positions = steps.map((step) => body.indexOf(step));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("verifies exactly as the logical replication copy does: per table, row counts and checksums on both sides; the report carries the copy's duration", () => {
    expect(script).toContain("table\\tsource_rows\\ttarget_rows\\tsource_checksum\\ttarget_checksum\\tstatus");
    expect(script).toContain("md5(t::text)");
    expect(script).toContain("printf '# copy_seconds\\t%s\\n'");
    expect(env).toMatch(/REPORT_REMOTE='sovereign:\$\{scaleway_object_bucket\.datalake_pseudonymised_bucket_[^}]+\.name\}\/_migration\/portal-db\/table-checksums\.tsv'/);
    expect(databaseReportReference(databaseDataset(structuredClone(built.plan.plan) as never, "portal-db"), "s3")).toBe("s3://pseudonymised/_migration/portal-db/table-checksums.tsv");
  });

  it("connects to the managed database on its private endpoint, verifying its certificate against the instance's CA", () => {
    expect(env).toMatch(/TARGET_ADDRESS='\$\{scaleway_rdb_instance\.database_instance_[^.]+\.private_network\[0\]\.ip\}'/);
    expect(env).toContain("TARGET_USER='hdh_admin'");
    expect(env).toContain("TARGET_TLS='sslmode=verify-ca sslrootcert=/etc/hdh-dbcopy/target-ca.pem'");
    expect(file(config, "/etc/hdh-dbcopy/target-ca.pem")).toMatch(/^\$\{scaleway_rdb_instance\.database_instance_[^.]+\.certificate\}$/);
    expect(script).toContain('TARGET="host=$TARGET_ADDRESS port=$TARGET_PORT dbname=$TARGET_DB user=$TARGET_USER $TARGET_TLS"');
    // The source: its address through the Azure resolver, refused outside the PostgreSQL subnet, TLS verified against its name.
    expect(env).toContain(`SOURCE_SUBNET='${postgresSubnetCidr(environment.legacy.spokes, "env")}'`);
    expect(script).toContain("sslmode=verify-full sslrootcert=system");
    expect(script).toMatch(/outside the legacy PostgreSQL subnet \$SOURCE_SUBNET \(the copy never leaves the tunnel\)/);
  });

  it("passes every password by reference, in root-only files", () => {
    for (const line of file(config, "/etc/hdh-dbcopy/pgpass").trim().split("\n")) expect(line).toMatch(/:\$\{[^}]+\}$/);
    for (const f of config.write_files.filter((w) => w.path.startsWith("/etc/hdh-dbcopy/") && !w.path.endsWith(".pem"))) expect(f.permissions).toBe("0600");
    expect(file(config, "/etc/hdh-dbcopy/rclone.conf")).toMatch(/secret_access_key = \$\{scaleway_iam_api_key\.database-copy_portal-db_report-credential_api-key_[^.]+\.secret_key\}/);
  });

  it("lands in a database the landing zone declares, or declares it (protected) when it does not", () => {
    expect(resourcesOf(json, "scaleway_rdb_database")).toHaveLength(0);
    const other = scalewayMigration((_, plan) => {
      databaseDataset(plan, "portal-db").sovereignDatabase.database = "portal_copy";
    });
    const [[, database]] = resourcesOf(other.json, "scaleway_rdb_database");
    expect(database).toMatchObject({ name: "portal_copy", region: "fr-par", lifecycle: { prevent_destroy: true } });
  });

  it.each(["replicating", "cutover"] as const)("has a script with no ${ Terraform would read, that parses as bash (%s)", (phase) => {
    const built2 =
      phase === "replicating"
        ? built
        : scalewayMigration((_, plan) => {
            const dataset = databaseDataset(plan, "portal-db");
            dataset.phase = "cutover";
            dataset.phaseHistory.push({ phase: "cutover", since: "2026-11-28" });
          });
    const [w] = workers(built2.json, "database-copy-worker");
    const text = file(parse(w.cloud_init) as CloudConfig, "/usr/local/bin/hdh-dbcopy");
    expect(text).not.toMatch(/\$\{|%\{|@@/);
    const check = spawnSync("bash", ["-n"], { input: text, encoding: "utf8" });
    expect([check.status, check.stderr]).toEqual([0, ""]);
  });
});

describe("cutover and the decommission guard on Scaleway", () => {
  it("points the portal's record in the Scaleway DNS zone at the load balancer once every workload is cut over, not before", () => {
    expect(resourcesOf(json, "scaleway_domain_record")).toHaveLength(0);
    const moved = scalewayMigration((_, plan) => {
      const cohorts = plan.datasets.find((d) => d.id === "cohorts");
      if (!cohorts) throw new Error("no cohorts");
      cohorts.phase = "cutover";
      cohorts.phaseHistory.push({ phase: "cutover", since: "2026-11-28" });
    });
    const [[, record]] = resourcesOf(moved.json, "scaleway_domain_record");
    expect(record).toMatchObject({ name: "portal", type: "A", ttl: 300 });
    expect(record.dns_zone).toMatch(/^\$\{scaleway_domain_zone\.portal_zone_[^.]+\.id\}$/);
    expect(record.data).toMatch(/^\$\{scaleway_lb_ip\.portal_ip_[^.]+\.ip_address\}$/);
  });

  it("refuses, as on OpenStack, a legacy container leaving the configuration before its dataset is decommissioned and verified", () => {
    const error = errorOf(() =>
      scalewayMigration((environment) => {
        environment.legacy.dataStores = environment.legacy.dataStores.filter((s) => s.name !== "raw");
      }),
    );
    expect(error.message).toMatch(/datasets\[0\]\.legacyStore: legacy store 'raw\/snds-sample' is not in legacy\.dataStores of .*scaleway-dev\.json: a legacy data store may leave the configuration only once its dataset is decommissioned with a recorded verification \(dataset 'snds-sample' is replicating\)/);
  });

  it("requires a database dataset's verification to name the copy's S3 report", () => {
    const error = errorOf(() =>
      scalewayMigration((_, plan) => {
        const dataset = databaseDataset(plan, "portal-db");
        dataset.phase = "cutover";
        dataset.phaseHistory.push({ phase: "cutover", since: "2026-11-28" });
        dataset.verification = { checksumReport: "swift://pseudonymised/_migration/portal-db/table-checksums.tsv", verifiedOn: "2026-11-29" };
      }),
    );
    expect(error.message).toMatch(/verification\.checksumReport: 'swift:\/\/pseudonymised\/_migration\/portal-db\/table-checksums\.tsv' is not the report of the database copy: the copy writes per-table row counts and checksums to 's3:\/\/pseudonymised\/_migration\/portal-db\/table-checksums\.tsv'$/);
  });
});

describe("the synthesized migration-scaleway-dev stack", () => {
  it("conforms to the vendored Scaleway schema, every block of it (provider, resources, data sources)", () => {
    const { problems, checked } = providerConformance(json, "scaleway");
    expect(problems).toEqual([]);
    const blocks = ["resource", "data"].flatMap((section) => Object.entries(json[section] ?? {}).filter(([type]) => type.startsWith("scaleway_")).flatMap(([, byId]) => Object.keys(byId as object)));
    expect(checked).toBe(blocks.length + json.provider.scaleway.length);
    expect(checked).toBeGreaterThan(25);
  });

  it("writes no secret value: every settable sensitive attribute is a reference, and no key or password appears literally", () => {
    for (const [type, byId] of Object.entries(json.resource as Record<string, Record<string, Synthesized>>)) {
      for (const attribute of sensitiveAttributes(type)) {
        for (const body of Object.values(byId)) if (attribute in body) expect(String(body[attribute])).toMatch(/^\$\{.+\}$/);
      }
    }
    const text = JSON.stringify(json);
    expect(text).not.toMatch(/password=[^$]|secret_key = [^$]|BEGIN (RSA |EC )?PRIVATE KEY/);
  });

  it("gives nothing a public address but the VPN gateway (the tunnel's end)", () => {
    expect(resourcesOf(json, "scaleway_instance_ip")).toHaveLength(0);
    expect(resourcesOf(json, "scaleway_flexible_ip")).toHaveLength(0);
    expect(resourcesOf(json, "scaleway_lb_ip")).toHaveLength(0);
    const [, ip] = onlyResource(json, "scaleway_ipam_ip");
    expect(ip.source).toEqual([{ zonal: "fr-par-1" }]);
    for (const server of resourcesOf(json, "scaleway_instance_server").map(([, s]) => s)) expect(server.enable_dynamic_ip).toBe(false);
  });

  it("tags every Scaleway resource that takes tags with the environment, classification, owner and wave", () => {
    const schemas = providerSchema("scaleway").resource_schemas;
    let tagged = 0;
    for (const [type, byId] of Object.entries(json.resource as Record<string, Record<string, Synthesized>>)) {
      if (!type.startsWith("scaleway_") || !schemas[type].block.attributes?.tags) continue;
      for (const body of Object.values(byId)) {
        expect(body.tags).toEqual(expect.arrayContaining(["environment=scaleway-dev", "data_classification=synthetic", "owner=plateforme-donnees-sante", "migration_wave=wave-0-scaleway-dev"]));
        tagged++;
      }
    }
    expect(tagged).toBeGreaterThan(15);
  });
});
