/**
 * Derives a provider schema (the `terraform providers schema -json` format) from a prebuilt cdktf
 * provider package (@cdktf/provider-azurerm, -random, -time, -null, ...), offline.
 *
 * The jsii assembly lists each resource and data source class, its configuration struct (which
 * arguments are required), its getters (every attribute, with its type) and, for each nested block,
 * an OutputReference/List class. The compiled bindings (lib/<module>/index.js) add what the assembly
 * leaves out: the exact Terraform name behind each getter (`getStringAttribute('name')`), whether a
 * collection is a set (`Fn.tolist(...)`, `wrapsSet = true`) and whether a one-element block is a
 * single block or a list limited to one item.
 *
 * What the derivation cannot know (see README): whether an optional argument is also computed (all
 * optional arguments are treated as optional + computed, except inside `timeouts`), sensitivity,
 * deprecation, defaults, ForceNew (so no plan ever shows a replacement), validation rules (enums,
 * ranges, conflicts), the maximum number of items of a nested block other than single ones, the
 * minimum number of items of blocks cdktf makes optional, and descriptions. Attributes that cdktf
 * exposes as configurable objects are served as nested blocks, which accepts the same JSON.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { CtyType, ProviderSchema, ProviderSchemasFile, SchemaAttribute, SchemaBlock, SchemaNestedBlock, VersionedSchema } from "./schema-types";

interface JsiiTypeRef {
  primitive?: string;
  fqn?: string;
  collection?: { kind: "array" | "map"; elementtype: JsiiTypeRef };
  union?: { types: JsiiTypeRef[] };
}

interface JsiiProperty {
  name: string;
  type: JsiiTypeRef;
  optional?: boolean;
  static?: boolean;
  docs?: { summary?: string; remarks?: string };
}

interface JsiiType {
  fqn: string;
  kind: "class" | "interface" | "enum";
  base?: string;
  datatype?: boolean;
  docs?: { summary?: string };
  properties?: JsiiProperty[];
  methods?: { name: string; returns?: { type: JsiiTypeRef }; parameters?: { name: string; type: JsiiTypeRef }[] }[];
  initializer?: { parameters?: { name: string; type: JsiiTypeRef }[] };
  locationInModule?: { filename: string };
}

interface JsiiAssembly {
  name: string;
  version: string;
  types: Record<string, JsiiType>;
  schema?: string;
  filename?: string;
}

/** What the compiled JavaScript of one class says about its getters. */
interface JsClassFacts {
  terraformNames: Map<string, string>;
  setGetters: Set<string>;
  /** Getter → the cty type its accessor implies (`getBooleanAttribute` → bool), for getters jsii types as IResolvable. */
  accessorTypes: Map<string, CtyType>;
  /** An OutputReference built without an index: a block with nesting "single" (e.g. timeouts). */
  singleBlock: boolean;
}

/** The result of a derivation: the schema file content plus the provider's identity. */
export interface DerivedProvider {
  source: string;
  version: string;
  file: ProviderSchemasFile;
}

/** Reads a jsii assembly, following the compressed-assembly redirect (`.jsii` → `.jsii.gz`). */
export function readAssembly(packageDir: string): JsiiAssembly {
  const plain = join(packageDir, ".jsii");
  const compressed = join(packageDir, ".jsii.gz");
  const text = existsSync(plain) ? readFileSync(plain, "utf8") : gunzipSync(readFileSync(compressed)).toString("utf8");
  const assembly = JSON.parse(text) as JsiiAssembly;
  if (assembly.schema === "jsii/file-redirect" && assembly.filename) {
    return JSON.parse(gunzipSync(readFileSync(join(packageDir, assembly.filename))).toString("utf8")) as JsiiAssembly;
  }
  return assembly;
}

const LINK = /\{@link (https:\/\/registry\.terraform\.io\/providers\/([^/]+)\/([^/]+)\/([^/]+)\/docs(?:\/(resources|data-sources)\/[^\s}]+)?) ([^}]+)\}/;
const PRIMITIVES: Record<string, CtyType> = { string: "string", number: "number", boolean: "bool", any: "dynamic", json: "dynamic", date: "string" };
const CDKTF_MAPS: Record<string, CtyType> = {
  "cdktf.StringMap": ["map", "string"],
  "cdktf.NumberMap": ["map", "number"],
  "cdktf.BooleanMap": ["map", "bool"],
  "cdktf.AnyMap": ["map", "dynamic"],
  "cdktf.StringMapList": ["list", ["map", "string"]],
  "cdktf.NumberMapList": ["list", ["map", "number"]],
  "cdktf.BooleanMapList": ["list", ["map", "bool"]],
  "cdktf.AnyMapList": ["list", ["map", "dynamic"]],
};
/** The cty type behind each cdktf attribute accessor of the compiled bindings. */
const ACCESSOR_TYPES: Record<string, CtyType> = {
  getStringAttribute: "string",
  getNumberAttribute: "number",
  getBooleanAttribute: "bool",
  getListAttribute: ["list", "string"],
  getNumberListAttribute: ["list", "number"],
  getStringMapAttribute: ["map", "string"],
  getNumberMapAttribute: ["map", "number"],
  getBooleanMapAttribute: ["map", "bool"],
};
const NOT_ATTRIBUTES = new Set(["internalValue", "terraformAttribute", "terraformResource", "wrapsSet", "fqn", "tfResourceType", "friendlyUniqueId"]);

function camelToSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([a-zA-Z])(\d+)/g, "$1_$2")
    .toLowerCase();
}

class Deriver {
  private readonly jsFacts = new Map<string, Map<string, JsClassFacts>>();

  constructor(
    private readonly assembly: JsiiAssembly,
    private readonly packageDir: string,
  ) {}

  type(fqn: string): JsiiType {
    const found = this.assembly.types[fqn];
    if (!found) throw new Error(`${this.assembly.name}: the jsii assembly has no type ${fqn}`);
    return found;
  }

  /** Facts from lib/<module>/index.js about the class `fqn` (empty when the file cannot be read). */
  facts(type: JsiiType): JsClassFacts {
    const source = type.locationInModule?.filename ?? "";
    let perFile = this.jsFacts.get(source);
    if (!perFile) {
      perFile = parseJsClasses(join(this.packageDir, source.replace(/^src\//, "lib/").replace(/\.ts$/, ".js")));
      this.jsFacts.set(source, perFile);
    }
    const className = type.fqn.split(".").pop()!;
    return perFile.get(className) ?? { terraformNames: new Map(), setGetters: new Set(), accessorTypes: new Map(), singleBlock: false };
  }

  /** The struct behind an OutputReference (its `internalValue`) or a resource class (its config). */
  structOf(type: JsiiType): JsiiType | undefined {
    const internal = type.properties?.find((property) => property.name === "internalValue");
    const config = type.initializer?.parameters?.find((parameter) => parameter.name === "config");
    const ref = internal?.type ?? config?.type;
    const fqn = ref && (ref.fqn ?? ref.union?.types.find((member) => member.fqn && !member.fqn.startsWith("cdktf."))?.fqn);
    return fqn ? this.assembly.types[fqn] : undefined;
  }

  /** The cty type of a value-typed jsii reference (getter outputs and struct inputs). */
  ctyType(ref: JsiiTypeRef, isSet: boolean): CtyType {
    if (ref.primitive) return PRIMITIVES[ref.primitive] ?? "dynamic";
    if (ref.union) {
      const members = ref.union.types.filter((member) => member.fqn !== "cdktf.IResolvable");
      return members.length === 1 ? this.ctyType(members[0], isSet) : "dynamic";
    }
    if (ref.collection) {
      const element = this.ctyType(ref.collection.elementtype, false);
      if (ref.collection.kind === "map") return ["map", element];
      return [isSet ? "set" : "list", element];
    }
    if (ref.fqn && CDKTF_MAPS[ref.fqn]) return CDKTF_MAPS[ref.fqn];
    if (ref.fqn && this.assembly.types[ref.fqn]) return this.complexType(this.type(ref.fqn), isSet);
    return "dynamic";
  }

  /** The cty type of a computed-only complex value (List / OutputReference / struct class). */
  complexType(type: JsiiType, isSet: boolean): CtyType {
    if (type.base === "cdktf.ComplexList" || type.base === "cdktf.MapList") {
      const element = type.methods?.find((method) => method.name === "get")?.returns?.type;
      const elementType = element ? this.ctyType(element, false) : "dynamic";
      return [isSet ? "set" : "list", elementType];
    }
    if (type.base === "cdktf.ComplexObject" || type.base === "cdktf.ComplexMap") {
      const block = this.blockOfClass(type);
      const fields: Record<string, CtyType> = {};
      for (const [name, attribute] of Object.entries(block.attributes ?? {})) fields[name] = attribute.type ?? "dynamic";
      for (const [name, nested] of Object.entries(block.block_types ?? {})) fields[name] = blockAsType(nested);
      return ["object", fields];
    }
    if (type.datatype) return ["object", Object.fromEntries((type.properties ?? []).map((p) => [this.structName(p), this.ctyType(p.type, false)]))];
    return "dynamic";
  }

  structName(property: JsiiProperty): string {
    const docs = `${property.docs?.summary ?? ""} ${property.docs?.remarks ?? ""}`;
    const anchor = docs.match(/\{@link https:\/\/registry\.terraform\.io\/\S+#(\S+) /);
    return anchor ? anchor[1] : camelToSnake(property.name);
  }

  /** The schema block of a resource/data source class or of an OutputReference class. */
  blockOfClass(type: JsiiType, inTimeouts = false): SchemaBlock {
    const facts = this.facts(type);
    const struct = this.structOf(type);
    const structProps = new Map((struct?.properties ?? []).map((property) => [property.name, property]));
    const own = (type.properties ?? []).filter((property) => !property.static && !NOT_ATTRIBUTES.has(property.name));
    const inputs = new Set(own.filter((p) => p.name.endsWith("Input")).map((p) => p.name.slice(0, -"Input".length)));
    const methods = new Set((type.methods ?? []).map((method) => method.name));
    const attributes: Record<string, SchemaAttribute> = {};
    const blockTypes: Record<string, SchemaNestedBlock> = {};
    for (const getter of own) {
      if (getter.name.endsWith("Input") && inputs.has(getter.name.slice(0, -"Input".length)) && own.some((p) => p.name === getter.name.slice(0, -5))) continue;
      const structProp = structProps.get(getter.name);
      const name = facts.terraformNames.get(getter.name) ?? (structProp ? this.structName(structProp) : camelToSnake(getter.name));
      const isSet = facts.setGetters.has(getter.name);
      const configurable = inputs.has(getter.name) || structProp !== undefined;
      const complex = getter.type.fqn ? this.assembly.types[getter.type.fqn] : undefined;
      const isBlockClass = complex && (complex.base === "cdktf.ComplexList" || complex.base === "cdktf.ComplexObject");
      const capitalized = getter.name[0].toUpperCase() + getter.name.slice(1);
      if (complex && isBlockClass && (configurable || methods.has(`put${capitalized}`))) {
        blockTypes[name] = this.nestedBlock(complex, isSet, structProp !== undefined && !structProp.optional, name === "timeouts");
        continue;
      }
      let type = this.ctyType(getter.type, isSet);
      // Computed booleans (and some others) are typed `IResolvable` in jsii: the accessor the bindings call says what they are.
      if (type === "dynamic") type = facts.accessorTypes.get(getter.name) ?? type;
      const attribute: SchemaAttribute = { type };
      if (!configurable) attribute.computed = true;
      else if (structProp && !structProp.optional) attribute.required = true;
      else if (inTimeouts) attribute.optional = true;
      else {
        attribute.optional = true;
        attribute.computed = true;
      }
      attributes[name] = attribute;
    }
    return { attributes, block_types: blockTypes };
  }

  nestedBlock(complex: JsiiType, isSet: boolean, required: boolean, isTimeouts: boolean): SchemaNestedBlock {
    if (complex.base === "cdktf.ComplexList") {
      const elementFqn = complex.methods?.find((method) => method.name === "get")?.returns?.type.fqn;
      const block = elementFqn ? this.blockOfClass(this.type(elementFqn)) : {};
      return { nesting_mode: isSet ? "set" : "list", block, ...(required ? { min_items: 1 } : {}) };
    }
    const block = this.blockOfClass(complex, isTimeouts);
    if (this.facts(complex).singleBlock) return { nesting_mode: "single", block };
    return { nesting_mode: "list", block, max_items: 1, ...(required ? { min_items: 1 } : {}) };
  }

  /** The provider's own configuration block, from its config struct (providers have no OutputReference classes). */
  blockOfStruct(struct: JsiiType): SchemaBlock {
    const attributes: Record<string, SchemaAttribute> = {};
    const blockTypes: Record<string, SchemaNestedBlock> = {};
    for (const property of struct.properties ?? []) {
      if (property.name === "alias") continue; // a meta-argument, not part of the schema
      const name = this.structName(property);
      const members = property.type.union ? property.type.union.types.filter((member) => member.fqn !== "cdktf.IResolvable") : [property.type];
      const ref = members[0];
      const structFqn = ref.fqn ?? (ref.collection?.kind === "array" ? ref.collection.elementtype.fqn : undefined);
      const nested = structFqn ? this.assembly.types[structFqn] : undefined;
      if (nested?.datatype) {
        blockTypes[name] = { nesting_mode: "list", block: this.blockOfStruct(nested), ...(ref.fqn ? { max_items: 1 } : {}), ...(property.optional ? {} : { min_items: 1 }) };
        continue;
      }
      attributes[name] = { type: this.ctyType(property.type, false), ...(property.optional ? { optional: true } : { required: true }) };
    }
    return { attributes, block_types: blockTypes };
  }
}

function blockAsType(nested: SchemaNestedBlock): CtyType {
  const fields: Record<string, CtyType> = {};
  for (const [name, attribute] of Object.entries(nested.block.attributes ?? {})) fields[name] = attribute.type ?? "dynamic";
  for (const [name, inner] of Object.entries(nested.block.block_types ?? {})) fields[name] = blockAsType(inner);
  const object: CtyType = ["object", fields];
  return nested.nesting_mode === "single" || nested.nesting_mode === "group" ? object : [nested.nesting_mode === "map" ? "map" : nested.nesting_mode, object];
}

/** Splits a compiled bindings module into classes and reads, per class, getter → Terraform name, set-ness and single-ness. */
function parseJsClasses(file: string): Map<string, JsClassFacts> {
  const result = new Map<string, JsClassFacts>();
  if (!existsSync(file)) return result;
  const text = readFileSync(file, "utf8");
  const starts = [...text.matchAll(/^class (\w+) extends /gm)];
  starts.forEach((match, index) => {
    const chunk = text.slice(match.index, starts[index + 1]?.index ?? text.length);
    const constructed = new Map<string, { name: string; set: boolean }>();
    for (const built of chunk.matchAll(/this\._(\w+) = new \w+\(this, "([^"]+)"(?:, (true|false))?\)/g)) {
      constructed.set(built[1], { name: built[2], set: built[3] === "true" });
    }
    const facts: JsClassFacts = {
      terraformNames: new Map(),
      setGetters: new Set(),
      accessorTypes: new Map(),
      singleBlock: /super\(terraformResource, terraformAttribute, false\);/.test(chunk),
    };
    for (const getter of chunk.matchAll(/get (\w+)\(\) \{\s*return ([^;]+);/g)) {
      const [, getterName, expression] = getter;
      const attribute = expression.match(/this\.get\w*Attribute\('([^']+)'\)/);
      const field = expression.match(/^this\._(\w+)$/);
      if (attribute) {
        facts.terraformNames.set(getterName, attribute[1]);
        const accessor = expression.match(/this\.(get\w*Attribute)\(/)?.[1];
        const implied = accessor ? ACCESSOR_TYPES[accessor] : undefined;
        if (implied) facts.accessorTypes.set(getterName, Array.isArray(implied) && expression.startsWith("cdktf.Fn.tolist(") ? ["set", implied[1]] : implied);
        if (expression.startsWith("cdktf.Fn.tolist(")) facts.setGetters.add(getterName);
      } else if (field && constructed.has(field[1])) {
        const built = constructed.get(field[1])!;
        facts.terraformNames.set(getterName, built.name);
        if (built.set) facts.setGetters.add(getterName);
      }
    }
    result.set(match[1], facts);
  });
  return result;
}

/** Derives the whole provider schema from the package installed at `packageDir`. */
export function deriveSchemaFromPackage(packageDir: string): DerivedProvider {
  const assembly = readAssembly(packageDir);
  const deriver = new Deriver(assembly, packageDir);
  const types = Object.values(assembly.types);
  const providerClass = types.find((type) => type.kind === "class" && type.base === "cdktf.TerraformProvider");
  const providerLink = providerClass?.docs?.summary?.match(LINK);
  if (!providerClass || !providerLink) throw new Error(`${assembly.name}: no provider class with a registry link in its jsii assembly`);
  const [, , namespace, providerType, version] = providerLink;
  const source = `registry.terraform.io/${namespace}/${providerType}`;
  const schema: ProviderSchema = { resource_schemas: {}, data_source_schemas: {} };
  const providerStruct = deriver.structOf(providerClass);
  schema.provider = { version: 0, block: providerStruct ? deriver.blockOfStruct(providerStruct) : {} };
  for (const type of types) {
    if (type.kind !== "class" || (type.base !== "cdktf.TerraformResource" && type.base !== "cdktf.TerraformDataSource")) continue;
    const link = type.docs?.summary?.match(LINK);
    if (!link) continue;
    const typeName = link[6].trim();
    const entry: VersionedSchema = { version: 0, block: deriver.blockOfClass(type) };
    if (type.base === "cdktf.TerraformResource") schema.resource_schemas![typeName] = entry;
    else schema.data_source_schemas![typeName] = entry;
  }
  return {
    source,
    version,
    file: { format_version: "1.0", provider_schemas: { [source]: schema }, provider_versions: { [source]: version } },
  };
}

/** Provider source → resource type → attribute names the real provider marks sensitive. */
export type SensitiveOverlay = Record<string, Record<string, string[]> | string>;

/** Marks the listed attributes sensitive in a derived schema; an attribute it does not have is an error (the list is stale). */
export function markSensitive(file: ProviderSchemasFile, overlay: SensitiveOverlay): void {
  for (const [source, schema] of Object.entries(file.provider_schemas)) {
    const entry = overlay[source];
    if (!entry || typeof entry === "string") continue;
    for (const [typeName, attributes] of Object.entries(entry)) {
      const block = schema.resource_schemas?.[typeName]?.block;
      for (const name of attributes) {
        const attribute = block?.attributes?.[name];
        if (!attribute) throw new Error(`known-sensitive.json: ${source} has no attribute ${typeName}.${name}`);
        attribute.sensitive = true;
      }
    }
  }
}

/** The installed prebuilt package for a provider type (`@cdktf/provider-<type>`), if any. */
export function findProviderPackage(providerType: string, fromDir: string): string | undefined {
  try {
    return dirname(require.resolve(`@cdktf/provider-${providerType}/package.json`, { paths: [fromDir] }));
  } catch {
    return undefined;
  }
}
