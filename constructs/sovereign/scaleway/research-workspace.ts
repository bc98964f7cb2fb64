import { Construct } from "constructs";
import type { ObjectBucket } from "../../../.gen/providers/scaleway/object-bucket";
import type { WorkspaceBlueprint } from "../blueprint";
import type { SovereignContext } from "../context";
import { InsecurePropsError } from "../errors";
import { ScalewayServerFleet } from "./compute";
import { ScalewayProject, TeamGroups } from "./identity";
import type { ScalewayLocality } from "./locality";
import { ScalewayPrivateNetwork, type LandingZoneVpc, type PublicGateway } from "./network";
import { ManagedKey } from "./secrets";
import { ProtectedBucket } from "./storage";

export interface ScalewayResearchWorkspaceProps {
  readonly context: SovereignContext;
  readonly locality: ScalewayLocality;
  readonly workspace: WorkspaceBlueprint;
  /** The platform's project: the workspace's servers, volumes and network live there, in the platform's VPC. */
  readonly platformProjectId: string;
  readonly vpc: LandingZoneVpc;
  /** The gateway: the workspace's way out (HTTPS to the cloud's services) and its bastion's way in. */
  readonly gateway: PublicGateway;
  readonly volumeIops: number;
  readonly keyRotationDays?: number;
  /** Refused when true: a workspace is reachable only through the bastion or the portal. */
  readonly publicAccess?: boolean;
}

/**
 * An approved research project's workspace ("espace projet") on Scaleway. Its own Scaleway project
 * holds what is the project's: its researchers' group and policy (objects and keys of that project only),
 * its Key Manager key, its extract bucket (SSE-KMS with that key) and the LUKS passphrases of its volumes,
 * which its researchers cannot read. Its servers run in the platform's VPC, on a private network of its
 * own that the network ACLs open to the portal (HTTPS) only; SSH comes through the gateway's bastion; no
 * workspace reaches another.
 */
export class ScalewayResearchWorkspace extends Construct {
  readonly project: ScalewayProject;
  readonly teams: TeamGroups;
  readonly network: ScalewayPrivateNetwork;
  readonly fleet: ScalewayServerFleet;
  readonly key: ManagedKey;
  readonly extract: ObjectBucket;

  constructor(scope: Construct, id: string, props: ScalewayResearchWorkspaceProps) {
    super(scope, id);
    if (props.publicAccess) throw new InsecurePropsError(this, "publicAccess", "a workspace is reachable only through the bastion or the portal");
    const { context, workspace, locality } = props;
    const name = `ws-${workspace.id}`;
    this.project = new ScalewayProject(this, "project", {
      context,
      name,
      description: `Research workspace ${workspace.id}${workspace.title ? `: ${workspace.title}` : ""}`,
    });
    this.teams = new TeamGroups(this, "teams", { context, name, project: this.project, holds: "data", teams: workspace.teams });
    this.network = new ScalewayPrivateNetwork(this, "network", {
      context,
      vpc: props.vpc,
      projectId: props.platformProjectId,
      name,
      tier: "workspace",
      cidr: workspace.cidr,
    });
    props.gateway.attach(this, "gateway", this.network);
    this.fleet = new ScalewayServerFleet(this, "servers", {
      context,
      name: workspace.servers.name,
      locality,
      projectId: props.platformProjectId,
      secretsProjectId: this.project.id,
      type: workspace.servers.size,
      image: workspace.servers.image,
      instanceCount: workspace.servers.instanceCount,
      bootVolumeSizeGb: workspace.servers.bootVolumeSizeGb,
      volumeIops: props.volumeIops,
      network: this.network,
      dataVolumeSizeGb: workspace.volumeSizeGb,
      authorizedKeys: workspace.sshPublicKey ? [workspace.sshPublicKey] : [],
      labels: { role: "research-workspace", workspace: workspace.id },
    });
    this.key = new ManagedKey(this, "key", {
      context,
      name: workspace.key,
      description: `Encrypts research workspace ${workspace.id}'s extract`,
      region: locality.region,
      projectId: this.project.id,
      rotationDays: props.keyRotationDays,
    });
    this.extract = new ProtectedBucket(this, "extract", {
      context,
      name: workspace.extract,
      region: locality.region,
      projectId: this.project.id,
      encryptionKeyId: this.key.id,
      contents: `extract of research project ${workspace.id}`,
    }).bucket;
  }
}
