/** Converts a provider schema from its JSON form to the tfplugin6 GetProviderSchema messages (proto-loader field names). */
import type { NestedAttributeType, ProviderSchema, SchemaAttribute, SchemaBlock, VersionedSchema } from "./schema-types";

const BLOCK_NESTING = { single: "SINGLE", list: "LIST", set: "SET", map: "MAP", group: "GROUP" } as const;
const OBJECT_NESTING = { single: "SINGLE", list: "LIST", set: "SET", map: "MAP" } as const;

const descriptionKind = (kind: string | undefined): string => (kind === "markdown" ? "MARKDOWN" : "PLAIN");

function attributeMessage(name: string, attribute: SchemaAttribute): object {
  return {
    name,
    // The type travels as JSON bytes ("string" keeps its quotes); a nested attribute has none.
    type: attribute.type === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(attribute.type)),
    nested_type: attribute.nested_type ? objectMessage(attribute.nested_type) : undefined,
    description: attribute.description ?? "",
    description_kind: descriptionKind(attribute.description_kind),
    required: attribute.required ?? false,
    optional: attribute.optional ?? false,
    computed: attribute.computed ?? false,
    sensitive: attribute.sensitive ?? false,
    deprecated: attribute.deprecated ?? false,
    write_only: attribute.write_only ?? false,
  };
}

function objectMessage(nested: NestedAttributeType): object {
  return {
    attributes: Object.entries(nested.attributes).map(([name, attribute]) => attributeMessage(name, attribute)),
    nesting: OBJECT_NESTING[nested.nesting_mode],
  };
}

function blockMessage(block: SchemaBlock, version = 0): object {
  return {
    version,
    attributes: Object.entries(block.attributes ?? {}).map(([name, attribute]) => attributeMessage(name, attribute)),
    block_types: Object.entries(block.block_types ?? {}).map(([typeName, nested]) => ({
      type_name: typeName,
      block: blockMessage(nested.block),
      nesting: BLOCK_NESTING[nested.nesting_mode],
      min_items: nested.min_items ?? 0,
      max_items: nested.max_items ?? 0,
    })),
    description: block.description ?? "",
    description_kind: descriptionKind(block.description_kind),
    deprecated: block.deprecated ?? false,
  };
}

export function schemaMessage(schema: VersionedSchema | undefined): object {
  const versioned = schema ?? { version: 0, block: {} };
  return { version: versioned.version ?? 0, block: blockMessage(versioned.block, versioned.version ?? 0) };
}

const mapSchemas = (schemas: Record<string, VersionedSchema> | undefined): Record<string, object> =>
  Object.fromEntries(Object.entries(schemas ?? {}).map(([name, schema]) => [name, schemaMessage(schema)]));

/** The whole GetProviderSchema.Response. */
export function providerSchemaResponse(schema: ProviderSchema): object {
  return {
    provider: schemaMessage(schema.provider),
    resource_schemas: mapSchemas(schema.resource_schemas),
    data_source_schemas: mapSchemas(schema.data_source_schemas),
    functions: {},
    diagnostics: [],
    // Terraform may reuse the schema it already read in this command instead of asking each new provider process.
    server_capabilities: { plan_destroy: false, get_provider_schema_optional: true, move_resource_state: false },
  };
}
