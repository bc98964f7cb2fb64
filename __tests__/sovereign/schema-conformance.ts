import { readFileSync } from "node:fs";
import { OPENSTACK_PROVIDER } from "../../providers/vendored";

/** The OpenStack provider schema (terraform-provider-openstack v3.4.0) that the bindings were generated from. */
export const OPENSTACK_SCHEMA_FILE = OPENSTACK_PROVIDER.schemaFile;

interface SchemaAttribute {
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
}

export interface SchemaBlock {
  readonly attributes?: Readonly<Record<string, SchemaAttribute>>;
  readonly block_types?: Readonly<Record<string, { readonly nesting_mode: string; readonly block: SchemaBlock; readonly min_items?: number }>>;
}

interface ProviderSchema {
  readonly resource_schemas: Readonly<Record<string, { readonly block: SchemaBlock }>>;
  readonly data_source_schemas: Readonly<Record<string, { readonly block: SchemaBlock }>>;
}

/** Terraform meta-arguments and cdktf's own keys: not part of any provider schema. */
export const META_ARGUMENTS = new Set(["//", "lifecycle", "depends_on", "provider", "count", "for_each", "connection", "provisioner"]);

let cached: ProviderSchema | undefined;

export function openstackSchema(): ProviderSchema {
  if (!cached) {
    const file = JSON.parse(readFileSync(OPENSTACK_SCHEMA_FILE, "utf8")) as { provider_schemas: Record<string, ProviderSchema> };
    cached = file.provider_schemas["registry.terraform.io/terraform-provider-openstack/openstack"];
  }
  return cached;
}

/**
 * Problems of one synthesized body against its schema block, recursively: unknown attributes or blocks,
 * missing required attributes, computed-only attributes set, missing required blocks.
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
      continue;
    }
    const nested = blockTypes[key];
    if (!nested) {
      problems.push(`${where}.${key}: not in the provider schema`);
      continue;
    }
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => {
      if (item === null || typeof item !== "object") problems.push(`${where}.${key}[${i}]: a block must be an object`);
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

/** Names of the sensitive attributes of a resource type (top level). */
export function sensitiveAttributes(type: string): string[] {
  const block = openstackSchema().resource_schemas[type]?.block;
  return Object.entries(block?.attributes ?? {})
    .filter(([, attribute]) => attribute.sensitive && (attribute.required || attribute.optional))
    .map(([name]) => name);
}
