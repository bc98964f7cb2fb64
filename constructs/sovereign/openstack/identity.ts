import { Construct } from "constructs";
import { DataOpenstackIdentityRoleV3 } from "../../../.gen/providers/openstack/data-openstack-identity-role-v3";
import { IdentityGroupV3 } from "../../../.gen/providers/openstack/identity-group-v3";
import { IdentityProjectV3 } from "../../../.gen/providers/openstack/identity-project-v3";
import { IdentityRoleAssignmentV3 } from "../../../.gen/providers/openstack/identity-role-assignment-v3";
import { PLATFORM_TEAMS, type TeamBlueprint } from "../blueprint";
import { resourceName, resourceTags, type SovereignContext } from "../context";

/** Keystone's default roles (since Rocky): `reader` sees, `member` acts within the project. */
export type KeystoneRole = "reader" | "member";

/** The blueprint's teams as Keystone roles on their project: `operate` is `member`, `read` is `reader`. */
export function keystoneTeams(teams: readonly TeamBlueprint[]): Record<string, KeystoneRole> {
  return Object.fromEntries(teams.map((team) => [team.name, team.access === "operate" ? "member" : "reader"]));
}

/** The teams that work in an environment and the role each gets on its project. */
export const ENVIRONMENT_TEAMS: Readonly<Record<string, KeystoneRole>> = keystoneTeams(PLATFORM_TEAMS);

/** Keystone roles looked up by name once per stack. */
export class KeystoneRoles extends Construct {
  private readonly roles = new Map<KeystoneRole, DataOpenstackIdentityRoleV3>();

  role(name: KeystoneRole): DataOpenstackIdentityRoleV3 {
    let role = this.roles.get(name);
    if (!role) {
      role = new DataOpenstackIdentityRoleV3(this, name, { name });
      this.roles.set(name, role);
    }
    return role;
  }
}

export interface ProjectIdentityProps {
  readonly context: SovereignContext;
  /** Name suffix: `platform` gives project `hdh-dev-platform`. */
  readonly name: string;
  readonly description: string;
  readonly roles: KeystoneRoles;
  /** Group name suffix → role on this project. */
  readonly teams: Readonly<Record<string, KeystoneRole>>;
  /** Parent project (a workspace's project nests under the environment's). */
  readonly parent?: IdentityProjectV3;
}

/** A Keystone project with one group per team, each granted one role on the project and nothing else. */
export class ProjectIdentity extends Construct {
  readonly project: IdentityProjectV3;
  readonly groups: Record<string, IdentityGroupV3> = {};

  constructor(scope: Construct, id: string, props: ProjectIdentityProps) {
    super(scope, id);
    this.project = new IdentityProjectV3(this, "project", {
      name: resourceName(props.context, props.name),
      description: props.description,
      enabled: true,
      parentId: props.parent?.id,
      tags: resourceTags(props.context),
    });
    for (const [team, role] of Object.entries(props.teams)) {
      const group = new IdentityGroupV3(this, `group-${team}`, {
        name: resourceName(props.context, props.name, team),
        description: `${team} of ${resourceName(props.context, props.name)} (${role})`,
      });
      new IdentityRoleAssignmentV3(this, `role-${team}`, {
        groupId: group.id,
        projectId: this.project.id,
        roleId: props.roles.role(role).id,
      });
      this.groups[team] = group;
    }
  }
}
