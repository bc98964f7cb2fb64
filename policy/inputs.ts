/**
 * Reads Terraform artefacts into the policy's resource model (policy/model.ts): a cdktf.out folder
 * (manifest.json + stacks/<name>/cdk.tf.json), a *.tf.json file, a `terraform show -json` plan (or
 * state) file, or a folder of *.tf files (parsed with @cdktf/hcl2json). Bad input throws a ConfigError
 * whose message is one line naming the file and the problem.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { ConfigError } from "../config/config-error";
import { readJsonFile } from "../config/validate-json";
import {
  impliedProviderType,
  providerTypeOf,
  type PlanExpression,
  type PolicyBackend,
  type PolicyInputs,
  type PolicyModuleCall,
  type PolicyProvider,
  type PolicyResource,
  type PolicyStack,
  type PolicyVariable,
  type StackPolicyMetadata,
} from "./model";

type Json = Record<string, unknown>;

/** The key under which declareStackPolicy records a stack's policy metadata, inside the top-level "//". */
export const STACK_POLICY_METADATA_KEY = "hdhPolicy";

const META_ARGUMENTS = new Set(["//", "provider", "lifecycle", "depends_on", "count", "for_each", "connection", "provisioner"]);

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** HCL (hcl2json) writes every block as a list of bodies; tf.json usually as one object. */
function bodies(value: unknown): Json[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

function firstBody(value: unknown): Json | undefined {
  return bodies(value)[0];
}

/** Walks up from a path to the folder holding cdktf.json (the project root), if any. */
export function findProjectRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = path.dirname(dir);
  for (;;) {
    if (existsSync(path.join(dir, "cdktf.json"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function stackMetadata(doc: Json): StackPolicyMetadata | undefined {
  const comment = doc["//"];
  const metadata = isObject(comment) ? comment[STACK_POLICY_METADATA_KEY] : undefined;
  return isObject(metadata) ? (metadata as unknown as StackPolicyMetadata) : undefined;
}

/** `${openstack.paris}` (HCL) or `openstack.paris` (tf.json) → `openstack.paris`. */
function providerKeyOf(value: unknown, resourceType: string): string {
  if (typeof value === "string" && value.trim() !== "") return value.trim().replace(/^\$\{(.*)\}$/, "$1");
  return impliedProviderType(resourceType);
}

function resourceValues(body: Json): Json {
  const values: Json = {};
  for (const [key, value] of Object.entries(body)) if (!META_ARGUMENTS.has(key)) values[key] = value;
  return values;
}

/**
 * Normalises a Terraform JSON configuration (cdktf's cdk.tf.json, a *.tf.json file, or hcl2json's
 * output of *.tf files) into one stack.
 */
export function fromTerraformJson(
  doc: unknown,
  options: { stack: string; file: string; source?: "cdktf" | "tf-json" | "hcl"; projectRoot?: string },
): PolicyStack {
  if (!isObject(doc)) throw new ConfigError(options.file, "", "not a Terraform JSON configuration (expected an object)");
  const { stack, file } = options;
  const resources: PolicyResource[] = [];
  for (const [mode, key] of [["managed", "resource"], ["data", "data"]] as const) {
    const byType = doc[key];
    if (byType === undefined) continue;
    if (!isObject(byType)) throw new ConfigError(file, key, "must be an object of resource types");
    for (const [type, byName] of Object.entries(byType)) {
      if (!isObject(byName)) throw new ConfigError(file, `${key}.${type}`, "must be an object of resource names");
      for (const [name, rawBody] of Object.entries(byName)) {
        const body = firstBody(rawBody);
        if (!body) throw new ConfigError(file, `${key}.${type}.${name}`, "must be an object");
        const localAddress = mode === "data" ? `data.${type}.${name}` : `${type}.${name}`;
        const providerKey = providerKeyOf(body.provider, type);
        const lifecycle = firstBody(body.lifecycle);
        const comment = body["//"];
        const metadata = isObject(comment) && isObject(comment.metadata) ? comment.metadata : undefined;
        resources.push({
          address: localAddress,
          localAddress,
          type,
          name,
          mode,
          providerType: providerTypeOf(providerKey),
          providerKey,
          values: resourceValues(body),
          preventDestroy: lifecycle?.prevent_destroy === true,
          modulePath: "",
          stack,
          file,
          constructPath: typeof metadata?.path === "string" ? metadata.path : undefined,
        });
      }
    }
  }
  const providers: PolicyProvider[] = [];
  if (doc.provider !== undefined) {
    if (!isObject(doc.provider)) throw new ConfigError(file, "provider", "must be an object of provider types");
    for (const [type, configs] of Object.entries(doc.provider)) {
      for (const config of bodies(configs)) {
        const alias = typeof config.alias === "string" ? config.alias : undefined;
        providers.push({ key: alias ? `${type}.${alias}` : type, type, alias, modulePath: "", values: config });
      }
    }
  }
  const variables: Record<string, PolicyVariable> = {};
  for (const [name, definition] of Object.entries(isObject(doc.variable) ? doc.variable : {})) {
    const body = firstBody(definition) ?? {};
    variables[name] = { default: body.default, hasValue: "default" in body && body.default !== null };
  }
  const locals: Json = {};
  for (const block of bodies(doc.locals)) Object.assign(locals, block);
  let backend: PolicyBackend | undefined;
  for (const terraform of bodies(doc.terraform)) {
    const backends = terraform.backend;
    if (isObject(backends)) {
      const [type, config] = Object.entries(backends)[0] ?? [];
      if (type) backend = { type, config: firstBody(config) ?? {} };
    } else if (terraform.cloud !== undefined) {
      backend = { type: "cloud", config: firstBody(terraform.cloud) ?? {} };
    }
  }
  const moduleCalls: PolicyModuleCall[] = Object.entries(isObject(doc.module) ? doc.module : {}).map(([name, body]) => ({
    path: `module.${name}`,
    arguments: firstBody(body) ?? {},
  }));
  return {
    name: stack,
    file,
    source: options.source ?? "tf-json",
    metadata: stackMetadata(doc),
    backend,
    resources,
    providers,
    variables: { "": variables },
    locals: { "": locals },
    moduleCalls,
    projectRoot: options.projectRoot,
  };
}

interface PlanModule {
  address?: string;
  resources?: { address: string; mode: string; type: string; name: string; provider_name?: string; values?: Json }[];
  child_modules?: PlanModule[];
}

interface ConfigModule {
  resources?: { address: string; mode: string; type: string; name: string; provider_config_key?: string; expressions?: Record<string, PlanExpression> }[];
  module_calls?: Record<string, { expressions?: Record<string, PlanExpression>; module?: ConfigModule }>;
  variables?: Record<string, { default?: unknown }>;
}

/** `module.a.module.b.aws_instance.x[0]` → { modulePath: `module.a.module.b`, local: `aws_instance.x` }. */
export function splitAddress(address: string): { modulePath: string; localAddress: string } {
  const parts: string[] = [];
  let rest = address;
  for (;;) {
    const match = /^(module\.[^.[]+(?:\[[^\]]*\])?)\./.exec(rest);
    if (!match) break;
    parts.push(match[1]);
    rest = rest.slice(match[0].length);
  }
  return { modulePath: parts.join("."), localAddress: rest.replace(/\[[^\]]*\]$/, "") };
}

/** A module path without instance keys, as the configuration names it (`module.a[0]` → `module.a`). */
function configModulePath(modulePath: string): string {
  return modulePath.replace(/\[[^\]]*\]/g, "");
}

/** Normalises a `terraform show -json` plan (or state) into one stack. */
export function fromPlanJson(doc: unknown, file: string, stack = path.basename(file).replace(/\.json$/, "")): PolicyStack {
  if (!isObject(doc)) throw new ConfigError(file, "", "not a Terraform plan (expected an object)");
  const root = (isObject(doc.planned_values) ? doc.planned_values.root_module : isObject(doc.values) ? doc.values.root_module : undefined) as PlanModule | undefined;
  if (root !== undefined && !isObject(root)) throw new ConfigError(file, "planned_values.root_module", "must be an object");

  const changes = new Map<string, Json>();
  if (doc.resource_changes !== undefined && !Array.isArray(doc.resource_changes)) throw new ConfigError(file, "resource_changes", "must be an array");
  for (const change of (doc.resource_changes ?? []) as Json[]) {
    if (!isObject(change) || typeof change.address !== "string") throw new ConfigError(file, "resource_changes", "each entry needs an address");
    changes.set(change.address, change);
  }

  const configuration = isObject(doc.configuration) ? doc.configuration : {};
  type ConfigResource = { provider_config_key?: string; expressions?: Record<string, PlanExpression> };
  /** Configuration resources by module path, then by local address. */
  const configResources = new Map<string, Map<string, ConfigResource>>();
  const variables: Record<string, Record<string, PolicyVariable>> = { "": {} };
  const moduleCalls: PolicyModuleCall[] = [];
  const walkConfig = (module: ConfigModule, modulePath: string): void => {
    const scopeVariables = (variables[modulePath] ??= {});
    for (const [name, definition] of Object.entries(module.variables ?? {})) {
      scopeVariables[name] = { default: definition.default, hasValue: definition.default !== undefined && definition.default !== null };
    }
    const byAddress = configResources.get(modulePath) ?? new Map<string, ConfigResource>();
    configResources.set(modulePath, byAddress);
    for (const resource of module.resources ?? []) byAddress.set(resource.address, resource);
    for (const [name, call] of Object.entries(module.module_calls ?? {})) {
      const callPath = modulePath ? `${modulePath}.module.${name}` : `module.${name}`;
      moduleCalls.push({ path: callPath, arguments: {}, expressions: call.expressions ?? {} });
      if (call.module) walkConfig(call.module, callPath);
    }
  };
  if (isObject(configuration.root_module)) walkConfig(configuration.root_module as ConfigModule, "");
  for (const [name, variable] of Object.entries(isObject(doc.variables) ? doc.variables : {})) {
    const value = isObject(variable) ? variable.value : undefined;
    const existing = variables[""][name];
    variables[""][name] = { default: existing?.default, value, hasValue: (value !== undefined && value !== null) || (existing?.hasValue ?? false) };
  }

  const providers: PolicyProvider[] = [];
  for (const [fullKey, raw] of Object.entries(isObject(configuration.provider_config) ? configuration.provider_config : {})) {
    if (!isObject(raw)) continue;
    const type = typeof raw.name === "string" ? raw.name : providerTypeOf(fullKey);
    const alias = typeof raw.alias === "string" ? raw.alias : undefined;
    const modulePath = typeof raw.module_address === "string" ? raw.module_address : fullKey.includes(":") ? fullKey.split(":")[0] : "";
    const expressions = (isObject(raw.expressions) ? raw.expressions : {}) as Record<string, PlanExpression>;
    providers.push({ key: alias ? `${type}.${alias}` : type, type, alias, modulePath, values: {}, expressions });
  }

  const resources: PolicyResource[] = [];
  const walkPlanned = (module: PlanModule): void => {
    // Every resource of a module shares its path: split it once per module, not per resource.
    const modulePath = typeof module.address === "string" ? module.address : "";
    const moduleConfig = configResources.get(configModulePath(modulePath));
    const prefixLength = modulePath ? modulePath.length + 1 : 0;
    for (const planned of module.resources ?? []) {
      if (!isObject(planned) || typeof planned.address !== "string" || typeof planned.type !== "string") {
        throw new ConfigError(file, "planned_values", "a resource lacks its address or type");
      }
      const withIndex = planned.address.slice(prefixLength);
      const localAddress = withIndex.endsWith("]") ? withIndex.slice(0, withIndex.lastIndexOf("[")) : withIndex;
      const mode = planned.mode === "data" ? "data" : "managed";
      const config = moduleConfig?.get(localAddress);
      const change = changes.get(planned.address);
      const detail = change && isObject(change.change) ? change.change : undefined;
      const configKey = config?.provider_config_key;
      const providerKey = configKey ? configKey.slice(configKey.lastIndexOf(":") + 1) : impliedProviderType(planned.type);
      const providerSource = planned.provider_name ?? (typeof change?.provider_name === "string" ? change.provider_name : undefined);
      resources.push({
        address: planned.address,
        localAddress,
        type: planned.type,
        name: planned.name,
        mode,
        providerType: providerSource ? providerTypeOf(providerSource) : providerTypeOf(providerKey),
        providerKey,
        values: isObject(planned.values) ? planned.values : {},
        unknown: detail && isObject(detail.after_unknown) ? detail.after_unknown : undefined,
        expressions: config?.expressions,
        preventDestroy: undefined,
        modulePath,
        stack,
        file,
        actions: detail && Array.isArray(detail.actions) ? (detail.actions as string[]) : undefined,
      });
    }
    for (const child of module.child_modules ?? []) walkPlanned(child);
  };
  if (root) walkPlanned(root);
  return { name: stack, file, source: "plan", resources, providers, variables, locals: {}, moduleCalls };
}

/** Whether parsed JSON is a `terraform show -json` document rather than a configuration. */
function isPlanDocument(doc: unknown): boolean {
  return isObject(doc) && ("planned_values" in doc || "resource_changes" in doc || ("format_version" in doc && ("values" in doc || "configuration" in doc)));
}

const CONFIGURATION_KEYS = ["resource", "data", "provider", "terraform", "variable", "locals", "module", "output", "//"];


/** Reads one JSON file: a plan/state or a Terraform JSON configuration. */
export function readJsonInput(file: string): PolicyStack {
  const doc = readJsonFile(file);
  if (isPlanDocument(doc)) return fromPlanJson(doc, file);
  if (!isObject(doc) || !Object.keys(doc).some((k) => CONFIGURATION_KEYS.includes(k))) {
    throw new ConfigError(file, "", "neither a Terraform JSON configuration nor a `terraform show -json` plan");
  }
  const name = path.basename(file).replace(/(\.tf)?\.json$/, "");
  return fromTerraformJson(doc, { stack: name, file, source: "tf-json", projectRoot: findProjectRoot(file) });
}

/** Reads a cdktf.out folder: every stack its manifest lists. */
export function readCdktfOut(dir: string): PolicyStack[] {
  const manifestFile = path.join(dir, "manifest.json");
  const manifest = readJsonFile(manifestFile);
  if (!isObject(manifest) || !isObject(manifest.stacks)) throw new ConfigError(manifestFile, "stacks", "is required (not a cdktf manifest)");
  const projectRoot = findProjectRoot(dir);
  return Object.entries(manifest.stacks).map(([name, entry]) => {
    const stackPath = isObject(entry) && typeof entry.synthesizedStackPath === "string" ? entry.synthesizedStackPath : undefined;
    if (!stackPath) throw new ConfigError(manifestFile, `stacks.${name}.synthesizedStackPath`, "is required");
    const file = path.join(dir, stackPath);
    return fromTerraformJson(readJsonFile(file), { stack: name, file, source: "cdktf", projectRoot });
  });
}

/** Reads a folder of *.tf (and *.tf.json) files as one configuration. */
export async function readHclFolder(dir: string): Promise<PolicyStack> {
  const files = readdirSync(dir).filter((f) => f.endsWith(".tf") || f.endsWith(".tf.json")).sort();
  const merged: Json = {};
  const fileOf = new Map<string, string>();
  for (const name of files) {
    const file = path.join(dir, name);
    let doc: unknown;
    if (name.endsWith(".tf.json")) doc = readJsonFile(file);
    else {
      try {
        // Loaded on demand: hcl2json starts a WebAssembly runtime that JSON inputs do not need.
        const { parse } = await import("@cdktf/hcl2json");
        doc = await parse(name, readFileSync(file, "utf8"));
      } catch (error) {
        throw new ConfigError(file, "", `not valid HCL (${String((error as Error).message ?? error).split("\n")[0]})`);
      }
    }
    if (!isObject(doc)) throw new ConfigError(file, "", "not a Terraform configuration");
    for (const [key, mode] of [["resource", ""], ["data", "data."]] as const) {
      for (const [type, byName] of Object.entries(isObject(doc[key]) ? doc[key] : {})) {
        for (const name of Object.keys(isObject(byName) ? byName : {})) fileOf.set(`${mode}${type}.${name}`, file);
      }
    }
    mergeConfiguration(merged, doc);
  }
  const stack = fromTerraformJson(merged, { stack: path.basename(path.resolve(dir)), file: dir, source: "hcl", projectRoot: findProjectRoot(dir) });
  // Findings point at the file that declares each resource, not at the folder.
  return { ...stack, resources: stack.resources.map((r) => ({ ...r, file: fileOf.get(r.localAddress) ?? dir })) };
}

/** Merges one file's blocks into a folder's configuration (Terraform reads all files of a folder as one). */
function mergeConfiguration(into: Json, doc: Json): void {
  for (const [key, value] of Object.entries(doc)) {
    if (key === "resource" || key === "data") {
      const target = (into[key] ??= {}) as Json;
      for (const [type, byName] of Object.entries(isObject(value) ? value : {})) {
        target[type] = { ...((target[type] as Json) ?? {}), ...(isObject(byName) ? byName : {}) };
      }
    } else if (key === "provider") {
      const target = (into[key] ??= {}) as Json;
      for (const [type, configs] of Object.entries(isObject(value) ? value : {})) {
        target[type] = [...bodies(target[type]), ...bodies(configs)];
      }
    } else if (key === "locals" || key === "terraform") {
      into[key] = [...bodies(into[key]), ...bodies(value)];
    } else if (isObject(value)) {
      into[key] = { ...((into[key] as Json) ?? {}), ...value };
    } else {
      into[key] = value;
    }
  }
}

/** What kind of input a path is. */
export function inputKind(target: string): "cdktf-out" | "hcl-folder" | "json-file" {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    throw new ConfigError(target, "", "no such file or folder");
  }
  if (stat.isDirectory()) {
    if (existsSync(path.join(target, "manifest.json"))) return "cdktf-out";
    let entries: string[];
    try {
      entries = readdirSync(target);
    } catch (error) {
      throw new ConfigError(target, "", `cannot read folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    if (entries.some((f) => f.endsWith(".tf") || f.endsWith(".tf.json"))) return "hcl-folder";
    throw new ConfigError(target, "", "folder holds neither a cdktf manifest.json nor *.tf / *.tf.json files");
  }
  return "json-file";
}

/**
 * Reads every path into one set of stacks: cdktf.out folders, *.tf.json files, plan JSON files and
 * folders of *.tf files. Throws a ConfigError (one line, naming the file) on bad input.
 */
export async function readPolicyInputs(paths: readonly string[]): Promise<PolicyInputs> {
  const stacks: PolicyStack[] = [];
  for (const target of paths) {
    const kind = inputKind(target);
    if (kind === "cdktf-out") stacks.push(...readCdktfOut(target));
    else if (kind === "hcl-folder") stacks.push(await readHclFolder(target));
    else stacks.push(readJsonInput(target));
  }
  return { stacks };
}
