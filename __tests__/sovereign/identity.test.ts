import { DataOpenstackIdentityRoleV3 } from "../../.gen/providers/openstack/data-openstack-identity-role-v3";
import { IdentityProjectV3 } from "../../.gen/providers/openstack/identity-project-v3";
import { ENVIRONMENT_TEAMS, KeystoneRoles, ProjectIdentity } from "../../constructs/sovereign/openstack/identity";
import { resourcesOf, synth, TEST_CONTEXT, testStack } from "./helpers";

describe("ProjectIdentity", () => {
  it("creates a tagged project, one group per team and one role assignment per group on the project", () => {
    const stack = testStack();
    const roles = new KeystoneRoles(stack, "roles");
    const platform = new ProjectIdentity(stack, "platform", { context: TEST_CONTEXT, name: "platform", description: "d", roles, teams: ENVIRONMENT_TEAMS });
    new ProjectIdentity(stack, "ws", { context: TEST_CONTEXT, name: "ws-a", description: "d", roles, teams: { researchers: "member" }, parent: platform.project });
    const { text, json } = synth(stack);
    expect(text).toHaveResourceWithProperties(IdentityProjectV3, { name: "hdh-test-platform", enabled: true, tags: expect.arrayContaining(["environment=test"]) });
    expect(text).toHaveResourceWithProperties(IdentityProjectV3, { name: "hdh-test-ws-a", parent_id: expect.stringContaining("platform_project") });
    expect(text).toHaveDataSourceWithProperties(DataOpenstackIdentityRoleV3, { name: "reader" });
    expect(Object.keys(json.data?.openstack_identity_role_v3 ?? {}).length).toBe(2);
    const groups = Object.values(resourcesOf(json, "openstack_identity_group_v3")).map((g) => g.name);
    expect(groups.sort()).toEqual(["hdh-test-platform-data-engineers", "hdh-test-platform-operators", "hdh-test-platform-researchers", "hdh-test-ws-a-researchers"]);
    const assignments = Object.values(resourcesOf(json, "openstack_identity_role_assignment_v3"));
    expect(assignments.length).toBe(4);
    const researchers = assignments.find((a) => String(a.group_id).includes("platform_group-researchers"));
    expect(researchers).toMatchObject({ role_id: expect.stringContaining("roles_reader"), project_id: expect.stringContaining("platform_project") });
  });
});
