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

/** The diagnostic setting that sends a service's audit logs to Log Analytics. */
export const AUDIT_SETTING_NAME = "audit-to-log-analytics";

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
    const adoption = props.adoption;
    adoption.adopt(this.vault, "keyVault", adoption.inGroup(props.resourceGroup, "Microsoft.KeyVault/vaults", props.name), { expectedName: props.name });

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
      // Imported by its versioned URL: the version is known only to Azure, so the environment gives it.
      const keyUrl = `https://${props.name}.vault.azure.net/keys/${keyName}/`;
      adoption.adopt(key, `key.${keyName}`, { missing: `a key's import ID carries its current version: ${keyUrl}<32-hex version>`, parent: this.vault }, {
        expectedName: keyName,
        expectedPrefix: keyUrl,
      });
      keys[keyName] = key;
    }
    this.keys = keys;

    props.privateLink.endpoint(this, "keyVault", props.name, this.vault, "vault");
    const audit = new MonitorDiagnosticSetting(this, "audit", {
      name: AUDIT_SETTING_NAME,
      targetResourceId: this.vault.id,
      logAnalyticsWorkspaceId: props.logAnalytics.id,
      enabledLog: [{ categoryGroup: "audit" }],
    });
    adoption.adopt(audit, "diagnosticSetting.keyVault", adoption.diagnosticSettingOf(this.vault, AUDIT_SETTING_NAME), {
      expectedName: AUDIT_SETTING_NAME,
      dependsOn: [props.logAnalytics],
    });
  }
}
