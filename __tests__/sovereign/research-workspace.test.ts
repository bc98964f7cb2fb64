import { ComputeInstanceV2 } from "../../.gen/providers/openstack/compute-instance-v2";
import { NetworkingSecgroupRuleV2 } from "../../.gen/providers/openstack/networking-secgroup-rule-v2";
import { ObjectstorageContainerV1 } from "../../.gen/providers/openstack/objectstorage-container-v1";
import { ComputeCatalog } from "../../constructs/sovereign/openstack/compute";
import { KeystoneRoles, ProjectIdentity } from "../../constructs/sovereign/openstack/identity";
import { EdgeRouter } from "../../constructs/sovereign/openstack/network";
import { ResearchWorkspace, type ResearchWorkspaceProps } from "../../constructs/sovereign/openstack/research-workspace";
import { LeastPrivilegeSecurityGroup } from "../../constructs/sovereign/openstack/security-group";
import { ENCRYPTED_TYPE, expectRefused, resourcesOf, synth, TEST_CONTEXT, testStack } from "./helpers";

function workspace(overrides: Partial<ResearchWorkspaceProps> = {}) {
  const stack = testStack();
  const roles = new KeystoneRoles(stack, "roles");
  const shared = {
    context: TEST_CONTEXT,
    catalog: new ComputeCatalog(stack, "catalog"),
    volumeType: ENCRYPTED_TYPE,
    router: new EdgeRouter(stack, "edge", { context: TEST_CONTEXT, externalNetworkName: "Ext-Net" }),
    bastionGroup: new LeastPrivilegeSecurityGroup(stack, "bastion", { context: TEST_CONTEXT, name: "bastion", tier: "administration", description: "b" }),
    portalGroup: new LeastPrivilegeSecurityGroup(stack, "portal", { context: TEST_CONTEXT, name: "application", tier: "application", description: "p" }),
    httpsEgressCidrs: ["192.0.2.0/24"],
    parentProject: new ProjectIdentity(stack, "platform", { context: TEST_CONTEXT, name: "platform", description: "p", roles, teams: {} }).project,
    roles,
    imageName: "Debian 12",
  };
  const build = () =>
    new ResearchWorkspace(stack, "ws", { ...shared, workspaceId: "cohort-a", cidr: "10.0.128.0/24", flavorName: "b3-64", instanceCount: 2, volumeSizeGb: 300, ...overrides });
  return { stack, build };
}

describe("ResearchWorkspace", () => {
  it("has its own project, network, group, servers sized by props, extract container and key", () => {
    const { stack, build } = workspace();
    build();
    const { text, json } = synth(stack);
    expect(text).toHaveResourceWithProperties({ tfResourceType: "openstack_identity_project_v3" } as never, { name: "hdh-test-ws-cohort-a", parent_id: expect.stringContaining("platform_project") });
    expect(text).toHaveResourceWithProperties({ tfResourceType: "openstack_networking_subnet_v2" } as never, { cidr: "10.0.128.0/24", tags: expect.arrayContaining(["tier=workspace"]) });
    expect(text).toHaveResourceWithProperties({ tfResourceType: "openstack_networking_router_interface_v2" } as never, { router_id: expect.stringContaining("edge_router") });
    expect(Object.keys(resourcesOf(json, "openstack_compute_instance_v2")).length).toBe(2);
    expect(text).toHaveResourceWithProperties(ComputeInstanceV2, { flavor_id: expect.stringContaining("flavor-b3-64"), tags: expect.arrayContaining(["workspace=cohort-a"]) });
    expect(text).toHaveDataSourceWithProperties({ tfResourceType: "openstack_compute_flavor_v2" } as never, { name: "b3-64" });
    expect(Object.values(resourcesOf(json, "openstack_blockstorage_volume_v3")).map((v) => v.size)).toEqual([300, 300]);
    expect(text).toHaveResourceWithProperties(ObjectstorageContainerV1, {
      name: "hdh-test-ws-cohort-a-extract",
      container_read: expect.stringMatching(/^\$\{openstack_identity_project_v3\.ws_identity_project_\w+\.id\}:\*$/),
      versioning: true,
      lifecycle: { prevent_destroy: true },
    });
    expect(text).toHaveResourceWithProperties({ tfResourceType: "openstack_keymanager_secret_v1" } as never, { name: "hdh-test-ws-cohort-a-key", secret_type: "symmetric" });
    expect(text).toHaveResourceWithProperties({ tfResourceType: "openstack_compute_keypair_v2" } as never, { name: "hdh-test-ws-cohort-a" });
  });

  it("is reachable only from the bastion (SSH) and the portal (HTTPS)", () => {
    const { stack, build } = workspace();
    build();
    const { text, json } = synth(stack);
    const ingress = Object.values(resourcesOf(json, "openstack_networking_secgroup_rule_v2")).filter((r) => r.direction === "ingress");
    expect(ingress.map((r) => `${r.port_range_min} ${String(r.remote_group_id).replace(/_group_\w+\.id\}$/, "").replace("${openstack_networking_secgroup_v2.", "")}`).sort()).toEqual(["22 bastion", "443 portal"]);
    expect(text).toHaveResourceWithProperties(NetworkingSecgroupRuleV2, { direction: "egress", port_range_min: 443, remote_ip_prefix: "192.0.2.0/24" });
    expect(text).not.toHaveResource({ tfResourceType: "openstack_networking_floatingip_v2" } as never);
  });

  it("refuses public access", () => {
    const { build } = workspace({ publicAccess: true });
    expectRefused(build, "test/ws: publicAccess: refused: a workspace is reachable only through the bastion or the portal");
  });

  it("refuses an unencrypted volume type", () => {
    const { build } = workspace({ volumeType: { name: "classic", encryption: "none" } });
    expectRefused(build, /^test\/ws\/servers: volumeType: refused/);
  });
});
