/**
 * The real Azure inventory, as the platform team exports it offline:
 *   az resource list --subscription <id> -o json
 * an array of generic resources `{ id, name, type, location, resourceGroup, kind, sku, tags, managedBy, identity,
 * plan, properties, ... }` (Azure CLI, `az resource list`; fields other than `id` and `type` may be null or absent).
 * `az resource list` leaves out resource groups: the entries of `az group list -o json` may be appended to the
 * same array (type `Microsoft.Resources/resourceGroups`); otherwise a group counts as present when one of the
 * inventory's resources sits in it. Nested proxy resources (subnets, blob containers, NSG rules, Key Vault keys,
 * Flexible Server databases ...) are not listed either.
 */
import { readFileSync } from "node:fs";
import { ConfigError } from "../../../config/config-error";
import { parseArmId, type ArmId } from "./azure-id";

/** One entry of `az resource list -o json` (the fields the reconciliation reads; the others are kept as they are). */
export interface InventoryResource {
  readonly id: string;
  readonly name?: string | null;
  readonly type: string;
  readonly location?: string | null;
  readonly resourceGroup?: string | null;
  readonly kind?: string | null;
  readonly sku?: Record<string, unknown> | null;
  readonly tags?: Record<string, string> | null;
  readonly managedBy?: string | null;
  readonly [field: string]: unknown;
}

/** An inventory entry with its parsed ID. */
export interface InventoryEntry {
  readonly resource: InventoryResource;
  readonly arm: ArmId;
  /** The entry's name: `name`, else the ID's last segment. */
  readonly name: string;
}

export interface Inventory {
  readonly file: string;
  /** Distinct resources, in the file's order (an ID listed twice counts once). */
  readonly entries: readonly InventoryEntry[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Checks parsed JSON as an `az resource list` export. Throws a one-line ConfigError naming the file. */
export function parseInventory(data: unknown, file: string): Inventory {
  if (!Array.isArray(data)) {
    const what = isObject(data) ? "an object" : data === null ? "null" : `a ${typeof data}`;
    throw new ConfigError(file, "", `is ${what}, not a JSON array (expected the output of \`az resource list -o json\`)`);
  }
  const seen = new Map<string, number>();
  const entries: InventoryEntry[] = [];
  data.forEach((item, index) => {
    const where = `[${index}]`;
    if (!isObject(item)) throw new ConfigError(file, where, "is not an object (expected an `az resource list` entry: id, name, type, location, ...)");
    if (typeof item.id !== "string" || item.id === "") throw new ConfigError(file, `${where}.id`, "is missing (every `az resource list` entry has its Azure resource ID)");
    if (typeof item.type !== "string" || !/^[A-Za-z0-9.]+(\/[A-Za-z0-9.]+)+$/.test(item.type)) {
      throw new ConfigError(file, `${where}.type`, item.type === undefined || item.type === null ? "is missing (every `az resource list` entry has its resource type)" : `'${String(item.type)}' is not an Azure resource type (Namespace/type)`);
    }
    const arm = parseArmId(item.id);
    if (!arm) throw new ConfigError(file, `${where}.id`, `'${item.id}' is not an Azure resource ID (/subscriptions/<id>/resourceGroups/<group>/providers/...)`);
    if (arm.type.toLowerCase() !== item.type.toLowerCase()) {
      throw new ConfigError(file, `${where}.type`, `'${item.type}' does not match its ID, which names a ${arm.type}`);
    }
    if (item.name !== undefined && item.name !== null && typeof item.name !== "string") throw new ConfigError(file, `${where}.name`, "is not a string");
    const earlier = seen.get(arm.key);
    if (earlier !== undefined) return; // listed twice (two exports appended): one resource
    seen.set(arm.key, index);
    entries.push({ resource: item as InventoryResource, arm, name: typeof item.name === "string" && item.name ? item.name : arm.name });
  });
  return { file, entries };
}

/** Reads an inventory file. Throws a one-line ConfigError naming the file (missing, not JSON, not an export). */
export function readInventoryFile(file: string): Inventory {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(file, "", code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a directory, not an inventory file" : `cannot read (${code ?? String(error)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, "")); // PowerShell writes a byte order mark
  } catch (error) {
    throw new ConfigError(file, "", `not valid JSON (${(error as Error).message.split("\n")[0]})`);
  }
  return parseInventory(data, file);
}
