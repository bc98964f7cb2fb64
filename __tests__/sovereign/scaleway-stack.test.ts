import { AccountProject } from "../../.gen/providers/scaleway/account-project";
import { DomainZone } from "../../.gen/providers/scaleway/domain-zone";
import { Lb } from "../../.gen/providers/scaleway/lb";
import { ObjectBucket } from "../../.gen/providers/scaleway/object-bucket";
import { VpcPrivateNetwork } from "../../.gen/providers/scaleway/vpc-private-network";
import { VpcPublicGateway } from "../../.gen/providers/scaleway/vpc-public-gateway";
import { NETWORK_TIERS } from "../../constructs/sovereign/address-plan";
import { ADMIN_PORTS } from "../../constructs/sovereign/ports";
import { FORBIDDEN_PERMISSION_SETS } from "../../constructs/sovereign/scaleway/identity";
import { aclFlows, gatewayTiers } from "../../stacks/scaleway-sovereign-stack";
import { allResources, crossWorkspaceReferences, generatedWorkspaces, resourcesOf, type SynthesizedJson } from "./helpers";
import { providerConformance, providerSchema, sensitiveAttributes } from "./schema-conformance";
import { referenceTo, scalewayDevConfig, scalewayStack, synthScaleway } from "./scaleway-helpers";

const TAG_KEYS = ["environment", "data_classification", "owner", "migration_wave"];
/** Resource types that hold data or the keys to it: never destroyed by a plan. */
const DATA_BEARING = [
  "scaleway_block_volume",
  "scaleway_object_bucket",
  "scaleway_rdb_instance",
  "scaleway_rdb_database",
  "scaleway_key_manager_key",
  "scaleway_secret",
  "scaleway_secret_version",
  "random_password",
];

const environment = scalewayDevConfig();
const stack = scalewayStack(environment);
const { text, json } = synthScaleway(stack);
const sovereign = environment.sovereign;
const blueprint = stack.blueprint;
const tierCidr = (tier: (typeof NETWORK_TIERS)[number]) => blueprint.network.tiers[tier].cidr;
const networkOf = (tier: string) => referenceTo(json, "scaleway_vpc_private_network", `tier-${tier}_network`);

describe("the Scaleway sovereign stack of scaleway-dev", () => {
  it("synthesizes as a snapshot", () => {
    expect(text).toMatchSnapshot();
  });

  it("conforms to the vendored Scaleway schema, every block of it (provider, resources), required ones present, nothing unknown", () => {
    const { problems, checked } = providerConformance(json, "scaleway");
    expect(problems).toEqual([]);
    const scalewayBlocks = allResources(json).filter(([type]) => type.startsWith("scaleway_")).length + 1;
    expect(checked).toBe(scalewayBlocks);
    expect(checked).toBeGreaterThan(90);
  });

  it("configures the Scaleway provider on the environment's region and primary zone, and states a region or zone on every resource that has one", () => {
    expect(json.provider).toEqual(expect.objectContaining({ scaleway: [{ region: "fr-par", zone: "fr-par-1" }] }));
    const schemas = providerSchema("scaleway").resource_schemas;
    const unplaced = allResources(json)
      .filter(([type]) => type.startsWith("scaleway_"))
      .filter(([type, , body]) => {
        const attributes = schemas[type].block.attributes ?? {};
        const settable = (name: string) => attributes[name] && (attributes[name].optional || attributes[name].required);
        return (settable("region") && !("region" in body)) || (settable("zone") && !("zone" in body) && !settable("region"));
      })
      .map(([type, id]) => `${type}.${id}`);
    expect(unplaced).toEqual([]);
    for (const [, , body] of allResources(json)) {
      if (typeof body.region === "string") expect(body.region).toBe("fr-par");
      if (typeof body.zone === "string") expect(sovereign.zones).toContain(body.zone);
    }
  });

  it("exposes the migration target's roles with Scaleway's resources", () => {
    expect(stack.router).toBeInstanceOf(VpcPublicGateway);
    expect(Object.keys(stack.subnets).sort()).toEqual(["administration", "application", "data", "ingress"]);
    Object.values(stack.subnets).forEach((network) => expect(network).toBeInstanceOf(VpcPrivateNetwork));
    expect(Object.keys(stack.dataContainers).sort()).toEqual(["extracts", "pseudonymised", "raw"]);
    Object.values(stack.dataContainers).forEach((bucket) => expect(bucket).toBeInstanceOf(ObjectBucket));
    expect(stack.portalLoadBalancer).toBeInstanceOf(Lb);
    expect(stack.dnsZone).toBeInstanceOf(DomainZone);
    expect(stack.project).toBeInstanceOf(AccountProject);
  });

  it("tags every resource that takes tags with environment, classification, owner and wave", () => {
    const schemas = providerSchema("scaleway").resource_schemas;
    let tagged = 0;
    for (const [type, id, body] of allResources(json)) {
      if (!schemas[type]?.block.attributes?.tags) continue;
      const tags = body.tags as string[] | Record<string, string> | undefined;
      const present = Array.isArray(tags) ? TAG_KEYS.filter((key) => tags.some((tag) => tag.startsWith(`${key}=`))) : TAG_KEYS.filter((key) => tags && key in tags);
      expect({ id, missing: TAG_KEYS.filter((key) => !present.includes(key)) }).toEqual({ id, missing: [] });
      tagged++;
    }
    expect(tagged).toBeGreaterThan(50);
  });

  it("protects every data store, key, secret and generator from destroy", () => {
    const unprotected = allResources(json)
      .filter(([type]) => DATA_BEARING.includes(type))
      .filter(([, , body]) => (body.lifecycle as { prevent_destroy?: boolean } | undefined)?.prevent_destroy !== true)
      .map(([type, id]) => `${type}.${id}`);
    expect(unprotected).toEqual([]);
    for (const type of DATA_BEARING) expect({ type, count: Object.keys(resourcesOf(json, type)).length > 0 }).toEqual({ type, count: true });
    for (const key of Object.values(resourcesOf(json, "scaleway_key_manager_key"))) expect(key.unprotected).toBe(false);
    for (const secret of Object.values(resourcesOf(json, "scaleway_secret"))) expect(secret.protected).toBe(true);
  });

  it("never writes a secret value: every sensitive attribute and secret version is a reference to a generator or a sensitive variable", () => {
    const sensitive: string[] = [];
    for (const [type, id, body] of allResources(json)) {
      for (const attribute of sensitiveAttributes(type)) {
        if (!(attribute in body)) continue;
        sensitive.push(`${type}.${id}.${attribute}`);
        expect(body[attribute]).toMatch(/^\$\{(random_password\.[\w-]+\.result|join\("\\n", \[var\.\w+, var\.\w+\]\))\}$/);
      }
    }
    // 5 secret versions, the database administrator's and the portal user's passwords.
    expect(sensitive.length).toBe(7);
    const [certificate] = Object.values(resourcesOf(json, "scaleway_lb_certificate"));
    expect((certificate.custom_certificate as { certificate_chain: string }).certificate_chain).toBe('${join("\\n", [var.portal_tls_certificate, var.portal_tls_private_key])}');
    for (const [name, variable] of Object.entries(json.variable ?? {})) {
      expect({ name, sensitive: variable.sensitive, hasDefault: "default" in variable }).toEqual({ name, sensitive: true, hasDefault: false });
    }
    expect(text).not.toMatch(/-----BEGIN/);
  });

  it("gives no server a public IP: the load balancer's and the gateway's are the only public addresses", () => {
    for (const type of ["scaleway_instance_ip", "scaleway_flexible_ip"]) expect(resourcesOf(json, type)).toEqual({});
    for (const server of Object.values(resourcesOf(json, "scaleway_instance_server"))) {
      expect(server.enable_dynamic_ip).toBe(false);
      expect(server.ip_id).toBeUndefined();
      expect(server.ip_ids).toBeUndefined();
    }
    expect(Object.keys(resourcesOf(json, "scaleway_lb_ip")).length).toBe(1);
    expect(Object.keys(resourcesOf(json, "scaleway_vpc_public_gateway_ip")).length).toBe(1);
  });

  it("closes every security group both ways, stateful, with no rule; every server sits behind one of its zone", () => {
    const groups = resourcesOf(json, "scaleway_instance_security_group");
    for (const group of Object.values(groups)) {
      expect(group).toMatchObject({ inbound_default_policy: "drop", outbound_default_policy: "drop", stateful: true, enable_default_security: true });
      expect(group.inbound_rule).toBeUndefined();
      expect(group.outbound_rule).toBeUndefined();
    }
    expect(resourcesOf(json, "scaleway_instance_security_group_rules")).toEqual({});
    for (const server of Object.values(resourcesOf(json, "scaleway_instance_server"))) {
      const [, groupId] = /^\$\{scaleway_instance_security_group\.([\w-]+)\.id\}$/.exec(String(server.security_group_id)) ?? [];
      expect(groups[groupId]?.zone).toBe(server.zone);
    }
  });

  it("drops by default between the VPC's networks (IPv4 and IPv6) and lets through only the blueprint's flows, each with its return rule", () => {
    const acls = Object.values(resourcesOf(json, "scaleway_vpc_acl"));
    expect(acls.map((acl) => [acl.is_ipv6, acl.default_policy]).sort()).toEqual([
      [false, "drop"],
      [true, "drop"],
    ]);
    expect(acls.find((acl) => acl.is_ipv6)?.rules).toEqual([]);
    const rules = acls.find((acl) => !acl.is_ipv6)?.rules as Record<string, unknown>[];
    const forward = rules.filter((rule) => rule.dst_port_low !== undefined);
    const workspaces = blueprint.workspaces.map((w) => w.cidr);
    expect(forward.map((rule) => `${rule.source} -> ${rule.destination}:${rule.dst_port_low}`).sort()).toEqual(
      [`${tierCidr("ingress")} -> ${tierCidr("application")}:443`, ...workspaces.map((cidr) => `${tierCidr("application")} -> ${cidr}:443`)].sort(),
    );
    for (const rule of rules) {
      expect(rule.action).toBe("accept");
      expect(["0.0.0.0/0", "::/0"]).not.toContain(rule.source);
      expect(["0.0.0.0/0", "::/0"]).not.toContain(rule.destination);
      expect(ADMIN_PORTS).not.toContain(rule.dst_port_low);
    }
    for (const rule of forward) {
      expect(rules).toContainEqual(expect.objectContaining({ source: rule.destination, destination: rule.source, src_port_low: rule.dst_port_low, src_port_high: rule.dst_port_high }));
    }
    expect(rules.length).toBe(2 * forward.length);
  });

  it("turns routing on, gives every tier and workspace its own network, and no network another's default route", () => {
    expect(Object.values(resourcesOf(json, "scaleway_vpc"))).toEqual([expect.objectContaining({ enable_routing: true })]);
    const networks = Object.values(resourcesOf(json, "scaleway_vpc_private_network"));
    expect(networks.length).toBe(NETWORK_TIERS.length + sovereign.workspaces.length);
    for (const network of networks) expect(network.enable_default_route_propagation).toBe(false);
    const ranges = networks.map((network) => (network.ipv4_subnet as { subnet: string }).subnet).sort();
    expect(ranges).toEqual([...NETWORK_TIERS.map(tierCidr), ...blueprint.workspaces.map((w) => w.cidr)].sort());
  });

  it("has one public gateway, the only way out: its SSH bastion open to the operators' ranges only, attached to the tiers with servers and the workspaces, never to the data or ingress tier", () => {
    const gateways = Object.values(resourcesOf(json, "scaleway_vpc_public_gateway"));
    expect(gateways).toEqual([expect.objectContaining({ bastion_enabled: true, allowed_ip_ranges: sovereign.adminSourceCidrs, enable_smtp: false, bastion_port: 61000 })]);
    const attached = Object.values(resourcesOf(json, "scaleway_vpc_gateway_network")).map((attachment) => attachment.private_network_id);
    const workspaceNetworks = sovereign.workspaces.map((w) => referenceTo(json, "scaleway_vpc_private_network", `workspace-${w.id}_network`));
    expect(attached.sort()).toEqual([networkOf("application"), networkOf("administration"), ...workspaceNetworks].sort());
    expect(gatewayTiers(blueprint).sort()).toEqual(["administration", "application"]);
    for (const attachment of Object.values(resourcesOf(json, "scaleway_vpc_gateway_network"))) {
      expect(attachment).toMatchObject({ enable_masquerade: true, ipam_config: [{ push_default_route: true }] });
    }
  });

  it("keeps the database private, encrypted at rest, backed up in its region, on the data tier only, reachable from the data tier's range", () => {
    const [database] = Object.values(resourcesOf(json, "scaleway_rdb_instance"));
    expect(database).toMatchObject({
      encryption_at_rest: true,
      backup_same_region: true,
      disable_backup: false,
      backup_schedule_retention: sovereign.database.backupRetentionDays,
      private_network: { pn_id: networkOf("data"), enable_ipam: true },
      engine: "PostgreSQL-16",
    });
    expect(database.load_balancer).toBeUndefined();
    expect(Object.values(resourcesOf(json, "scaleway_rdb_acl"))).toEqual([expect.objectContaining({ acl_rules: [expect.objectContaining({ ip: tierCidr("data") })] })]);
    expect(Object.values(resourcesOf(json, "scaleway_rdb_privilege"))).toEqual([expect.objectContaining({ permission: "readwrite", database_name: expect.stringContaining("scaleway_rdb_database") })]);
    expect(Object.values(resourcesOf(json, "scaleway_rdb_user"))).toEqual([expect.objectContaining({ name: "portal", is_admin: false })]);
  });

  it("lets the portal's servers reach the database through a NIC on the data tier, and nothing else joins it", () => {
    const onData = Object.entries(resourcesOf(json, "scaleway_instance_private_nic")).filter(([, nic]) => nic.private_network_id === networkOf("data"));
    expect(onData.map(([id]) => id.split("_")[0])).toEqual(Array(sovereign.compute.portalInstances).fill("portal-servers"));
  });

  it("keeps the data lake private, versioned, encrypted with its Key Manager key, without lifecycle rules, and the raw zone under object lock", () => {
    const buckets = resourcesOf(json, "scaleway_object_bucket");
    const encryptions = Object.values(resourcesOf(json, "scaleway_object_bucket_server_side_encryption_configuration"));
    const acls = Object.values(resourcesOf(json, "scaleway_object_bucket_acl"));
    for (const [id, bucket] of Object.entries(buckets)) {
      expect(bucket).toMatchObject({ versioning: { enabled: true }, force_destroy: false });
      expect(bucket.lifecycle_rule).toBeUndefined();
      expect(bucket.acl).toBeUndefined();
      const name = `\${scaleway_object_bucket.${id}.name}`;
      expect(acls).toContainEqual(expect.objectContaining({ bucket: name, acl: "private" }));
      expect(encryptions).toContainEqual(
        expect.objectContaining({
          bucket: name,
          rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: "aws:kms", kms_master_key_id: expect.stringMatching(/scaleway_key_manager_key\.[\w-]+\.id/) }, bucket_key_enabled: true }],
        }),
      );
    }
    const locked = Object.entries(buckets).filter(([, bucket]) => bucket.object_lock_enabled === true);
    expect(locked.map(([, bucket]) => bucket.name)).toEqual(["hdh-scaleway-dev-datalake-raw"]);
    expect(Object.values(resourcesOf(json, "scaleway_object_bucket_lock_configuration"))).toEqual([
      expect.objectContaining({ bucket: `\${scaleway_object_bucket.${locked[0][0]}.name}`, rule: { default_retention: { mode: "GOVERNANCE", days: 30 } } }),
    ]);
    for (const key of Object.values(resourcesOf(json, "scaleway_key_manager_key"))) {
      expect(key).toMatchObject({ usage: "symmetric_encryption", algorithm: "aes_256_gcm", rotation_policy: { rotation_period: "2160h" } });
    }
  });

  it("serves the portal over HTTPS only: TLS 1.2+, the certificate from sensitive variables, re-encryption to verified servers, a health check, a DNS record", () => {
    expect(Object.values(resourcesOf(json, "scaleway_lb"))).toEqual([
      expect.objectContaining({ ssl_compatibility_level: "ssl_compatibility_level_intermediate", private_network: [{ private_network_id: networkOf("ingress") }], assign_flexible_ip: false }),
    ]);
    expect(Object.values(resourcesOf(json, "scaleway_lb_frontend"))).toEqual([expect.objectContaining({ inbound_port: 443, certificate_ids: [expect.stringContaining("scaleway_lb_certificate")] })]);
    const [backend] = Object.values(resourcesOf(json, "scaleway_lb_backend"));
    expect(backend).toMatchObject({ forward_port: 443, ssl_bridging: true, ignore_ssl_server_verify: false, health_check_https: { uri: "/healthz", method: "GET", code: 200 } });
    expect(backend.server_ips).toEqual(Array.from({ length: sovereign.compute.portalInstances }, (_, i) => expect.stringMatching(new RegExp(`^\\$\\{scaleway_ipam_ip\\.portal-servers_address-${i}_\\w+\\.address\\}$`))));
    expect(Object.values(resourcesOf(json, "scaleway_domain_zone"))).toEqual([expect.objectContaining({ domain: "hdh.example", subdomain: "scaleway-dev" })]);
    expect(Object.values(resourcesOf(json, "scaleway_domain_record"))).toEqual([expect.objectContaining({ name: "portail", type: "A", data: referenceTo(json, "scaleway_lb_ip", "portal_ip", "ip_address") })]);
    expect(Object.keys(json.variable ?? {}).sort()).toEqual(["portal_tls_certificate", "portal_tls_private_key"]);
  });

  it("scopes every IAM rule to one project of the landing zone and never grants a set that escalates or destroys", () => {
    const projects = Object.keys(resourcesOf(json, "scaleway_account_project")).map((id) => `\${scaleway_account_project.${id}.id}`);
    const policies = Object.values(resourcesOf(json, "scaleway_iam_policy"));
    expect(policies.length).toBe(blueprint.identity.teams.length + blueprint.identity.services.length + sovereign.workspaces.length);
    for (const policy of policies) {
      const rules = policy.rule as { project_ids?: string[]; organization_id?: string; permission_set_names: string[] }[];
      expect(rules.length).toBe(1);
      expect(rules[0].organization_id).toBeUndefined();
      expect(rules[0].project_ids?.length).toBe(1);
      expect(projects).toContain(rules[0].project_ids?.[0]);
      expect(rules[0].permission_set_names.filter((set) => FORBIDDEN_PERMISSION_SETS.includes(set))).toEqual([]);
      expect(Boolean(policy.group_id) !== Boolean(policy.application_id)).toBe(true);
    }
    for (const group of Object.values(resourcesOf(json, "scaleway_iam_group"))) expect(group.external_membership).toBe(true);
    expect(resourcesOf(json, "scaleway_iam_api_key")).toEqual({});
  });

  it("lets only the data engineers (and each workspace's researchers, on their project) read and write data, and only the portal read secrets", () => {
    const setsOf = (name: string) => (Object.values(resourcesOf(json, "scaleway_iam_policy")).find((p) => p.name === name)?.rule as { permission_set_names: string[] }[])[0].permission_set_names;
    const dataSets = ["ObjectStorageObjectsRead", "ObjectStorageObjectsWrite", "KeyManagerKeyDecrypt", "KeyManagerKeyEncrypt"];
    expect(setsOf("hdh-scaleway-dev-platform-data-engineers")).toEqual(expect.arrayContaining(dataSets));
    for (const team of ["operators", "researchers"]) expect(setsOf(`hdh-scaleway-dev-platform-${team}`).filter((set) => dataSets.includes(set))).toEqual([]);
    expect(setsOf("hdh-scaleway-dev-platform-researchers").every((set) => /ReadOnly$|Read$/.test(set))).toBe(true);
    expect(setsOf("hdh-scaleway-dev-portal-application")).toEqual(["SecretManagerSecretAccess"]);
    for (const workspace of sovereign.workspaces) {
      expect(setsOf(`hdh-scaleway-dev-ws-${workspace.id}-researchers`).sort()).toEqual(["ObjectStorageBucketsRead", ...dataSets].sort());
    }
    const secretReaders = Object.values(resourcesOf(json, "scaleway_iam_policy")).filter((p) => JSON.stringify(p.rule).includes("SecretManagerSecretAccess"));
    expect(secretReaders.map((p) => p.name)).toEqual(["hdh-scaleway-dev-portal-application"]);
  });

  it("registers the operators' SSH keys in the platform's project and a workspace's researchers' key on its servers only", () => {
    expect(Object.values(resourcesOf(json, "scaleway_iam_ssh_key")).map((key) => key.public_key)).toEqual(sovereign.adminSshPublicKeys);
    const withKey = sovereign.workspaces.find((w) => w.sshPublicKey)!;
    for (const [id, server] of Object.entries(resourcesOf(json, "scaleway_instance_server"))) {
      const keyTags = (server.tags as string[]).filter((tag) => tag.startsWith("AUTHORIZED_KEY="));
      expect({ id, keyTags }).toEqual({ id, keyTags: id.startsWith(`workspace-${withKey.id}_`) ? [`AUTHORIZED_KEY=${withKey.sshPublicKey!.replace(/ /g, "_")}`] : [] });
    }
  });

  it("puts every workspace data volume under LUKS, its passphrase in the server's user data and in the workspace project's Secret Manager", () => {
    const volumes = resourcesOf(json, "scaleway_block_volume");
    const servers = Object.entries(resourcesOf(json, "scaleway_instance_server")).filter(([, server]) => server.additional_volume_ids);
    expect(servers.length).toBe(Object.keys(volumes).length);
    expect(servers.length).toBe(sovereign.workspaces.reduce((n, w) => n + w.instanceCount, 0));
    for (const [id, server] of servers) {
      const [volume] = server.additional_volume_ids as string[];
      const volumeId = /^\$\{scaleway_block_volume\.([\w-]+)\.id\}$/.exec(volume)?.[1] ?? "";
      expect(volumes[volumeId]?.zone).toBe(server.zone);
      const userData = server.user_data as Record<string, string>;
      expect(Object.keys(userData).length).toBe(1);
      const [[key, passphrase]] = Object.entries(userData);
      expect(passphrase).toMatch(/^\$\{random_password\.[\w-]+_passphrase_generated_\w+\.result\}$/);
      expect(server.cloud_init).toContain(`scsi-0SCW_sbs_volume-\${element(split("/", scaleway_block_volume.${volumeId}.id), 1)}|${key}|`);
      const workspace = sovereign.workspaces.find((w) => id.startsWith(`workspace-${w.id}_`))!;
      const stored = Object.values(resourcesOf(json, "scaleway_secret_version")).find((version) => version.data === passphrase);
      expect(stored).toBeDefined();
      const secret = Object.entries(resourcesOf(json, "scaleway_secret")).find(([secretId]) => stored?.secret_id === `\${scaleway_secret.${secretId}.id}`)?.[1];
      expect(secret?.project_id).toBe(referenceTo(json, "scaleway_account_project", `workspace-${workspace.id}_project`));
    }
  });
});

describe("research workspaces on Scaleway", () => {
  const count = 4;
  const base = scalewayDevConfig();
  const environment = {
    ...base,
    sovereign: { ...base.sovereign, workspaces: generatedWorkspaces(count).map(({ flavorName, ...w }) => ({ ...w, instanceType: flavorName === "b3-16" ? "PRO2-S" : "PRO2-M" })) },
  };
  const { json } = synthScaleway(scalewayStack(environment));
  const ids = environment.sovereign.workspaces.map((w) => w.id);
  const ownerOf = (logicalId: string) => ids.find((id) => logicalId.startsWith(`workspace-${id}_`));

  it("each get their own project, researchers' group and policy, network, key, bucket and servers", () => {
    for (const type of ["scaleway_account_project", "scaleway_iam_group", "scaleway_iam_policy", "scaleway_vpc_private_network", "scaleway_key_manager_key", "scaleway_object_bucket", "scaleway_instance_server"]) {
      const owners = Object.keys(resourcesOf(json, type)).map(ownerOf).filter((owner) => owner !== undefined);
      expect({ type, owners: [...new Set(owners)].sort() }).toEqual({ type, owners: ids });
    }
  });

  it("keep their bucket, key, group's rights and volumes' passphrases in their own project", () => {
    for (const id of ids) {
      const project = referenceTo(json, "scaleway_account_project", `workspace-${id}_project`);
      const owned = (type: string) => Object.entries(resourcesOf(json, type)).filter(([logicalId]) => ownerOf(logicalId) === id);
      for (const type of ["scaleway_key_manager_key", "scaleway_object_bucket", "scaleway_secret"]) {
        for (const [, body] of owned(type)) expect({ type, project: body.project_id }).toEqual({ type, project });
      }
      for (const [, policy] of owned("scaleway_iam_policy")) expect((policy.rule as { project_ids: string[] }[])[0].project_ids).toEqual([project]);
    }
  });

  it("never reference another workspace's resources", () => {
    expect(crossWorkspaceReferences(json, ownerOf)).toEqual([]);
  });

  it("are reachable from the portal only (the network ACL), never from each other", () => {
    const workspaceCidrs = environment.sovereign.workspaces.map((w) => `10.220.${128 + w.networkSlot}.0/24`);
    const flows = aclFlows(scalewayStack(environment).blueprint, workspaceCidrs);
    const intoWorkspaces = flows.filter((flow) => workspaceCidrs.includes(flow.destinationCidr));
    expect(intoWorkspaces.map((flow) => [flow.sourceCidr, flow.port])).toEqual(workspaceCidrs.map(() => ["10.220.32.0/19", 443]));
    expect(flows.filter((flow) => workspaceCidrs.includes(flow.sourceCidr))).toEqual([]);
  });

  it("add the same resources per workspace of the same size, and nothing else", () => {
    const resourceCount = (workspaces: number) => {
      const env = { ...base, sovereign: { ...base.sovereign, workspaces: environment.sovereign.workspaces.slice(0, workspaces).map((w) => ({ ...w, instanceCount: 1 })) } };
      return allResources(synthScaleway(scalewayStack(env)).json as SynthesizedJson).length;
    };
    const none = resourceCount(0);
    const perWorkspace = resourceCount(1) - none;
    expect(perWorkspace).toBeGreaterThan(15);
    expect(resourceCount(4) - none).toBe(4 * perWorkspace);
  });
});

describe("the cross-workspace reference check", () => {
  it("finds a reference to another workspace's resource, inside a function call too", () => {
    const json: SynthesizedJson = {
      resource: {
        scaleway_instance_server: { "workspace-a_server": { cloud_init: '${element(split("/", scaleway_block_volume.workspace-b_volume_1.id), 1)}', name: "${scaleway_vpc.vpc_1.id}" } },
      },
    };
    const ownerOf = (id: string) => ["a", "b"].find((w) => id.startsWith(`workspace-${w}_`));
    expect(crossWorkspaceReferences(json, ownerOf)).toEqual(["scaleway_instance_server.workspace-a_server -> workspace-b_volume_1"]);
  });
});
