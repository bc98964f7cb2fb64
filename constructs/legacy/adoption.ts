import { createHash } from "node:crypto";
import { TerraformResource, type TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { ConfigError } from "../../config/config-error";
import { ImportBlock } from "./import-block";

const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const SUBSCRIPTION = `/subscriptions/${UUID}`;
const GROUP = `${SUBSCRIPTION}/resourceGroups/[-\\w._()]+`;
/** The name segment the check compares with the configured name. */
const NAME = "(?<name>[^/|\\s]+)";

/**
 * The documented import ID of each azurerm type the legacy stack uses (website/docs/r/<type>.html.markdown,
 * "Import", azurerm 4.x), with the docs' example. The provider parses IDs with case-sensitive system
 * segments (`resourceGroups`, `providers`, `Microsoft.Network` ... ; its `normalise_resource_id` function
 * exists for that reason), so these patterns are case-sensitive; names are compared case-insensitively,
 * as Azure compares them.
 */
export const AZURE_IMPORT_FORMATS: Readonly<Record<string, { readonly pattern: string; readonly example: string }>> = {
  azurerm_resource_group: {
    pattern: `${SUBSCRIPTION}/resourceGroups/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/group1",
  },
  azurerm_virtual_network: {
    pattern: `${GROUP}/providers/Microsoft\\.Network/virtualNetworks/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/virtualNetworks/myvnet1",
  },
  azurerm_subnet: {
    pattern: `${GROUP}/providers/Microsoft\\.Network/virtualNetworks/[^/]+/subnets/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/virtualNetworks/myvnet1/subnets/mysubnet1",
  },
  // "can be imported using the resource id of the Subnet"
  azurerm_subnet_network_security_group_association: {
    pattern: `${GROUP}/providers/Microsoft\\.Network/virtualNetworks/[^/]+/subnets/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/virtualNetworks/myvnet1/subnets/mysubnet1",
  },
  azurerm_virtual_network_peering: {
    pattern: `${GROUP}/providers/Microsoft\\.Network/virtualNetworks/[^/]+/virtualNetworkPeerings/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/virtualNetworks/myvnet1/virtualNetworkPeerings/myvnet1peering",
  },
  azurerm_network_security_group: {
    pattern: `${GROUP}/providers/Microsoft\\.Network/networkSecurityGroups/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/networkSecurityGroups/mySecurityGroup",
  },
  azurerm_network_security_rule: {
    pattern: `${GROUP}/providers/Microsoft\\.Network/networkSecurityGroups/[^/]+/securityRules/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/networkSecurityGroups/mySecurityGroup/securityRules/rule1",
  },
  azurerm_public_ip: {
    pattern: `${GROUP}/providers/Microsoft\\.Network/publicIPAddresses/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/publicIPAddresses/myPublicIpAddress1",
  },
  azurerm_bastion_host: {
    pattern: `${GROUP}/providers/Microsoft\\.Network/bastionHosts/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/bastionHosts/instance1",
  },
  azurerm_private_endpoint: {
    pattern: `${GROUP}/providers/Microsoft\\.Network/privateEndpoints/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/group1/providers/Microsoft.Network/privateEndpoints/endpoint1",
  },
  azurerm_private_dns_zone: {
    pattern: `${GROUP}/providers/Microsoft\\.Network/privateDnsZones/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/privateDnsZones/zone1",
  },
  azurerm_private_dns_zone_virtual_network_link: {
    pattern: `${GROUP}/providers/Microsoft\\.Network/privateDnsZones/[^/]+/virtualNetworkLinks/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/privateDnsZones/zone1.com/virtualNetworkLinks/myVnetLink1",
  },
  azurerm_storage_account: {
    pattern: `${GROUP}/providers/Microsoft\\.Storage/storageAccounts/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myresourcegroup/providers/Microsoft.Storage/storageAccounts/myaccount",
  },
  // "can be imported using the resource id of the Storage Account"
  azurerm_storage_account_customer_managed_key: {
    pattern: `${GROUP}/providers/Microsoft\\.Storage/storageAccounts/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myresourcegroup/providers/Microsoft.Storage/storageAccounts/myaccount",
  },
  azurerm_storage_container: {
    pattern: `${GROUP}/providers/Microsoft\\.Storage/storageAccounts/[^/]+/blobServices/default/containers/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myresourcegroup/providers/Microsoft.Storage/storageAccounts/myaccount/blobServices/default/containers/mycontainer",
  },
  // The name checked is the container's: a container has at most one policy, named `default`.
  azurerm_storage_container_immutability_policy: {
    pattern: `${GROUP}/providers/Microsoft\\.Storage/storageAccounts/[^/]+/blobServices/default/containers/${NAME}/immutabilityPolicies/default`,
    example:
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myresourcegroup/providers/Microsoft.Storage/storageAccounts/myaccount/blobServices/default/containers/mycontainer/immutabilityPolicies/default",
  },
  azurerm_key_vault: {
    pattern: `${GROUP}/providers/Microsoft\\.KeyVault/vaults/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.KeyVault/vaults/vault1",
  },
  // The versioned data-plane URL (keyvault.ParseNestedItemID with VersionTypeVersioned): a version cannot be computed.
  azurerm_key_vault_key: {
    pattern: `https://[a-zA-Z0-9-]{3,24}\\.vault\\.azure\\.net/keys/${NAME}/[0-9a-fA-F]{32}`,
    example: "https://example-keyvault.vault.azure.net/keys/example/fdf067c93bbb4b22bff4d8b7a9a56217",
  },
  // Scoped: `{scope}/providers/Microsoft.Authorization/roleAssignments/{guid}` (cross-tenant: `|{tenantId}`).
  azurerm_role_assignment: {
    pattern: `${SUBSCRIPTION}(/[^|\\s]+?)?/providers/Microsoft\\.Authorization/roleAssignments/(?<name>${UUID})(\\|${UUID})?`,
    example:
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/group1/providers/Microsoft.KeyVault/vaults/vault1/providers/Microsoft.Authorization/roleAssignments/00000000-0000-0000-0000-000000000000",
  },
  // "a Terraform specific Resource ID which uses the format {resourceId}|{diagnosticSettingName}"
  azurerm_monitor_diagnostic_setting: {
    pattern: `${SUBSCRIPTION}/[^|\\s]+\\|${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/group1/providers/Microsoft.KeyVault/vaults/vault1|logMonitoring1",
  },
  // Scoped (managementlocks.ParseScopedLockID): `{scope}/providers/Microsoft.Authorization/locks/{name}`.
  azurerm_management_lock: {
    pattern: `${SUBSCRIPTION}(/[^\\s]+?)?/providers/Microsoft\\.Authorization/locks/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Authorization/locks/lock1",
  },
  azurerm_postgresql_flexible_server: {
    pattern: `${GROUP}/providers/Microsoft\\.DBforPostgreSQL/flexibleServers/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.DBforPostgreSQL/flexibleServers/server1",
  },
  azurerm_postgresql_flexible_server_database: {
    pattern: `${GROUP}/providers/Microsoft\\.DBforPostgreSQL/flexibleServers/[^/]+/databases/${NAME}`,
    example: "/subscriptions/12345678-1234-9876-4563-123456789012/resourceGroups/resGroup1/providers/Microsoft.DBforPostgreSQL/flexibleServers/flexibleServer1/databases/database1",
  },
  azurerm_postgresql_flexible_server_configuration: {
    pattern: `${GROUP}/providers/Microsoft\\.DBforPostgreSQL/flexibleServers/[^/]+/configurations/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.DBforPostgreSQL/flexibleServers/server1/configurations/configuration1",
  },
  azurerm_private_dns_resolver: {
    pattern: `${GROUP}/providers/Microsoft\\.Network/dnsResolvers/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/resourceGroup1/providers/Microsoft.Network/dnsResolvers/dnsResolver1",
  },
  azurerm_private_dns_resolver_inbound_endpoint: {
    pattern: `${GROUP}/providers/Microsoft\\.Network/dnsResolvers/[^/]+/inboundEndpoints/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/resourceGroup1/providers/Microsoft.Network/dnsResolvers/dnsResolver1/inboundEndpoints/inboundEndpoint1",
  },
  azurerm_linux_virtual_machine_scale_set: {
    pattern: `${GROUP}/providers/Microsoft\\.Compute/virtualMachineScaleSets/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Compute/virtualMachineScaleSets/scaleset1",
  },
  azurerm_log_analytics_workspace: {
    pattern: `${GROUP}/providers/Microsoft\\.OperationalInsights/workspaces/${NAME}`,
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.OperationalInsights/workspaces/workspace1",
  },
};

const COMPILED = new Map(Object.entries(AZURE_IMPORT_FORMATS).map(([type, format]) => [type, new RegExp(`^${format.pattern}$`)]));

/**
 * Checks that `id` is an import ID of the given azurerm type and, when `expectedName` is given, that it
 * names that resource. Returns the problem in a few words, or undefined when the ID is fine.
 */
export function azureImportIdProblem(id: string, type: string, expectedName?: string): string | undefined {
  const pattern = COMPILED.get(type);
  if (!pattern) return `no documented import ID format is known for ${type} (add it to AZURE_IMPORT_FORMATS)`;
  const match = pattern.exec(id);
  if (!match) return `'${id}' is not an import ID of ${type} (expected e.g. ${AZURE_IMPORT_FORMATS[type].example})`;
  const name = match.groups?.name;
  if (expectedName !== undefined && name !== undefined && name.toLowerCase() !== expectedName.toLowerCase()) {
    return `'${id}' names '${name}' but the configured ${type} is '${expectedName}'`;
  }
  return undefined;
}

/** Builds Azure resource IDs of one subscription, the way Azure Resource Manager spells them. */
export class AzureResourceIds {
  constructor(readonly subscriptionId: string) {}

  resourceGroup(name: string): string {
    return `/subscriptions/${this.subscriptionId}/resourceGroups/${name}`;
  }

  /** A top-level resource of a group, e.g. `inGroup("rg", "Microsoft.Network/virtualNetworks", "vnet")`. */
  inGroup(group: string, resourceType: string, name: string): string {
    return `${this.resourceGroup(group)}/providers/${resourceType}/${name}`;
  }

  /** A child resource, e.g. `child(vnetId, "subnets", "snet")`. */
  child(parentId: string, segment: string, name: string): string {
    return `${parentId}/${segment}/${name}`;
  }

  /** An extension resource on a scope, e.g. `extension(containerId, "Microsoft.Authorization/locks", "lock")`. */
  extension(scopeId: string, resourceType: string, name: string): string {
    return `${scopeId}/providers/${resourceType}/${name}`;
  }

  /** azurerm's own ID of a diagnostic setting: `{resourceId}|{name}`. */
  diagnosticSetting(resourceId: string, name: string): string {
    return `${resourceId}|${name}`;
  }
}

/** Project namespace of the deterministic GUIDs (UUID version 5, RFC 4122 §4.3). */
const GUID_NAMESPACE = "6f3b0c52-9a0e-4d53-8a4e-2f7c1d9e5b80";

/** A name-based UUID (version 5): the same inputs always give the same GUID, e.g. a role assignment's name. */
export function deterministicGuid(name: string, namespace = GUID_NAMESPACE): string {
  const hash = createHash("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name, "utf8").digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** How a construct tells the adoption where the existing resource is. */
export type ImportIdSource = (
  | /** The import ID, computed from what the code knows (subscription, group, names, the parent's ID). */
  { readonly id: string }
  /** The ID cannot be computed (e.g. a Key Vault key's version): why, and what the environment must give. */
  | { readonly missing: string }
) & {
  /** The resource the ID was computed from: when it is created by this project, so is this one. */
  readonly parent?: TerraformResource;
};

export interface AdoptOptions {
  /** The name the import ID must carry (its last name segment), compared case-insensitively. */
  readonly expectedName?: string;
  /** How an override must begin (compared case-insensitively), e.g. a key's vault URL. */
  readonly expectedPrefix?: string;
  /** Other resources this one cannot exist without (e.g. a private endpoint's target): new with them. */
  readonly dependsOn?: readonly TerraformResource[];
}

/** What became of one resource of the legacy stack. */
export type AdoptionRecord =
  | { readonly logicalName: string; readonly status: "imported"; readonly importId: string; readonly idSource: "computed" | "legacy.importIds" }
  | { readonly logicalName: string; readonly status: "new"; readonly reason: string }
  | { readonly logicalName: string; readonly status: "unresolved"; readonly reason: string };

export interface LegacyAdoptionProps {
  /** The Azure subscription of the estate (`legacy.subscriptionId`). */
  readonly subscriptionId: string;
  /** Overrides, logical name → import ID (`legacy.importIds`): for IDs that cannot be computed or live elsewhere. */
  readonly importIds?: Readonly<Record<string, string>>;
  /** Logical names this environment creates rather than imports (`legacy.newResources`). */
  readonly newResources?: readonly string[];
  /** The environment file, named in errors. */
  readonly source: string;
}

/** Legacy resources that would be created without being declared new: one line each. */
export class UnadoptedResourcesError extends ConfigError {
  constructor(
    source: string,
    readonly lines: readonly string[],
  ) {
    super(source, "legacy", `${lines.length} resource${lines.length === 1 ? "" : "s"} would be created without being declared new (import it, or declare it new):\n  ${lines.join("\n  ")}`);
    this.name = "UnadoptedResourcesError";
  }
}

/**
 * Adoption of the existing Azure estate. Every resource of the legacy stack is either imported (a
 * Terraform `import` block whose ID is computed from the subscription, the resource group, the names and
 * the parent's ID, following the type's documented format; `legacy.importIds` overrides it) or declared
 * new (created by this project: in code with `declareNew`, or per environment in `legacy.newResources`).
 * `check` refuses, one line per resource, anything else, so `cdktf deploy` never re-creates the estate.
 * Each resource carries its record in the synthesized JSON: `"//": {"adoption": {...}}`.
 */
export class LegacyAdoption {
  readonly ids: AzureResourceIds;
  private readonly records = new Map<TerraformResource, AdoptionRecord>();
  private readonly effectiveIds = new Map<TerraformResource, string>();
  private readonly offered = new Set<string>();
  private readonly importIds: Readonly<Record<string, string>>;
  private readonly newResources: ReadonlySet<string>;

  constructor(private readonly props: LegacyAdoptionProps) {
    this.ids = new AzureResourceIds(props.subscriptionId);
    this.importIds = props.importIds ?? {};
    this.newResources = new Set(props.newResources ?? []);
  }

  /** Imports an existing resource under a logical name (`storageAccount.raw`), from its computed or overridden ID. */
  adopt(resource: TerraformResource, logicalName: string, source: ImportIdSource, options: AdoptOptions = {}): void {
    this.offer(logicalName);
    const override = this.importIds[logicalName];
    const field = this.importIdField(logicalName);
    if (this.newResources.has(logicalName)) {
      if (override !== undefined) throw new ConfigError(this.props.source, field, `'${logicalName}' is also listed in legacy.newResources: a resource is either imported or new`);
      this.record(resource, { logicalName, status: "new", reason: "declared new in legacy.newResources" });
      return;
    }
    const parents = [source.parent, ...(options.dependsOn ?? [])].flatMap((p) => (p ? [this.records.get(p)] : [])).filter((r): r is AdoptionRecord => r !== undefined);
    const newParent = parents.find((p) => p.status === "new");
    if (newParent) {
      if (override !== undefined) throw new ConfigError(this.props.source, field, `cannot import '${logicalName}': '${newParent.logicalName}', which it lives in, is created by this project`);
      this.record(resource, { logicalName, status: "new", reason: `'${newParent.logicalName}', which it lives in, is created by this project` });
      return;
    }
    const idParent = source.parent ? this.records.get(source.parent) : undefined;
    const unresolvedParent = idParent?.status === "unresolved" ? idParent : undefined;
    const id = override ?? (unresolvedParent ? undefined : "id" in source ? source.id : undefined);
    if (id === undefined) {
      const reason = unresolvedParent ? `no import ID for '${unresolvedParent.logicalName}', which its ID derives from` : "missing" in source ? source.missing : "no import ID";
      this.record(resource, { logicalName, status: "unresolved", reason });
      return;
    }
    const problem =
      azureImportIdProblem(id, resource.terraformResourceType, options.expectedName) ??
      (override !== undefined && options.expectedPrefix && !id.toLowerCase().startsWith(options.expectedPrefix.toLowerCase())
        ? `'${id}' does not begin with '${options.expectedPrefix}'`
        : undefined);
    if (problem) throw new ConfigError(this.props.source, override !== undefined ? field : "legacy", problem);
    this.effectiveIds.set(resource, id);
    new ImportBlock(resource, "import", resource, id);
    this.record(resource, { logicalName, status: "imported", importId: id, idSource: override !== undefined ? "legacy.importIds" : "computed" });
  }

  /** Declares a resource created by this project (e.g. what the migration adds): it is never imported. */
  declareNew(resource: TerraformResource, logicalName: string, reason: string): void {
    this.offer(logicalName);
    if (this.importIds[logicalName] !== undefined) {
      throw new ConfigError(this.props.source, this.importIdField(logicalName), `'${logicalName}' is created by this project (${reason}): it cannot be imported`);
    }
    this.record(resource, { logicalName, status: "new", reason });
  }

  /**
   * The Azure ID of an adopted resource (the override when one is given, else the computed one), from
   * which its children's IDs are computed. A new or unresolved resource has none: its children follow
   * its status (see `adopt`), so the ID returned then is a stand-in that is never imported.
   */
  idOf(resource: TerraformResource): string {
    const id = this.effectiveIds.get(resource);
    if (id !== undefined) return id;
    const record = this.records.get(resource);
    if (!record) throw new Error(`${resource.node.path}: not adopted yet: adopt a parent before its children`); // a bug, not bad input
    return `(no Azure ID: ${record.logicalName} is ${record.status})`;
  }

  /** A top-level resource of a resource group: `{group}/providers/{resourceType}/{name}`. */
  inGroup(group: TerraformResource, resourceType: string, name: string): ImportIdSource {
    return { id: this.ids.extension(this.idOf(group), resourceType, name), parent: group };
  }

  /** A child resource: `{parent}/{segment}/{name}`, e.g. a subnet of a virtual network. */
  childOf(parent: TerraformResource, segment: string, name: string): ImportIdSource {
    return { id: this.ids.child(this.idOf(parent), segment, name), parent };
  }

  /** An extension resource on a scope: `{scope}/providers/{resourceType}/{name}` (locks, role assignments). */
  extensionOf(scope: TerraformResource, resourceType: string, name: string): ImportIdSource {
    return { id: this.ids.extension(this.idOf(scope), resourceType, name), parent: scope };
  }

  /** A resource imported by its parent's ID (a subnet's NSG association, an account's customer-managed key). */
  sameAs(parent: TerraformResource): ImportIdSource {
    return { id: this.idOf(parent), parent };
  }

  /** A diagnostic setting of a resource: azurerm's `{resourceId}|{name}`. */
  diagnosticSettingOf(target: TerraformResource, name: string): ImportIdSource {
    return { id: this.ids.diagnosticSetting(this.idOf(target), name), parent: target };
  }

  /**
   * The name (a GUID) of a role assignment: the one of its override import ID when given (the existing
   * assignment's), else a deterministic GUID of `seed`, so that the computed import ID finds it again.
   */
  guidName(logicalName: string, seed: string): string {
    const override = this.importIds[logicalName];
    const fromOverride = override ? /\/roleAssignments\/([0-9a-fA-F-]{36})(\||$)/.exec(override)?.[1] : undefined;
    return fromOverride ?? deterministicGuid(seed);
  }

  /** What became of a resource, if it went through the adoption. */
  recordOf(resource: TerraformResource): AdoptionRecord | undefined {
    return this.records.get(resource);
  }

  /** Every logical name offered so far, sorted. */
  get logicalNames(): string[] {
    return [...this.offered].sort();
  }

  /**
   * Refuses what would make `cdktf deploy` create part of the estate by mistake: override or new-resource
   * entries that name no resource (a typo, or a resource that left the code), then every resource of the
   * stack that is neither imported nor declared new, one line each.
   */
  check(stack: TerraformStack): void {
    this.checkNamesAreKnown(Object.keys(this.importIds), (name) => this.importIdField(name));
    this.checkNamesAreKnown([...this.newResources], (name) => `legacy.newResources["${name}"]`);
    const lines: string[] = [];
    for (const resource of resourcesOf(stack)) {
      const record = this.records.get(resource);
      const address = `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
      if (!record) {
        lines.push(`${address} (${resource.node.path}): neither imported nor declared new (LegacyAdoption.adopt or declareNew)`);
      } else if (record.status === "unresolved") {
        lines.push(`${address} (${record.logicalName}): ${record.reason}: give it in ${this.importIdField(record.logicalName)}, or list '${record.logicalName}' in legacy.newResources`);
      }
    }
    if (lines.length > 0) throw new UnadoptedResourcesError(this.props.source, lines);
  }

  private checkNamesAreKnown(names: string[], field: (name: string) => string): void {
    for (const logicalName of names) {
      if (this.offered.has(logicalName)) continue;
      // Name the neighbours of a near miss (same kind); otherwise the kinds there are.
      const kind = logicalName.split(".")[0];
      const sameKind = this.logicalNames.filter((n) => n.split(".")[0] === kind);
      const known = sameKind.length > 0 ? sameKind : [...new Set(this.logicalNames.map((n) => `${n.split(".")[0]}${n.includes(".") ? ".*" : ""}`))];
      throw new ConfigError(this.props.source, field(logicalName), `unknown logical name '${logicalName}' (known: ${known.join(", ")})`);
    }
  }

  private offer(logicalName: string): void {
    if (this.offered.has(logicalName)) throw new Error(`logical name '${logicalName}' offered twice`); // a bug, not bad input
    this.offered.add(logicalName);
  }

  private record(resource: TerraformResource, record: AdoptionRecord): void {
    if (this.records.has(resource)) throw new Error(`${resource.node.path}: adopted twice`); // a bug, not bad input
    this.records.set(resource, record);
    // The record travels with the resource in the synthesized JSON (Terraform ignores "//" properties).
    const { status, logicalName } = record;
    resource.addOverride("//.adoption", record.status === "imported" ? { logicalName, status, idSource: record.idSource } : { logicalName, status, reason: record.reason });
  }

  private importIdField(logicalName: string): string {
    return `legacy.importIds["${logicalName}"]`;
  }
}

/** Every managed resource under a scope (data sources are read, never created). */
export function resourcesOf(scope: IConstruct): TerraformResource[] {
  return scope.node.findAll().filter((node): node is TerraformResource => TerraformResource.isTerraformResource(node));
}
