/**
 * Derives how every azurerm and openstack resource type finds its region, from the provider schemas
 * themselves (never a hand-written list): the OpenStack provider schema (`terraform providers schema
 * -json` dump) and azurerm's jsii assembly. Run `npm run policy:classify` after upgrading a provider;
 * a test fails while policy/classification.generated.json is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ConfigError } from "../config/config-error";
import { OPENSTACK_PROVIDER } from "../providers/vendored";
import type { ClassificationFile, TypeClassification } from "./classification";

const ROOT = path.resolve(__dirname, "..");
export const OPENSTACK_SCHEMA_FILE = OPENSTACK_PROVIDER.schemaFile;
export const AZURERM_ASSEMBLY_FILE = path.join(ROOT, "node_modules", "@cdktf", "provider-azurerm", ".jsii");
export const CLASSIFICATION_FILE = path.join(__dirname, "classification.generated.json");

const OPENSTACK_SOURCE = OPENSTACK_PROVIDER.source;

/**
 * Providers whose resources live only in Terraform's state (random values, timers, no-ops, local
 * files, keys): they have no cloud location at all.
 */
export const REGION_LESS_PROVIDERS = ["random", "time", "null", "terraform", "local", "tls", "archive", "external", "http", "cloudinit"];

/** Required `*_id` attributes that name an identity or an account, not a parent that holds the resource. */
const IDENTITY_ATTRIBUTES = new Set(["tenant_id", "subscription_id", "principal_id", "object_id", "client_id", "application_id", "management_group_id", "billing_account_id"]);

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new ConfigError(file, "", `cannot read ${what} (needed to classify resource types; restore the vendored file, see providers/README.md)`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, "", `${what} is not valid JSON (${(error as Error).message})`);
  }
}

interface SchemaBlock {
  attributes?: Record<string, { type?: unknown; optional?: boolean; required?: boolean; computed?: boolean }>;
}

/** OpenStack: every type that has a `region` argument lives there, defaulting to the provider's region. */
function classifyOpenstack(): { resources: Record<string, TypeClassification>; dataSources: Record<string, TypeClassification>; version: string } {
  const schema = readJson(OPENSTACK_SCHEMA_FILE, "the OpenStack provider schema") as {
    provider_schemas?: Record<string, { resource_schemas: Record<string, { block: SchemaBlock }>; data_source_schemas: Record<string, { block: SchemaBlock }> }>;
  };
  const provider = schema.provider_schemas?.[OPENSTACK_SOURCE];
  if (!provider) throw new ConfigError(OPENSTACK_SCHEMA_FILE, "provider_schemas", `no schema for ${OPENSTACK_SOURCE}`);
  const classify = (block: SchemaBlock): TypeClassification => {
    const attributes = block.attributes ?? {};
    if (attributes.region && (attributes.region.optional || attributes.region.required)) {
      return { regionAttribute: "region", providerDefault: !attributes.region.required };
    }
    return { global: true };
  };
  const map = (schemas: Record<string, { block: SchemaBlock }>) =>
    Object.fromEntries(Object.keys(schemas).sort().map((type) => [type, classify(schemas[type].block)]));
  return { resources: map(provider.resource_schemas), dataSources: map(provider.data_source_schemas), version: OPENSTACK_PROVIDER.version };
}

interface JsiiProperty {
  name: string;
  optional?: boolean;
  type: { primitive?: string };
  docs?: { summary?: string };
}
interface JsiiType {
  kind: string;
  docs?: { summary?: string };
  properties?: JsiiProperty[];
}

const REPRESENTS = /^Represents a \{@link \S+\/docs\/(resources|data-sources)\/\S+ ([a-z0-9_]+)\}/;
const ATTRIBUTE_LINK = /#([a-z0-9_]+) /;

function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/**
 * azurerm: a type with a `location` argument lives there; one without inherits from the parent its
 * required `*_name` / `*_id` arguments name (a subnet from its virtual network), the resource group last;
 * one with neither is global (role assignments, policy definitions ...).
 */
function classifyAzurerm(): { resources: Record<string, TypeClassification>; dataSources: Record<string, TypeClassification>; version: string } {
  const assembly = readJson(AZURERM_ASSEMBLY_FILE, "the azurerm jsii assembly") as { version: string; types: Record<string, JsiiType> };
  const resources: Record<string, TypeClassification> = {};
  const dataSources: Record<string, TypeClassification> = {};
  const found: { kind: string; type: string; config: JsiiType }[] = [];
  for (const [fqn, type] of Object.entries(assembly.types)) {
    const match = type.kind === "class" ? REPRESENTS.exec(type.docs?.summary ?? "") : null;
    const config = assembly.types[`${fqn}Config`];
    if (match && config) found.push({ kind: match[1], type: match[2], config });
  }
  const resourceTypes = new Set(found.filter((f) => f.kind === "resources").map((f) => f.type));
  for (const { kind, type, config } of found) {
    const attributes = (config.properties ?? []).map((p) => ({
      name: ATTRIBUTE_LINK.exec(p.docs?.summary ?? "")?.[1] ?? snakeCase(p.name),
      required: !p.optional,
      isString: p.type.primitive === "string",
    }));
    const names = new Set(attributes.map((a) => a.name));
    const classification: TypeClassification = {};
    if (names.has("location")) classification.regionAttribute = "location";
    const mapped: { attribute: string; type?: string }[] = [];
    const unmapped: { attribute: string; type?: string }[] = [];
    const optionalMapped: { attribute: string; type?: string }[] = [];
    for (const a of attributes) {
      if (!a.isString || a.name === "name" || a.name === "resource_group_name" || IDENTITY_ATTRIBUTES.has(a.name)) continue;
      const stem = /^(.+)_(id|name)$/.exec(a.name)?.[1];
      if (stem === undefined && a.name !== "scope") continue;
      const parentType = stem ? `azurerm_${stem}` : undefined;
      const isMapped = parentType !== undefined && resourceTypes.has(parentType);
      if (!a.required) {
        // Optional parents (storage_account_id of a container, azurerm 4) count only where nothing else can.
        if (isMapped) optionalMapped.push({ attribute: a.name, type: parentType });
      } else if (isMapped) mapped.push({ attribute: a.name, type: parentType });
      else unmapped.push({ attribute: a.name });
    }
    const parents = [...mapped, ...unmapped];
    if (parents.length === 0 && !names.has("location")) parents.push(...optionalMapped);
    if (names.has("resource_group_name")) parents.push({ attribute: "resource_group_name", type: "azurerm_resource_group" });
    if (parents.length > 0) classification.parents = parents;
    if (kind === "data-sources" && !classification.regionAttribute) {
      // A data source's location is only known once it is read.
      dataSources[type] = { readOnly: true };
      continue;
    }
    if (!classification.regionAttribute && !classification.parents) classification.global = true;
    (kind === "resources" ? resources : dataSources)[type] = classification;
  }
  const sorted = (r: Record<string, TypeClassification>) => Object.fromEntries(Object.keys(r).sort().map((k) => [k, r[k]]));
  return { resources: sorted(resources), dataSources: sorted(dataSources), version: assembly.version };
}

/** The whole classification, as written to policy/classification.generated.json. */
export function deriveClassification(): ClassificationFile {
  const openstack = classifyOpenstack();
  const azurerm = classifyAzurerm();
  return {
    comment: "Generated by `npm run policy:classify` (policy/generate-classification.ts) from the provider schemas: do not edit.",
    sources: { openstack: `terraform-provider-openstack ${openstack.version} schema.json`, azurerm: `@cdktf/provider-azurerm ${azurerm.version} .jsii` },
    regionLessProviders: REGION_LESS_PROVIDERS,
    providers: {
      azurerm: { resources: azurerm.resources, dataSources: azurerm.dataSources },
      openstack: { resources: openstack.resources, dataSources: openstack.dataSources },
    },
  };
}

export function serialiseClassification(file: ClassificationFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

if (require.main === module) {
  try {
    const text = serialiseClassification(deriveClassification());
    writeFileSync(CLASSIFICATION_FILE, text);
    process.stdout.write(`wrote ${path.relative(process.cwd(), CLASSIFICATION_FILE)}\n`);
  } catch (error) {
    process.stderr.write(`policy:classify: ${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exit(2);
  }
}
