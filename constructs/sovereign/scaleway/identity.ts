import { Construct } from "constructs";
import { AccountProject } from "../../../.gen/providers/scaleway/account-project";
import { IamApplication } from "../../../.gen/providers/scaleway/iam-application";
import { IamGroup } from "../../../.gen/providers/scaleway/iam-group";
import { IamPolicy } from "../../../.gen/providers/scaleway/iam-policy";
import type { DataAccess, TeamAccess, TeamBlueprint } from "../blueprint";
import { resourceName, resourceTags, type SovereignContext } from "../context";
import { InsecurePropsError } from "../errors";

/**
 * What a project holds decides what its teams' access levels mean: a project with infrastructure
 * (the platform's) or one that holds only data (a research workspace's: its bucket, key and secrets).
 */
export type ProjectHolds = "infrastructure" | "data";

/** The control plane of a project that holds infrastructure: `read` sees it, `operate` acts on it. None reads data. */
const INFRASTRUCTURE_PERMISSION_SETS: Readonly<Record<TeamAccess, readonly string[]>> = {
  read: [
    "InstancesReadOnly",
    "BlockStorageReadOnly",
    "PrivateNetworksReadOnly",
    "VPCReadOnly",
    "VPCGatewayReadOnly",
    "IPAMReadOnly",
    "LoadBalancersReadOnly",
    "RelationalDatabasesReadOnly",
    "DomainsDNSReadOnly",
    "ObjectStorageBucketsRead",
    "KeyManagerReadOnly",
    "SecretManagerReadOnly",
  ],
  operate: [
    "InstancesFullAccess",
    "BlockStorageFullAccess",
    "PrivateNetworksFullAccess",
    "VPCFullAccess",
    "VPCGatewayFullAccess",
    "IPAMFullAccess",
    "LoadBalancersFullAccess",
    "RelationalDatabasesFullAccess",
    "DomainsDNSFullAccess",
    "ObjectStorageBucketsRead",
    "KeyManagerReadOnly",
    "SecretManagerReadOnly",
  ],
};

/**
 * Access to the data itself: objects, and the Key Manager operations SSE-KMS needs to read and write
 * them. Never deletion of objects, keys or secrets, never the secrets' values.
 */
const DATA_PERMISSION_SETS: Readonly<Record<DataAccess, readonly string[]>> = {
  none: [],
  "read-write": ["ObjectStorageBucketsRead", "ObjectStorageObjectsRead", "ObjectStorageObjectsWrite", "KeyManagerKeyEncrypt", "KeyManagerKeyDecrypt"],
};

/**
 * Permission sets never granted by the landing zone: they let a principal grant itself anything, read
 * every secret, or destroy keys and projects.
 */
export const FORBIDDEN_PERMISSION_SETS: readonly string[] = [
  "AllProductsFullAccess",
  "OrganizationManager",
  "IAMManager",
  "IAMPolicyManager",
  "IAMGroupManager",
  "IAMApplicationManager",
  "ProjectManager",
  "KeyManagerFullAccess",
  "KeyManagerKeyDelete",
  "SecretManagerFullAccess",
  "SecretManagerSecretDelete",
  "ObjectStorageFullAccess",
  "ObjectStorageBucketsDelete",
  "ObjectStorageBucketPolicyFullAccess",
];

/** The permission sets a team gets on a project, from its access levels and what the project holds. */
export function teamPermissionSets(team: TeamBlueprint, holds: ProjectHolds): string[] {
  const controlPlane = holds === "infrastructure" ? INFRASTRUCTURE_PERMISSION_SETS[team.access] : [];
  return [...new Set([...controlPlane, ...DATA_PERMISSION_SETS[team.data]])];
}

export interface ScalewayProjectProps {
  readonly context: SovereignContext;
  /** Name suffix: `platform` gives `hdh-dev-platform`. */
  readonly name: string;
  readonly description: string;
}

/** A Scaleway project: the scope of every IAM rule of the landing zone (never the whole organization). */
export class ScalewayProject extends Construct {
  readonly project: AccountProject;

  constructor(scope: Construct, id: string, props: ScalewayProjectProps) {
    super(scope, id);
    this.project = new AccountProject(this, "project", { name: resourceName(props.context, props.name), description: props.description });
  }

  get id(): string {
    return this.project.id;
  }
}

export interface ProjectPolicyProps {
  readonly context: SovereignContext;
  readonly name: string;
  readonly description: string;
  /** The one project the rule applies to. */
  readonly projectId: string;
  readonly permissionSets: readonly string[];
  /** The principal: a group or an application. */
  readonly groupId?: string;
  readonly applicationId?: string;
  /**
   * An IAM condition (CEL) narrowing the rule further, e.g. `inIpRange(request.ip, "203.0.113.7/32")` (where the
   * requests come from) or `resource.id == "<uuid>"` (one key, for the products that support resource-level
   * conditions); none by default.
   */
  readonly condition?: string;
}

/**
 * An IAM policy with one rule, scoped to one project. Refused: an empty rule, a permission set that lets a
 * principal escalate or destroy (FORBIDDEN_PERMISSION_SETS), a policy without exactly one principal.
 */
export class ProjectPolicy extends Construct {
  readonly policy: IamPolicy;

  constructor(scope: Construct, id: string, props: ProjectPolicyProps) {
    super(scope, id);
    if ((props.groupId === undefined) === (props.applicationId === undefined)) {
      throw new InsecurePropsError(this, "groupId", "a policy has exactly one principal: a group or an application");
    }
    if (props.permissionSets.length === 0) throw new InsecurePropsError(this, "permissionSets", "a policy grants at least one permission set");
    const forbidden = props.permissionSets.filter((set) => FORBIDDEN_PERMISSION_SETS.includes(set));
    if (forbidden.length > 0) {
      throw new InsecurePropsError(this, "permissionSets", `${forbidden.join(", ")} would let the principal escalate its rights or destroy keys, secrets or data`);
    }
    this.policy = new IamPolicy(this, "policy", {
      name: resourceName(props.context, props.name),
      description: props.description,
      groupId: props.groupId,
      applicationId: props.applicationId,
      rule: [{ projectIds: [props.projectId], permissionSetNames: [...props.permissionSets].sort(), condition: props.condition }],
      tags: resourceTags(props.context),
    });
  }
}

export interface TeamGroupsProps {
  readonly context: SovereignContext;
  /** Name prefix of the groups, e.g. `platform` gives `hdh-dev-platform-operators`. */
  readonly name: string;
  readonly project: ScalewayProject;
  readonly holds: ProjectHolds;
  readonly teams: readonly TeamBlueprint[];
}

/**
 * One IAM group per team, each with one policy on the project and nothing else. People join groups
 * through the organization's identity provider (memberships are managed outside Terraform).
 */
export class TeamGroups extends Construct {
  readonly groups: Record<string, IamGroup> = {};

  constructor(scope: Construct, id: string, props: TeamGroupsProps) {
    super(scope, id);
    for (const team of props.teams) {
      const project = resourceName(props.context, props.name);
      const group = new IamGroup(this, `group-${team.name}`, {
        name: resourceName(props.context, props.name, team.name),
        description: `${team.name} of ${project} (${team.access}, data ${team.data})`,
        externalMembership: true,
        tags: resourceTags(props.context),
      });
      new ProjectPolicy(this, `policy-${team.name}`, {
        context: props.context,
        name: `${props.name}-${team.name}`,
        description: `${team.name}: ${team.access} on ${project}, data ${team.data}`,
        projectId: props.project.id,
        permissionSets: teamPermissionSets(team, props.holds),
        groupId: group.id,
      });
      this.groups[team.name] = group;
    }
  }
}

export interface ServiceApplicationProps {
  readonly context: SovereignContext;
  /** Name suffix, e.g. `portal`. */
  readonly name: string;
  readonly description: string;
  readonly projectId: string;
  readonly permissionSets: readonly string[];
}

/**
 * An IAM application (a service's identity) with one policy on one project. Its API keys are issued by
 * the operators, with an expiry, outside Terraform: a key made here would sit in the state.
 */
export class ServiceApplication extends Construct {
  readonly application: IamApplication;

  constructor(scope: Construct, id: string, props: ServiceApplicationProps) {
    super(scope, id);
    this.application = new IamApplication(this, "application", {
      name: resourceName(props.context, props.name),
      description: props.description,
      tags: resourceTags(props.context),
    });
    new ProjectPolicy(this, "policy", {
      context: props.context,
      name: `${props.name}-application`,
      description: props.description,
      projectId: props.projectId,
      permissionSets: props.permissionSets,
      applicationId: this.application.id,
    });
  }
}
