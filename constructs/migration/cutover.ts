import type { TerraformResource } from "cdktf";
import { Construct } from "constructs";
import type { SovereignMigrationTarget } from "./sovereign-target";

export interface CutoverProps {
  readonly target: SovereignMigrationTarget;
  /** Relative name of the portal's record in the sovereign zone, e.g. `portal`. */
  readonly portalRecordName: string;
}

/**
 * Cutover of the portal: its DNS record in the sovereign zone (Designate, Scaleway Domains and DNS) points
 * to the sovereign load balancer once every workload is cut over. (The cut-over legacy containers are made
 * read-only by the legacy stack itself: see DataLakeStore.freeze.)
 */
export class Cutover extends Construct {
  /** The portal record, when the portal has moved. */
  portalRecord?: TerraformResource;

  constructor(scope: Construct, id: string, private readonly props: CutoverProps) {
    super(scope, id);
  }

  /** Points the portal's name to the sovereign load balancer. */
  movePortal(): TerraformResource {
    this.portalRecord = this.props.target.portalRecord(this, "portal-record", this.props.portalRecordName);
    return this.portalRecord;
  }
}
