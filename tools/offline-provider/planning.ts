/**
 * What the schema-only provider answers, as pure functions of the schema and the decoded values:
 * the planned state, a data source's placeholder state, the schema checks of Validate*, and the
 * conforming of raw JSON state. No cloud is ever called.
 */
import type { CtyType, SchemaAttribute, SchemaBlock, SchemaNestedBlock } from "./schema-types";
import { UNKNOWN, isObject, isUnknown, type TfValue } from "./values";

/** One step of an attribute path: an attribute name, a map key or a list index. */
export type PathStep = { attribute: string } | { key: string } | { index: number };

export interface ProviderDiagnostic {
  severity: "error" | "warning";
  summary: string;
  detail: string;
  path?: PathStep[];
}

type TfObject = { [key: string]: TfValue };

const attributesOf = (block: SchemaBlock): [string, SchemaAttribute][] => Object.entries(block.attributes ?? {});
const blocksOf = (block: SchemaBlock): [string, SchemaNestedBlock][] => Object.entries(block.block_types ?? {});

/** Calls `visit` on each element object of a nested block value (single, list, set or map). */
function forEachBlockElement(value: TfValue, nested: SchemaNestedBlock, visit: (element: TfValue, step?: PathStep) => TfValue): TfValue {
  if (value === null || isUnknown(value)) return value;
  if (nested.nesting_mode === "single" || nested.nesting_mode === "group") return visit(value);
  if (Array.isArray(value)) return value.map((element, index) => visit(element, { index }));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, element]) => [key, visit(element, { key })]));
  return value;
}

/**
 * The planned state of a resource: the proposed new state (configuration merged by Terraform with
 * the prior state), with every computed attribute the configuration leaves null marked unknown, at
 * every nesting level. On create that makes `id` and all optional + computed attributes "known
 * after apply", as a real provider would; on update Terraform has already carried prior values over.
 */
export function planBlock(proposed: TfValue, block: SchemaBlock): TfValue {
  if (!isObject(proposed)) return proposed;
  const planned: TfObject = { ...proposed };
  for (const [name, attribute] of attributesOf(block)) {
    const value = planned[name] ?? null;
    if (value === null && attribute.computed) planned[name] = UNKNOWN;
    else if (attribute.nested_type && value !== null) planned[name] = planNested(value, attribute);
  }
  for (const [name, nested] of blocksOf(block)) {
    planned[name] = forEachBlockElement(planned[name] ?? null, nested, (element) => planBlock(element, nested.block));
  }
  return planned;
}

function planNested(value: TfValue, attribute: SchemaAttribute): TfValue {
  const nested = attribute.nested_type!;
  const asBlock: SchemaBlock = { attributes: nested.attributes };
  const mode = nested.nesting_mode === "single" ? "single" : nested.nesting_mode;
  return forEachBlockElement(value, { nesting_mode: mode, block: asBlock }, (element) => planBlock(element, asBlock));
}

/**
 * A value of a `dynamic` (cty DynamicPseudoType) slot as cty's msgpack carries it: a two-element
 * array of the value's concrete type (JSON, as msgpack bytes) and the value. Null and unknown
 * travel bare. Sending a bare value where the schema says `dynamic` makes Terraform fail with
 * "msgpack: invalid code=... decoding array length".
 */
export function dynamicValue(type: CtyType, value: TfValue): TfValue {
  if (value === null || isUnknown(value)) return value;
  return [new TextEncoder().encode(JSON.stringify(type)) as unknown as TfValue, value];
}

/** The cty type of a plain JSON value (for values of `dynamic` slots read from JSON state). */
export function impliedType(value: unknown): CtyType {
  if (typeof value === "string") return "string";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "bool";
  if (Array.isArray(value)) return ["tuple", value.map(impliedType)] as unknown as CtyType;
  if (value !== null && typeof value === "object") {
    return ["object", Object.fromEntries(Object.entries(value).map(([name, field]) => [name, impliedType(field)]))];
  }
  return "dynamic";
}

/** A deterministic stand-in for a computed value a data source would read from the cloud; it follows the declared cty type. */
export function placeholderFor(type: CtyType | undefined, label: string): TfValue {
  if (type === undefined || type === "dynamic") return dynamicValue("string", `offline-placeholder:${label}`);
  if (type === "string") return `offline-placeholder:${label}`;
  if (type === "number") return 0;
  if (type === "bool") return false;
  if (Array.isArray(type)) {
    const [kind, inner] = type;
    // One element, so that `data.x.list[0]` still resolves as it would against a real cloud.
    if (kind === "list" || kind === "set") return [placeholderFor(inner as CtyType, `${label}[0]`)];
    if (kind === "map") return {};
    if (kind === "object") {
      const fields = inner as Record<string, CtyType>;
      return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, placeholderFor(field, `${label}.${name}`)]));
    }
    if (kind === "tuple") return (inner as unknown as CtyType[]).map((element, index) => placeholderFor(element, `${label}[${index}]`));
  }
  return null;
}

/** A data source's state: its configuration, with every computed attribute left null filled with a placeholder. */
export function readDataBlock(config: TfValue, block: SchemaBlock, label: string): TfValue {
  if (!isObject(config)) return config;
  const state: TfObject = { ...config };
  for (const [name, attribute] of attributesOf(block)) {
    const value = state[name] ?? null;
    if ((value === null || isUnknown(value)) && attribute.computed) {
      state[name] = attribute.nested_type ? null : placeholderFor(attribute.type, `${label}.${name}`);
    }
  }
  for (const [name, nested] of blocksOf(block)) {
    state[name] = forEachBlockElement(state[name] ?? null, nested, (element) => readDataBlock(element, nested.block, `${label}.${name}`));
  }
  return state;
}

/**
 * Schema checks on a configuration, as diagnostics with attribute paths: attributes that are not in
 * the schema, required attributes left null, computed-only attributes set, and nested blocks with
 * fewer or more elements than the schema allows. Unknown values are never an error here.
 */
export function validateBlock(config: TfValue, block: SchemaBlock, path: PathStep[] = []): ProviderDiagnostic[] {
  if (!isObject(config)) return [];
  const diagnostics: ProviderDiagnostic[] = [];
  const known = new Set([...attributesOf(block).map(([name]) => name), ...blocksOf(block).map(([name]) => name)]);
  for (const name of Object.keys(config)) {
    if (!known.has(name)) {
      diagnostics.push(error("Unsupported argument", `An argument named "${name}" is not expected here.`, [...path, { attribute: name }]));
    }
  }
  for (const [name, attribute] of attributesOf(block)) {
    const value = config[name] ?? null;
    const at = [...path, { attribute: name }];
    if (attribute.required && value === null) {
      diagnostics.push(error("Missing required argument", `The argument "${name}" is required, but no definition was found.`, at));
    }
    if (attribute.computed && !attribute.optional && !attribute.required && value !== null && !isUnknown(value)) {
      diagnostics.push(error("Value for unconfigurable attribute", `Can't configure a value for "${name}": its value will be decided automatically based on the result of applying this configuration.`, at));
    }
  }
  for (const [name, nested] of blocksOf(block)) {
    const value = config[name] ?? null;
    const at = [...path, { attribute: name }];
    if (isUnknown(value)) continue;
    const count = value === null ? 0 : Array.isArray(value) ? value.length : isObject(value) && nested.nesting_mode === "map" ? Object.keys(value).length : 1;
    if (nested.min_items && count < nested.min_items) {
      diagnostics.push(error("Insufficient " + name + " blocks", `At least ${nested.min_items} "${name}" block${nested.min_items > 1 ? "s are" : " is"} required.`, at));
    }
    if (nested.max_items && count > nested.max_items) {
      diagnostics.push(error("Too many " + name + " blocks", `No more than ${nested.max_items} "${name}" block${nested.max_items > 1 ? "s are" : " is"} allowed.`, at));
    }
    forEachBlockElement(value, nested, (element, step) => {
      diagnostics.push(...validateBlock(element, nested.block, step ? [...at, step] : at));
      return element;
    });
  }
  return diagnostics;
}

function error(summary: string, detail: string, path: PathStep[]): ProviderDiagnostic {
  return { severity: "error", summary, detail, path };
}

/** A value read from JSON (stored state) made to carry every attribute of its type, as msgpack decoding in Terraform requires. */
export function conformToType(value: unknown, type: CtyType | undefined): TfValue {
  if (value === null || value === undefined) return null;
  if (type === "dynamic") return dynamicValue(impliedType(value), value as TfValue);
  if (!Array.isArray(type)) return value as TfValue;
  const [kind, inner] = type;
  if ((kind === "list" || kind === "set") && Array.isArray(value)) return value.map((element) => conformToType(element, inner as CtyType));
  if (kind === "map" && typeof value === "object") {
    return Object.fromEntries(Object.entries(value as object).map(([key, element]) => [key, conformToType(element, inner as CtyType)]));
  }
  if (kind === "object" && typeof value === "object") {
    const fields = inner as Record<string, CtyType>;
    const source = value as Record<string, unknown>;
    return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, conformToType(source[name], field)]));
  }
  if (kind === "tuple" && Array.isArray(value)) return value.map((element, index) => conformToType(element, (inner as unknown as CtyType[])[index]));
  return value as TfValue;
}

/** Stored JSON state made to carry every attribute and block of the schema (nil for null). */
export function conformToBlock(value: unknown, block: SchemaBlock): TfValue {
  if (value === null || value === undefined || typeof value !== "object") return null;
  const source = value as Record<string, unknown>;
  const result: TfObject = {};
  for (const [name, attribute] of attributesOf(block)) result[name] = conformToType(source[name], attribute.type ?? nestedTypeOf(attribute));
  for (const [name, nested] of blocksOf(block)) {
    const raw = source[name];
    const conform = (element: unknown): TfValue => conformToBlock(element, nested.block);
    if (nested.nesting_mode === "single" || nested.nesting_mode === "group") result[name] = conform(raw);
    else if (nested.nesting_mode === "map") {
      result[name] = Object.fromEntries(Object.entries((raw as object) ?? {}).map(([key, element]) => [key, conform(element)]));
    } else result[name] = Array.isArray(raw) ? raw.map(conform) : [];
  }
  return result;
}

/** The cty type of a nested attribute (protocol 6 nested_type), for conforming values. */
function nestedTypeOf(attribute: SchemaAttribute): CtyType | undefined {
  const nested = attribute.nested_type;
  if (!nested) return undefined;
  const object: CtyType = ["object", Object.fromEntries(Object.entries(nested.attributes).map(([name, inner]) => [name, inner.type ?? nestedTypeOf(inner) ?? "dynamic"]))];
  return nested.nesting_mode === "single" ? object : [nested.nesting_mode, object];
}

/**
 * The state of a resource adopted by an `import` block, offline: nothing can be read from the
 * cloud, so every attribute is null except `id`, which is the import id (deterministic). Terraform
 * then plans an update from it toward the configuration.
 */
export function importedState(id: string, block: SchemaBlock): TfValue {
  return conformToBlock({ id }, block);
}

/** A stable text of a value, for comparing and hashing (unknown, bigint and byte values included). */
export function canonicalText(value: TfValue): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === UNKNOWN) return "(unknown)";
    if (typeof inner === "bigint") return `${inner}n`;
    if (inner instanceof Uint8Array) return Buffer.from(inner).toString("hex");
    if (inner !== null && typeof inner === "object" && !Array.isArray(inner)) {
      return Object.fromEntries(Object.entries(inner as object).sort(([a], [b]) => a.localeCompare(b)));
    }
    return inner;
  });
}

/**
 * Whether a planned value differs from the prior one at a ForceNew path. An unknown planned value
 * differs from a known prior one (the real provider cannot promise it stays the same); a prior null
 * that becomes unknown is a computed value nobody configured, which the provider keeps.
 */
function changed(prior: TfValue, planned: TfValue): boolean {
  if (isUnknown(planned)) return prior !== null;
  return canonicalText(prior) !== canonicalText(planned);
}

function valueAt(object: TfValue, name: string): TfValue {
  return isObject(object) ? (object[name] ?? null) : null;
}

function collectReplacePaths(prior: TfValue, planned: TfValue, block: SchemaBlock, segments: string[], at: PathStep[], out: PathStep[][]): void {
  const [name, ...rest] = segments;
  const nested = block.block_types?.[name];
  const before = valueAt(prior, name);
  const after = valueAt(planned, name);
  const here: PathStep[] = [...at, { attribute: name }];
  if (!nested || rest.length === 0 || isUnknown(after) || isUnknown(before)) {
    if (changed(before, after)) out.push(here);
    return;
  }
  switch (nested.nesting_mode) {
    case "single":
    case "group":
      collectReplacePaths(before, after, nested.block, rest, here, out);
      return;
    case "list": {
      const length = Math.max(Array.isArray(before) ? before.length : 0, Array.isArray(after) ? after.length : 0);
      for (let index = 0; index < length; index++) {
        const element = (list: TfValue): TfValue => (Array.isArray(list) ? (list[index] ?? null) : null);
        collectReplacePaths(element(before), element(after), nested.block, rest, [...here, { index }], out);
      }
      return;
    }
    case "map": {
      const keys = new Set([...Object.keys(isObject(before) ? before : {}), ...Object.keys(isObject(after) ? after : {})]);
      for (const key of keys) collectReplacePaths(valueAt(before, key), valueAt(after, key), nested.block, rest, [...here, { key }], out);
      return;
    }
    default:
      // A set's elements have no address: the set itself is what must be replaced (as terraform-plugin-sdk reports it).
      if (changed(before, after)) out.push(here);
  }
}

/**
 * The `requires_replace` paths of an update: each ForceNew path (`region`, `block_device.volume_type`,
 * as providers/openstack/force-new.json lists them) whose value changes between the prior and the
 * planned state, with list indices and map keys spelled out (a set is replaced as a whole). Terraform
 * then plans a replacement. None on create or delete.
 */
export function requiresReplace(prior: TfValue, planned: TfValue, block: SchemaBlock, forceNewPaths: readonly string[]): PathStep[][] {
  if (!isObject(prior) || !isObject(planned)) return [];
  const out: PathStep[][] = [];
  for (const path of forceNewPaths) collectReplacePaths(prior, planned, block, path.split("."), [], out);
  const seen = new Set<string>();
  return out.filter((path) => {
    const key = JSON.stringify(path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function resolveValue(value: TfValue, type: CtyType | undefined, label: string): TfValue {
  if (isUnknown(value)) return placeholderFor(type, label);
  if (value === null || !Array.isArray(type)) return value;
  const [kind, inner] = type;
  if ((kind === "list" || kind === "set") && Array.isArray(value)) return value.map((element, index) => resolveValue(element, inner as CtyType, `${label}[${index}]`));
  if (kind === "map" && isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, element]) => [key, resolveValue(element, inner as CtyType, `${label}.${key}`)]));
  if (kind === "object" && isObject(value)) {
    const fields = inner as Record<string, CtyType>;
    return Object.fromEntries(Object.entries(value).map(([name, element]) => [name, resolveValue(element, fields[name], `${label}.${name}`)]));
  }
  if (kind === "tuple" && Array.isArray(value)) return value.map((element, index) => resolveValue(element, (inner as unknown as CtyType[])[index], `${label}[${index}]`));
  return value;
}

/**
 * The state an offline "apply" writes: the planned state with every value known only after apply
 * replaced by a deterministic placeholder of its type, labelled `<label>.<attribute>` (the label
 * carries a per-resource salt, so that two resources never share an id). Known values stay as planned,
 * as Terraform requires of a provider's apply.
 */
export function resolveUnknowns(planned: TfValue, block: SchemaBlock, label: string): TfValue {
  if (!isObject(planned)) return planned;
  const state: TfObject = { ...planned };
  for (const [name, attribute] of attributesOf(block)) {
    state[name] = resolveValue(state[name] ?? null, attribute.type ?? nestedTypeOf(attribute), `${label}.${name}`);
  }
  for (const [name, nested] of blocksOf(block)) {
    const value = state[name] ?? null;
    if (isUnknown(value)) state[name] = nested.nesting_mode === "single" || nested.nesting_mode === "group" ? null : nested.nesting_mode === "map" ? {} : [];
    else state[name] = forEachBlockElement(value, nested, (element) => resolveUnknowns(element, nested.block, `${label}.${name}`));
  }
  return state;
}
