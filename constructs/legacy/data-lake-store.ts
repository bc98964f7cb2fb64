import { Construct } from "constructs";
import { ManagementLock } from "@cdktf/provider-azurerm/lib/management-lock";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import type { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import { StorageAccountCustomerManagedKeyA as StorageAccountCustomerManagedKey } from "@cdktf/provider-azurerm/lib/storage-account-customer-managed-key";
import { StorageContainer } from "@cdktf/provider-azurerm/lib/storage-container";
import { StorageContainerImmutabilityPolicy } from "@cdktf/provider-azurerm/lib/storage-container-immutability-policy";
import type { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import type { KeyVaultKey } from "@cdktf/provider-azurerm/lib/key-vault-key";
import type { LegacyDataStoreConfig } from "../../config/environment";
import type { LegacyAdoption } from "./adoption";
import type { PrivateLink } from "./private-link";

/** Days an object of a cut-over container stays immutable; the unlocked policy is removed at decommissioning. */
export const CUTOVER_RETENTION_DAYS = 365;

export interface DataLakeStoreProps {
  readonly store: LegacyDataStoreConfig;
  readonly resourceGroup: ResourceGroup;
  readonly privateLink: PrivateLink;
  /** Key Vault and key that encrypt the account (customer-managed key). */
  readonly keyVault: KeyVault;
  readonly encryptionKey: KeyVaultKey;
  readonly adoption: LegacyAdoption;
  /**
   * Containers whose dataset is decommissioned with a recorded verification: only they may be destroyed.
   * Every other container, and the account while any of its containers is protected, keeps prevent_destroy.
   */
  readonly destroyableContainers: ReadonlySet<string>;
  readonly tags: Record<string, string>;
}

/**
 * One ADLS Gen2 storage account of the legacy estate with its containers: hierarchical namespace,
 * TLS 1.2, HTTPS only, no public network access and no anonymous access, infrastructure (double)
 * encryption with a customer-managed key, soft delete; reachable through private endpoints only.
 */
export class DataLakeStore extends Construct {
  readonly account: StorageAccount;
  readonly containers: Record<string, StorageContainer>;
  private readonly adoption: LegacyAdoption;
  private readonly storeName: string;

  constructor(scope: Construct, id: string, props: DataLakeStoreProps) {
    super(scope, id);
    this.adoption = props.adoption;
    this.storeName = props.store.name;
    const { store, resourceGroup, adoption, destroyableContainers } = props;
    const protectAccount = store.containers.some((c) => !destroyableContainers.has(c));
    this.account = new StorageAccount(this, "account", {
      name: store.accountName,
      resourceGroupName: resourceGroup.name,
      location: resourceGroup.location,
      accountKind: "StorageV2",
      accountTier: "Standard",
      // Geo-zone-redundant: a copy in the paired region, francesouth, for disaster recovery.
      accountReplicationType: "GZRS",
      isHnsEnabled: true,
      minTlsVersion: "TLS1_2",
      httpsTrafficOnlyEnabled: true,
      publicNetworkAccessEnabled: false,
      allowNestedItemsToBePublic: false,
      crossTenantReplicationEnabled: false,
      infrastructureEncryptionEnabled: true,
      // Account-key signing stays on: the migration's read+list container SAS is signed with it.
      sharedAccessKeyEnabled: true,
      defaultToOauthAuthentication: true,
      identity: { type: "SystemAssigned" },
      blobProperties: {
        // Blob versioning is not available with a hierarchical namespace: soft delete protects instead.
        versioningEnabled: false,
        deleteRetentionPolicy: { days: 30 },
        containerDeleteRetentionPolicy: { days: 30 },
      },
      networkRules: { defaultAction: "Deny", bypass: ["AzureServices"] },
      tags: { ...props.tags, "data-store": store.name },
      lifecycle: { preventDestroy: protectAccount },
    });
    adoption.adopt(this.account, `storageAccount.${store.name}`, adoption.inGroup(resourceGroup, "Microsoft.Storage/storageAccounts", store.accountName), {
      expectedName: store.accountName,
    });

    // The account's identity unwraps its key; the key itself never leaves the HSM. The assignment's name
    // is a GUID derived from its scope, role and account, so that its import ID can be computed.
    const keyAccessName = `roleAssignment.keyAccess.${store.name}`;
    const roleDefinitionName = "Key Vault Crypto Service Encryption User";
    const guid = adoption.guidName(keyAccessName, `${adoption.idOf(props.keyVault)}|${roleDefinitionName}|${adoption.idOf(this.account)}`);
    const keyAccess = new RoleAssignment(this, "key-access", {
      name: guid,
      scope: props.keyVault.id,
      roleDefinitionName,
      principalId: this.account.identity.principalId,
    });
    adoption.adopt(keyAccess, keyAccessName, adoption.extensionOf(props.keyVault, "Microsoft.Authorization/roleAssignments", guid), {
      expectedName: guid,
      dependsOn: [this.account],
    });
    const cmk = new StorageAccountCustomerManagedKey(this, "encryption", {
      storageAccountId: this.account.id,
      keyVaultId: props.keyVault.id,
      keyName: props.encryptionKey.name,
    });
    adoption.adopt(cmk, `customerManagedKey.${store.name}`, adoption.sameAs(this.account), { expectedName: store.accountName, dependsOn: [props.encryptionKey] });

    this.containers = {};
    for (const containerName of store.containers) {
      const container = new StorageContainer(this, `container-${containerName}`, {
        name: containerName,
        storageAccountId: this.account.id,
        containerAccessType: "private",
        lifecycle: { preventDestroy: !destroyableContainers.has(containerName) },
      });
      adoption.adopt(container, `container.${store.name}.${containerName}`, adoption.childOf(this.account, "blobServices/default/containers", containerName), {
        expectedName: containerName,
      });
      this.containers[containerName] = container;
    }

    props.privateLink.endpoint(this, store.name, store.accountName, this.account, "blob");
    props.privateLink.endpoint(this, store.name, store.accountName, this.account, "dfs");
  }

  /**
   * Makes a container read-only once its dataset is cut over to the sovereign cloud: a ReadOnly management
   * lock (no control-plane change, no deletion) and an unlocked time-based immutability policy (no
   * overwrite or deletion of its blobs). Both sit on the container itself, so they live where it lives.
   * Both are created by this project at cutover: declared new, never imported.
   */
  freeze(containerName: string, datasetId: string): ManagementLock {
    const container = this.containers[containerName];
    if (!container) throw new Error(`data store ${this.node.id}: no container '${containerName}' to freeze`);
    const scope = new Construct(this, `cutover-${containerName}`);
    const immutability = new StorageContainerImmutabilityPolicy(scope, "immutability", {
      storageContainerResourceManagerId: container.resourceManagerId,
      immutabilityPeriodInDays: CUTOVER_RETENTION_DAYS,
      locked: false,
      protectedAppendWritesEnabled: false,
    });
    const reason = `made at the cutover of dataset ${datasetId}`;
    this.adoption.declareNew(immutability, `immutabilityPolicy.${this.storeName}.${containerName}`, reason);
    const lock = new ManagementLock(scope, "read-only", {
      name: `cutover-${datasetId}`,
      scope: container.resourceManagerId,
      lockLevel: "ReadOnly",
      notes: `Dataset ${datasetId} is cut over to the sovereign cloud: the legacy copy is read-only until decommissioning.`,
      dependsOn: [immutability],
    });
    this.adoption.declareNew(lock, `managementLock.${this.storeName}.${containerName}`, reason);
    return lock;
  }
}
