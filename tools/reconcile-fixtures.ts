/**
 * `npm run reconcile:fixtures`: regenerates the Azure inventory fixtures of the reconciliation tests
 * (__tests__/reconcile/fixtures/) from the project's own legacy stacks, in the documented
 * `az resource list -o json` shape:
 *   <env>-inventory.json        what the stack imports, minus deliberately missing resources (and what they hold),
 *                               plus deliberate extras (resources Azure holds that the code does not describe, some of
 *                               them holding data), with `az group list` appended as the README's export does;
 *   <env>-inventory-clean.json  exactly what the stack imports (nothing missing, nothing extra);
 *   <env>-inventory.expected.json  the deliberate extras and missing resources, for the tests.
 * Only what `az resource list` and `az group list` list is written: subnets, blob containers, NSG rules, peerings,
 * Key Vault keys, Flexible Server databases and parameters, diagnostic settings ... are not (see
 * policy/review/reconciliation/inventory.ts). Run it again whenever the legacy stack's imports change, review the
 * diff, then run the reconciliation tests.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { readEnvironment } from "../config/load-environment";
import { AzureResourceTypes } from "../config/load-azure-resource-types";
import { parseImportId, RESOURCE_GROUP_TYPE, type ArmId } from "../policy/review/reconciliation/azure-id";
import type { InventoryResource } from "../policy/review/reconciliation/inventory";
import { readLegacyDeclaration } from "../policy/review/reconciliation/reconcile";
import { synthesizeLegacyStack } from "./legacy-reconcile";

export const RECONCILE_FIXTURES_DIR = path.resolve(__dirname, "..", "__tests__", "reconcile", "fixtures");

type Json = Record<string, unknown>;

/** What the fixture of an environment adds to, and takes from, the derived inventory. */
interface Deliberate {
  /** Resources Azure holds that the code does not describe: [type, name, resource group, extra fields]. */
  readonly extra: readonly [string, string, string, Partial<InventoryResource>?][];
  /**
   * Imported resources left out of the inventory, [type, name]: they would be created, and so would every imported
   * resource nested in or extending one of them (a missing network's subnets and peerings).
   */
  readonly missing: readonly [string, string][];
}

const DELIBERATE: Readonly<Record<"dev" | "prod", Deliberate>> = {
  dev: {
    extra: [
      ["Microsoft.Storage/storageAccounts", "sthdhdevscratch", "rg-hdh-dev", { kind: "StorageV2", sku: { name: "Standard_LRS", tier: "Standard" }, tags: { owner: "data-engineering", purpose: "scratch" } }],
      ["Microsoft.Compute/snapshots", "snap-vmss-hdh-dev-workspaces-0-20260415", "rg-hdh-dev", { sku: { name: "Standard_ZRS", tier: "Standard" } }],
      ["Microsoft.Network/networkWatchers", "NetworkWatcher_francecentral", "NetworkWatcherRG", {}],
    ],
    missing: [["Microsoft.Network/virtualNetworks", "vnet-hdh-dev-hub"]],
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
    missing: [["Microsoft.OperationalInsights/workspaces", "log-hdh-prod"]],
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

/** An `az group list -o json` entry. */
function groupEntry(id: string, name: string, location: string, tags: Record<string, string> | null): InventoryResource {
  return { id, location, managedBy: null, name, properties: { provisioningState: "Succeeded" }, tags, type: RESOURCE_GROUP_TYPE };
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
  const groups: InventoryResource[] = [];
  const seen = new Set<string>();
  const missing: { address: string; azureId: string }[] = [];
  const isMissing = (arm: ArmId | undefined): boolean =>
    arm !== undefined && (DELIBERATE[environment].missing.some(([type, name]) => type.toLowerCase() === arm.type.toLowerCase() && name.toLowerCase() === arm.name.toLowerCase()) || isMissing(arm.parent));
  for (const block of declaration.imports) {
    const arm = parseImportId(block.id);
    if (isMissing(arm)) missing.push({ address: block.address, azureId: block.id });
    if (!arm || arm.extension || seen.has(arm.key)) continue;
    const resource = resourceAt(doc as Json, block.address);
    if (arm.type.toLowerCase() === RESOURCE_GROUP_TYPE.toLowerCase()) {
      seen.add(arm.key);
      groups.push(groupEntry(block.id, arm.name, literal<string>(resource.location) ?? location, literal<Record<string, string>>(resource.tags) ?? null));
      continue;
    }
    // Listed by `az resource list`: a resource (not a group, not an extension), of a top-level or listed type.
    if (!types.isListed(arm.type)) continue;
    seen.add(arm.key);
    clean.push(entry(block.id, arm.type, arm.name, arm.resourceGroup ?? "", literal<string>(resource.location) ?? (arm.type.startsWith("Microsoft.Network/privateDnsZones") ? "global" : location), describedFields(arm.type, resource)));
  }
  const subscription = declaration.imports.map((i) => parseImportId(i.id)).find((arm) => arm !== undefined)?.subscription ?? "00000000-0000-0000-0000-000000000000";
  const extras = DELIBERATE[environment].extra.map(([type, resourceName, group, fields]) => {
    const [namespace, ...rest] = type.split("/");
    const id = `/subscriptions/${subscription}/resourceGroups/${group}/providers/${namespace}/${rest.join("/")}/${resourceName}`;
    return entry(id, type, resourceName, group, location, fields);
  });
  // The groups the extras sit in that the code does not describe (NetworkWatcherRG): `az group list` lists them too.
  const known = new Set(groups.map((g) => g.name?.toLowerCase()));
  const extraGroups = [...new Set(extras.map((e) => e.resourceGroup as string))]
    .filter((group) => !known.has(group.toLowerCase()))
    .map((group) => groupEntry(`/subscriptions/${subscription}/resourceGroups/${group}`, group, location, null));
  const missingIds = new Set(missing.map((m) => m.azureId.toLowerCase()));
  const present = (r: InventoryResource) => !missingIds.has(r.id.toLowerCase());
  // `az resource list`, then `az group list` appended (the README's export): an empty group is known too.
  return {
    inventory: [...clean.filter(present), ...extras, ...groups.filter(present), ...extraGroups],
    clean: [...clean, ...groups],
    expected: { extra: [...extras, ...extraGroups].map((e) => e.id), missing },
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
