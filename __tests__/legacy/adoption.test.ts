import { ConfigError } from "../../config/config-error";
import { azureResourceIdProblem } from "../../constructs/legacy/adoption";
import { checkedPlan, errorOf, fixture, resourcesOf, synthLegacy } from "../migration/helpers";

const SUBSCRIPTION = "/subscriptions/7c9e2a41-5b3d-4e8f-a6c1-2d4f8b0e9a37";
const GROUP = `${SUBSCRIPTION}/resourceGroups/rg-hdh-prod`;

describe("Azure resource ID checks", () => {
  it.each([
    ["resourceGroup", GROUP],
    ["storageAccount", `${GROUP}/providers/Microsoft.Storage/storageAccounts/sthdhprodraw`],
    ["storageContainer", `${GROUP}/providers/Microsoft.Storage/storageAccounts/sthdhprodraw/blobServices/default/containers/snds-dcir`],
    ["keyVaultKey", "https://kv-hdh-prod.vault.azure.net/keys/pseudonymisation/4f1d0c2b9a8e47d6b3c5a1e2f7d9c0b8"],
    ["postgresFlexibleServer", `${GROUP}/providers/Microsoft.DBforPostgreSQL/flexibleServers/psql-hdh-prod`],
    ["subnet", `${GROUP}/providers/Microsoft.Network/virtualNetworks/vnet-hdh-prod-hub/subnets/GatewaySubnet`],
  ] as const)("accepts a %s ID", (kind, id) => {
    expect(azureResourceIdProblem(id, kind)).toBeUndefined();
  });

  it("matches provider namespaces case-insensitively, as Azure does", () => {
    expect(azureResourceIdProblem(`${GROUP}/providers/microsoft.storage/storageaccounts/sthdhprodraw`, "storageAccount", "sthdhprodraw")).toBeUndefined();
  });

  it.each([
    ["a storage account ID given for a Key Vault", "keyVault", `${GROUP}/providers/Microsoft.Storage/storageAccounts/sthdhprodraw`],
    ["a container ID given for its account", "storageAccount", `${GROUP}/providers/Microsoft.Storage/storageAccounts/sthdhprodraw/blobServices/default/containers/snds-dcir`],
    ["a subscription that is not a UUID", "resourceGroup", "/subscriptions/prod/resourceGroups/rg-hdh-prod"],
    ["a name only", "storageAccount", "sthdhprodraw"],
    ["an unversioned key URL", "keyVaultKey", "https://kv-hdh-prod.vault.azure.net/keys/pseudonymisation"],
  ] as const)("refuses %s", (_, kind, id) => {
    expect(azureResourceIdProblem(id, kind)).toMatch(/is not the Azure resource ID of a/);
  });

  it("refuses an ID naming another resource than the configured one", () => {
    expect(azureResourceIdProblem(`${GROUP}/providers/Microsoft.Storage/storageAccounts/sthdhprodold`, "storageAccount", "sthdhprodraw")).toBe(
      `'${GROUP}/providers/Microsoft.Storage/storageAccounts/sthdhprodold' names 'sthdhprodold' but the configured storageAccount is 'sthdhprodraw'`,
    );
  });
});

describe("adoption of the prod estate by import", () => {
  const { environment, plan, planFile } = fixture("prod");
  const json = synthLegacy(environment, checkedPlan(plan, planFile));
  const imports: { id: string; to: string }[] = json.import;

  it("writes one Terraform import block per configured import ID", () => {
    expect(imports).toHaveLength(Object.keys(environment.legacy.importIds ?? {}).length);
  });

  it("imports each ID into an existing resource of the right type", () => {
    const byId = new Map(imports.map((i) => [i.id, i.to]));
    const ids = environment.legacy.importIds ?? {};
    const expectType = (logicalName: string, type: string) => {
      const to = byId.get(ids[logicalName]) ?? "";
      expect(to.startsWith(`${type}.`)).toBe(true);
      const [, name] = to.split(".");
      expect(json.resource[type][name]).toBeDefined();
    };
    expectType("resourceGroup", "azurerm_resource_group");
    expectType("storageAccount.raw", "azurerm_storage_account");
    expectType("container.raw.snds-dcir", "azurerm_storage_container");
    expectType("key.pseudonymisation", "azurerm_key_vault_key");
    expectType("postgres", "azurerm_postgresql_flexible_server");
    expectType("workspaces", "azurerm_linux_virtual_machine_scale_set");
    expectType("logAnalytics", "azurerm_log_analytics_workspace");
  });

  it("imports the container into the container named in its ID", () => {
    const ids = environment.legacy.importIds ?? {};
    const to = imports.find((i) => i.id === ids["container.raw.snds-pmsi"])?.to ?? "";
    expect(json.resource.azurerm_storage_container[to.split(".")[1]].name).toBe("snds-pmsi");
  });

  it("writes no import block when no import ID is configured", () => {
    const bare = fixture("dev");
    delete bare.environment.legacy.importIds;
    expect(synthLegacy(bare.environment).import).toBeUndefined();
    expect(resourcesOf(synthLegacy(bare.environment), "azurerm_storage_account")).toHaveLength(3);
  });
});

describe("bad import IDs", () => {
  it("refuses an ID of the wrong type with one line naming the file and the logical name", () => {
    const { environment } = fixture("dev");
    environment.legacy.importIds = { "storageAccount.raw": "/subscriptions/3f2b6c1e-8d4a-4f7b-9c2e-1a5d7e9b0c11/resourceGroups/rg-hdh-dev" };
    const error = errorOf(() => synthLegacy(environment, undefined, "config/environments/dev.json"));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^config\/environments\/dev\.json: legacy\.importIds\["storageAccount\.raw"\]: '.*' is not the Azure resource ID of a storageAccount/);
    expect(error.message).not.toContain("\n");
  });

  it("refuses an unknown logical name", () => {
    const { environment } = fixture("dev");
    environment.legacy.importIds = { "storageAccount.archive": `${GROUP}/providers/Microsoft.Storage/storageAccounts/sthdharchive` };
    const error = errorOf(() => synthLegacy(environment, undefined, "config/environments/dev.json"));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      `config/environments/dev.json: legacy.importIds["storageAccount.archive"]: unknown logical name 'storageAccount.archive' (known: storageAccount.extracts, storageAccount.pseudonymised, storageAccount.raw)`,
    );
  });

  it("lists the kinds of logical names when the kind itself is unknown", () => {
    const { environment } = fixture("dev");
    environment.legacy.importIds = { storage: `${GROUP}/providers/Microsoft.Storage/storageAccounts/sthdhdevraw` };
    const message = errorOf(() => synthLegacy(environment)).message;
    expect(message).toMatch(/unknown logical name 'storage' \(known: .*\bresourceGroup, .*storageAccount\.\*/);
    expect(message).not.toContain("storageAccount.raw");
  });
});
