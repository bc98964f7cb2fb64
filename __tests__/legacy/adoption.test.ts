import { App, Testing } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { ConfigError } from "../../config/config-error";
import { AZURE_IMPORT_FORMATS, azureImportIdProblem, deterministicGuid, UnadoptedResourcesError } from "../../constructs/legacy/adoption";
import { LegacyAzureStack } from "../../stacks/legacy-azure-stack";
import { checkedPlan, errorOf, fixture, resourcesOf, type Synthesized } from "../migration/helpers";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const SUB = `/subscriptions/${UUID}`;
const RG = `${SUB}/resourceGroups/[-\\w._()]+`;

/**
 * The import ID of every azurerm type the legacy stack uses, as the provider documents it
 * (terraform-provider-azurerm, website/docs/r/<type>.html.markdown, "Import"), with the docs' own
 * example. Written here independently of the production table, which the test then holds to it.
 */
const DOCUMENTED: Record<string, { format: RegExp; example: string }> = {
  azurerm_resource_group: { format: new RegExp(`^${SUB}/resourceGroups/(?<name>[^/]+)$`), example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/group1" },
  azurerm_virtual_network: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Network/virtualNetworks/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/virtualNetworks/myvnet1",
  },
  azurerm_subnet: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Network/virtualNetworks/[^/]+/subnets/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/virtualNetworks/myvnet1/subnets/mysubnet1",
  },
  azurerm_subnet_network_security_group_association: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Network/virtualNetworks/[^/]+/subnets/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/virtualNetworks/myvnet1/subnets/mysubnet1",
  },
  azurerm_virtual_network_peering: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Network/virtualNetworks/[^/]+/virtualNetworkPeerings/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/virtualNetworks/myvnet1/virtualNetworkPeerings/myvnet1peering",
  },
  azurerm_network_security_group: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Network/networkSecurityGroups/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/networkSecurityGroups/mySecurityGroup",
  },
  azurerm_network_security_rule: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Network/networkSecurityGroups/[^/]+/securityRules/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/networkSecurityGroups/mySecurityGroup/securityRules/rule1",
  },
  azurerm_public_ip: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Network/publicIPAddresses/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/publicIPAddresses/myPublicIpAddress1",
  },
  azurerm_bastion_host: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Network/bastionHosts/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/bastionHosts/instance1",
  },
  azurerm_private_endpoint: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Network/privateEndpoints/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/group1/providers/Microsoft.Network/privateEndpoints/endpoint1",
  },
  azurerm_private_dns_zone: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Network/privateDnsZones/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/privateDnsZones/zone1",
  },
  azurerm_private_dns_zone_virtual_network_link: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Network/privateDnsZones/[^/]+/virtualNetworkLinks/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Network/privateDnsZones/zone1.com/virtualNetworkLinks/myVnetLink1",
  },
  azurerm_storage_account: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Storage/storageAccounts/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myresourcegroup/providers/Microsoft.Storage/storageAccounts/myaccount",
  },
  azurerm_storage_account_customer_managed_key: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Storage/storageAccounts/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myresourcegroup/providers/Microsoft.Storage/storageAccounts/myaccount",
  },
  azurerm_storage_container: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Storage/storageAccounts/[^/]+/blobServices/default/containers/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myresourcegroup/providers/Microsoft.Storage/storageAccounts/myaccount/blobServices/default/containers/mycontainer",
  },
  azurerm_storage_container_immutability_policy: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Storage/storageAccounts/[^/]+/blobServices/default/containers/(?<name>[^/]+)/immutabilityPolicies/default$`),
    example:
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myresourcegroup/providers/Microsoft.Storage/storageAccounts/myaccount/blobServices/default/containers/mycontainer/immutabilityPolicies/default",
  },
  azurerm_key_vault: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.KeyVault/vaults/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.KeyVault/vaults/vault1",
  },
  azurerm_key_vault_key: {
    format: /^https:\/\/[a-zA-Z0-9-]+\.vault\.azure\.net\/keys\/(?<name>[^/]+)\/[0-9a-f]{32}$/,
    example: "https://example-keyvault.vault.azure.net/keys/example/fdf067c93bbb4b22bff4d8b7a9a56217",
  },
  azurerm_role_assignment: {
    format: new RegExp(`^${SUB}(/[^|]+)?/providers/Microsoft\\.Authorization/roleAssignments/(?<name>${UUID})$`),
    example:
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/group1/providers/Microsoft.KeyVault/vaults/vault1/providers/Microsoft.Authorization/roleAssignments/00000000-0000-0000-0000-000000000000",
  },
  azurerm_monitor_diagnostic_setting: {
    format: new RegExp(`^${SUB}/[^|]+\\|(?<name>[^|/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/group1/providers/Microsoft.KeyVault/vaults/vault1|logMonitoring1",
  },
  azurerm_management_lock: {
    format: new RegExp(`^${SUB}(/.+)?/providers/Microsoft\\.Authorization/locks/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Authorization/locks/lock1",
  },
  azurerm_postgresql_flexible_server: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.DBforPostgreSQL/flexibleServers/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.DBforPostgreSQL/flexibleServers/server1",
  },
  azurerm_postgresql_flexible_server_database: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.DBforPostgreSQL/flexibleServers/[^/]+/databases/(?<name>[^/]+)$`),
    example: "/subscriptions/12345678-1234-9876-4563-123456789012/resourceGroups/resGroup1/providers/Microsoft.DBforPostgreSQL/flexibleServers/flexibleServer1/databases/database1",
  },
  azurerm_postgresql_flexible_server_configuration: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.DBforPostgreSQL/flexibleServers/[^/]+/configurations/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.DBforPostgreSQL/flexibleServers/server1/configurations/configuration1",
  },
  azurerm_private_dns_resolver: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Network/dnsResolvers/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/resourceGroup1/providers/Microsoft.Network/dnsResolvers/dnsResolver1",
  },
  azurerm_private_dns_resolver_inbound_endpoint: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Network/dnsResolvers/[^/]+/inboundEndpoints/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/resourceGroup1/providers/Microsoft.Network/dnsResolvers/dnsResolver1/inboundEndpoints/inboundEndpoint1",
  },
  azurerm_linux_virtual_machine_scale_set: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.Compute/virtualMachineScaleSets/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.Compute/virtualMachineScaleSets/scaleset1",
  },
  azurerm_log_analytics_workspace: {
    format: new RegExp(`^${RG}/providers/Microsoft\\.OperationalInsights/workspaces/(?<name>[^/]+)$`),
    example: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mygroup1/providers/Microsoft.OperationalInsights/workspaces/workspace1",
  },
};

/** The name an import ID must carry for a resource: its own name, or its parent's for the types imported by their parent's ID. */
function expectedNameOf(type: string, body: Synthesized, json: Synthesized): string | undefined {
  const referenced = (reference: string): Synthesized => {
    const [, refType, refName] = /^\$\{([^.]+)\.([^.]+)\./.exec(reference) ?? [];
    return json.resource[refType][refName];
  };
  switch (type) {
    case "azurerm_subnet_network_security_group_association":
      return referenced(body.subnet_id).name;
    case "azurerm_storage_account_customer_managed_key":
      return referenced(body.storage_account_id).name;
    case "azurerm_storage_container_immutability_policy":
      return referenced(body.storage_container_resource_manager_id).name;
    case "azurerm_key_vault_key":
    case "azurerm_role_assignment":
    default:
      return body.name;
  }
}

/** The legacy stack of an environment, its JSON with the "//" records kept (Testing.synth drops them). */
function legacyOf(name: "dev" | "prod") {
  const { environment, plan, planFile } = fixture(name);
  const stack = new LegacyAzureStack(Testing.app() as App, `legacy-azure-${name}`, { environment, environmentFile: `config/environments/${name}.json`, migrationPlan: checkedPlan(plan, planFile) });
  return { environment, stack, json: stack.toTerraform() as Synthesized };
}

const addressOf = (type: string, name: string) => `${type}.${name}`;

describe("the documented azurerm import formats", () => {
  it.each(Object.entries(DOCUMENTED))("%s: the docs' example fits the documented format and the production check", (type, { format, example }) => {
    expect(example).toMatch(format);
    expect(AZURE_IMPORT_FORMATS[type]?.example).toBe(example);
    expect(azureImportIdProblem(example, type)).toBeUndefined();
  });

  it("covers exactly the types the check knows", () => {
    expect(Object.keys(AZURE_IMPORT_FORMATS).sort()).toEqual(Object.keys(DOCUMENTED).sort());
  });

  it.each([
    ["a storage account ID given for a Key Vault", "azurerm_key_vault", "/subscriptions/7c9e2a41-5b3d-4e8f-a6c1-2d4f8b0e9a37/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"],
    ["a container ID given for its account", "azurerm_storage_account", "/subscriptions/7c9e2a41-5b3d-4e8f-a6c1-2d4f8b0e9a37/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st/blobServices/default/containers/c"],
    ["a subscription that is not a UUID", "azurerm_resource_group", "/subscriptions/prod/resourceGroups/rg-hdh-prod"],
    ["a name only", "azurerm_storage_account", "sthdhprodraw"],
    ["an unversioned key URL", "azurerm_key_vault_key", "https://kv-hdh-prod.vault.azure.net/keys/pseudonymisation"],
    ["a diagnostic setting without its name", "azurerm_monitor_diagnostic_setting", "/subscriptions/7c9e2a41-5b3d-4e8f-a6c1-2d4f8b0e9a37/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"],
    ["a role assignment named by something else than a GUID", "azurerm_role_assignment", "/subscriptions/7c9e2a41-5b3d-4e8f-a6c1-2d4f8b0e9a37/providers/Microsoft.Authorization/roleAssignments/key-access"],
    // azurerm parses system segments case-sensitively (hence its normalise_resource_id function).
    ["a lower-cased provider namespace", "azurerm_storage_account", "/subscriptions/7c9e2a41-5b3d-4e8f-a6c1-2d4f8b0e9a37/resourceGroups/rg/providers/microsoft.storage/storageaccounts/st"],
  ])("refuses %s", (_, type, id) => {
    expect(azureImportIdProblem(id, type)).toMatch(/is not an import ID of/);
  });

  it("compares names case-insensitively, as Azure does, and names the mismatch", () => {
    const id = "/subscriptions/7c9e2a41-5b3d-4e8f-a6c1-2d4f8b0e9a37/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/STHDHPRODRAW";
    expect(azureImportIdProblem(id, "azurerm_storage_account", "sthdhprodraw")).toBeUndefined();
    expect(azureImportIdProblem(id, "azurerm_storage_account", "sthdhprodold")).toBe(`'${id}' names 'STHDHPRODRAW' but the configured azurerm_storage_account is 'sthdhprodold'`);
  });

  it("makes name-based GUIDs as RFC 4122 version 5 does", () => {
    expect(deterministicGuid("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    expect(deterministicGuid("a")).toBe(deterministicGuid("a"));
    expect(deterministicGuid("a")).not.toBe(deterministicGuid("b"));
  });
});

describe.each(["dev", "prod"] as const)("adoption of the whole %s estate", (name) => {
  const { environment, json } = legacyOf(name);
  const imports: { to: string; id: string }[] = json.import ?? [];
  const importsByAddress = new Map(imports.map((block) => [block.to, block.id]));
  const resources = Object.entries(json.resource as Record<string, Record<string, Synthesized>>).flatMap(([type, byName]) =>
    Object.entries(byName).map(([resourceName, body]) => ({ type, address: addressOf(type, resourceName), body })),
  );

  it("imports every resource or declares it new, never both, never neither", () => {
    expect(resources.length).toBeGreaterThan(70);
    for (const { address, body } of resources) {
      const adoption = body["//"]?.adoption;
      const imported = importsByAddress.has(address);
      expect([address, imported ? "imported" : adoption?.status]).toEqual([address, adoption?.status === "new" ? "new" : "imported"]);
      expect([address, adoption?.status]).toEqual([address, imported ? "imported" : "new"]);
    }
    expect(imports).toHaveLength(new Set(imports.map((block) => block.to)).size);
  });

  it("declares new only what the migration adds: the cut-over containers' lock and immutability policy, the database copy's own pieces", () => {
    const declaredNew = resources.filter(({ body }) => body["//"].adoption.status === "new");
    const byLogicalName = Object.fromEntries(declaredNew.map(({ type, body }) => [body["//"].adoption.logicalName, [type, body["//"].adoption.reason]]));
    const cutover = declaredNew.filter(({ type }) => type === "azurerm_management_lock" || type === "azurerm_storage_container_immutability_policy");
    expect(cutover.length).toBeGreaterThan(0);
    for (const { body } of cutover) expect(body["//"].adoption.reason).toMatch(/^made at the cutover of dataset /);
    // A database copy runs in both environments (their plans hold a replicating database dataset).
    const resolver = "created by this project while a database copy runs (the sovereign side resolves the server's name through it)";
    const copy = Object.fromEntries(Object.entries(byLogicalName).filter(([logicalName]) => !/^(managementLock|immutabilityPolicy)\./.test(logicalName)));
    expect(copy).toEqual({
      postgresCopyAdministratorPassword: ["random_password", "generated by this project for the database copy (not an Azure resource)"],
      "networkSecurityRule.snet-postgres.allow-sovereign-postgres": ["azurerm_network_security_rule", "created by this project for the database copy"],
      "migrationDns.subnet": ["azurerm_subnet", resolver],
      "migrationDns.networkSecurityGroup": ["azurerm_network_security_group", resolver],
      "migrationDns.networkSecurityRule.allow-sovereign-dns-udp": ["azurerm_network_security_rule", resolver],
      "migrationDns.networkSecurityRule.allow-sovereign-dns-tcp": ["azurerm_network_security_rule", resolver],
      "migrationDns.networkSecurityRule.deny-all-inbound": ["azurerm_network_security_rule", resolver],
      "migrationDns.networkSecurityGroupAssociation": ["azurerm_subnet_network_security_group_association", resolver],
      "migrationDns.resolver": ["azurerm_private_dns_resolver", resolver],
      "migrationDns.inboundEndpoint": ["azurerm_private_dns_resolver_inbound_endpoint", resolver],
    });
  });

  it("imports what the database copy changes but Azure already holds: the server's databases and its replication parameters", () => {
    const serverId = importsByAddress.get(resources.find(({ type }) => type === "azurerm_postgresql_flexible_server")!.address)!;
    const databases = resources.filter(({ type }) => type === "azurerm_postgresql_flexible_server_database");
    expect(databases.map(({ body }) => body.name).sort()).toEqual([...(environment.legacy.postgres.databases ?? [])].sort());
    for (const { address, body } of databases) expect(importsByAddress.get(address)).toBe(`${serverId}/databases/${body.name}`);
    const parameters = resources.filter(({ type }) => type === "azurerm_postgresql_flexible_server_configuration");
    expect(parameters.map(({ body }) => body.name)).toEqual(expect.arrayContaining(["wal_level", "max_worker_processes", "max_replication_slots", "max_wal_senders"]));
    for (const { address, body } of parameters) expect(importsByAddress.get(address)).toBe(`${serverId}/configurations/${body.name}`);
  });

  it("computes each import ID in its type's documented format, naming the configured resource, in the environment's subscription", () => {
    // Every Azure type (random_password, the copy's generated password, is no Azure resource: declared new above).
    const types = new Set(resources.map(({ type }) => type).filter((type) => type.startsWith("azurerm_")));
    for (const type of types) expect([type, DOCUMENTED[type] !== undefined]).toEqual([type, true]);
    for (const { type, address, body } of resources) {
      const id = importsByAddress.get(address);
      if (id === undefined) continue;
      const match = DOCUMENTED[type].format.exec(id);
      expect([address, id, match !== null]).toEqual([address, id, true]);
      expect([address, match!.groups!.name.toLowerCase()]).toEqual([address, String(expectedNameOf(type, body, json)).toLowerCase()]);
      if (!id.startsWith("https://")) expect(id.startsWith(`/subscriptions/${environment.legacy.subscriptionId}/`)).toBe(true);
    }
  });

  it("computes children's IDs from their parents': a container within its account, a rule within its group", () => {
    const account = resources.find(({ type, body }) => type === "azurerm_storage_account" && body.name === environment.legacy.dataStores[0].accountName)!;
    const accountId = importsByAddress.get(account.address)!;
    expect(accountId).toBe(`/subscriptions/${environment.legacy.subscriptionId}/resourceGroups/${environment.legacy.resourceGroupName}/providers/Microsoft.Storage/storageAccounts/${account.body.name}`);
    const container = resources.find(({ type, body }) => type === "azurerm_storage_container" && body.name === environment.legacy.dataStores[0].containers[0])!;
    expect(importsByAddress.get(container.address)).toBe(`${accountId}/blobServices/default/containers/${container.body.name}`);
    const cmk = resources.find(({ type, body }) => type === "azurerm_storage_account_customer_managed_key" && body.storage_account_id === `\${${account.address}.id}`)!;
    expect(importsByAddress.get(cmk.address)).toBe(accountId);
    const vault = resources.find(({ type }) => type === "azurerm_key_vault")!;
    const diagnostic = resources.find(({ type, body }) => type === "azurerm_monitor_diagnostic_setting" && body.target_resource_id === `\${${vault.address}.id}`)!;
    expect(importsByAddress.get(diagnostic.address)).toBe(`${importsByAddress.get(vault.address)}|audit-to-log-analytics`);
  });

  it("names role assignments with a GUID derived from scope, role and principal, so their import ID can be computed", () => {
    const assignments = resources.filter(({ type }) => type === "azurerm_role_assignment");
    expect(assignments).toHaveLength(environment.legacy.dataStores.length);
    const vaultId = importsByAddress.get(resources.find(({ type }) => type === "azurerm_key_vault")!.address)!;
    for (const { address, body } of assignments) {
      expect(body.name).toMatch(new RegExp(`^${UUID}$`));
      expect(importsByAddress.get(address)).toBe(`${vaultId}/providers/Microsoft.Authorization/roleAssignments/${body.name}`);
    }
    expect(new Set(assignments.map(({ body }) => body.name)).size).toBe(assignments.length);
  });

  it("imports Key Vault keys by the versioned URLs the environment gives", () => {
    for (const { address, body } of resources.filter(({ type }) => type === "azurerm_key_vault_key")) {
      expect(importsByAddress.get(address)).toBe(environment.legacy.importIds?.[`key.${body.name}`]);
    }
  });
});

describe("refusals", () => {
  const synth = (mutate: (environment: ReturnType<typeof fixture>["environment"]) => void, extra?: (stack: LegacyAzureStack) => void) => {
    const { environment, plan, planFile } = fixture("dev");
    mutate(environment);
    const stack = new LegacyAzureStack(Testing.app() as App, "legacy-azure-test", { environment, environmentFile: "config/environments/dev.json", migrationPlan: checkedPlan(plan, planFile) });
    extra?.(stack);
    return JSON.parse(Testing.synth(stack, true)) as Synthesized;
  };

  it("refuses, one line per resource, keys whose version the environment does not give", () => {
    const error = errorOf(() => synth((environment) => delete environment.legacy.importIds));
    expect(error).toBeInstanceOf(UnadoptedResourcesError);
    expect(error).toBeInstanceOf(ConfigError);
    const [header, ...lines] = error.message.split("\n");
    expect(header).toBe("config/environments/dev.json: legacy: 2 resources would be created without being declared new (import it, or declare it new):");
    expect(lines).toEqual(
      ["storage-encryption", "pseudonymisation"].map((key) =>
        expect.stringMatching(
          new RegExp(
            `^ {2}azurerm_key_vault_key\\.key-vault_key-${key}_\\w+ \\(key\\.${key}\\): a key's import ID carries its current version: https://kv-hdh-dev\\.vault\\.azure\\.net/keys/${key}/<32-hex version>: give it in legacy\\.importIds\\["key\\.${key}"\\], or list 'key\\.${key}' in legacy\\.newResources$`,
          ),
        ),
      ),
    );
  });

  it("refuses at synth a resource added to the stack that neither is imported nor declared new", () => {
    const error = errorOf(() => synth(() => undefined, (stack) => new ResourceGroup(stack, "forgotten", { name: "rg-forgotten", location: "francecentral" })));
    expect(error).toBeInstanceOf(UnadoptedResourcesError);
    expect(error.message.split("\n").slice(1)).toEqual(["  azurerm_resource_group.forgotten (legacy-azure-test/forgotten): neither imported nor declared new (LegacyAdoption.adopt or declareNew)"]);
  });

  it("creates what the environment declares new, and everything within it, instead of importing it", () => {
    const json = synth((environment) => {
      environment.legacy.newResources = ["keyVault"];
      delete environment.legacy.importIds;
    });
    const importedTypes = new Set((json.import as { to: string }[]).map((block) => block.to.split(".")[0]));
    expect(importedTypes.has("azurerm_key_vault")).toBe(false);
    expect(importedTypes.has("azurerm_key_vault_key")).toBe(false);
    expect(importedTypes.has("azurerm_role_assignment")).toBe(false);
    // The vault's private endpoint and audit setting live in it; the storage accounts do not.
    expect((json.import as { to: string; id: string }[]).some((block) => block.id.includes("/privateEndpoints/pe-kv-hdh-dev-vault"))).toBe(false);
    expect(importedTypes.has("azurerm_storage_account")).toBe(true);
    expect(resourcesOf(json, "azurerm_key_vault_key")).toHaveLength(2);
  });

  it.each([
    [
      "an override of the wrong type",
      (e: ReturnType<typeof fixture>["environment"]) => (e.legacy.importIds = { ...e.legacy.importIds, "storageAccount.raw": "/subscriptions/3f2b6c1e-8d4a-4f7b-9c2e-1a5d7e9b0c11/resourceGroups/rg-hdh-dev" }),
      /^config\/environments\/dev\.json: legacy\.importIds\["storageAccount\.raw"\]: '.*' is not an import ID of azurerm_storage_account \(expected e\.g\. /,
    ],
    [
      "an override naming another resource",
      (e: ReturnType<typeof fixture>["environment"]) =>
        (e.legacy.importIds = { ...e.legacy.importIds, "storageAccount.raw": "/subscriptions/3f2b6c1e-8d4a-4f7b-9c2e-1a5d7e9b0c11/resourceGroups/rg-old/providers/Microsoft.Storage/storageAccounts/sthdhdevold" }),
      /legacy\.importIds\["storageAccount\.raw"\]: '.*' names 'sthdhdevold' but the configured azurerm_storage_account is 'sthdhdevraw'$/,
    ],
    [
      "a key URL of another vault",
      (e: ReturnType<typeof fixture>["environment"]) =>
        (e.legacy.importIds = { ...e.legacy.importIds, "key.pseudonymisation": "https://kv-other.vault.azure.net/keys/pseudonymisation/2c8f4e6a0b1d4c3e9f7a5b3d1e8c6a40" }),
      /legacy\.importIds\["key\.pseudonymisation"\]: '.*' does not begin with 'https:\/\/kv-hdh-dev\.vault\.azure\.net\/keys\/pseudonymisation\/'$/,
    ],
    [
      "an unknown logical name",
      (e: ReturnType<typeof fixture>["environment"]) => (e.legacy.importIds = { ...e.legacy.importIds, "storageAccount.archive": "x" }),
      /^config\/environments\/dev\.json: legacy\.importIds\["storageAccount\.archive"\]: unknown logical name 'storageAccount\.archive' \(known: storageAccount\.extracts, storageAccount\.pseudonymised, storageAccount\.raw\)$/,
    ],
    [
      "an unknown kind of logical name, listing the kinds",
      (e: ReturnType<typeof fixture>["environment"]) => (e.legacy.newResources = ["storage"]),
      /legacy\.newResources\["storage"\]: unknown logical name 'storage' \(known: .*\bresourceGroup, .*storageAccount\.\*/,
    ],
    [
      "a resource both imported and declared new",
      (e: ReturnType<typeof fixture>["environment"]) => (e.legacy.newResources = ["key.pseudonymisation"]),
      /legacy\.importIds\["key\.pseudonymisation"\]: 'key\.pseudonymisation' is also listed in legacy\.newResources: a resource is either imported or new$/,
    ],
    [
      "an import into something whose parent is new",
      (e: ReturnType<typeof fixture>["environment"]) => (e.legacy.newResources = ["keyVault"]),
      /legacy\.importIds\["key\.storage-encryption"\]: cannot import 'key\.storage-encryption': 'keyVault', which it lives in, is created by this project$/,
    ],
    [
      "an import of what the code creates",
      (e: ReturnType<typeof fixture>["environment"]) =>
        (e.legacy.importIds = {
          ...e.legacy.importIds,
          "managementLock.raw.snds-sample": "/subscriptions/3f2b6c1e-8d4a-4f7b-9c2e-1a5d7e9b0c11/providers/Microsoft.Authorization/locks/x",
        }),
      /legacy\.importIds\["managementLock\.raw\.snds-sample"\]: 'managementLock\.raw\.snds-sample' is created by this project \(made at the cutover of dataset [\w-]+\): it cannot be imported$/,
    ],
    [
      "an import of the database copy's DNS resolver, which the copy creates",
      (e: ReturnType<typeof fixture>["environment"]) =>
        (e.legacy.importIds = {
          ...e.legacy.importIds,
          "migrationDns.resolver": "/subscriptions/3f2b6c1e-8d4a-4f7b-9c2e-1a5d7e9b0c11/resourceGroups/rg-hdh-dev/providers/Microsoft.Network/dnsResolvers/hdh-dev-migration-dns",
        }),
      /legacy\.importIds\["migrationDns\.resolver"\]: 'migrationDns\.resolver' is created by this project \(created by this project while a database copy runs .*\): it cannot be imported$/,
    ],
    [
      "a server parameter override naming another parameter",
      (e: ReturnType<typeof fixture>["environment"]) =>
        (e.legacy.importIds = {
          ...e.legacy.importIds,
          "postgresParameter.wal_level": "/subscriptions/3f2b6c1e-8d4a-4f7b-9c2e-1a5d7e9b0c11/resourceGroups/rg-hdh-dev/providers/Microsoft.DBforPostgreSQL/flexibleServers/psql-hdh-dev/configurations/max_wal_senders",
        }),
      /legacy\.importIds\["postgresParameter\.wal_level"\]: '.*' names 'max_wal_senders' but the configured azurerm_postgresql_flexible_server_configuration is 'wal_level'$/,
    ],
  ])("refuses %s with one line naming the file and the field", (_, mutate, expected) => {
    const error = errorOf(() => synth(mutate));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(expected);
    expect(error.message).not.toContain("\n");
  });

  it("takes a role assignment's GUID from its override, so the existing assignment is imported as it is named", () => {
    const existing = "0b0c5e0e-1111-4a2b-9c3d-4e5f60718293";
    const json = synth((e) => {
      e.legacy.importIds = {
        ...e.legacy.importIds,
        "roleAssignment.keyAccess.raw": `/subscriptions/3f2b6c1e-8d4a-4f7b-9c2e-1a5d7e9b0c11/resourceGroups/rg-hdh-dev/providers/Microsoft.KeyVault/vaults/kv-hdh-dev/providers/Microsoft.Authorization/roleAssignments/${existing}`,
      };
    });
    const names = resourcesOf(json, "azurerm_role_assignment").map(([, body]) => body.name);
    expect(names).toContain(existing);
    expect((json.import as { id: string }[]).filter((block) => block.id.endsWith(existing))).toHaveLength(1);
  });
});
