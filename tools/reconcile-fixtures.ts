/**
 * `npm run reconcile:fixtures`: regenerates the Azure inventory fixtures of the reconciliation tests
 * (__tests__/reconcile/fixtures/) from the project's own legacy stacks, in the documented
 * `az resource list -o json` shape:
 *   <env>-inventory.json        what the stack imports, minus deliberately missing resources, plus deliberate extras
 *                               (resources Azure holds that the code does not describe, some of them holding data);
 *   <env>-inventory-clean.json  exactly what the stack imports (nothing missing, nothing extra);
 *   <env>-inventory.expected.json  the deliberate extras and missing resources, for the tests.
 * Only what `az resource list` lists is written: resource groups, subnets, blob containers, NSG rules, peerings,
 * Key Vault keys, Flexible Server databases ... are not (see policy/review/reconciliation/inventory.ts).
 * Run it again whenever the legacy stack's imports change (e.g. once every legacy resource is imported), review
 * the diff, then run the reconciliation tests.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { readEnvironment } from "../config/load-environment";
import { AzureResourceTypes } from "../config/load-azure-resource-types";
import { parseArmId, RESOURCE_GROUP_TYPE } from "../policy/review/reconciliation/azure-id";
import type { InventoryResource } from "../policy/review/reconciliation/inventory";
import { readLegacyDeclaration } from "../policy/review/reconciliation/reconcile";
import { synthesizeLegacyStack } from "./legacy-reconcile";

export const RECONCILE_FIXTURES_DIR = path.resolve(__dirname, "..", "__tests__", "reconcile", "fixtures");

type Json = Record<string, unknown>;

/** What the fixture of an environment adds to, and takes from, the derived inventory. */
interface Deliberate {
  /** Resources Azure holds that the code does not describe: [type, name, resource group, extra fields]. */
  readonly extra: readonly [string, string, string, Partial<InventoryResource>?][];
  /** Azure types whose imported resources are left out of the inventory (they would be created). */
  readonly missingTypes: readonly string[];
}

const DELIBERATE: Readonly<Record<"dev" | "prod", Deliberate>> = {
  dev: {
    extra: [
      ["Microsoft.Storage/storageAccounts", "sthdhdevscratch", "rg-hdh-dev", { kind: "StorageV2", sku: { name: "Standard_LRS", tier: "Standard" }, tags: { owner: "data-engineering", purpose: "scratch" } }],
      ["Microsoft.Compute/snapshots", "snap-vmss-hdh-dev-workspaces-0-20260415", "rg-hdh-dev", { sku: { name: "Standard_ZRS", tier: "Standard" } }],
      ["Microsoft.Network/networkWatchers", "NetworkWatcher_francecentral", "NetworkWatcherRG", {}],
    ],
    missingTypes: ["Microsoft.Network/virtualNetworks"],
  },
  prod: {
    extra: [
      ["Microsoft.Storage/storageAccounts", "sthdhprodarchive2019", "rg-hdh-prod", { kind: "StorageV2", sku: { name: "Standard_RAGRS", tier: "Standard" }, tags: { owner: "plateforme-donnees-sante", purpose: "archive 2019" } }],
      ["Microsoft.RecoveryServices/vaults", "rsv-hdh-prod", "rg-hdh-prod", { sku: { name: "RS0", tier: "Standard" } }],
      ["Microsoft.Databricks/workspaces", "dbw-hdh-prod-analytics", "rg-hdh-prod", { sku: { name: "premium" } }],
      ["Microsoft.Compute/disks", "disk-hdh-prod-etl-data", "rg-hdh-prod-dr", { location: "francesouth", sku: { name: "Premium_ZRS", tier: "Premium" } }],
      ["Microsoft.Network/networkWatchers", "NetworkWatcher_francecentral", "NetworkWatcherRG", {}],
      ["Microsoft.OperationsManagement/solutions", "SecurityInsights(log-hdh-prod)", "rg-hdh-prod", { plan: { name: "SecurityInsights(log-hdh-prod)", product: "OMSGallery/SecurityInsights", publisher: "Microsoft" } }],
    ],
    missingTypes: ["Microsoft.OperationalInsights/workspaces"],
  },
};

/** A deterministic timestamp per resource, so regenerated fixtures diff only where the estate changed. */
function timestamp(seed: string): string {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const day = new Date(Date.UTC(2023, 0, 1) + (hash % 900) * 86_400_000 + (hash % 86_400) * 1000);
  return day.toISOString().replace("Z", "+00:00");
}

/** An `az resource list -o json` entry. */
function entry(id: string, type: string, name: string, resourceGroup: string, location: string, fields: Partial<InventoryResource> = {}): InventoryResource {
  return {
    changedTime: timestamp(`${id}#changed`),
    createdTime: timestamp(`${id}#created`),
    extendedLocation: null,
    id,
    identity: null,
    kind: null,
    location,
    managedBy: null,
    name,
    plan: null,
    properties: null,
    provisioningState: "Succeeded",
    resourceGroup,
    sku: null,
    tags: null,
    type,
    ...fields,
  };
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The synthesized resource an import block imports into. */
function resourceAt(doc: Json, address: string): Json {
  const [type, ...rest] = address.split(".");
  const resources = isObject(doc.resource) && isObject(doc.resource[type]) ? (doc.resource[type] as Json) : {};
  const resource = resources[rest.join(".")];
  return isObject(resource) ? resource : {};
}

/** Literal values only (a `${...}` reference is not what Azure would list). */
function literal<T>(value: unknown): T | undefined {
  return typeof value === "string" && value.includes("${") ? undefined : (value as T | undefined);
}

/** Azure's fields a generic entry of this resource would carry, from the synthesized configuration. */
function describedFields(type: string, resource: Json): Partial<InventoryResource> {
  const tags = literal<Record<string, string>>(resource.tags) ?? null;
  switch (type.toLowerCase()) {
    case "microsoft.storage/storageaccounts":
      return { kind: literal<string>(resource.account_kind) ?? "StorageV2", sku: { name: `${resource.account_tier ?? "Standard"}_${resource.account_replication_type ?? "LRS"}`, tier: resource.account_tier ?? "Standard" }, tags };
    case "microsoft.dbforpostgresql/flexibleservers":
      return { sku: { name: literal<string>(resource.sku_name)?.replace(/^(B|GP|MO)_/, "") ?? null, tier: String(resource.sku_name ?? "").startsWith("B_") ? "Burstable" : "GeneralPurpose" }, tags };
    case "microsoft.keyvault/vaults":
      return { tags };
    case "microsoft.compute/virtualmachinescalesets":
      return { sku: { capacity: literal<number>(resource.instances) ?? null, name: literal<string>(resource.sku) ?? null, tier: "Standard" }, tags };
    default:
      return { tags };
  }
}

export interface InventoryFixtures {
  readonly inventory: InventoryResource[];
  readonly clean: InventoryResource[];
  readonly expected: { readonly extra: string[]; readonly missing: { address: string; azureId: string }[] };
}

/** The fixtures of one built-in environment, derived from its synthesized legacy stack. */
export function inventoryFixtures(environment: "dev" | "prod"): InventoryFixtures {
  const loaded = readEnvironment(environment);
  const { name, doc } = synthesizeLegacyStack(loaded);
  const declaration = readLegacyDeclaration(doc, `stacks/${name}/cdk.tf.json`, name);
  const types = AzureResourceTypes.load();
  const location = loaded.config.legacy.location;
  const clean: InventoryResource[] = [];
  const seen = new Set<string>();
  const missing: { address: string; azureId: string }[] = [];
  for (const block of declaration.imports) {
    const arm = parseArmId(block.id);
    // Listed by `az resource list`: a resource (not a group, not an extension), of a top-level or listed type.
    if (!arm || arm.extension || arm.type.toLowerCase() === RESOURCE_GROUP_TYPE.toLowerCase() || !types.isListed(arm.type) || seen.has(arm.key)) continue;
    seen.add(arm.key);
    const resource = resourceAt(doc as Json, block.address);
    const item = entry(block.id, arm.type, arm.name, arm.resourceGroup ?? "", literal<string>(resource.location) ?? (arm.type.startsWith("Microsoft.Network/privateDnsZones") ? "global" : location), describedFields(arm.type, resource));
    clean.push(item);
    if (DELIBERATE[environment].missingTypes.some((t) => t.toLowerCase() === arm.type.toLowerCase())) missing.push({ address: block.address, azureId: block.id });
  }
  const subscription = parseArmId(declaration.imports.find((i) => parseArmId(i.id))?.id ?? "")?.subscription ?? "00000000-0000-0000-0000-000000000000";
  const extras = DELIBERATE[environment].extra.map(([type, resourceName, group, fields]) => {
    const [namespace, ...rest] = type.split("/");
    const id = `/subscriptions/${subscription}/resourceGroups/${group}/providers/${namespace}/${rest.join("/")}/${resourceName}`;
    return entry(id, type, resourceName, group, location, fields);
  });
  const missingIds = new Set(missing.map((m) => m.azureId.toLowerCase()));
  return {
    inventory: [...clean.filter((r) => !missingIds.has(r.id.toLowerCase())), ...extras],
    clean,
    expected: { extra: extras.map((e) => e.id), missing },
  };
}

function write(file: string, data: unknown): void {
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}

export function main(): void {
  mkdirSync(RECONCILE_FIXTURES_DIR, { recursive: true });
  for (const environment of ["dev", "prod"] as const) {
    const fixtures = inventoryFixtures(environment);
    write(path.join(RECONCILE_FIXTURES_DIR, `${environment}-inventory.json`), fixtures.inventory);
    write(path.join(RECONCILE_FIXTURES_DIR, `${environment}-inventory-clean.json`), fixtures.clean);
    write(path.join(RECONCILE_FIXTURES_DIR, `${environment}-inventory.expected.json`), fixtures.expected);
  }
}

if (require.main === module) main();
