import { mkdtempSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ConfigError } from "../../config/config-error";
import { keyVaultOfDataPlaneUrl, parseArmId, parseImportId } from "../../policy/review/reconciliation/azure-id";
import { parseInventory, readInventoryFile } from "../../policy/review/reconciliation/inventory";
import { errorOf } from "../migration/plan-helpers";

const FIXTURES = path.join(__dirname, "fixtures");
const SUB = "/subscriptions/3f2b6c1e-8d4a-4f7b-9c2e-1a5d7e9b0c11";
const ACCOUNT = `${SUB}/resourceGroups/rg-hdh-dev/providers/Microsoft.Storage/storageAccounts/sthdhdevraw`;

/** The one-line problem an unreadable input gives. */
function problem(body: () => unknown): string {
  const error = errorOf(body);
  expect(error).toBeInstanceOf(ConfigError);
  expect(error.message).not.toContain("\n");
  return error.message;
}

describe("Azure resource IDs", () => {
  it("reads type, name, group and parent of a nested resource", () => {
    const container = parseArmId(`${ACCOUNT}/blobServices/default/containers/snds-sample`);
    expect(container).toMatchObject({ type: "Microsoft.Storage/storageAccounts/blobServices/containers", name: "snds-sample", resourceGroup: "rg-hdh-dev", extension: false });
    expect(container?.parent?.parent).toMatchObject({ type: "Microsoft.Storage/storageAccounts", name: "sthdhdevraw", key: ACCOUNT.toLowerCase() });
  });

  it("reads a resource group, and an extension resource as a child of the resource it extends", () => {
    expect(parseArmId(`${SUB}/resourceGroups/rg-hdh-dev`)).toMatchObject({ type: "Microsoft.Resources/resourceGroups", name: "rg-hdh-dev" });
    const lock = parseArmId(`${ACCOUNT}/providers/Microsoft.Authorization/locks/read-only`);
    expect(lock).toMatchObject({ type: "Microsoft.Authorization/locks", name: "read-only", extension: true });
    expect(lock?.parent?.key).toBe(ACCOUNT.toLowerCase());
  });

  it("refuses what is not an Azure resource ID, and reads a Key Vault key's URL as its vault's", () => {
    expect(parseArmId("sthdhdevraw")).toBeUndefined();
    expect(parseArmId(`${SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts`)).toBeUndefined();
    expect(keyVaultOfDataPlaneUrl("https://kv-hdh-prod.vault.azure.net/keys/pseudonymisation/4f1d0c2b9a8e47d6b3c5a1e2f7d9c0b8")).toBe("kv-hdh-prod");
  });
});

describe("azurerm import IDs", () => {
  const SERVER = `${SUB}/resourceGroups/rg-hdh-dev/providers/Microsoft.DBforPostgreSQL/flexibleServers/psql-hdh-dev`;

  it("reads an ARM ID as parseArmId does", () => {
    expect(parseImportId(`${SERVER}/databases/portal`)).toEqual(parseArmId(`${SERVER}/databases/portal`));
  });

  it("reads a diagnostic setting's `{resourceId}|{name}` as the extension resource it is in Azure, judged by its target", () => {
    const setting = parseImportId(`${SERVER}|audit-to-log-analytics`);
    expect(setting).toMatchObject({ type: "Microsoft.Insights/diagnosticSettings", name: "audit-to-log-analytics", extension: true });
    expect(setting?.parent?.key).toBe(SERVER.toLowerCase());
  });

  it("reads a cross-tenant role assignment's `{id}|{tenantId}` as the assignment", () => {
    const assignment = `${ACCOUNT}/providers/Microsoft.Authorization/roleAssignments/0b0c5e0e-1111-4a2b-9c3d-4e5f60718293`;
    expect(parseImportId(`${assignment}|72f988bf-86f1-41af-91ab-2d7cd011db47`)?.key).toBe(assignment.toLowerCase());
  });

  it("names nothing for a key's URL or a malformed pipe form", () => {
    expect(parseImportId("https://kv-hdh-prod.vault.azure.net/keys/pseudonymisation/4f1d0c2b9a8e47d6b3c5a1e2f7d9c0b8")).toBeUndefined();
    expect(parseImportId(`${SERVER}|`)).toBeUndefined();
    expect(parseImportId(`${SERVER}|a/b`)).toBeUndefined();
    expect(parseImportId("psql-hdh-dev|audit")).toBeUndefined();
  });
});

describe("the inventory (`az resource list -o json`)", () => {
  it("reads the dev fixture: every entry with its parsed ID and name", () => {
    const inventory = readInventoryFile(path.join(FIXTURES, "dev-inventory.json"));
    expect(inventory.entries.length).toBeGreaterThan(0);
    for (const entry of inventory.entries) expect(entry.arm.type.toLowerCase()).toBe(entry.resource.type.toLowerCase());
  });

  it("counts an ID listed twice (two exports appended, any case) once", () => {
    const item = { id: ACCOUNT, name: "sthdhdevraw", type: "Microsoft.Storage/storageAccounts" };
    expect(parseInventory([item, { ...item, id: ACCOUNT.toUpperCase() }], "inv.json").entries).toHaveLength(1);
  });

  it("takes the name from the ID when the entry has none, and accepts `az group list` entries", () => {
    const inventory = parseInventory(
      [
        { id: ACCOUNT, type: "Microsoft.Storage/storageAccounts", name: null },
        { id: `${SUB}/resourceGroups/rg-hdh-dev`, name: "rg-hdh-dev", type: "Microsoft.Resources/resourceGroups", location: "francecentral", managedBy: null, properties: { provisioningState: "Succeeded" }, tags: null },
      ],
      "inv.json",
    );
    expect(inventory.entries.map((e) => e.name)).toEqual(["sthdhdevraw", "rg-hdh-dev"]);
  });

  it.each([
    ["not-json.json", /^.*not-json\.json: not valid JSON \(/],
    ["not-an-array.json", /^.*not-an-array\.json: is an object, not a JSON array \(expected the output of `az resource list -o json`\)$/],
    ["entry-without-id.json", /^.*entry-without-id\.json: \[1\]\.id: is missing \(every `az resource list` entry has its Azure resource ID\)$/],
    ["entry-without-type.json", /^.*entry-without-type\.json: \[0\]\.type: is missing \(every `az resource list` entry has its resource type\)$/],
  ])("refuses %s with one line naming the file and the problem", (name, expected) => {
    expect(problem(() => readInventoryFile(path.join(FIXTURES, "unreadable", name)))).toMatch(expected);
  });

  it("refuses a missing file, an ID that is not Azure's, a type its ID contradicts, and a non-object entry", () => {
    expect(problem(() => readInventoryFile(path.join(FIXTURES, "absent.json")))).toMatch(/absent\.json: file not found$/);
    expect(problem(() => parseInventory([{ id: "sthdhdevraw", type: "Microsoft.Storage/storageAccounts" }], "inv.json"))).toBe(
      "inv.json: [0].id: 'sthdhdevraw' is not an Azure resource ID (/subscriptions/<id>/resourceGroups/<group>/providers/...)",
    );
    expect(problem(() => parseInventory([{ id: ACCOUNT, type: "Microsoft.Compute/disks" }], "inv.json"))).toBe(
      "inv.json: [0].type: 'Microsoft.Compute/disks' does not match its ID, which names a Microsoft.Storage/storageAccounts",
    );
    expect(problem(() => parseInventory(["sthdhdevraw"], "inv.json"))).toBe("inv.json: [0]: is not an object (expected an `az resource list` entry: id, name, type, location, ...)");
    expect(problem(() => parseInventory(null, "inv.json"))).toBe("inv.json: is null, not a JSON array (expected the output of `az resource list -o json`)");
  });

  it("reads a file PowerShell wrote with a byte order mark", () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "hdh-inventory-")), "inventory.json");
    writeFileSync(file, `\uFEFF${JSON.stringify([{ id: ACCOUNT, name: "sthdhdevraw", type: "Microsoft.Storage/storageAccounts" }])}`);
    expect(readInventoryFile(file).entries).toHaveLength(1);
  });
});
