import type { TerraformResource } from "cdktf";
import { ValidateTerraformVersion } from "cdktf/lib/validations/validate-terraform-version";
import { ConfigError } from "../../config/config-error";

const SUBSCRIPTION = "/subscriptions/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const GROUP = `${SUBSCRIPTION}/resourceGroups/[-\\w._()]+`;
const NAME = "([^/\\s]+)";

/** How the Azure resource ID of each kind of adoptable resource looks (Azure matches IDs case-insensitively). */
const AZURE_ID_FORMATS = {
  resourceGroup: { pattern: `${SUBSCRIPTION}/resourceGroups/${NAME}`, example: "/subscriptions/<uuid>/resourceGroups/<name>" },
  virtualNetwork: { pattern: `${GROUP}/providers/Microsoft\\.Network/virtualNetworks/${NAME}`, example: ".../providers/Microsoft.Network/virtualNetworks/<name>" },
  subnet: { pattern: `${GROUP}/providers/Microsoft\\.Network/virtualNetworks/[^/]+/subnets/${NAME}`, example: ".../virtualNetworks/<vnet>/subnets/<name>" },
  virtualNetworkPeering: {
    pattern: `${GROUP}/providers/Microsoft\\.Network/virtualNetworks/[^/]+/virtualNetworkPeerings/${NAME}`,
    example: ".../virtualNetworks/<vnet>/virtualNetworkPeerings/<name>",
  },
  networkSecurityGroup: { pattern: `${GROUP}/providers/Microsoft\\.Network/networkSecurityGroups/${NAME}`, example: ".../providers/Microsoft.Network/networkSecurityGroups/<name>" },
  networkSecurityRule: {
    pattern: `${GROUP}/providers/Microsoft\\.Network/networkSecurityGroups/[^/]+/securityRules/${NAME}`,
    example: ".../networkSecurityGroups/<nsg>/securityRules/<name>",
  },
  publicIp: { pattern: `${GROUP}/providers/Microsoft\\.Network/publicIPAddresses/${NAME}`, example: ".../providers/Microsoft.Network/publicIPAddresses/<name>" },
  bastionHost: { pattern: `${GROUP}/providers/Microsoft\\.Network/bastionHosts/${NAME}`, example: ".../providers/Microsoft.Network/bastionHosts/<name>" },
  privateEndpoint: { pattern: `${GROUP}/providers/Microsoft\\.Network/privateEndpoints/${NAME}`, example: ".../providers/Microsoft.Network/privateEndpoints/<name>" },
  privateDnsZone: { pattern: `${GROUP}/providers/Microsoft\\.Network/privateDnsZones/${NAME}`, example: ".../providers/Microsoft.Network/privateDnsZones/<zone>" },
  privateDnsZoneLink: {
    pattern: `${GROUP}/providers/Microsoft\\.Network/privateDnsZones/[^/]+/virtualNetworkLinks/${NAME}`,
    example: ".../privateDnsZones/<zone>/virtualNetworkLinks/<name>",
  },
  storageAccount: { pattern: `${GROUP}/providers/Microsoft\\.Storage/storageAccounts/${NAME}`, example: ".../providers/Microsoft.Storage/storageAccounts/<name>" },
  storageContainer: {
    pattern: `${GROUP}/providers/Microsoft\\.Storage/storageAccounts/[^/]+/blobServices/default/containers/${NAME}`,
    example: ".../storageAccounts/<account>/blobServices/default/containers/<name>",
  },
  keyVault: { pattern: `${GROUP}/providers/Microsoft\\.KeyVault/vaults/${NAME}`, example: ".../providers/Microsoft.KeyVault/vaults/<name>" },
  // Key Vault keys are imported by their versioned data-plane URL.
  keyVaultKey: { pattern: `https://[a-z0-9-]{3,24}\\.vault\\.azure\\.net/keys/${NAME}/[0-9a-f]{32}`, example: "https://<vault>.vault.azure.net/keys/<name>/<32-hex version>" },
  postgresFlexibleServer: {
    pattern: `${GROUP}/providers/Microsoft\\.DBforPostgreSQL/flexibleServers/${NAME}`,
    example: ".../providers/Microsoft.DBforPostgreSQL/flexibleServers/<name>",
  },
  postgresFlexibleServerDatabase: {
    pattern: `${GROUP}/providers/Microsoft\\.DBforPostgreSQL/flexibleServers/[^/]+/databases/${NAME}`,
    example: ".../flexibleServers/<server>/databases/<name>",
  },
  virtualMachineScaleSet: {
    pattern: `${GROUP}/providers/Microsoft\\.Compute/virtualMachineScaleSets/${NAME}`,
    example: ".../providers/Microsoft.Compute/virtualMachineScaleSets/<name>",
  },
  logAnalyticsWorkspace: {
    pattern: `${GROUP}/providers/Microsoft\\.OperationalInsights/workspaces/${NAME}`,
    example: ".../providers/Microsoft.OperationalInsights/workspaces/<name>",
  },
} as const;

/** The kinds of legacy resources that can be adopted by import. */
export type AzureResourceKind = keyof typeof AZURE_ID_FORMATS;

const COMPILED = Object.fromEntries(
  Object.entries(AZURE_ID_FORMATS).map(([kind, format]) => [kind, new RegExp(`^${format.pattern}$`, "i")]),
) as Record<AzureResourceKind, RegExp>;

/**
 * Checks that `id` is an Azure resource ID of the given kind and, when `expectedName` is given, that it
 * names that resource. Returns a problem in a few words, or undefined when the ID is fine.
 */
export function azureResourceIdProblem(id: string, kind: AzureResourceKind, expectedName?: string): string | undefined {
  const match = COMPILED[kind].exec(id);
  if (!match) return `'${id}' is not the Azure resource ID of a ${kind} (expected ${AZURE_ID_FORMATS[kind].example})`;
  if (expectedName !== undefined && match[1].toLowerCase() !== expectedName.toLowerCase()) {
    return `'${id}' names '${match[1]}' but the configured ${kind} is '${expectedName}'`;
  }
  return undefined;
}

/**
 * importFrom also adds a validation that runs `terraform version` at every synth, once per imported
 * resource: synth would then need a Terraform binary and spend ~0.2 s per import. The stacks declare
 * `required_version` instead (see requireTerraformVersion), which Terraform itself enforces.
 */
function dropTerraformVersionProbe(resource: TerraformResource): void {
  const node = resource.node as unknown as { _validations?: unknown[] };
  if (Array.isArray(node._validations)) {
    node._validations = node._validations.filter((v) => !(v instanceof ValidateTerraformVersion));
  }
}

/**
 * Adoption of the existing Azure estate: the environment's `legacy.importIds` map logical names
 * (`storageAccount.raw`) to Azure resource IDs. Each construct offers its resources under a logical
 * name; a listed one gets a Terraform import block (cdktf importFrom), so that deploy adopts it and
 * never re-creates it. IDs of the wrong kind or logical names nobody offers are refused.
 */
export class LegacyAdoption {
  private readonly offered = new Set<string>();

  constructor(
    private readonly importIds: Readonly<Record<string, string>>,
    /** The environment file, named in errors. */
    private readonly source: string,
  ) {}

  /** Offers a resource for adoption under a logical name; imports it when the configuration lists it. */
  adopt(resource: TerraformResource, logicalName: string, kind: AzureResourceKind, expectedName?: string): void {
    if (this.offered.has(logicalName)) throw new Error(`logical name '${logicalName}' offered twice`); // a bug, not bad input
    this.offered.add(logicalName);
    const id = this.importIds[logicalName];
    if (id === undefined) return;
    const problem = azureResourceIdProblem(id, kind, expectedName);
    if (problem) throw new ConfigError(this.source, this.field(logicalName), problem);
    resource.importFrom(id);
    dropTerraformVersionProbe(resource);
  }

  /** Refuses import IDs whose logical name no resource offered (a typo, or a resource that left the code). */
  checkEveryImportIdIsUsed(): void {
    for (const logicalName of Object.keys(this.importIds)) {
      if (!this.offered.has(logicalName)) {
        // Name the neighbours of a near miss (same kind); otherwise the kinds there are.
        const kind = logicalName.split(".")[0];
        const sameKind = this.logicalNames.filter((n) => n.split(".")[0] === kind);
        const known = sameKind.length > 0 ? sameKind : [...new Set(this.logicalNames.map((n) => `${n.split(".")[0]}${n.includes(".") ? ".*" : ""}`))];
        throw new ConfigError(this.source, this.field(logicalName), `unknown logical name '${logicalName}' (known: ${known.join(", ")})`);
      }
    }
  }

  /** Every logical name offered so far, sorted. */
  get logicalNames(): string[] {
    return [...this.offered].sort();
  }

  private field(logicalName: string): string {
    return `legacy.importIds["${logicalName}"]`;
  }
}
