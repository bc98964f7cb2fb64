import { readEnvironment } from "../../config/load-environment";
import { reconciliationJson } from "../../policy/review/reconciliation/format";
import { readInventoryFile } from "../../policy/review/reconciliation/inventory";
import { readLegacyDeclaration, reconcile, reconciliationExitCode } from "../../policy/review/reconciliation/reconcile";
import { synthesizeLegacyStack } from "../../tools/legacy-reconcile";
import { inventoryFixtures } from "../../tools/reconcile-fixtures";
import { fixture } from "../migration/helpers";
import { expectedOf, fixtureFile, inventoryData, reconcileWith, types, verifyAll } from "./helpers";

const SUB_DEV = "/subscriptions/3f2b6c1e-8d4a-4f7b-9c2e-1a5d7e9b0c11";

describe.each(["dev", "prod"] as const)("the %s estate against its inventory fixture", (name) => {
  const { name: stack, doc } = synthesizeLegacyStack(readEnvironment(name));
  const declaration = readLegacyDeclaration(doc, `stacks/${stack}/cdk.tf.json`, stack);
  const result = reconcile(declaration, readInventoryFile(fixtureFile(`${name}-inventory.json`)), types);
  const expected = expectedOf(name);

  it("is what the fixture generator derives from today's legacy stack (run `npm run reconcile:fixtures` when it changes)", () => {
    const fixtures = inventoryFixtures(name);
    expect(fixtures.inventory).toEqual(inventoryData(`${name}-inventory.json`));
    expect(fixtures.clean).toEqual(inventoryData(`${name}-inventory-clean.json`));
    expect(fixtures.expected).toEqual(expected);
  });

  it("reports the imported resources the inventory lacks as would be created", () => {
    expect(result.wouldBeCreated).toEqual(expected.missing);
  });

  it("reports exactly the resources the code does not describe as unmanaged, and the rest as managed", () => {
    expect(result.unmanaged.map((u) => u.azureId).sort()).toEqual([...expected.extra].sort());
    expect(result.summary.managed).toBe(result.summary.inventory - result.summary.unmanaged);
    for (const u of result.unmanaged) expect(u.dataBearing).toBe(types.isDataBearing(u.type));
  });

  it("blocks on every data-bearing extra, and on no extra that holds no data", () => {
    for (const u of result.unmanaged) {
      const left = result.dataLeftBehind.find((d) => d.azureId === u.azureId);
      if (u.dataBearing) expect(left?.reason).toMatch(/^not described by the code; no dataset of the migration plan covers it/);
      else expect(left).toBeUndefined();
    }
    expect(reconciliationExitCode(result)).toBe(1);
  });

  it("blocks on the managed stores whose datasets are not verified as copied yet, naming the datasets", () => {
    const { plan } = fixture(name);
    for (const store of readEnvironment(name).config.legacy.dataStores) {
      const left = result.dataLeftBehind.find((d) => d.azureId.toLowerCase().endsWith(`/storageaccounts/${store.accountName}`));
      const inInventory = inventoryData(`${name}-inventory.json`).some((r) => r.name === store.accountName);
      if (!inInventory) continue;
      expect(left?.reason).toMatch(/^(not described by the code; )?not verified as copied: container /);
      for (const dataset of plan.datasets.filter((d) => d.kind !== "database" && d.legacyStore.dataStore === store.name && d.phase !== "decommissioned")) {
        expect(left?.reason).toContain(`(dataset ${dataset.id}, ${dataset.phase})`);
      }
    }
  });

  it("summarises in the documented JSON shape, counts only", () => {
    const json = reconciliationJson(result) as Record<string, Record<string, unknown>>;
    expect(Object.keys(json)).toEqual(["summary", "wouldBeCreated", "unmanaged", "dataLeftBehind"]);
    expect(Object.keys(json.summary)).toEqual(["inventory", "managed", "wouldBeCreated", "unmanaged", "dataLeftBehind"]);
    expect(json.summary).toEqual({
      inventory: inventoryData(`${name}-inventory.json`).length,
      managed: result.summary.managed,
      wouldBeCreated: expected.missing.length,
      unmanaged: expected.extra.length,
      dataLeftBehind: result.dataLeftBehind.length,
    });
  });
});

describe("the prod estate's decisions", () => {
  const { name: stack, doc } = synthesizeLegacyStack(readEnvironment("prod"));
  const result = reconcile(readLegacyDeclaration(doc, stack, stack), readInventoryFile(fixtureFile("prod-inventory.json")), types);

  it("lets the Key Vault go by the plan's reasoned decision, never silently", () => {
    const vault = result.notCopied.find((n) => n.type === "Microsoft.KeyVault/vaults");
    expect(vault?.decision.reason).toMatch(/HSM-backed keys/);
    expect(result.dataLeftBehind.some((d) => d.type === "Microsoft.KeyVault/vaults")).toBe(false);
  });

  it("blocks on the PostgreSQL server while any of its databases is not verified as copied", () => {
    const server = result.dataLeftBehind.find((d) => d.type === "Microsoft.DBforPostgreSQL/flexibleServers");
    expect(server?.reason).toBe("not verified as copied: database portal (dataset portal-db, replicating), database catalogue (dataset catalogue-db, legacy)");
  });

  it("judges the imported Key Vault key by its vault: present with it, missing without it", () => {
    expect(result.wouldBeCreated.some((w) => w.azureId.startsWith("https://"))).toBe(false);
    const inventory = readInventoryFile(fixtureFile("prod-inventory.json"));
    const withoutVault = { ...inventory, entries: inventory.entries.filter((e) => e.resource.type !== "Microsoft.KeyVault/vaults") };
    const again = reconcile(readLegacyDeclaration(doc, stack, stack), withoutVault, types);
    expect(again.wouldBeCreated.map((w) => w.azureId)).toEqual(expect.arrayContaining([expect.stringMatching(/^https:\/\/kv-hdh-prod\.vault\.azure\.net\/keys\//), expect.stringMatching(/vaults\/kv-hdh-prod$/)]));
  });
});

describe("a complete copy", () => {
  it("blocks nothing once every dataset is verified and the rest is decided: exit 0", () => {
    const { environment, plan } = fixture("dev");
    verifyAll(plan);
    const result = reconcileWith(environment, plan, inventoryData("dev-inventory-clean.json"));
    expect(result.summary).toMatchObject({ wouldBeCreated: 0, unmanaged: 0, dataLeftBehind: 0 });
    expect(result.copied.map((c) => c.datasets).flat()).toEqual(expect.arrayContaining(["snds-sample"]));
    expect(reconciliationExitCode(result)).toBe(0);
  });

  it("compares IDs, types and names case-insensitively, as Azure does", () => {
    const { environment, plan } = fixture("prod");
    const shouting = inventoryData("prod-inventory.json").map((r) => ({ ...r, id: r.id.toUpperCase(), type: r.type.toUpperCase(), name: r.name?.toUpperCase() }));
    const quiet = reconciliationJson(reconcileWith(environment, plan, inventoryData("prod-inventory.json"))) as { summary: object };
    const loud = reconciliationJson(reconcileWith(environment, plan, shouting)) as { summary: object };
    expect(loud.summary).toEqual(quiet.summary);
  });

  it("keeps a storage account blocking while one of its containers is not verified, naming only that one", () => {
    const { environment, plan } = fixture("prod");
    const dcir = plan.datasets.find((d) => d.id === "snds-dcir");
    if (!dcir) throw new Error("no snds-dcir");
    dcir.phaseHistory.push({ phase: "cutover", since: "2026-11-28" });
    dcir.phase = "cutover";
    dcir.verification = { checksumReport: "swift://raw/_migration/snds-dcir/checksum-report.txt", verifiedOn: "2026-11-29" };
    const result = reconcileWith(environment, plan, inventoryData("prod-inventory.json"));
    const raw = result.dataLeftBehind.find((d) => d.azureId.endsWith("/sthdhprodraw"));
    expect(raw?.reason).toBe("not verified as copied: container snds-pmsi (dataset snds-pmsi, replicating)");
  });
});

describe("resources listed on their own, groups, decisions", () => {
  const { environment, plan } = fixture("dev");
  const server = `${SUB_DEV}/resourceGroups/rg-hdh-dev/providers/Microsoft.DBforPostgreSQL/flexibleServers/psql-hdh-dev`;

  it("covers a database listed on its own by its dataset, and blocks on a database no dataset copies", () => {
    const result = reconcileWith(environment, plan, [
      { id: `${server}/databases/portal`, name: "portal", type: "Microsoft.DBforPostgreSQL/flexibleServers/databases" },
      { id: `${server}/databases/forgotten`, name: "forgotten", type: "Microsoft.DBforPostgreSQL/flexibleServers/databases" },
    ]);
    // portal is imported by the legacy stack (its computed import ID): managed; forgotten is not described.
    expect(result.dataLeftBehind.map((d) => d.reason)).toEqual([
      "not verified as copied: database portal (dataset portal-db, replicating)",
      "not described by the code; no dataset of the migration plan copies it (psql-hdh-dev is covered, not this part)",
    ]);
  });

  it("knows a resource group from the resources in it, or from appended `az group list` entries; an empty one would be created", () => {
    const group = `${SUB_DEV}/resourceGroups/rg-hdh-dev`;
    const imported = (inventory: unknown[]) => reconcileWith(environment, plan, inventory).wouldBeCreated.map((w) => w.azureId);
    expect(imported([])).toContain(group);
    expect(imported([{ id: group, name: "rg-hdh-dev", type: "Microsoft.Resources/resourceGroups" }])).not.toContain(group);
    expect(imported([{ id: `${group}/providers/Microsoft.Network/networkWatchers/nw`, type: "Microsoft.Network/networkWatchers" }])).not.toContain(group);
  });

  it("judges a resource `az resource list` does not list (a blob container) by what holds it", () => {
    const result = reconcileWith(environment, plan, inventoryData("dev-inventory-clean.json").filter((r) => r.type !== "Microsoft.Storage/storageAccounts"));
    const wouldBeCreated = result.wouldBeCreated.map((w) => w.azureId);
    expect(wouldBeCreated).toContain(`${SUB_DEV}/resourceGroups/rg-hdh-dev/providers/Microsoft.Storage/storageAccounts/sthdhdevraw`);
    expect(wouldBeCreated).toContain(`${SUB_DEV}/resourceGroups/rg-hdh-dev/providers/Microsoft.Storage/storageAccounts/sthdhdevraw/blobServices/default/containers/snds-sample`);
  });

  it("applies a decision not to copy only to the resource it names (resource group included)", () => {
    const snapshot = { id: `${SUB_DEV}/resourceGroups/rg-hdh-dev/providers/Microsoft.Compute/snapshots/snap-1`, name: "snap-1", type: "Microsoft.Compute/snapshots" };
    const decide = (resourceGroup: string) => {
      const { environment: env, plan: decided } = fixture("dev");
      decided.notCopied = [{ type: "Microsoft.Compute/snapshots", name: "SNAP-1", resourceGroup, reason: "A test snapshot of synthetic data, deleted after review", owner: "plateforme", decidedOn: "2026-11-01" }];
      return reconcileWith(env, decided, [snapshot]);
    };
    expect(decide("rg-other").dataLeftBehind.map((d) => d.azureId)).toEqual([snapshot.id]);
    const decided = decide("RG-HDH-DEV");
    expect(decided.dataLeftBehind).toEqual([]);
    expect(decided.notCopied.map((n) => n.decision.owner)).toEqual(["plateforme"]);
  });
});
