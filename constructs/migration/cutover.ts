import { Construct } from "constructs";
import { DataAzurermStorageAccount } from "@cdktf/provider-azurerm/lib/data-azurerm-storage-account";
import { ManagementLock } from "@cdktf/provider-azurerm/lib/management-lock";
import { StorageContainerImmutabilityPolicy } from "@cdktf/provider-azurerm/lib/storage-container-immutability-policy";
import { DnsRecordsetV2 } from "../../.gen/providers/openstack/dns-recordset-v2";
import type { LegacyDataStoreConfig } from "../../config/environment";
import type { MigrationDataset } from "../../config/migration/plan";
import type { LegacyNames } from "../legacy/naming";
import type { SovereignMigrationTarget } from "./sovereign-target";

export interface CutoverProps {
  readonly legacyNames: LegacyNames;
  readonly target: SovereignMigrationTarget;
  /** Relative name of the portal's record in the sovereign zone, e.g. `portal`. */
  readonly portalRecordName: string;
}

/** Days an object of a cut-over container stays immutable; the unlocked policy is removed at decommissioning. */
export const CUTOVER_RETENTION_DAYS = 365;

/**
 * Cutover. The portal's DNS record in the sovereign zone points to the sovereign load balancer once every
 * workload is cut over; each cut-over legacy container becomes read-only: a ReadOnly management lock on the
 * container (no control-plane change, no deletion) and an unlocked time-based immutability policy (no
 * overwrite or deletion of its blobs). Decommissioned datasets get neither, so their store can be removed.
 */
export class Cutover extends Construct {
  /** The portal record, when the portal has moved. */
  portalRecord?: DnsRecordsetV2;
  readonly locks: Record<string, ManagementLock> = {};
  private readonly accounts = new Map<string, DataAzurermStorageAccount>();

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

  /** Makes the legacy container of a cut-over dataset read-only. */
  freezeLegacyContainer(dataset: MigrationDataset, store: LegacyDataStoreConfig): ManagementLock {
    const account = this.account(store);
    const scope = new Construct(this, dataset.id);
    const containerId = `${account.id}/blobServices/default/containers/${dataset.legacyStore.container}`;
    const immutability = new StorageContainerImmutabilityPolicy(scope, "immutability", {
      storageContainerResourceManagerId: containerId,
      immutabilityPeriodInDays: CUTOVER_RETENTION_DAYS,
      locked: false,
      protectedAppendWritesEnabled: false,
    });
    const lock = new ManagementLock(scope, "read-only", {
      name: `cutover-${dataset.id}`,
      scope: containerId,
      lockLevel: "ReadOnly",
      notes: `Dataset ${dataset.id} is cut over to the sovereign cloud: the legacy copy is read-only until decommissioning.`,
      dependsOn: [immutability],
    });
    this.locks[dataset.id] = lock;
    return lock;
  }

  private account(store: LegacyDataStoreConfig): DataAzurermStorageAccount {
    let account = this.accounts.get(store.name);
    if (!account) {
      account = new DataAzurermStorageAccount(this, `account-${store.name}`, { name: store.accountName, resourceGroupName: this.props.legacyNames.resourceGroup });
      this.accounts.set(store.name, account);
    }
    return account;
  }
}
