import { Construct } from "constructs";
import type { IdentityProjectV3 } from "../../../.gen/providers/openstack/identity-project-v3";
import type { ObjectstorageContainerV1 } from "../../../.gen/providers/openstack/objectstorage-container-v1";
import { WORKSPACE_TEAMS } from "../blueprint";
import { SSH_PORT } from "./bastion";
import { ServerFleet, type ComputeCatalog } from "./compute";
import type { SovereignContext } from "../context";
import { InsecurePropsError } from "../errors";
import { keystoneTeams, ProjectIdentity, type KeystoneRoles } from "./identity";
import { PrivateNetwork, type EdgeRouter } from "./network";
import { EncryptionKey } from "./secrets";
import { HTTPS_PORT, LeastPrivilegeSecurityGroup } from "./security-group";
import { ProtectedContainer, type VolumeTypeRef } from "./storage";

export interface ResearchWorkspaceProps {
  readonly context: SovereignContext;
  /** The approved research project's short id, e.g. `cancer-registry-2026`. */
  readonly workspaceId: string;
  readonly title?: string;
  /** The workspace's own subnet (AddressPlan.workspaceCidr of its slot). */
  readonly cidr: string;
  readonly flavorName: string;
  readonly imageName: string;
  readonly instanceCount: number;
  /** Size of each server's encrypted data volume. */
  readonly volumeSizeGb: number;
  readonly sshPublicKey?: string;
  readonly catalog: ComputeCatalog;
  readonly volumeType: VolumeTypeRef;
  /** The edge router: routes bastion and portal traffic in, HTTPS egress out. */
  readonly router: EdgeRouter;
  /** The only groups that may reach the workspace: the bastion (SSH) and the portal's servers (HTTPS). */
  readonly bastionGroup: LeastPrivilegeSecurityGroup;
  readonly portalGroup: LeastPrivilegeSecurityGroup;
  /** Where the workspace may open HTTPS connections (object storage, key manager). */
  readonly httpsEgressCidrs: readonly string[];
  /** The environment's project: the workspace's project nests under it. */
  readonly parentProject: IdentityProjectV3;
  readonly roles: KeystoneRoles;
  /** Refused when true: a workspace is reachable only through the bastion or the portal. */
  readonly publicAccess?: boolean;
}

/**
 * An approved research project's workspace ("espace projet"): its own Keystone project and researchers'
 * group, network and security group (SSH only from the bastion, HTTPS only from the portal), servers
 * sized by props, its own extract container readable only by its project, and its own encryption key.
 * Workspaces share nothing with each other.
 */
export class ResearchWorkspace extends Construct {
  readonly identity: ProjectIdentity;
  readonly network: PrivateNetwork;
  readonly securityGroup: LeastPrivilegeSecurityGroup;
  readonly fleet: ServerFleet;
  readonly extractContainer: ObjectstorageContainerV1;
  readonly encryptionKey: EncryptionKey;

  constructor(scope: Construct, id: string, props: ResearchWorkspaceProps) {
    super(scope, id);
    if (props.publicAccess) throw new InsecurePropsError(this, "publicAccess", "a workspace is reachable only through the bastion or the portal");
    const name = `ws-${props.workspaceId}`;
    const context: SovereignContext = props.context;

    this.identity = new ProjectIdentity(this, "identity", {
      context,
      name,
      description: `Research workspace ${props.workspaceId}${props.title ? `: ${props.title}` : ""}`,
      roles: props.roles,
      teams: keystoneTeams(WORKSPACE_TEAMS),
      parent: props.parentProject,
    });
    this.network = new PrivateNetwork(this, "network", { context, name, cidr: props.cidr, tier: "workspace", router: props.router });

    this.securityGroup = new LeastPrivilegeSecurityGroup(this, "security-group", {
      context,
      name,
      tier: "workspace",
      description: `Workspace ${props.workspaceId}: SSH from the bastion, HTTPS from the portal`,
    })
      .allowFromGroup(props.bastionGroup, { port: SSH_PORT, description: "SSH from the bastion" })
      .allowFromGroup(props.portalGroup, { port: HTTPS_PORT, description: "HTTPS from the researcher portal" })
      .allowToCidr(props.cidr, { port: 1, toPort: 65535, description: "Within the workspace" })
      .allowToCidr(props.cidr, { port: 53, protocol: "udp", description: "DNS from the subnet's resolver" });
    for (const cidr of props.httpsEgressCidrs) {
      this.securityGroup.allowToCidr(cidr, { port: HTTPS_PORT, description: "HTTPS to the cloud's services" });
    }

    this.fleet = new ServerFleet(this, "servers", {
      context,
      name,
      catalog: props.catalog,
      flavorName: props.flavorName,
      imageName: props.imageName,
      instanceCount: props.instanceCount,
      network: this.network,
      securityGroups: [this.securityGroup],
      volumeType: props.volumeType,
      dataVolumeSizeGb: props.volumeSizeGb,
      sshPublicKey: props.sshPublicKey,
      labels: { role: "research-workspace", workspace: props.workspaceId },
    });
    this.extractContainer = new ProtectedContainer(this, "extract", {
      context,
      name: `${name}-extract`,
      readerProjectIds: [this.identity.project.id],
      writerProjectIds: [this.identity.project.id],
      contents: `extract of research project ${props.workspaceId}`,
    }).container;
    this.encryptionKey = new EncryptionKey(this, "encryption-key", { context, name: `${name}-key` });
  }
}
