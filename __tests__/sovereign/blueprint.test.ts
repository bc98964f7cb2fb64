import { Testing } from "cdktf";
import { loadTestEnvironment } from "../helpers/environments";
import { NETWORK_TIERS } from "../../constructs/sovereign/address-plan";
import { landingZoneBlueprint, type FlowPeer, type LandingZoneBlueprint, type NetworkFlow } from "../../constructs/sovereign/blueprint";
import { InsecurePropsError } from "../../constructs/sovereign/errors";
import { expectRefused, openStackConfig, resourcesOf, sovereignStack, type SynthesizedJson } from "./helpers";
import { scalewayDevConfig } from "./scaleway-helpers";

const blueprintOf = (name: string): LandingZoneBlueprint => landingZoneBlueprint(loadTestEnvironment(name).config, `sovereign-${name}`);
/** What a blueprint says whatever the cloud: sizes, ranges, names and the cloud itself set apart. */
const intent = (blueprint: LandingZoneBlueprint) => ({
  tiers: NETWORK_TIERS.map((tier) => blueprint.network.tiers[tier].purpose),
  flows: blueprint.network.flows,
  bastion: { tier: blueprint.bastion.tier, port: blueprint.bastion.port },
  database: { ...blueprint.database, size: undefined, nodes: undefined, storageGb: undefined },
  dataLake: blueprint.dataLake,
  secrets: blueprint.secrets,
  identity: blueprint.identity,
  workspaceTeams: [...new Set(blueprint.workspaces.map((w) => JSON.stringify(w.teams)))],
  protection: blueprint.protection,
});

describe("the landing zone blueprint", () => {
  it.each([
    ["dev", "openstack"],
    ["prod", "openstack"],
    ["scaleway-dev", "scaleway"],
  ])("of %s is built from the environment file, for %s", (name, cloud) => {
    const blueprint = blueprintOf(name);
    const config = loadTestEnvironment(name).config;
    expect(blueprint.cloud).toBe(cloud);
    expect(blueprint.context.environment).toBe(name);
    expect(blueprint.tags).toEqual({ environment: name, data_classification: config.dataClassification, owner: config.owner, migration_wave: config.migrationWave });
    expect(blueprint.network.cidr).toBe(config.sovereign.networkCidr);
    expect(blueprint.network.adminSourceCidrs).toEqual(config.sovereign.adminSourceCidrs);
    expect(blueprint.workspaces.map((w) => [w.id, w.networkSlot])).toEqual(config.sovereign.workspaces.map((w) => [w.id, w.networkSlot]));
    expect(blueprint.portal.servers.instanceCount).toBe(config.sovereign.compute.portalInstances);
  });

  it("says the same intent on both clouds: only sizes, ranges and names differ", () => {
    expect(intent(blueprintOf("scaleway-dev"))).toEqual(intent(blueprintOf("dev")));
    expect(intent(blueprintOf("prod"))).toEqual(intent(blueprintOf("dev")));
  });

  it("carves the tiers from the first half of the range and one /24 per workspace slot from the second", () => {
    const blueprint = blueprintOf("scaleway-dev");
    expect(NETWORK_TIERS.map((tier) => blueprint.network.tiers[tier].cidr)).toEqual(["10.220.0.0/19", "10.220.32.0/19", "10.220.64.0/19", "10.220.96.0/19"]);
    expect(blueprint.workspaces.map((w) => w.cidr)).toEqual(["10.220.128.0/24", "10.220.129.0/24"]);
  });

  it("opens nothing to the Internet but HTTPS to the ingress tier, SSH only from the operators to the bastion and from the bastion on", () => {
    const flows = blueprintOf("dev").network.flows;
    expect(flows.filter((f) => f.from === "internet")).toEqual([expect.objectContaining({ to: "ingress", port: 443, protocol: "tcp" })]);
    expect(flows.filter((f) => f.to === "internet")).toEqual([]);
    const ssh = flows.filter((f) => f.port === 22);
    expect(ssh.filter((f) => f.from === "operators").map((f) => f.to)).toEqual(["administration"]);
    expect(ssh.every((f) => f.from === "operators" || f.from === "administration")).toBe(true);
    expect(flows.filter((f) => f.to === "data")).toEqual([expect.objectContaining({ from: "application", port: 5432 }), expect.objectContaining({ from: "administration", port: 22 })]);
    expect(flows.filter((f) => f.from === "workspaces").map((f) => f.to)).toEqual(["cloud-services"]);
    for (const flow of flows) expect(flow.purpose.length).toBeGreaterThan(5);
  });

  it("keeps the raw zone immutable, every zone versioned, private and encrypted, and protects every data store", () => {
    const blueprint = blueprintOf("dev");
    expect(blueprint.dataLake.zones.map((z) => [z.name, z.immutable])).toEqual([
      ["raw", true],
      ["pseudonymised", false],
      ["extracts", false],
    ]);
    expect(blueprint.dataLake).toMatchObject({ versioned: true, private: true, encryptionKey: blueprint.secrets.dataLakeKey });
    expect(blueprint.database).toMatchObject({ encryptedAtRest: true, backups: "same-region", publicEndpoint: false, clients: ["application"] });
    expect(blueprint.protection.preventDestroy).toBe(true);
  });

  it("refuses a range or a workspace slot the address plan cannot hold, with one line naming the stack and the field", () => {
    const dev = openStackConfig("dev");
    expectRefused(
      () => landingZoneBlueprint({ ...dev, sovereign: { ...dev.sovereign, networkCidr: "10.210.0.0/24" } }, "sovereign-dev"),
      "sovereign-dev: sovereign.networkCidr: refused: '10.210.0.0/24' must be a /8 to /20",
    );
    const scaleway = scalewayDevConfig();
    const workspace = { ...scaleway.sovereign.workspaces[0], networkSlot: 200 };
    let error: unknown;
    try {
      landingZoneBlueprint({ ...scaleway, sovereign: { ...scaleway.sovereign, workspaces: [workspace] } }, "sovereign-scaleway-dev");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InsecurePropsError);
    expect((error as Error).message).toBe("sovereign-scaleway-dev: sovereign.workspaces[synthetic-cohort-a].networkSlot: refused: slot 200 is outside 0..127");
  });
});

/**
 * The OpenStack family realises every flow of the blueprint with its security groups (and nothing else
 * reaches the Internet: sovereign-stack.test.ts).
 */
describe.each(["dev", "prod"])("the OpenStack landing zone of %s", (name) => {
  const stack = sovereignStack(name);
  const json = JSON.parse(Testing.synth(stack)) as SynthesizedJson;
  const config = openStackConfig(name);
  const groups = resourcesOf(json, "openstack_networking_secgroup_v2");
  const groupRef = (groupName: string) => `\${openstack_networking_secgroup_v2.${Object.keys(groups).find((id) => groups[id].name === `hdh-${name}-${groupName}`)}.id}`;
  const rules = Object.values(resourcesOf(json, "openstack_networking_secgroup_rule_v2"));
  const workspaceGroups = config.sovereign.workspaces.map((w) => `ws-${w.id}`);
  /** The security groups of a peer's servers (the bastion's group is the administration tier's). */
  const groupsOf = (peer: FlowPeer): string[] => (peer === "workspaces" ? workspaceGroups : peer === "administration" ? ["bastion"] : [peer]);
  const tierCidr = (peer: FlowPeer) => stack.blueprint.network.tiers[peer as (typeof NETWORK_TIERS)[number]]?.cidr;
  const allows = (rule: Record<string, unknown>, flow: NetworkFlow) => rule.protocol === flow.protocol && rule.port_range_min === flow.port && rule.port_range_max === flow.port;

  /** A flow is realised when the destination's group admits it and, for flows to ranges, the source's group lets it out. */
  const realised = (flow: NetworkFlow): boolean => {
    if (flow.to === "cloud-services") {
      return groupsOf(flow.from).every((group) =>
        config.sovereign.httpsEgressCidrs.every((cidr) => rules.some((r) => r.direction === "egress" && r.security_group_id === groupRef(group) && r.remote_ip_prefix === cidr && allows(r, flow))),
      );
    }
    const sources =
      flow.from === "internet" ? ["0.0.0.0/0", "::/0"] : flow.from === "operators" ? config.sovereign.adminSourceCidrs : flow.from === "ingress" ? [tierCidr("application")] : undefined;
    return groupsOf(flow.to).every((group) =>
      sources
        ? sources.every((cidr) => rules.some((r) => r.direction === "ingress" && r.security_group_id === groupRef(group) && r.remote_ip_prefix === cidr && allows(r, flow)))
        : groupsOf(flow.from).every((source) => rules.some((r) => r.direction === "ingress" && r.security_group_id === groupRef(group) && r.remote_group_id === groupRef(source) && allows(r, flow))),
    );
  };

  it.each(stack.blueprint.network.flows.map((flow) => [`${flow.from} -> ${flow.to}:${flow.port}`, flow]))("realises the flow %s", (_, flow) => {
    expect(realised(flow as NetworkFlow)).toBe(true);
  });

  it("has no admin-port ingress the blueprint does not list", () => {
    const listed = (rule: Record<string, unknown>) => stack.blueprint.network.flows.some((flow) => allows(rule, flow) && flow.port === 22);
    const ssh = rules.filter((r) => r.direction === "ingress" && r.port_range_min === 22);
    expect(ssh.every(listed)).toBe(true);
    expect(ssh.filter((r) => r.remote_ip_prefix).map((r) => r.remote_ip_prefix)).toEqual(config.sovereign.adminSourceCidrs);
  });
});
