import { Construct } from "constructs";
import type { ObjectstorageContainerV1 } from "../../../.gen/providers/openstack/objectstorage-container-v1";
import { DATA_LAKE_CONTENTS as ZONE_CONTENTS, DATA_LAKE_ZONES, type DataLakeZone } from "../blueprint";
import type { SovereignContext } from "../context";
import { ProtectedContainer } from "./storage";

// The zones are the blueprint's. Swift has no object lock: the raw zone's immutability rests on versioning.
export { DATA_LAKE_ZONES, type DataLakeZone };

export interface DataLakeProps {
  readonly context: SovereignContext;
  /** The environment's Keystone project: only its identities read and write the lake. */
  readonly projectId: string;
}

/** The data lake's three Swift containers, versioned, private to the environment's project, protected from destroy. */
export class DataLake extends Construct {
  readonly containers = {} as Record<DataLakeZone, ObjectstorageContainerV1>;

  constructor(scope: Construct, id: string, props: DataLakeProps) {
    super(scope, id);
    for (const zone of DATA_LAKE_ZONES) {
      this.containers[zone] = new ProtectedContainer(this, zone, {
        context: props.context,
        name: `datalake-${zone}`,
        readerProjectIds: [props.projectId],
        writerProjectIds: [props.projectId],
        contents: ZONE_CONTENTS[zone],
      }).container;
    }
  }
}
