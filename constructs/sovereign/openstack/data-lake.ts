import { Construct } from "constructs";
import type { ObjectstorageContainerV1 } from "../../../.gen/providers/openstack/objectstorage-container-v1";
import type { SovereignContext } from "../context";
import { ProtectedContainer } from "./storage";

/** The data lake's zones, from what the platform receives to what it hands to research projects. */
export const DATA_LAKE_ZONES = ["raw", "pseudonymised", "extracts"] as const;
export type DataLakeZone = (typeof DATA_LAKE_ZONES)[number];

const ZONE_CONTENTS: Readonly<Record<DataLakeZone, string>> = {
  raw: "raw health data as received",
  pseudonymised: "pseudonymised health data",
  extracts: "per-project extracts before delivery",
};

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
