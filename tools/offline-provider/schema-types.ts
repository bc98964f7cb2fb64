/**
 * Provider schemas in the format `terraform providers schema -json` prints (format_version 1.0):
 * the input of the schema-only provider, whether dumped from a real provider or derived from bindings.
 */

/** A cty type in its JSON form: "string", ["list", "string"], ["object", {...}], "dynamic". */
export type CtyType = string | [string, CtyType | Record<string, CtyType>] | [string, Record<string, CtyType>, string[]];

export interface SchemaAttribute {
  type?: CtyType;
  nested_type?: NestedAttributeType;
  description?: string;
  description_kind?: "plain" | "markdown";
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
  write_only?: boolean;
}

export interface NestedAttributeType {
  attributes: Record<string, SchemaAttribute>;
  nesting_mode: "single" | "list" | "set" | "map";
}

export interface SchemaBlock {
  attributes?: Record<string, SchemaAttribute>;
  block_types?: Record<string, SchemaNestedBlock>;
  description?: string;
  description_kind?: "plain" | "markdown";
  deprecated?: boolean;
}

export interface SchemaNestedBlock {
  nesting_mode: "single" | "list" | "set" | "map" | "group";
  block: SchemaBlock;
  min_items?: number;
  max_items?: number;
}

export interface VersionedSchema {
  version: number;
  block: SchemaBlock;
}

export interface ProviderSchema {
  provider?: VersionedSchema;
  resource_schemas?: Record<string, VersionedSchema>;
  data_source_schemas?: Record<string, VersionedSchema>;
}

/** The whole file: one or more providers, keyed by their full source address. */
export interface ProviderSchemasFile {
  format_version: string;
  provider_schemas: Record<string, ProviderSchema>;
  /** Not part of Terraform's format: the provider version each schema describes (cdktf's schema cache adds it too). */
  provider_versions?: Record<string, string>;
}
