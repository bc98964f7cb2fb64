/**
 * Finds the legacy stack in a synthesized app (`cdktf.out`) and reconciles it with an inventory: what
 * `hdh-policy review --inventory FILE` shows. Reads JSON only; never imports stack code.
 */
import * as path from "node:path";
import { AzureResourceTypes } from "../../../config/load-azure-resource-types";
import { ConfigError } from "../../../config/config-error";
import { readJsonFile } from "../../../config/validate-json";
import { STACK_POLICY_METADATA_KEY } from "../../inputs";
import { readInventoryFile } from "./inventory";
import { readLegacyDeclaration, reconcile, type Reconciliation } from "./reconcile";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The one legacy stack of a synthesized app (by its policy metadata's role), reconciled with the inventory. */
export function reconcileSynthesizedApp(synthDir: string, inventoryFile: string): Reconciliation {
  const manifestFile = path.join(synthDir, "manifest.json");
  const manifest = readJsonFile(manifestFile);
  if (!isObject(manifest) || !isObject(manifest.stacks)) throw new ConfigError(manifestFile, "stacks", "is required (not a cdktf manifest)");
  const legacy: { name: string; file: string; doc: unknown }[] = [];
  for (const [name, entry] of Object.entries(manifest.stacks)) {
    const stackPath = isObject(entry) && typeof entry.synthesizedStackPath === "string" ? entry.synthesizedStackPath : undefined;
    if (!stackPath) throw new ConfigError(manifestFile, `stacks.${name}.synthesizedStackPath`, "is required");
    const file = path.join(synthDir, stackPath);
    const doc = readJsonFile(file);
    const comment = isObject(doc) && isObject(doc["//"]) ? doc["//"] : {};
    const metadata = isObject(comment[STACK_POLICY_METADATA_KEY]) ? (comment[STACK_POLICY_METADATA_KEY] as Record<string, unknown>) : {};
    if (metadata.role === "legacy") legacy.push({ name, file, doc });
  }
  if (legacy.length !== 1) {
    throw new ConfigError(synthDir, "", legacy.length === 0 ? "holds no legacy stack to reconcile with the inventory (synthesize the app first)" : `holds ${legacy.length} legacy stacks (${legacy.map((l) => l.name).join(", ")}): reconcile one environment at a time`);
  }
  const [stack] = legacy;
  return reconcile(readLegacyDeclaration(stack.doc, stack.file, stack.name), readInventoryFile(inventoryFile), AzureResourceTypes.load());
}
