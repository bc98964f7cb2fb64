/**
 * Normalises `terraform show -json` output into one stack: a plan (every resource that will exist
 * once it is applied) or a state (every resource that exists).
 *
 * A plan's resources are judged from `planned_values`; then, for whatever `planned_values` lacks, from
 * `resource_changes` (their `after`) and `deferred_changes` (changes Terraform left for a later plan),
 * and from `prior_state` for resources the plan neither changes nor deletes. A change whose `after`
 * disagrees with `planned_values` at the same address (Terraform writes both from one plan, so only a
 * forged or corrupt file does this) is judged too: the policy cannot tell which one will be applied.
 * Deposed objects (left by a failed create-before-destroy) exist in the cloud: a state's are judged,
 * and a plan's unless the plan destroys them. A plan without `planned_values` while it lists changes
 * is refused (an incomplete or tampered plan), never read as "0 resources".
 */
import * as path from "node:path";
import { ConfigError } from "../../config/config-error";
import { splitAddress, stripInstanceKeys, withoutInstanceKey } from "../addresses";
import { isObject, jsonEqual, ownProperty, setProperty, type Json } from "../json";
import { impliedProviderType, providerTypeOf, type PlanExpression, type PolicyModuleCall, type PolicyProvider, type PolicyResource, type PolicyStack, type PolicyVariable } from "../model";
import { providerTypeOfSource } from "../provider-sources";
import { validateTerraformShow } from "./terraform-show";

interface PlannedResource {
  address: string;
  /** State only: the key of a deposed object (being destroyed). */
  deposed_key?: string;
  mode: "managed" | "data";
  type: string;
  name: string;
  provider_name?: string;
  values?: Json;
}

interface PlannedModule {
  address?: string;
  resources?: PlannedResource[];
  child_modules?: PlannedModule[];
}

interface ResourceChange extends PlannedResource {
  module_address?: string;
  previous_address?: string;
  deposed?: string;
  change: { actions: string[]; after?: Json | null; after_unknown?: Json | boolean };
}

interface ConfigResource {
  address: string;
  provider_config_key?: string;
  expressions?: Record<string, PlanExpression>;
}

interface ConfigModule {
  resources?: ConfigResource[];
  module_calls?: Record<string, { expressions?: Record<string, PlanExpression>; module?: ConfigModule }>;
  variables?: Record<string, { default?: unknown }>;
}

/**
 * Everything one address of the plan has: its change (the last one listed) and its first reading (the
 * object read, from where, its values), kept in the entry itself rather than in an object of its own.
 */
interface AddressEntry {
  change: ResourceChange | undefined;
  /** The object first read at the address (another reading that differs is judged too). */
  first: PlannedResource | undefined;
  firstFrom: string | undefined;
  firstValues: unknown;
}

/** Whether the object a change describes still exists once it is applied. */
function willExist(actions: readonly string[]): boolean {
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i];
    if (action === "create" || action === "update" || action === "no-op" || action === "read") return true;
  }
  return false;
}

/**
 * Whether a second reading of an object says something the first does not: an argument it sets (not
 * null) to another value, or a value that is no object. An argument it omits adds nothing to judge.
 */
function disagrees(first: unknown, second: unknown): boolean {
  if (!isObject(first) || !isObject(second)) return !jsonEqual(first, second);
  for (const key in second) {
    if (!Object.prototype.hasOwnProperty.call(second, key)) continue;
    const value = second[key];
    if (value === null || value === undefined) continue;
    if (!jsonEqual(Object.prototype.hasOwnProperty.call(first, key) ? first[key] : undefined, value)) return true;
  }
  return false;
}

/** Walks a module tree without recursion (nesting was bounded by validateTerraformShow). */
function* modulesOf(root: PlannedModule | undefined): Generator<PlannedModule> {
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const module = stack.pop() as PlannedModule;
    yield module;
    for (const child of [...(module.child_modules ?? [])].reverse()) stack.push(child);
  }
}

/** Whether a parsed document is `terraform show -json` output rather than a configuration. */
export function isTerraformShowDocument(doc: unknown): boolean {
  return isObject(doc) && "format_version" in doc && !("resource" in doc || "provider" in doc || "terraform" in doc || "module" in doc);
}

/** The stack name of a plan file: its name without `.json` (plan-stacks.sh writes `<stack>.json`). */
export function planStackName(file: string): string {
  return path.basename(file).replace(/\.plan\.json$|\.json$/, "");
}

/** Normalises a `terraform show -json` plan or state (validated first) into one stack. */
export function fromPlanJson(input: unknown, file: string, stack = planStackName(file)): PolicyStack {
  const doc = validateTerraformShow(input, file);
  // A plan has planned values or changes; a state (or the prior state the review reads) has `values`.
  const isPlan = ["planned_values", "resource_changes", "prior_state", "resource_drift", "deferred_changes"].some((k) => k in doc);
  // `{"format_version": ...}` alone is what Terraform prints for an empty state; anything else with
  // neither plan nor state content is not `terraform show -json` output.
  if (!isPlan && !("values" in doc) && Object.keys(doc).some((k) => k !== "format_version" && k !== "terraform_version")) {
    throw new ConfigError(file, "", "neither a Terraform configuration nor `terraform show -json` output (no planned_values, resource_changes or values)");
  }
  const changes = (doc.resource_changes ?? []) as ResourceChange[];
  const deferred = ((doc.deferred_changes ?? []) as { resource_change: ResourceChange }[]).map((d) => d.resource_change);
  const planned = isObject(doc.planned_values) ? (doc.planned_values.root_module as PlannedModule | undefined) : undefined;
  if (isPlan && !planned && changes.some((c) => willExist(c.change.actions))) {
    throw new ConfigError(file, "planned_values.root_module", "is missing while resource_changes lists changes: an incomplete plan, refused");
  }

  const configuration = isObject(doc.configuration) ? doc.configuration : {};
  /** Configuration resources by module path (without instance keys), then by local address. */
  const configResources = new Map<string, Map<string, ConfigResource>>();
  const variables: Record<string, Record<string, PolicyVariable>> = { "": {} };
  const moduleCalls: PolicyModuleCall[] = [];
  const configStack: [ConfigModule, string][] = isObject(configuration.root_module) ? [[configuration.root_module as ConfigModule, ""]] : [];
  while (configStack.length > 0) {
    const [module, modulePath] = configStack.pop() as [ConfigModule, string];
    if (!Object.prototype.hasOwnProperty.call(variables, modulePath)) setProperty(variables, modulePath, {});
    const scope = variables[modulePath];
    for (const [name, definition] of Object.entries(module.variables ?? {})) {
      const hasDefault = "default" in definition;
      setProperty(scope, name, hasDefault ? { default: definition.default, value: definition.default, hasValue: true, source: "default" } : { hasValue: false });
    }
    const byAddress = new Map<string, ConfigResource>();
    configResources.set(modulePath, byAddress);
    const moduleResources = module.resources ?? [];
    for (let i = 0; i < moduleResources.length; i++) byAddress.set(moduleResources[i].address, moduleResources[i]);
    for (const [name, call] of Object.entries(module.module_calls ?? {})) {
      const callPath = modulePath ? `${modulePath}.module.${name}` : `module.${name}`;
      moduleCalls.push({ path: callPath, arguments: {}, expressions: call.expressions ?? {} });
      if (call.module) configStack.push([call.module, callPath]);
    }
  }
  // Terraform records the value of every root variable the plan used (defaults included).
  for (const [name, variable] of Object.entries((doc.variables ?? {}) as Record<string, Json>)) {
    if (!("value" in variable)) continue;
    const declared = ownProperty(variables[""], name) as PolicyVariable | undefined;
    setProperty(variables[""], name, { default: declared?.default, value: variable.value, hasValue: true, source: "plan" });
  }

  const providers: PolicyProvider[] = [];
  for (const [fullKey, raw] of Object.entries((configuration.provider_config ?? {}) as Record<string, Json>)) {
    const type = typeof raw.full_name === "string" ? providerTypeOfSource(raw.full_name) : typeof raw.name === "string" ? raw.name : providerTypeOf(fullKey);
    const alias = typeof raw.alias === "string" ? raw.alias : undefined;
    const modulePath = typeof raw.module_address === "string" ? raw.module_address : fullKey.includes(":") ? fullKey.split(":")[0] : "";
    const localName = typeof raw.name === "string" ? raw.name : type;
    providers.push({ key: alias ? `${localName}.${alias}` : localName, type, alias, modulePath, values: {}, expressions: (raw.expressions ?? {}) as Record<string, PlanExpression> });
  }

  /**
   * Per address: its (last) change and what it was read as first. One map for both, so that each of
   * 10,000s of resources costs one lookup of its address (a fresh string, so hashed anew) per reading.
   */
  const addresses = new Map<string, AddressEntry>();
  const entryOf = (address: string): AddressEntry => {
    let entry = addresses.get(address);
    if (!entry) addresses.set(address, (entry = { change: undefined, first: undefined, firstFrom: undefined, firstValues: undefined }));
    return entry;
  };
  /** The entry of each change that is not of a deposed object (by its index in `changes`): read again below without a lookup. */
  const changeEntries: AddressEntry[] = [];
  const gone = new Set<string>();
  /** Deposed objects (`address deposed-key`) the plan destroys. */
  const destroyedDeposed = new Set<string>();
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (change.deposed !== undefined) {
      if (!willExist(change.change.actions)) destroyedDeposed.add(`${change.address} ${change.deposed}`);
      continue;
    }
    // A later change at the same address replaces an earlier one.
    const entry = entryOf(change.address);
    entry.change = change;
    changeEntries[i] = entry;
    if (!willExist(change.change.actions)) gone.add(change.address);
    // A moved object no longer exists at its previous address.
    if (typeof change.previous_address === "string" && change.previous_address !== change.address) gone.add(change.previous_address);
  }

  const resources: PolicyResource[] = [];
  /** What every resource of a module shares: its address prefix and its configuration, computed once per module. */
  const modules = new Map<string, { path: string; prefix: string; config: Map<string, ConfigResource> | undefined }>();
  // Thousands of resources name a few provider configurations: the key is cut once per configuration
  // key, so that every resource of one configuration holds the same string (hashed once by later maps).
  const providerKeys = new Map<string, string>();
  const providerKeyOf = (configKey: string): string => {
    let key = providerKeys.get(configKey);
    if (key === undefined) providerKeys.set(configKey, (key = configKey.slice(configKey.lastIndexOf(":") + 1)));
    return key;
  };
  // Resources come module by module: the last module asked for is remembered (no lookup per resource).
  let lastModule: { path: string; prefix: string; config: Map<string, ConfigResource> | undefined } | undefined;
  const moduleOf = (modulePath: string) => {
    if (lastModule?.path === modulePath) return lastModule;
    let module = modules.get(modulePath);
    if (!module) {
      module = { path: modulePath, prefix: modulePath ? `${modulePath}.` : "", config: configResources.get(stripInstanceKeys(modulePath)) };
      modules.set(modulePath, module);
    }
    return (lastModule = module);
  };
  /** Adds one reading of the object at an address (its entry), unless an earlier reading says the same. */
  const add = (entry: AddressEntry, resource: PlannedResource, modulePath: string, from: NonNullable<PolicyResource["plannedFrom"]>, values: unknown, unknown?: unknown, deposedKey?: string): void => {
    const first = entry.first;
    if (deposedKey === undefined && first) {
      // A plan's prior_state is what the plan changes: it may differ from the planned object (but two
      // prior objects at one address are one too many).
      if (isPlan && from === "prior_state" && entry.firstFrom !== "prior_state") return;
      if (first.type === resource.type && first.mode === resource.mode && first.provider_name === resource.provider_name && !disagrees(entry.firstValues, values)) return;
    }
    if (deposedKey === undefined && !first) {
      entry.first = resource;
      entry.firstFrom = from;
      entry.firstValues = values;
    }
    const module = moduleOf(modulePath);
    const inModule = resource.address.startsWith(module.prefix) ? resource.address.slice(module.prefix.length) : splitAddress(resource.address).localAddress;
    const localAddress = withoutInstanceKey(inModule);
    const config = module.config?.get(localAddress);
    const change = entry.change;
    const configKey = config?.provider_config_key;
    const providerKey = configKey ? providerKeyOf(configKey) : impliedProviderType(resource.type);
    const providerSource = resource.provider_name ?? change?.provider_name;
    const afterUnknown = unknown ?? change?.change.after_unknown;
    resources.push({
      address: deposedKey === undefined ? resource.address : `${resource.address} (deposed object ${deposedKey})`,
      localAddress,
      type: resource.type,
      name: resource.name,
      mode: resource.mode,
      providerType: providerSource ? providerTypeOfSource(providerSource) : providerTypeOf(providerKey),
      providerKey,
      values: isObject(values) ? values : {},
      unknown: isObject(afterUnknown) ? afterUnknown : undefined,
      expressions: config?.expressions,
      preventDestroy: undefined,
      modulePath,
      stack,
      file,
      actions: change?.change.actions,
      plannedFrom: from,
    });
  };

  // Index loops over resources: fromPlanJson runs once per scan, often before V8 optimises it, and a
  // for-of then allocates an iterator result per resource.
  for (const module of modulesOf(planned)) {
    // Every resource of a module shares its path: read it once per module, not per resource.
    const modulePath = typeof module.address === "string" ? module.address : "";
    const moduleResources = module.resources ?? [];
    for (let i = 0; i < moduleResources.length; i++) {
      const resource = moduleResources[i];
      add(entryOf(resource.address), resource, modulePath, "planned_values", resource.values);
    }
  }
  if (!isPlan && isObject(doc.values)) {
    for (const module of modulesOf(doc.values.root_module as PlannedModule | undefined)) {
      const modulePath = typeof module.address === "string" ? module.address : "";
      const moduleResources = module.resources ?? [];
      for (let i = 0; i < moduleResources.length; i++) {
        const resource = moduleResources[i];
        add(entryOf(resource.address), resource, modulePath, "prior_state", resource.values, undefined, resource.deposed_key);
      }
    }
  }
  for (const [list, from] of [[changes, "resource_changes"], [deferred, "deferred_changes"]] as const) {
    for (let i = 0; i < list.length; i++) {
      const change = list[i];
      if (change.deposed !== undefined || !willExist(change.change.actions)) continue;
      const entry = from === "resource_changes" ? changeEntries[i] : entryOf(change.address);
      add(entry, change, change.module_address ?? splitAddress(change.address).modulePath, from, change.change.after, change.change.after_unknown);
    }
  }
  const prior = isObject(doc.prior_state) && isObject(doc.prior_state.values) ? (doc.prior_state.values.root_module as PlannedModule | undefined) : undefined;
  for (const module of modulesOf(prior)) {
    const modulePath = typeof module.address === "string" ? module.address : "";
    const moduleResources = module.resources ?? [];
    for (let i = 0; i < moduleResources.length; i++) {
      const resource = moduleResources[i];
      if (resource.deposed_key !== undefined) {
        if (!destroyedDeposed.has(`${resource.address} ${resource.deposed_key}`)) add(entryOf(resource.address), resource, modulePath, "prior_state", resource.values, undefined, resource.deposed_key);
      } else if (!gone.has(resource.address)) add(entryOf(resource.address), resource, modulePath, "prior_state", resource.values);
    }
  }
  return { name: stack, file, source: isPlan ? "plan" : "state", resources, providers, variables, locals: {}, moduleCalls };
}
