import { mkdtempSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ConfigError } from "../../config/config-error";
import { AZURE_RESOURCE_TYPES_FILE, AzureResourceTypes } from "../../config/load-azure-resource-types";
import { errorOf } from "../migration/plan-helpers";

const types = AzureResourceTypes.load();

function catalogueFile(data: unknown): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "hdh-types-")), "types.json");
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe("the data-bearing Azure types (config/azure-resource-types.json)", () => {
  it.each([
    ["storage accounts", "Microsoft.Storage/storageAccounts"],
    ["Data Lake", "Microsoft.DataLakeStore/accounts"],
    ["PostgreSQL servers", "Microsoft.DBforPostgreSQL/flexibleServers"],
    ["PostgreSQL databases", "Microsoft.DBforPostgreSQL/flexibleServers/databases"],
    ["MySQL servers", "Microsoft.DBforMySQL/flexibleServers"],
    ["SQL servers", "Microsoft.Sql/servers"],
    ["SQL databases", "Microsoft.Sql/servers/databases"],
    ["Cosmos DB", "Microsoft.DocumentDB/databaseAccounts"],
    ["Key Vault", "Microsoft.KeyVault/vaults"],
    ["managed disks", "Microsoft.Compute/disks"],
    ["snapshots", "Microsoft.Compute/snapshots"],
    ["Recovery Services vaults", "Microsoft.RecoveryServices/vaults"],
    ["Backup vaults", "Microsoft.DataProtection/backupVaults"],
    ["Databricks workspaces", "Microsoft.Databricks/workspaces"],
    ["Synapse workspaces", "Microsoft.Synapse/workspaces"],
  ])("counts %s as holding data", (_, type) => {
    expect(types.isDataBearing(type)).toBe(true);
    expect(types.dataBearing(type)?.holds.length).toBeGreaterThan(10);
  });

  it("compares types case-insensitively, as Azure does", () => {
    expect(types.isDataBearing("microsoft.storage/STORAGEACCOUNTS")).toBe(true);
  });

  it("does not count networking or compute plumbing as holding data", () => {
    for (const type of ["Microsoft.Network/virtualNetworks", "Microsoft.Network/networkSecurityGroups", "Microsoft.Network/publicIPAddresses", "Microsoft.Network/bastionHosts", "Microsoft.Network/networkWatchers"]) {
      expect(types.isDataBearing(type)).toBe(false);
    }
  });

  it("knows which nested types `az resource list` lists, and that it lists every top-level type", () => {
    expect(types.isListed("Microsoft.Storage/storageAccounts")).toBe(true);
    expect(types.isListed("Microsoft.Network/privateDnsZones/virtualNetworkLinks")).toBe(true);
    expect(types.isListed("Microsoft.Sql/servers/databases")).toBe(true);
    expect(types.isListed("Microsoft.Network/virtualNetworks/subnets")).toBe(false);
    expect(types.isListed("Microsoft.Storage/storageAccounts/blobServices/containers")).toBe(false);
    expect(types.isListed("Microsoft.DBforPostgreSQL/flexibleServers/databases")).toBe(false);
  });

  it("refuses a duplicate type, whatever its case, naming the file and the entry", () => {
    const entry = { type: "Microsoft.Storage/storageAccounts", category: "object storage", holds: "Blob containers and more." };
    const file = catalogueFile({ dataBearing: [entry, { ...entry, type: "microsoft.storage/storageaccounts" }], listedChildTypes: [] });
    const error = errorOf(() => AzureResourceTypes.load(file));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(`${file}: dataBearing[1].type: duplicate type 'microsoft.storage/storageaccounts' (types compare case-insensitively)`);
  });

  it("refuses an entry that says nothing of what it holds, or a malformed type", () => {
    const file = catalogueFile({ dataBearing: [{ type: "storageAccounts", category: "object storage", holds: "Blob containers and more." }], listedChildTypes: [] });
    expect(errorOf(() => AzureResourceTypes.load(file)).message).toMatch(/dataBearing\.0\.type: must match pattern/);
    const vague = catalogueFile({ dataBearing: [{ type: "Microsoft.Foo/bars", category: "object storage", holds: "data" }], listedChildTypes: [] });
    expect(errorOf(() => AzureResourceTypes.load(vague)).message).toMatch(/dataBearing\.0\.holds: must NOT have fewer than 10 characters/);
  });

  it("is the project's file by default", () => {
    expect(AZURE_RESOURCE_TYPES_FILE.endsWith(path.join("config", "azure-resource-types.json"))).toBe(true);
  });
});
