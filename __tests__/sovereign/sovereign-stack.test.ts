import { Testing } from "cdktf";
import { DnsZoneV2 } from "../../.gen/providers/openstack/dns-zone-v2";
import { IdentityProjectV3 } from "../../.gen/providers/openstack/identity-project-v3";
import { LbLoadbalancerV2 } from "../../.gen/providers/openstack/lb-loadbalancer-v2";
import { NetworkingRouterV2 } from "../../.gen/providers/openstack/networking-router-v2";
import { NetworkingSubnetV2 } from "../../.gen/providers/openstack/networking-subnet-v2";
import { ObjectstorageContainerV1 } from "../../.gen/providers/openstack/objectstorage-container-v1";
import { loadTestEnvironment } from "../helpers/environments";
import { ENVIRONMENT_TEAMS } from "../../constructs/sovereign/openstack/identity";
import { allResources, crossWorkspaceReferences, generatedWorkspaces, openStackConfig, resourcesOf, sovereignStack, type SynthesizedJson } from "./helpers";
import { openstackSchema, providerConformance, sensitiveAttributes } from "./schema-conformance";

const TAG_KEYS = ["environment", "data_classification", "owner", "migration_wave"];
/** Resource types that hold data or the keys to it: never destroyed by a plan. */
const DATA_BEARING = [
  "openstack_blockstorage_volume_v3",
  "openstack_objectstorage_container_v1",
  "openstack_keymanager_secret_v1",
  "openstack_keymanager_container_v1",
  "openstack_db_instance_v1",
  "random_password",
  "random_bytes",
];

function synthesize(environmentName: string, workspaceCount?: number) {
  const stack = sovereignStack(environmentName, workspaceCount === undefined ? undefined : generatedWorkspaces(workspaceCount));
  const text = Testing.synth(stack);
  return { stack, text, json: JSON.parse(text) as SynthesizedJson };
}

/** What reviewers check at a glance: per resource, where it lives and how it is protected. */
function complianceSummary(json: SynthesizedJson, region: string) {
  return allResources(json).map(([type, id, body]) => {
    const entry: Record<string, unknown> = { address: `${type}.${id}` };
    if (type.startsWith("openstack_")) entry.region = (body.region as string | undefined) ?? `${region} (provider)`;
    const lifecycle = body.lifecycle as { prevent_destroy?: boolean } | undefined;
    if (lifecycle?.prevent_destroy) entry.preventDestroy = true;
    if (body.volume_type) entry.volumeType = body.volume_type;
    if (type === "openstack_objectstorage_container_v1") entry.acl = { read: body.container_read, write: body.container_write ?? null, versioning: body.versioning };
    if (type === "openstack_networking_secgroup_rule_v2" && body.direction === "ingress") {
      entry.ingress = `${body.protocol}/${body.port_range_min}-${body.port_range_max} from ${body.remote_ip_prefix ?? "group " + String(body.remote_group_id)}`;
    }
    return entry;
  });
}

describe.each([
  ["dev", "EU-WEST-PAR"],
  ["prod", "SNC-PAR-HDH1"],
])("the sovereign stack of %s", (environmentName, region) => {
  const { stack, text, json } = synthesize(environmentName);

  it("synthesizes as a snapshot", () => {
    expect(text).toMatchSnapshot();
  });

  it("matches its compliance snapshot", () => {
    expect(complianceSummary(json, region)).toMatchSnapshot();
  });

  it(`configures the OpenStack provider on ${region}, a catalogue region with the qualifications the data needs`, () => {
    const loaded = loadTestEnvironment(environmentName);
    const authUrl = openStackConfig(environmentName).sovereign.authUrl;
    expect(text).toHaveProviderWithProperties({ tfResourceType: "openstack" } as never, { region, auth_url: authUrl });
    const entry = loaded.catalogue.lookup("openstack", region, authUrl);
    expect(entry?.jurisdiction).toBe("EU");
    expect(entry?.qualifications.hds?.status).toBe("qualified");
    if (loaded.config.dataClassification === "health-data") expect(entry?.qualifications.secnumcloud?.status).toBe("qualified");
  });

  it("exposes the interface the migration stack builds on", () => {
    expect(stack.router).toBeInstanceOf(NetworkingRouterV2);
    expect(Object.keys(stack.subnets).sort()).toEqual(["administration", "application", "data", "ingress"]);
    Object.values(stack.subnets).forEach((subnet) => expect(subnet).toBeInstanceOf(NetworkingSubnetV2));
    expect(Object.keys(stack.dataContainers).sort()).toEqual(["extracts", "pseudonymised", "raw"]);
    Object.values(stack.dataContainers).forEach((container) => expect(container).toBeInstanceOf(ObjectstorageContainerV1));
    expect(stack.portalLoadBalancer).toBeInstanceOf(LbLoadbalancerV2);
    expect(stack.dnsZone).toBeInstanceOf(DnsZoneV2);
    expect(stack.project).toBeInstanceOf(IdentityProjectV3);
  });

  it("uses only attributes and blocks the OpenStack provider schema knows, with the required ones present", () => {
    const { problems, checked } = providerConformance(json, "openstack");
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it("never writes a secret value: every sensitive attribute is a reference to a generator or a sensitive variable", () => {
    const sensitive: string[] = [];
    for (const [type, id, body] of allResources(json)) {
      for (const attribute of sensitiveAttributes(type)) {
        if (!(attribute in body)) continue;
        sensitive.push(`${type}.${id}.${attribute}`);
        expect(body[attribute]).toMatch(/^\$\{(random_(password|bytes)\.[\w-]+\.(result|base64)|var\.\w+)\}$/);
      }
    }
    expect(sensitive.length).toBeGreaterThanOrEqual(4);
    for (const [name, variable] of Object.entries(json.variable ?? {})) {
      expect({ name, sensitive: variable.sensitive, hasDefault: "default" in variable }).toEqual({ name, sensitive: true, hasDefault: false });
    }
    expect(text).not.toMatch(/-----BEGIN|"password"\s*:|"admin_pass"/);
  });

  it("tags every resource that supports tags or metadata with environment, classification, owner and wave", () => {
    const schemas = openstackSchema().resource_schemas;
    let tagged = 0;
    for (const [type, id, body] of allResources(json)) {
      const attributes = schemas[type]?.block.attributes ?? {};
      if (attributes.tags) {
        const tags = body.tags as string[] | undefined;
        expect({ id, tags: TAG_KEYS.filter((key) => !tags?.some((tag) => tag.startsWith(`${key}=`))) }).toEqual({ id, tags: [] });
        tagged++;
      }
      if (attributes.metadata) {
        const metadata = (body.metadata ?? {}) as Record<string, string>;
        expect({ id, metadata: TAG_KEYS.filter((key) => !(key in metadata)) }).toEqual({ id, metadata: [] });
        tagged++;
      }
    }
    expect(tagged).toBeGreaterThan(50);
  });

  it("protects every data-bearing resource from destroy", () => {
    const unprotected = allResources(json)
      .filter(([type]) => DATA_BEARING.includes(type))
      .filter(([, , body]) => (body.lifecycle as { prevent_destroy?: boolean } | undefined)?.prevent_destroy !== true)
      .map(([type, id]) => `${type}.${id}`);
    expect(unprotected).toEqual([]);
    expect(Object.keys(resourcesOf(json, "openstack_blockstorage_volume_v3")).length).toBeGreaterThan(0);
  });

  it("puts every volume and boot disk on the encrypted volume type", () => {
    const encrypted = openStackConfig(environmentName).sovereign.encryptedVolumeType.name;
    for (const volume of Object.values(resourcesOf(json, "openstack_blockstorage_volume_v3"))) expect(volume.volume_type).toBe(encrypted);
    for (const server of Object.values(resourcesOf(json, "openstack_compute_instance_v2"))) {
      const disks = server.block_device as { volume_type?: string; destination_type: string; boot_index: number }[];
      expect(disks).toEqual([expect.objectContaining({ destination_type: "volume", boot_index: 0, volume_type: encrypted })]);
      expect(server.image_id).toBeUndefined();
      expect(server.image_name).toBeUndefined();
    }
  });

  it("opens nothing to the Internet but HTTPS on the ingress tier", () => {
    const groups = resourcesOf(json, "openstack_networking_secgroup_v2");
    const ingressGroup = Object.keys(groups).find((id) => groups[id].name === `hdh-${environmentName}-ingress`);
    const open = Object.values(resourcesOf(json, "openstack_networking_secgroup_rule_v2")).filter(
      (rule) => rule.direction === "ingress" && ["0.0.0.0/0", "::/0"].includes(rule.remote_ip_prefix as string),
    );
    expect(open.length).toBe(2);
    for (const rule of open) {
      expect(rule).toMatchObject({ protocol: "tcp", port_range_min: 443, port_range_max: 443, security_group_id: `\${openstack_networking_secgroup_v2.${ingressGroup}.id}` });
    }
    for (const group of Object.values(groups)) expect(group.delete_default_rules).toBe(true);
  });

  it("admits SSH only from the bastion's group, and SSH to the bastion only from the operators' ranges", () => {
    const groups = resourcesOf(json, "openstack_networking_secgroup_v2");
    const bastionGroup = Object.keys(groups).find((id) => groups[id].name === `hdh-${environmentName}-bastion`);
    const adminSources = loadTestEnvironment(environmentName).config.sovereign.adminSourceCidrs;
    const ssh = Object.values(resourcesOf(json, "openstack_networking_secgroup_rule_v2")).filter((rule) => rule.direction === "ingress" && rule.port_range_min === 22);
    expect(ssh.length).toBeGreaterThan(3);
    for (const rule of ssh) {
      if (rule.security_group_id === `\${openstack_networking_secgroup_v2.${bastionGroup}.id}`) expect(adminSources).toContain(rule.remote_ip_prefix);
      else expect(rule.remote_group_id).toBe(`\${openstack_networking_secgroup_v2.${bastionGroup}.id}`);
    }
  });

  it("lets only the load balancer reach the portal's servers, and only the portal's servers and the data tier itself reach the databases", () => {
    const groups = resourcesOf(json, "openstack_networking_secgroup_v2");
    const ref = (name: string) => `\${openstack_networking_secgroup_v2.${Object.keys(groups).find((id) => groups[id].name === `hdh-${environmentName}-${name}`)}.id}`;
    const rules = Object.values(resourcesOf(json, "openstack_networking_secgroup_rule_v2")).filter((rule) => rule.direction === "ingress");
    const ingressOf = (group: string) =>
      rules
        .filter((rule) => rule.security_group_id === ref(group))
        .map((rule) => `${rule.port_range_min} from ${rule.remote_ip_prefix ?? (rule.remote_group_id === ref("bastion") ? "bastion" : rule.remote_group_id === ref("application") ? "application" : "?")}`)
        .sort();
    expect(ingressOf("application")).toEqual([`22 from bastion`, `443 from ${stack.tiers.application.cidr}`]);
    // The data tier: standbys streaming from the primary, the database copy's workers.
    expect(ingressOf("data")).toEqual(["22 from bastion", `5432 from ${stack.tiers.data.cidr}`, "5432 from application"]);
  });

  it("gives floating IPs only to the portal's VIP and the bastion", () => {
    const floatingIps = Object.values(resourcesOf(json, "openstack_networking_floatingip_v2")).map((ip) => String(ip.port_id));
    expect(floatingIps).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\$\{openstack_lb_loadbalancer_v2\.portal_load-balancer_\w+\.vip_port_id\}$/), expect.stringMatching(/^\$\{openstack_networking_port_v2\.bastion_server_port-0_\w+\.id\}$/)]),
    );
    expect(floatingIps.length).toBe(2);
  });

  it("has one router, with the only external gateway, and attaches every tier and workspace subnet to it", () => {
    const routers = resourcesOf(json, "openstack_networking_router_v2");
    expect(Object.keys(routers).length).toBe(1);
    expect(Object.values(routers)[0].external_network_id).toMatch(/^\$\{data\.openstack_networking_network_v2\./);
    const subnets = Object.keys(resourcesOf(json, "openstack_networking_subnet_v2")).length;
    expect(Object.keys(resourcesOf(json, "openstack_networking_router_interface_v2")).length).toBe(subnets);
  });

  it("gives the environment's project one group per team with its role", () => {
    const groups = Object.values(resourcesOf(json, "openstack_identity_group_v3")).map((g) => g.name);
    for (const team of Object.keys(ENVIRONMENT_TEAMS)) expect(groups).toContain(`hdh-${environmentName}-platform-${team}`);
    const assignments = Object.values(resourcesOf(json, "openstack_identity_role_assignment_v3"));
    expect(assignments.length).toBe(groups.length);
    for (const assignment of assignments) expect(assignment.user_id).toBeUndefined();
  });

  it("serves the portal over HTTPS with a health monitor and a DNS record", () => {
    expect(Object.values(resourcesOf(json, "openstack_lb_listener_v2"))).toEqual([expect.objectContaining({ protocol: "TERMINATED_HTTPS", protocol_port: 443 })]);
    expect(Object.values(resourcesOf(json, "openstack_lb_monitor_v2"))).toEqual([expect.objectContaining({ type: "HTTPS" })]);
    const portalInstances = loadTestEnvironment(environmentName).config.sovereign.compute.portalInstances;
    expect(Object.keys(resourcesOf(json, "openstack_lb_member_v2")).length).toBe(portalInstances);
    expect(Object.values(resourcesOf(json, "openstack_dns_recordset_v2"))).toEqual([expect.objectContaining({ type: "A", name: `portail.${openStackConfig(environmentName).sovereign.portal.zone}` })]);
  });
});

describe("research workspaces", () => {
  const count = 5;
  const { json } = synthesize("dev", count);
  const workspaceIds = generatedWorkspaces(count).map((w) => w.id);
  /** Logical ids of the resources a workspace owns: its construct path prefixes them. */
  const ownerOf = (logicalId: string) => workspaceIds.find((id) => logicalId.startsWith(`workspace-${id}_`));

  it("synthesize as N units with their own network, group, project, container, key and servers", () => {
    for (const type of [
      "openstack_networking_network_v2",
      "openstack_networking_subnet_v2",
      "openstack_networking_secgroup_v2",
      "openstack_identity_project_v3",
      "openstack_objectstorage_container_v1",
      "openstack_keymanager_secret_v1",
      "openstack_compute_keypair_v2",
      "openstack_compute_servergroup_v2",
    ]) {
      const owners = Object.keys(resourcesOf(json, type)).map(ownerOf).filter((owner) => owner !== undefined);
      expect({ type, owners: [...new Set(owners)].sort() }).toEqual({ type, owners: workspaceIds });
    }
  });

  it("never reference another workspace's resources", () => {
    expect(crossWorkspaceReferences(json, ownerOf)).toEqual([]);
  });

  it("get distinct, non-overlapping subnets outside the tiers' half", () => {
    const cidrs = Object.entries(resourcesOf(json, "openstack_networking_subnet_v2"))
      .filter(([id]) => ownerOf(id))
      .map(([, subnet]) => subnet.cidr);
    expect(cidrs.sort()).toEqual(["10.210.128.0/24", "10.210.129.0/24", "10.210.130.0/24", "10.210.131.0/24", "10.210.132.0/24"]);
  });

  it("have containers readable only by their own project", () => {
    const containers = Object.entries(resourcesOf(json, "openstack_objectstorage_container_v1")).filter(([id]) => ownerOf(id));
    expect(containers.length).toBe(count);
    for (const [id, container] of containers) {
      expect(container.container_read).toMatch(new RegExp(`^\\$\\{openstack_identity_project_v3\\.workspace-${ownerOf(id)}_identity_project_\\w+\\.id\\}:\\*$`));
      expect(container.versioning).toBe(true);
    }
  });

  it("add the same resources per workspace of the same size, and nothing else", () => {
    const resourceCount = (workspaces: number) => {
      const stack = sovereignStack("dev", generatedWorkspaces(workspaces).map((w) => ({ ...w, instanceCount: 1 })));
      return allResources(JSON.parse(Testing.synth(stack)) as SynthesizedJson).length;
    };
    const base = resourceCount(0);
    const perWorkspace = resourceCount(1) - base;
    expect(perWorkspace).toBeGreaterThan(15);
    expect(resourceCount(7) - base).toBe(7 * perWorkspace);
  });
});
