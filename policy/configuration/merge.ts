/**
 * Terraform's override merging (internal/configs/module_merge.go, module_merge_body.go), on JSON
 * bodies: an argument set in the override replaces the base's; a nested block type present in the
 * override (as blocks or as a `dynamic` block) replaces every block of that type in the base, as a
 * whole; nothing else of the base changes.
 */
import { isObject, ownProperty, setProperty, type Json } from "../json";

/** The labels of a body's `dynamic` blocks, with each block's definition. */
function dynamicBlocks(value: unknown): [string, unknown][] {
  const result: [string, unknown][] = [];
  for (const object of Array.isArray(value) ? value : [value]) {
    if (!isObject(object)) continue;
    for (const [label, body] of Object.entries(object)) result.push([label, body]);
  }
  return result;
}

/** MergeBodies: `override`'s arguments and block types take precedence over `base`'s. */
export function mergeBodies(base: Json, override: Json): Json {
  const overrideDynamic = dynamicBlocks(override.dynamic);
  // Block types the override sets, directly or through `dynamic`: the base's blocks of those types go.
  const overridden = new Set([...Object.keys(override).filter((k) => k !== "dynamic" && k !== "//"), ...overrideDynamic.map(([label]) => label)]);
  const merged: Json = {};
  for (const [key, value] of Object.entries(base)) {
    if (key === "dynamic" || overridden.has(key)) continue;
    setProperty(merged, key, value);
  }
  for (const [key, value] of Object.entries(override)) if (key !== "dynamic" && key !== "//") setProperty(merged, key, value);
  const dynamic = [...dynamicBlocks(base.dynamic).filter(([label]) => !overridden.has(label)), ...overrideDynamic];
  if (dynamic.length > 0) {
    merged.dynamic = dynamic.map(([label, body]) => {
      const block: Json = {};
      setProperty(block, label, body);
      return block;
    });
  }
  return merged;
}

/** The lifecycle arguments an override may change (Resource.merge); the base keeps the rest. */
const OVERRIDABLE_LIFECYCLE = ["create_before_destroy", "prevent_destroy", "ignore_changes"];

export function mergeLifecycle(base: Json, override: Json): Json {
  const merged = { ...base };
  for (const key of OVERRIDABLE_LIFECYCLE) {
    const value = ownProperty(override, key);
    if (value === undefined || value === null) continue;
    if (key === "ignore_changes" && Array.isArray(value) && value.length === 0) continue;
    merged[key] = value;
  }
  return merged;
}

/** Variable.merge: each argument the override sets replaces the base's. */
export function mergeVariable(base: Json, override: Json): Json {
  const merged = { ...base };
  for (const [key, value] of Object.entries(override)) if (key !== "//") setProperty(merged, key, value);
  return merged;
}

/** ModuleCall.merge: source, version, count and for_each replaced; arguments merged; providers replaced. */
export function mergeModuleCall(base: Json, override: Json): Json {
  const { providers, ...rest } = override;
  const hasProviders = isObject(providers) && Object.keys(providers).length > 0;
  return mergeBodies(base, hasProviders ? override : rest);
}
