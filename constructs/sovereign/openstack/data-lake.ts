import { Construct } from "constructs";
import type { ObjectstorageContainerV1 } from "../../../.gen/providers/openstack/objectstorage-container-v1";
import { dataLakeZones, type DataLakeZone, type DataLakeZoneBlueprint } from "../blueprint";
import type { SovereignContext } from "../context";
import { ProtectedContainer } from "./storage";

export { DATA_LAKE_ZONES, type DataLakeZone } from "../blueprint";

export interface DataLakeProps {
  readonly context: SovereignContext;
  /** The environment's Keystone project: only its identities read and write the lake. */
  readonly projectId: string;
  /** The blueprint's zones; default every zone. (Swift has no object lock: immutability rests on versioning.) */
  readonly zones?: readonly DataLakeZoneBlueprint[];
}

/** The data lake's three Swift containers, versioned, private to the environment's project, protected from destroy. */
export class DataLake extends Construct {
  readonly containers = {} as Record<DataLakeZone, ObjectstorageContainerV1>;

  constructor(scope: Construct, id: string, props: DataLakeProps) {
    super(scope, id);
    for (const zone of props.zones ?? dataLakeZones()) {
      this.containers[zone.name] = new ProtectedContainer(this, zone.name, {
        context: props.context,
        name: `datalake-${zone.name}`,
        readerProjectIds: [props.projectId],
        writerProjectIds: [props.projectId],
        contents: zone.contents,
      }).container;
    }
  }
}
