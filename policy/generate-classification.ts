/**
 * Derives how every azurerm, openstack and scaleway resource type finds its region, and every other
 * place it puts its data, from the provider schemas themselves: the OpenStack and Scaleway provider
 * schemas (`terraform providers schema -json` dumps, vendored in providers/) and azurerm's jsii assembly.
 * What a schema cannot tell (which setting turns geo-replication on, which argument names a failover
 * partner, what an ARM template deploys, which Azure services are global) is kept by hand in
 * policy/location-facts.ts, documented there and checked here against the schemas: a fact about an
 * argument a schema does not have stops the generation. Run `npm run policy:classify` after upgrading a
 * provider; a test fails while policy/classification.generated.json is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ConfigError } from "../config/config-error";
import { OPENSTACK_PROVIDER, SCALEWAY_PROVIDER, type VendoredProvider } from "../providers/vendored";
import type { ArgumentPath, ClassificationFile, ParentReference, ProviderLocationFacts, SecondaryLocation, TypeClassification } from "./classification";
import {
  AZURE_GLOBAL_SERVICES,
  HAND_KEPT_SECONDARY_LOCATIONS,
  NOT_A_REGION,
  PROVIDER_FACTS,
  SCALEWAY_REGIONLESS_FAMILIES,
  type NotARegion,
} from "./location-facts";

const ROOT = path.resolve(__dirname, "..");
export const OPENSTACK_SCHEMA_FILE = OPENSTACK_PROVIDER.schemaFile;
export const SCALEWAY_SCHEMA_FILE = SCALEWAY_PROVIDER.schemaFile;
export const AZURERM_ASSEMBLY_FILE = path.join(ROOT, "node_modules", "@cdktf", "provider-azurerm", ".jsii");
export const CLASSIFICATION_FILE = path.join(__dirname, "classification.generated.json");

/**
 * Providers whose resources live only in Terraform's state (random values, timers, no-ops, local
 * files, keys): they have no cloud location at all.
 */
export const REGION_LESS_PROVIDERS = ["random", "time", "null", "terraform", "local", "tls", "archive", "external", "http", "cloudinit"];

/** Required `*_id` attributes that name an identity or an account, not a parent that holds the resource. */
const IDENTITY_ATTRIBUTES = new Set(["tenant_id", "subscription_id", "principal_id", "object_id", "client_id", "application_id", "management_group_id", "billing_account_id"]);

/**
 * An argument whose name says it holds a region: `location`, `region`, `*_location`, `*_region` and their
 * plurals (lists of regions). The resource's own top-level `location` / `region` is its primary region,
 * not a secondary one.
 */
const REGION_NAME = /(^|_)(location|region)s?$/;

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

/** One argument a schema declares, wherever it is (top level or in nested blocks), with its path. */
export interface SchemaArgument {
  /** Argument names, `*` for each nested block level. */
  readonly path: ArgumentPath;
  readonly name: string;
  /** `string`, `list-of-strings`, `block` or `other`. */
  readonly shape: "string" | "list-of-strings" | "block" | "other";
  readonly required: boolean;
  /** Whether the configuration may set it (not computed only). */
  readonly settable: boolean;
}

interface TerraformSchemaAttribute {
  type?: unknown;
  optional?: boolean;
  required?: boolean;
  computed?: boolean;
}
interface TerraformSchemaBlock {
  attributes?: Record<string, TerraformSchemaAttribute>;
  block_types?: Record<string, { block: TerraformSchemaBlock }>;
}
interface ProviderSchema {
  provider?: { block: TerraformSchemaBlock };
  resource_schemas: Record<string, { block: TerraformSchemaBlock }>;
  data_source_schemas: Record<string, { block: TerraformSchemaBlock }>;
}

function attributeShape(type: unknown): SchemaArgument["shape"] {
  if (type === "string") return "string";
  if (Array.isArray(type) && (type[0] === "list" || type[0] === "set") && type[1] === "string") return "list-of-strings";
  return "other";
}

/** Every argument of a Terraform schema block, nested blocks included (`*` for each block level). */
export function schemaArguments(block: TerraformSchemaBlock, prefix: ArgumentPath = []): SchemaArgument[] {
  const found: SchemaArgument[] = [];
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
    found.push({ path: [...prefix, name], name, shape: attributeShape(attribute.type), required: attribute.required === true, settable: attribute.optional === true || attribute.required === true });
  }
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    found.push({ path: [...prefix, name], name, shape: "block", required: false, settable: true });
    found.push(...schemaArguments(nested.block, [...prefix, name, "*"]));
  }
  return found;
}

function providerSchema(provider: VendoredProvider): ProviderSchema {
  const schema = readJson(provider.schemaFile, `the ${provider.type} provider schema`) as { provider_schemas?: Record<string, ProviderSchema> };
  const found = schema.provider_schemas?.[provider.source];
  if (!found) throw new ConfigError(provider.schemaFile, "provider_schemas", `no schema for ${provider.source}`);
  return found;
}

/** Why a region-named argument is not a place the data goes, if the hand-kept list says so. */
function notARegion(provider: string, type: string, argument: SchemaArgument, used?: Set<NotARegion>): NotARegion | undefined {
  const text = argument.path.filter((s) => s !== "*").join(".");
  const found = NOT_A_REGION.find((n) => n.provider === provider && (n.type === undefined || n.type === type) && (n.argument === argument.name || n.argument === text));
  if (found) used?.add(found);
  return found;
}

/** The exceptions the current derivation applied: one that applies to nothing is stale. */
const appliedExceptions = new Set<NotARegion>();

/**
 * The secondary regions a schema tells: every settable string (or list of strings) argument whose name
 * says it holds a region, except the resource's own top-level `location`/`region`/`zone` and the
 * hand-kept exceptions; and, for a nested block named like a region list (`target_region { name }`), its `name`.
 */
export function derivedSecondaryRegions(provider: string, type: string, args: readonly SchemaArgument[]): SecondaryLocation[] {
  const found: SecondaryLocation[] = [];
  for (const argument of args) {
    if (!argument.settable) continue;
    const topLevel = argument.path.length === 1;
    if (topLevel && (argument.name === "location" || argument.name === "region" || argument.name === "zone")) continue;
    if (!REGION_NAME.test(argument.name)) continue;
    if (notARegion(provider, type, argument, appliedExceptions)) continue;
    if (argument.shape === "string") found.push({ kind: "region", path: argument.path });
    else if (argument.shape === "list-of-strings") found.push({ kind: "region", path: [...argument.path, "*"] });
    else if (argument.shape === "block") {
      const name = args.find((a) => a.path.length === argument.path.length + 2 && a.path.slice(0, -1).join(".") === [...argument.path, "*"].join(".") && a.name === "name" && a.shape === "string");
      if (name && !args.some((a) => a.path.length === argument.path.length + 2 && a.path.slice(0, -1).join(".") === [...argument.path, "*"].join(".") && REGION_NAME.test(a.name))) {
        found.push({ kind: "region", path: name.path, why: `${argument.name} (a block naming a region)` });
      }
    }
  }
  return found;
}

/** The hand-kept secondary locations of one type, each checked against the schema's arguments. */
function handKeptSecondary(provider: string, type: string, args: readonly SchemaArgument[], file: string): SecondaryLocation[] {
  const facts = HAND_KEPT_SECONDARY_LOCATIONS.filter((f) => f.provider === provider && f.type === type).map((f) => f.location);
  const paths = new Set(args.map((a) => a.path.join(".")));
  for (const fact of facts) {
    const used: ArgumentPath[] = [];
    if (fact.kind === "arm-template") used.push([fact.template], [fact.parameters]);
    else if (fact.kind === "replication") {
      if (fact.setting) used.push(fact.setting);
      if (fact.unless) used.push(fact.unless.setting);
    } else used.push(fact.path);
    for (const p of used) {
      if (!paths.has(p.join("."))) throw new ConfigError(file, `${type}.${p.join(".")}`, `policy/location-facts.ts names an argument the ${provider} schema does not have: update the hand-kept facts`);
    }
  }
  return facts;
}

function withSecondary(classification: TypeClassification, secondary: SecondaryLocation[]): TypeClassification {
  return secondary.length > 0 ? { ...classification, secondary } : classification;
}

function sortedTypes(record: Record<string, TypeClassification>): Record<string, TypeClassification> {
  return Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]]));
}

/** Checks that every hand-kept fact names a type the provider has (a renamed type must not silently drop its facts). */
function checkHandKeptTypes(provider: string, resourceTypes: ReadonlySet<string>, file: string): void {
  for (const fact of HAND_KEPT_SECONDARY_LOCATIONS.filter((f) => f.provider === provider)) {
    if (!resourceTypes.has(fact.type)) throw new ConfigError(file, fact.type, `policy/location-facts.ts names a type the ${provider} schema does not have`);
  }
}

interface DerivedProvider {
  resources: Record<string, TypeClassification>;
  dataSources: Record<string, TypeClassification>;
  version: string;
}

/** OpenStack: every type that has a `region` argument lives there, defaulting to the provider's region. */
function classifyOpenstack(): DerivedProvider {
  const schema = providerSchema(OPENSTACK_PROVIDER);
  const file = OPENSTACK_SCHEMA_FILE;
  checkHandKeptTypes("openstack", new Set(Object.keys(schema.resource_schemas)), file);
  const classify = (type: string, block: TerraformSchemaBlock, managed: boolean): TypeClassification => {
    const attributes = block.attributes ?? {};
    const region = attributes.region;
    const base: TypeClassification =
      region && (region.optional || region.required)
        ? { regionAttribute: "region", providerDefault: !region.required }
        : { global: true, globalReason: "has no region argument in the OpenStack provider schema" };
    if (!managed) return base;
    const args = schemaArguments(block);
    return withSecondary(base, [...derivedSecondaryRegions("openstack", type, args), ...handKeptSecondary("openstack", type, args, file)]);
  };
  const map = (schemas: Record<string, { block: TerraformSchemaBlock }>, managed: boolean) =>
    Object.fromEntries(Object.keys(schemas).sort().map((type) => [type, classify(type, schemas[type].block, managed)]));
  return { resources: map(schema.resource_schemas, true), dataSources: map(schema.data_source_schemas, false), version: OPENSTACK_PROVIDER.version };
}

/** The product family of a Scaleway type: `scaleway_lb_frontend` → `lb`, `scaleway_edge_services_pipeline` → `edge_services`. */
export function scalewayFamily(type: string): string {
  const rest = type.replace(/^scaleway_/, "");
  const multiWord = Object.keys(SCALEWAY_REGIONLESS_FAMILIES).filter((f) => f.includes("_")).find((f) => rest === f || rest.startsWith(`${f}_`));
  return multiWord ?? rest.split("_")[0];
}

/**
 * Scaleway: a type with a settable `zone` lives in that zone (the catalogue gives its region), one with a
 * settable `region` in that region; unset, the provider's `zone` or `region` applies. A type with neither
 * inherits from the parent its required `*_id` argument names (a load balancer's frontend from its load
 * balancer); one without such a parent is region-less for the provider: global, with the reason its
 * product family gives (IAM, account, billing, domains, edge services).
 */
function classifyScaleway(): DerivedProvider {
  const schema = providerSchema(SCALEWAY_PROVIDER);
  const file = SCALEWAY_SCHEMA_FILE;
  const resourceTypes = new Set(Object.keys(schema.resource_schemas));
  checkHandKeptTypes("scaleway", resourceTypes, file);
  for (const family of Object.keys(SCALEWAY_REGIONLESS_FAMILIES)) {
    if (![...resourceTypes].some((t) => scalewayFamily(t) === family)) throw new ConfigError(file, family, "policy/location-facts.ts gives a reason for a Scaleway product family the schema does not have");
  }
  const located = (block: TerraformSchemaBlock): TypeClassification | undefined => {
    const attributes = block.attributes ?? {};
    const settable = (name: string) => attributes[name] !== undefined && (attributes[name].optional === true || attributes[name].required === true);
    const required = (name: string) => attributes[name]?.required === true;
    if (!settable("zone") && !settable("region")) return undefined;
    return {
      ...(settable("region") ? { regionAttribute: "region" } : {}),
      ...(settable("zone") ? { zoneAttribute: "zone" } : {}),
      ...(required("zone") || (required("region") && !settable("zone")) ? {} : { providerDefault: true }),
    };
  };
  const regional = new Set([...resourceTypes].filter((t) => located(schema.resource_schemas[t].block) !== undefined));
  const classify = (type: string, block: TerraformSchemaBlock, managed: boolean): TypeClassification => {
    let base = located(block);
    if (!base) {
      const family = scalewayFamily(type);
      const parents: ParentReference[] = [];
      for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
        const stem = /^(.+)_id$/.exec(name)?.[1];
        if (!stem || !attribute.required || attribute.type !== "string") continue;
        const parentType = [`scaleway_${stem}`, `scaleway_${family}_${stem}`].find((t) => resourceTypes.has(t));
        if (parentType && (regional.has(parentType) || parentType.startsWith(`scaleway_${family}_`))) parents.push({ attribute: name, type: parentType });
      }
      const reason = SCALEWAY_REGIONLESS_FAMILIES[family];
      if (reason) base = { global: true, globalReason: reason };
      else if (parents.length > 0) base = { parents };
      else base = { global: true, globalReason: "has neither a region nor a zone argument in the Scaleway provider schema, nor a regional parent" };
      if (!managed && !base.global) base = { readOnly: true };
    }
    if (!managed) return base;
    const args = schemaArguments(block);
    return withSecondary(base, [...derivedSecondaryRegions("scaleway", type, args), ...handKeptSecondary("scaleway", type, args, file)]);
  };
  const map = (schemas: Record<string, { block: TerraformSchemaBlock }>, managed: boolean) =>
    Object.fromEntries(Object.keys(schemas).sort().map((type) => [type, classify(type, schemas[type].block, managed)]));
  return { resources: map(schema.resource_schemas, true), dataSources: map(schema.data_source_schemas, false), version: SCALEWAY_PROVIDER.version };
}

interface JsiiTypeReference {
  primitive?: string;
  fqn?: string;
  collection?: { kind: string; elementtype: JsiiTypeReference };
  union?: { types: JsiiTypeReference[] };
}
interface JsiiProperty {
  name: string;
  optional?: boolean;
  type: JsiiTypeReference;
  docs?: { summary?: string };
}
interface JsiiType {
  kind: string;
  datatype?: boolean;
  docs?: { summary?: string };
  properties?: JsiiProperty[];
}

const REPRESENTS = /^Represents a \{@link \S+\/docs\/(resources|data-sources)\/\S+ ([a-z0-9_]+)\}/;
const ATTRIBUTE_LINK = /#([a-z0-9_]+) /;

function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

function jsiiArgumentName(property: JsiiProperty): string {
  return ATTRIBUTE_LINK.exec(property.docs?.summary ?? "")?.[1] ?? snakeCase(property.name);
}

/** The struct types a jsii type reference holds (a block, a list of blocks, either behind IResolvable). */
function structsOf(type: JsiiTypeReference, types: Record<string, JsiiType>): string[] {
  if (type.fqn) return types[type.fqn]?.kind === "interface" && types[type.fqn].datatype ? [type.fqn] : [];
  if (type.collection) return structsOf(type.collection.elementtype, types);
  if (type.union) return type.union.types.flatMap((t) => structsOf(t, types));
  return [];
}

function jsiiShape(type: JsiiTypeReference, types: Record<string, JsiiType>): SchemaArgument["shape"] {
  if (type.primitive === "string") return "string";
  if (type.collection?.elementtype.primitive === "string") return "list-of-strings";
  if (type.union?.types.some((t) => t.collection?.elementtype.primitive === "string")) return "list-of-strings";
  return structsOf(type, types).length > 0 ? "block" : "other";
}

/** Every argument of an azurerm configuration struct, nested blocks included (`*` for each block level). */
function jsiiArguments(config: JsiiType, types: Record<string, JsiiType>, prefix: ArgumentPath = [], seen: ReadonlySet<string> = new Set()): SchemaArgument[] {
  const found: SchemaArgument[] = [];
  for (const property of config.properties ?? []) {
    const name = jsiiArgumentName(property);
    const shape = jsiiShape(property.type, types);
    // The Config struct also carries Terraform's meta-arguments (count, provider, lifecycle ...): not the provider's.
    if (prefix.length === 0 && ["connection", "count", "depends_on", "for_each", "lifecycle", "provider", "provisioners"].includes(name)) continue;
    found.push({ path: [...prefix, name], name, shape, required: !property.optional, settable: true });
    if (shape !== "block") continue;
    for (const fqn of structsOf(property.type, types)) {
      if (seen.has(fqn)) continue;
      found.push(...jsiiArguments(types[fqn], types, [...prefix, name, "*"], new Set([...seen, fqn])));
    }
  }
  return found;
}

/**
 * The types a `<stem>_name` / `<stem>_id` argument of `type` may name, most specific first: the stem
 * within the type's own family (`azurerm_eventhub` + `namespace` → `azurerm_eventhub_namespace`), then
 * the stem alone (`azurerm_virtual_network`).
 */
function familyTypes(type: string, stem: string): string[] {
  const words = type.split("_").slice(1);
  const families = words.map((_, i) => words.slice(0, words.length - i).join("_"));
  // Never the type itself, nor the earlier version of a `_v2` type (a sibling, not a parent).
  return [...families.map((family) => `azurerm_${family}_${stem}`), `azurerm_${stem}`].filter((t) => t !== type && !new RegExp(`^${t}_v\\d+$`).test(type));
}

/**
 * azurerm: a type with a `location` argument lives there; one without inherits from the parent its
 * required `*_name` / `*_id` arguments name (a subnet from its virtual network), the resource group last;
 * one with neither is global (role assignments, policy definitions ...). Azure's global and edge services
 * (DNS, Front Door, CDN, Traffic Manager) are global whatever their arguments (policy/location-facts.ts).
 */
function classifyAzurerm(): DerivedProvider {
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
  checkHandKeptTypes("azurerm", resourceTypes, AZURERM_ASSEMBLY_FILE);
  for (const service of AZURE_GLOBAL_SERVICES) {
    if (![...resourceTypes].some((t) => service.types.test(t))) throw new ConfigError(AZURERM_ASSEMBLY_FILE, String(service.types), "policy/location-facts.ts names global Azure services no azurerm type matches");
  }
  for (const { kind, type, config } of found) {
    const attributes = (config.properties ?? []).map((p) => ({
      name: jsiiArgumentName(p),
      required: !p.optional,
      isString: p.type.primitive === "string",
    }));
    const names = new Set(attributes.map((a) => a.name));
    let classification: TypeClassification = {};
    if (names.has("location")) classification.regionAttribute = "location";
    const mapped: { attribute: string; type?: string }[] = [];
    const unmapped: { attribute: string; type?: string }[] = [];
    const optionalMapped: { attribute: string; type?: string }[] = [];
    for (const a of attributes) {
      if (!a.isString || a.name === "name" || a.name === "resource_group_name" || IDENTITY_ATTRIBUTES.has(a.name)) continue;
      const stem = /^(.+)_(id|name)$/.exec(a.name)?.[1];
      if (stem === undefined && a.name !== "scope") continue;
      // `namespace_name` of azurerm_eventhub names an azurerm_eventhub_namespace: the type's own family first.
      const parentType = stem ? familyTypes(type, stem).find((t) => resourceTypes.has(t)) : undefined;
      const isMapped = parentType !== undefined;
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
    const globalService = kind === "resources" ? AZURE_GLOBAL_SERVICES.find((s) => s.types.test(type)) : undefined;
    if (globalService) classification = { global: true, globalReason: globalService.reason };
    else if (!classification.regionAttribute && !classification.parents) classification.global = true;
    if (kind === "resources") {
      const args = jsiiArguments(config, assembly.types);
      classification = withSecondary(classification, [...derivedSecondaryRegions("azurerm", type, args), ...handKeptSecondary("azurerm", type, args, AZURERM_ASSEMBLY_FILE)]);
    }
    (kind === "resources" ? resources : dataSources)[type] = classification;
  }
  return { resources: sortedTypes(resources), dataSources: sortedTypes(dataSources), version: assembly.version };
}

/** The whole classification, as written to policy/classification.generated.json. */
export function deriveClassification(): ClassificationFile {
  appliedExceptions.clear();
  const openstack = classifyOpenstack();
  const scaleway = classifyScaleway();
  const azurerm = classifyAzurerm();
  const stale = NOT_A_REGION.find((n) => !appliedExceptions.has(n));
  if (stale) throw new ConfigError("policy/location-facts.ts", `NOT_A_REGION ${stale.provider} ${stale.argument}`, "applies to no argument of the schemas any more: remove it");
  const providerFacts: Record<string, ProviderLocationFacts> = {};
  for (const [provider, facts] of Object.entries(PROVIDER_FACTS)) {
    const vendored = provider === "openstack" ? OPENSTACK_PROVIDER : provider === "scaleway" ? SCALEWAY_PROVIDER : undefined;
    if (vendored) {
      const args = new Set(Object.keys(providerSchema(vendored).provider?.block.attributes ?? {}));
      for (const argument of [...facts.defaultArguments, ...(facts.endpointOverrides ? [facts.endpointOverrides] : [])]) {
        if (!args.has(argument)) throw new ConfigError(vendored.schemaFile, `provider.${argument}`, `policy/location-facts.ts names a provider argument the ${provider} schema does not have`);
      }
    }
    providerFacts[provider] = facts;
  }
  return {
    comment: "Generated by `npm run policy:classify` (policy/generate-classification.ts, with the hand-kept facts of policy/location-facts.ts) from the provider schemas: do not edit.",
    sources: {
      openstack: `terraform-provider-openstack ${openstack.version} schema.json`,
      scaleway: `terraform-provider-scaleway ${scaleway.version} schema.json`,
      azurerm: `@cdktf/provider-azurerm ${azurerm.version} .jsii`,
    },
    regionLessProviders: REGION_LESS_PROVIDERS,
    providerFacts,
    providers: {
      azurerm: { resources: azurerm.resources, dataSources: azurerm.dataSources },
      openstack: { resources: openstack.resources, dataSources: openstack.dataSources },
      scaleway: { resources: scaleway.resources, dataSources: scaleway.dataSources },
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
