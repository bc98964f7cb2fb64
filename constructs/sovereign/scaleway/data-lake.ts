import { Construct } from "constructs";
import type { ObjectBucket } from "../../../.gen/providers/scaleway/object-bucket";
import type { DataLakeZone, DataLakeZoneBlueprint } from "../blueprint";
import type { SovereignContext } from "../context";
import { ProtectedBucket, type ObjectLockProps } from "./storage";

export interface ScalewayDataLakeProps {
  readonly context: SovereignContext;
  readonly region: string;
  /** The environment's project: only its principals with Object Storage and Key Manager rights reach the lake. */
  readonly projectId: string;
  readonly zones: readonly DataLakeZoneBlueprint[];
  /** The Key Manager key every zone is encrypted with (SSE-KMS). */
  readonly encryptionKeyId: string;
  /** Object lock of the immutable zones. */
  readonly immutableRetention: ObjectLockProps;
}

/**
 * The data lake as one Object Storage bucket per zone: private, versioned, encrypted with the data lake's
 * Key Manager key, protected from destroy; the zones whose data must not change (raw) under object lock.
 */
export class ScalewayDataLake extends Construct {
  readonly buckets = {} as Record<DataLakeZone, ObjectBucket>;
  readonly stores = {} as Record<DataLakeZone, ProtectedBucket>;

  constructor(scope: Construct, id: string, props: ScalewayDataLakeProps) {
    super(scope, id);
    for (const zone of props.zones) {
      const store = new ProtectedBucket(this, zone.name, {
        context: props.context,
        name: `datalake-${zone.name}`,
        region: props.region,
        projectId: props.projectId,
        encryptionKeyId: props.encryptionKeyId,
        contents: zone.contents,
        objectLock: zone.immutable ? props.immutableRetention : undefined,
      });
      this.stores[zone.name] = store;
      this.buckets[zone.name] = store.bucket;
    }
  }
}
