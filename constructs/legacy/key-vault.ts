import { Construct } from "constructs";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { KeyVaultKey } from "@cdktf/provider-azurerm/lib/key-vault-key";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import type { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import type { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import type { LegacyAdoption } from "./adoption";
import type { PrivateLink } from "./private-link";

export interface LegacyKeyVaultProps {
  readonly name: string;
  readonly tenantId: string;
  readonly resourceGroup: ResourceGroup;
  readonly privateLink: PrivateLink;
  readonly logAnalytics: LogAnalyticsWorkspace;
  readonly adoption: LegacyAdoption;
  readonly tags: Record<string, string>;
}

/** Keys the estate holds: the storage encryption key and the pseudonymisation key of the data pipeline. */
export const LEGACY_KEYS = ["storage-encryption", "pseudonymisation"] as const;

/**
 * The estate's Key Vault: premium (HSM-backed keys), RBAC authorization, purge protection, no public
 * network access (private endpoint only), audit logs to Log Analytics, keys rotated yearly.
 */
export class LegacyKeyVault extends Construct {
  readonly vault: KeyVault;
  readonly keys: Record<(typeof LEGACY_KEYS)[number], KeyVaultKey>;

  constructor(scope: Construct, id: string, props: LegacyKeyVaultProps) {
    super(scope, id);
    this.vault = new KeyVault(this, "vault", {
      name: props.name,
      resourceGroupName: props.resourceGroup.name,
      location: props.resourceGroup.location,
      tenantId: props.tenantId,
      skuName: "premium",
      rbacAuthorizationEnabled: true,
      purgeProtectionEnabled: true,
      softDeleteRetentionDays: 90,
      publicNetworkAccessEnabled: false,
      networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
      tags: props.tags,
      lifecycle: { preventDestroy: true },
    });
    props.adoption.adopt(this.vault, "keyVault", "keyVault", props.name);

    const keys = {} as Record<(typeof LEGACY_KEYS)[number], KeyVaultKey>;
    for (const keyName of LEGACY_KEYS) {
      const key = new KeyVaultKey(this, `key-${keyName}`, {
        name: keyName,
        keyVaultId: this.vault.id,
        keyType: "RSA-HSM",
        keySize: 3072,
        keyOpts: ["wrapKey", "unwrapKey", "encrypt", "decrypt"],
        rotationPolicy: { expireAfter: "P2Y", notifyBeforeExpiry: "P30D", automatic: { timeBeforeExpiry: "P60D" } },
        lifecycle: { preventDestroy: true },
      });
      props.adoption.adopt(key, `key.${keyName}`, "keyVaultKey", keyName);
      keys[keyName] = key;
    }
    this.keys = keys;

    props.privateLink.endpoint(this, "keyVault", props.name, this.vault.id, "vault");
    new MonitorDiagnosticSetting(this, "audit", {
      name: "audit-to-log-analytics",
      targetResourceId: this.vault.id,
      logAnalyticsWorkspaceId: props.logAnalytics.id,
      enabledLog: [{ categoryGroup: "audit" }],
    });
  }
}
