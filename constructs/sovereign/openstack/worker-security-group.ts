import type { Construct } from "constructs";
import { NetworkingSecgroupRuleV2 } from "../../../.gen/providers/openstack/networking-secgroup-rule-v2";
import { NetworkingSecgroupV2 } from "../../../.gen/providers/openstack/networking-secgroup-v2";
import type { WorkerEgress } from "../../migration/sovereign-target";

/**
 * The security group of the migration's workers: nothing inbound (Neutron's default rules deleted), only the
 * listed flows outbound. Built in `scope` as `security-group` and `egress-<name>`.
 */
export function workerSecurityGroup(
  scope: Construct,
  props: { readonly name: string; readonly description: string; readonly tags: readonly string[]; readonly egress: readonly WorkerEgress[] },
): NetworkingSecgroupV2 {
  const group = new NetworkingSecgroupV2(scope, "security-group", { name: props.name, description: props.description, deleteDefaultRules: true, tags: [...props.tags] });
  for (const flow of props.egress) {
    new NetworkingSecgroupRuleV2(scope, `egress-${flow.name}`, {
      securityGroupId: group.id,
      direction: "egress",
      ethertype: "IPv4",
      protocol: flow.protocol,
      portRangeMin: flow.port,
      portRangeMax: flow.port,
      remoteIpPrefix: flow.cidr,
    });
  }
  return group;
}
