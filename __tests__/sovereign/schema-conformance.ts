import { readFileSync } from "node:fs";
import { OPENSTACK_PROVIDER, VENDORED_PROVIDERS } from "../../providers/vendored";

/** The OpenStack provider schema (terraform-provider-openstack v3.4.0) that the bindings were generated from. */
export const OPENSTACK_SCHEMA_FILE = OPENSTACK_PROVIDER.schemaFile;

type SchemaType = string | readonly unknown[];

interface SchemaAttribute {
  readonly type?: SchemaType;
  readonly nested_type?: { readonly nesting_mode: string; readonly attributes: Readonly<Record<string, SchemaAttribute>> };
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
}

export interface SchemaBlock {
  readonly attributes?: Readonly<Record<string, SchemaAttribute>>;
  readonly block_types?: Readonly<
    Record<string, { readonly nesting_mode: string; readonly block: SchemaBlock; readonly min_items?: number; readonly max_items?: number }>
  >;
}

export interface ProviderSchema {
  readonly provider: { readonly block: SchemaBlock };
  readonly resource_schemas: Readonly<Record<string, { readonly block: SchemaBlock }>>;
  readonly data_source_schemas: Readonly<Record<string, { readonly block: SchemaBlock }>>;
}

/** Terraform meta-arguments and cdktf's own keys: not part of any provider schema. */
export const META_ARGUMENTS = new Set(["//", "lifecycle", "depends_on", "provider", "count", "for_each", "connection", "provisioner"]);
/** Meta-arguments of a provider block. */
const PROVIDER_META_ARGUMENTS = new Set(["alias", "version"]);

const cache = new Map<string, ProviderSchema>();

/** The vendored schema of one provider (`openstack`, `scaleway`), as `terraform providers schema -json` prints it. */
export function providerSchema(type: string): ProviderSchema {
  let schema = cache.get(type);
  if (!schema) {
    const vendored = VENDORED_PROVIDERS[type];
    if (!vendored) throw new Error(`provider '${type}' is not vendored in providers/`);
    const file = JSON.parse(readFileSync(vendored.schemaFile, "utf8")) as { provider_schemas: Record<string, ProviderSchema> };
    schema = file.provider_schemas[vendored.source];
    cache.set(type, schema);
  }
  return schema;
}

export function openstackSchema(): ProviderSchema {
  return providerSchema("openstack");
}

/** A Terraform expression (`${...}`): its type is known only when Terraform evaluates it. */
function isExpression(value: unknown): boolean {
  return typeof value === "string" && value.includes("${");
}

/** Problems of a literal value against an attribute type (expressions pass: Terraform checks them). */
function typeProblems(value: unknown, type: SchemaType | undefined, where: string): string[] {
  if (type === undefined || value === null || isExpression(value)) return [];
  if (type === "string") return typeof value === "string" ? [] : [`${where}: expected a string, got ${JSON.stringify(value)}`];
  if (type === "number") return typeof value === "number" ? [] : [`${where}: expected a number, got ${JSON.stringify(value)}`];
  if (type === "bool") return typeof value === "boolean" ? [] : [`${where}: expected a bool, got ${JSON.stringify(value)}`];
  if (type === "dynamic" || !Array.isArray(type)) return [];
  const [kind, element] = type as [string, SchemaType];
  if (kind === "list" || kind === "set") {
    if (!Array.isArray(value)) return [`${where}: expected a ${kind}, got ${JSON.stringify(value)}`];
    return value.flatMap((item, i) => typeProblems(item, element, `${where}[${i}]`));
  }
  if (kind === "map") {
    if (typeof value !== "object" || Array.isArray(value)) return [`${where}: expected a map, got ${JSON.stringify(value)}`];
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => typeProblems(item, element, `${where}.${key}`));
  }
  if (kind === "object") {
    if (typeof value !== "object" || Array.isArray(value)) return [`${where}: expected an object, got ${JSON.stringify(value)}`];
    const fields = element as unknown as Record<string, SchemaType>;
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
      key in fields ? typeProblems(item, fields[key], `${where}.${key}`) : [`${where}.${key}: not in the object type`],
    );
  }
  return [];
}

/** Problems of a nested-type attribute (protocol 6 providers): an object, or a list/set/map of them. */
function nestedTypeProblems(value: unknown, nested: NonNullable<SchemaAttribute["nested_type"]>, where: string): string[] {
  if (isExpression(value) || value === null) return [];
  const block: SchemaBlock = { attributes: nested.attributes };
  const check = (item: unknown, at: string) =>
    item !== null && typeof item === "object" && !Array.isArray(item) ? schemaProblems(item as Record<string, unknown>, block, at, false) : [`${at}: expected an object`];
  if (nested.nesting_mode === "single") return check(value, where);
  if (nested.nesting_mode === "map") return typeof value === "object" && !Array.isArray(value) ? Object.entries(value as object).flatMap(([k, v]) => check(v, `${where}.${k}`)) : [`${where}: expected a map`];
  return Array.isArray(value) ? value.flatMap((item, i) => check(item, `${where}[${i}]`)) : [`${where}: expected a ${nested.nesting_mode}`];
}

/**
 * Problems of one synthesized body against its schema block, recursively: unknown attributes or blocks,
 * missing required attributes, computed-only attributes set, literal values of the wrong type, blocks of
 * the wrong nesting (a `single` block given as a list), too few or too many blocks, missing required blocks.
 */
export function schemaProblems(body: Record<string, unknown>, block: SchemaBlock, where: string, topLevel = true): string[] {
  const problems: string[] = [];
  const attributes = block.attributes ?? {};
  const blockTypes = block.block_types ?? {};
  for (const [key, value] of Object.entries(body)) {
    if (topLevel && META_ARGUMENTS.has(key)) continue;
    const attribute = attributes[key];
    if (attribute) {
      if (!attribute.required && !attribute.optional) problems.push(`${where}.${key}: computed-only attribute is set`);
      else if (attribute.nested_type) problems.push(...nestedTypeProblems(value, attribute.nested_type, `${where}.${key}`));
      else problems.push(...typeProblems(value, attribute.type, `${where}.${key}`));
      continue;
    }
    const nested = blockTypes[key];
    if (!nested) {
      problems.push(`${where}.${key}: not in the provider schema`);
      continue;
    }
    if (isExpression(value)) continue; // a dynamic value Terraform expands
    if ((nested.nesting_mode === "single" || nested.nesting_mode === "group") && Array.isArray(value)) {
      problems.push(`${where}.${key}: a ${nested.nesting_mode} block is one object, not a list`);
      continue;
    }
    const items = Array.isArray(value) ? value : [value];
    if (nested.max_items !== undefined && nested.max_items > 0 && items.length > nested.max_items) {
      problems.push(`${where}.${key}: ${items.length} blocks, at most ${nested.max_items}`);
    }
    if ((nested.min_items ?? 0) > items.length) problems.push(`${where}.${key}: ${items.length} blocks, at least ${nested.min_items}`);
    items.forEach((item, i) => {
      if (item === null || typeof item !== "object" || Array.isArray(item)) problems.push(`${where}.${key}[${i}]: a block must be an object`);
      else problems.push(...schemaProblems(item as Record<string, unknown>, nested.block, `${where}.${key}[${i}]`, false));
    });
  }
  for (const [key, attribute] of Object.entries(attributes)) {
    if (attribute.required && !(key in body)) problems.push(`${where}.${key}: required attribute is missing`);
  }
  for (const [key, nested] of Object.entries(blockTypes)) {
    if ((nested.min_items ?? 0) > 0 && !(key in body)) problems.push(`${where}.${key}: required block is missing`);
  }
  return problems;
}

/** Synthesized Terraform JSON, as far as the conformance check reads it. */
export interface TerraformJson {
  readonly provider?: Readonly<Record<string, readonly Record<string, unknown>[]>>;
  readonly resource?: Readonly<Record<string, Readonly<Record<string, Record<string, unknown>>>>>;
  readonly data?: Readonly<Record<string, Readonly<Record<string, Record<string, unknown>>>>>;
}

/**
 * Checks every block of one provider in a synthesized stack against that provider's vendored schema: its
 * provider configurations, resources and data sources. Returns the problems and how many blocks it checked.
 */
export function providerConformance(json: TerraformJson, type: string, label = ""): { problems: string[]; checked: number } {
  const schema = providerSchema(type);
  const prefix = label ? `${label}: ` : "";
  const problems: string[] = [];
  let checked = 0;
  for (const [i, config] of (json.provider?.[type] ?? []).entries()) {
    const body = Object.fromEntries(Object.entries(config).filter(([key]) => !PROVIDER_META_ARGUMENTS.has(key)));
    problems.push(...schemaProblems(body, schema.provider.block, `${prefix}provider.${type}[${i}]`));
    checked++;
  }
  for (const [section, schemas] of [
    ["resource", schema.resource_schemas],
    ["data", schema.data_source_schemas],
  ] as const) {
    for (const [resourceType, byId] of Object.entries(json[section] ?? {})) {
      if (!resourceType.startsWith(`${type}_`)) continue;
      for (const [id, body] of Object.entries(byId)) {
        const typeSchema = schemas[resourceType];
        if (!typeSchema) problems.push(`${prefix}${section} ${resourceType}: unknown type`);
        else problems.push(...schemaProblems(body, typeSchema.block, `${prefix}${section}.${resourceType}.${id}`));
        checked++;
      }
    }
  }
  return { problems, checked };
}

/** Names of the settable sensitive attributes of a resource type (top level) of a vendored provider; none for others. */
export function sensitiveAttributes(type: string): string[] {
  const provider = type.split("_")[0];
  if (!VENDORED_PROVIDERS[provider]) return [];
  const block = providerSchema(provider).resource_schemas[type]?.block;
  return Object.entries(block?.attributes ?? {})
    .filter(([, attribute]) => attribute.sensitive && (attribute.required || attribute.optional))
    .map(([name]) => name);
}
