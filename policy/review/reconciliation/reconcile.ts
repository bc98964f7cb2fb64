/**
 * Reconciles what the legacy stack declares with what Azure really holds (an `az resource list` export):
 * - would be created: resources the stack imports (Terraform `import { to, id }` blocks, as cdktf writes them)
 *   that the inventory lacks: `cdktf deploy` would create them. A resource the stack declares without an import
 *   block is declared new (created by the project) and is not expected in the inventory.
 * - unmanaged: inventory resources no import block names: the code does not describe them.
 * - data left behind (blocking): data-bearing inventory resources (config/azure-resource-types.json), managed
 *   or not, that no verified copy covers and no reasoned decision of the migration plan lets go.
 * How a dataset covers a resource is recorded by the legacy stack at synth (coverage-record.ts): a storage
 * account is covered when every container the code knows of it and every container the plan names in it has a
 * dataset verified as copied; the PostgreSQL server likewise with its databases; a container or database listed
 * on its own is covered by its own dataset. IDs and types compare case-insensitively, names too.
 */
import type { AzureResourceTypes } from "../../../config/load-azure-resource-types";
import { ConfigError } from "../../../config/config-error";
import { keyVaultOfDataPlaneUrl, parseImportId, RESOURCE_GROUP_TYPE, type ArmId } from "./azure-id";
import { readCoverageRecord, type CoveredPart, type CoveredResource, type MigrationCoverageRecord, type NotCopiedRecord } from "./coverage-record";
import type { Inventory, InventoryEntry } from "./inventory";

/** An import block of the legacy stack. */
export interface DeclaredImport {
  /** The Terraform address it imports into, e.g. `azurerm_storage_account.data-store-raw_account_DFFDD50C`. */
  readonly address: string;
  /** The import ID (an Azure resource ID, or a Key Vault key's URL). */
  readonly id: string;
}

/** What the synthesized legacy stack declares. */
export interface LegacyDeclaration {
  readonly stack: string;
  readonly file: string;
  readonly imports: readonly DeclaredImport[];
  readonly coverage: MigrationCoverageRecord;
}

export interface WouldBeCreated {
  readonly address: string;
  readonly azureId: string;
}

export interface UnmanagedResource {
  readonly azureId: string;
  readonly type: string;
  readonly dataBearing: boolean;
}

export interface DataLeftBehind {
  readonly azureId: string;
  readonly type: string;
  readonly reason: string;
}

/** A data-bearing resource the plan deliberately does not copy. */
export interface NotCopiedResource {
  readonly azureId: string;
  readonly type: string;
  readonly decision: NotCopiedRecord;
}

/** A data-bearing resource every part of which is verified as copied. */
export interface CopiedResource {
  readonly azureId: string;
  readonly type: string;
  readonly datasets: readonly string[];
}

export interface ReconciliationSummary {
  /** Distinct resources in the inventory. */
  readonly inventory: number;
  /** Inventory resources the stack imports. */
  readonly managed: number;
  readonly wouldBeCreated: number;
  readonly unmanaged: number;
  readonly dataLeftBehind: number;
}

export interface Reconciliation {
  readonly stack: string;
  readonly inventoryFile: string;
  readonly planFile: string | null;
  readonly summary: ReconciliationSummary;
  readonly wouldBeCreated: readonly WouldBeCreated[];
  readonly unmanaged: readonly UnmanagedResource[];
  readonly dataLeftBehind: readonly DataLeftBehind[];
  readonly notCopied: readonly NotCopiedResource[];
  readonly copied: readonly CopiedResource[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The import blocks and migration coverage of a synthesized legacy stack (cdk.tf.json). */
export function readLegacyDeclaration(doc: unknown, file: string, stack: string): LegacyDeclaration {
  if (!isObject(doc)) throw new ConfigError(file, "", "is not a synthesized stack (a JSON object)");
  const blocks = doc.import === undefined ? [] : Array.isArray(doc.import) ? doc.import : [doc.import];
  const imports = blocks.map((block, index) => {
    if (!isObject(block) || typeof block.to !== "string" || typeof block.id !== "string") {
      throw new ConfigError(file, `import[${index}]`, "is not an import block with a literal `to` and `id`");
    }
    return { address: block.to, id: block.id };
  });
  return { stack, file, imports, coverage: readCoverageRecord(doc, file) };
}

const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? "").toLowerCase() === (b ?? "").toLowerCase();

function describeParts(parts: readonly CoveredPart[]): string {
  return parts
    .map((p) => {
      const kind = p.type.split("/").pop()?.replace(/s$/, "") ?? "part";
      return p.dataset === null ? `${kind} ${p.name} (no dataset)` : `${kind} ${p.name} (dataset ${p.dataset}, ${p.phase}${p.verified ? ", verified" : ""})`;
    })
    .join(", ");
}

/** Reconciles a legacy stack's declaration with an inventory (see the module's comment). */
export function reconcile(declaration: LegacyDeclaration, inventory: Inventory, types: AzureResourceTypes): Reconciliation {
  const byKey = new Map(inventory.entries.map((e) => [e.arm.key, e]));
  // Resource groups: listed when `az group list` was appended, otherwise known from the resources in them.
  const groups = new Set<string>();
  for (const entry of inventory.entries) {
    const group = entry.arm.resourceGroup !== undefined ? `/subscriptions/${entry.arm.subscription}/resourcegroups/${entry.arm.resourceGroup}`.toLowerCase() : undefined;
    if (group) groups.add(group);
    if (same(entry.arm.type, RESOURCE_GROUP_TYPE)) groups.add(entry.arm.key);
  }
  const vaults = new Set(inventory.entries.filter((e) => same(e.arm.type, "Microsoft.KeyVault/vaults")).map((e) => e.name.toLowerCase()));

  const exists = (arm: ArmId): boolean => {
    if (same(arm.type, RESOURCE_GROUP_TYPE)) return groups.has(arm.key);
    if (!arm.extension && types.isListed(arm.type)) return byKey.has(arm.key);
    // Not listed by `az resource list` (a subnet, a container, a lock ...): judged by what holds it.
    return arm.parent ? exists(arm.parent) : false;
  };
  const imported = (id: string): boolean => {
    const arm = parseImportId(id); // azurerm's `{resourceId}|{name}` forms too
    if (arm) return exists(arm);
    const vault = keyVaultOfDataPlaneUrl(id);
    return vault !== undefined && vaults.has(vault.toLowerCase()); // a key or secret: judged by its vault
  };

  const wouldBeCreated = declaration.imports.filter((i) => !imported(i.id)).map((i) => ({ address: i.address, azureId: i.id }));
  const importKeys = new Set(declaration.imports.map((i) => (parseImportId(i.id)?.key ?? i.id.toLowerCase())));
  const managed = (entry: InventoryEntry) => importKeys.has(entry.arm.key);
  const unmanaged = inventory.entries.filter((e) => !managed(e)).map((e) => ({ azureId: e.resource.id, type: e.resource.type, dataBearing: types.isDataBearing(e.resource.type) }));

  const { covered, notCopied: decisions } = declaration.coverage;
  const coverageOf = (type: string, name: string): CoveredResource | undefined => covered.find((c) => same(c.type, type) && same(c.name, name));
  const dataLeftBehind: DataLeftBehind[] = [];
  const notCopied: NotCopiedResource[] = [];
  const copied: CopiedResource[] = [];
  for (const entry of inventory.entries) {
    const { type, id } = entry.resource;
    if (!types.isDataBearing(type)) continue;
    const leave = (why: string) => dataLeftBehind.push({ azureId: id, type, reason: managed(entry) ? why : `not described by the code; ${why}` });
    const decision = decisions.find((d) => same(d.type, type) && same(d.name, entry.name) && (d.resourceGroup === undefined || same(d.resourceGroup, entry.arm.resourceGroup)));
    if (decision) {
      notCopied.push({ azureId: id, type, decision });
      continue;
    }
    const whole = coverageOf(type, entry.name);
    const parent = entry.arm.parent && !whole ? coverageOf(entry.arm.parent.type, entry.arm.parent.name) : undefined;
    const parts = whole ? whole.parts : parent ? parent.parts.filter((p) => same(p.name, entry.name)) : undefined;
    if (parts === undefined) {
      leave("no dataset of the migration plan covers it, and no decision of the plan says why it is not copied");
    } else if (parts.length === 0) {
      leave(whole ? "the migration plan covers none of its contents (no container or database of it is known)" : `no dataset of the migration plan copies it (${entry.arm.parent?.name} is covered, not this part)`);
    } else if (parts.some((p) => !p.verified)) {
      leave(`not verified as copied: ${describeParts(parts.filter((p) => !p.verified))}`);
    } else {
      copied.push({ azureId: id, type, datasets: [...new Set(parts.map((p) => p.dataset as string))] });
    }
  }
  return {
    stack: declaration.stack,
    inventoryFile: inventory.file,
    planFile: declaration.coverage.planFile,
    summary: {
      inventory: inventory.entries.length,
      managed: inventory.entries.filter(managed).length,
      wouldBeCreated: wouldBeCreated.length,
      unmanaged: unmanaged.length,
      dataLeftBehind: dataLeftBehind.length,
    },
    wouldBeCreated,
    unmanaged,
    dataLeftBehind,
    notCopied,
    copied,
  };
}

/** Exit code of a reconciliation: 1 when data would be left behind, else 0 (an unreadable input: 2, thrown). */
export function reconciliationExitCode(reconciliation: Reconciliation): 0 | 1 {
  return reconciliation.dataLeftBehind.length > 0 ? 1 : 0;
}
