import { Construct } from "constructs";
import { DnsRecordsetV2 } from "../../.gen/providers/openstack/dns-recordset-v2";
import type { SovereignMigrationTarget } from "./sovereign-target";

export interface CutoverProps {
  readonly target: SovereignMigrationTarget;
  /** Relative name of the portal's record in the sovereign zone, e.g. `portal`. */
  readonly portalRecordName: string;
}

/**
 * Cutover of the portal: its DNS record in the sovereign zone points to the sovereign load balancer once
 * every workload is cut over. (The cut-over legacy containers are made read-only by the legacy stack
 * itself: see DataLakeStore.freeze.)
 */
export class Cutover extends Construct {
  /** The portal record, when the portal has moved. */
  portalRecord?: DnsRecordsetV2;

  constructor(scope: Construct, id: string, private readonly props: CutoverProps) {
    super(scope, id);
  }

  /** Points the portal's name to the sovereign load balancer's VIP. */
  movePortal(): DnsRecordsetV2 {
    const { target, portalRecordName } = this.props;
    this.portalRecord = new DnsRecordsetV2(this, "portal-record", {
      zoneId: target.dnsZone.id,
      name: `${portalRecordName}.${target.dnsZone.name}`,
      type: "A",
      ttl: 300,
      records: [target.portalLoadBalancer.vipAddress],
      description: "Portal, cut over to the sovereign cloud",
    });
    return this.portalRecord;
  }
}
