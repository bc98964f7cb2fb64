import { Construct } from "constructs";
import { ServerFleet, type ComputeCatalog } from "./compute";
import type { SovereignContext } from "../context";
import { InsecurePropsError } from "../errors";
import type { PrivateNetwork } from "./network";
import { LeastPrivilegeSecurityGroup } from "./security-group";
import type { VolumeTypeRef } from "./storage";
import { SSH_PORT } from "../ports";

export { SSH_PORT };

export interface BastionProps {
  readonly context: SovereignContext;
  /** The administration tier's network; it must allow floating IPs. */
  readonly network: PrivateNetwork;
  /** The operators' ranges allowed to SSH in; never 0.0.0.0/0, ::/0 or wider than /16. */
  readonly adminSourceCidrs: readonly string[];
  /** Where the bastion may SSH to: the environment's private range. */
  readonly reachableCidr: string;
  readonly catalog: ComputeCatalog;
  readonly flavorName: string;
  readonly imageName: string;
  readonly volumeType: VolumeTypeRef;
  /** The external network the bastion's floating IP comes from. */
  readonly externalNetworkName: string;
  readonly sshPublicKey?: string;
}

/**
 * The single way in for administration: one server in the administration tier, with a floating IP,
 * reachable over SSH only from the operators' ranges. Every other server admits SSH only from its group.
 */
export class Bastion extends Construct {
  readonly securityGroup: LeastPrivilegeSecurityGroup;
  readonly fleet: ServerFleet;

  constructor(scope: Construct, id: string, props: BastionProps) {
    super(scope, id);
    if (props.adminSourceCidrs.length === 0) throw new InsecurePropsError(this, "adminSourceCidrs", "at least one operators' range is needed");
    this.securityGroup = new LeastPrivilegeSecurityGroup(this, "security-group", {
      context: props.context,
      name: "bastion",
      tier: "administration",
      description: "Bastion: SSH from the operators' ranges only",
    });
    for (const cidr of props.adminSourceCidrs) {
      this.securityGroup.allowAdminFromCidr(cidr, { port: SSH_PORT, description: "SSH from the operators' VPN" });
    }
    this.securityGroup.allowToCidr(props.reachableCidr, { port: SSH_PORT, description: "SSH to the landing zone's servers" });
    this.fleet = new ServerFleet(this, "server", {
      context: props.context,
      name: "bastion",
      catalog: props.catalog,
      flavorName: props.flavorName,
      imageName: props.imageName,
      instanceCount: 1,
      network: props.network,
      securityGroups: [this.securityGroup],
      volumeType: props.volumeType,
      floatingIp: { pool: props.externalNetworkName },
      sshPublicKey: props.sshPublicKey,
      labels: { role: "bastion" },
    });
  }
}
