import { Construct } from "constructs";
import { InstanceSecurityGroup } from "../../../.gen/providers/scaleway/instance-security-group";
import { resourceName, resourceTags, type SovereignContext } from "../context";
import { InsecurePropsError } from "../errors";

export interface ClosedSecurityGroupProps {
  readonly context: SovereignContext;
  /** Name suffix, e.g. `portal-fr-par-1`. */
  readonly name: string;
  readonly description: string;
  readonly zone: string;
  readonly projectId: string;
  /** What reaches the servers' public interface when no rule matches: only `drop` is accepted. Default `drop`. */
  readonly inboundDefaultPolicy?: "drop" | "accept";
  /** What leaves it when no rule matches: only `drop` is accepted. Default `drop`. */
  readonly outboundDefaultPolicy?: "drop" | "accept";
  /** Connection tracking (replies to allowed flows pass): only `true` is accepted. Default true. */
  readonly stateful?: boolean;
}

/**
 * A Scaleway security group closed both ways, stateful, SMTP blocked. Scaleway's security groups filter
 * an instance's public interface; the landing zone's servers have none (no flexible or dynamic IP), so
 * the group is the second lock on a door that does not exist: every flow between servers goes through
 * the private networks, under the VPC's network ACLs. It carries no rule: nothing is opened here.
 */
export class ClosedSecurityGroup extends Construct {
  readonly group: InstanceSecurityGroup;

  constructor(scope: Construct, id: string, props: ClosedSecurityGroupProps) {
    super(scope, id);
    if ((props.inboundDefaultPolicy ?? "drop") !== "drop") throw new InsecurePropsError(this, "inboundDefaultPolicy", "a security group starts closed: inbound traffic no rule allows is dropped");
    if ((props.outboundDefaultPolicy ?? "drop") !== "drop") throw new InsecurePropsError(this, "outboundDefaultPolicy", "a security group starts closed: outbound traffic no rule allows is dropped");
    if (props.stateful === false) throw new InsecurePropsError(this, "stateful", "a stateless group would need rules for every reply, which are easy to get too wide");
    this.group = new InstanceSecurityGroup(this, "group", {
      name: resourceName(props.context, props.name),
      description: props.description,
      zone: props.zone,
      projectId: props.projectId,
      inboundDefaultPolicy: "drop",
      outboundDefaultPolicy: "drop",
      stateful: true,
      enableDefaultSecurity: true,
      externalRules: false,
      tags: resourceTags(props.context),
    });
  }

  get id(): string {
    return this.group.id;
  }
}
