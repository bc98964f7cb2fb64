/**
 * Effective region: where a resource will really live. Its own `zone` (Scaleway) or `region`/`location`,
 * else its provider configuration's (aliases included), else its named parent's (a subnet lives where
 * the virtual network of its resource group lives; a parent outside the configuration leaves it
 * unresolved, never "the resource group's"). Values come from the configuration's expressions (evaluated
 * by expressions/evaluation.ts: literals and single references only) or, in a plan or state, from the
 * planned values (expressions/plan-expression.ts: a constant, never a guess from references). A region
 * it cannot resolve is reported with the reason, never guessed.
 */
import { parentModule, stripInstanceKeys } from "./addresses";
import { classify, providerFacts, type TypeClassification } from "./classification";
import { evaluateConfig, walkValue, type Evaluation } from "./expressions/evaluation";
import { distinctReferences, evaluatePlanExpression, planExpressionAt } from "./expressions/plan-expression";
import { parseTemplate, traversalText, type Step, type Traversal } from "./expressions/template";
import { isObject, ownProperty } from "./json";
import type { PlanExpression, PolicyProvider, PolicyResource, PolicyStack, PolicyVariable } from "./model";

export type RegionStatus = "resolved" | "unresolved" | "region-less" | "global" | "unclassified";

export interface ResolvedRegion {
  readonly status: RegionStatus;
  /** The region as the configuration spells it, or null. */
  readonly region: string | null;
  /** How it was found, e.g. `location`, `provider openstack.paris`, `parent azurerm_virtual_network.hub`. */
  readonly via?: string;
  /** Why there is no region (unresolved, unclassified, region-less, global). */
  readonly reason?: string;
  /** Resolved, but something outside the configuration may still change it (a provider default the environment overrides). */
  readonly caveat?: string;
}

/** The resource an argument points at: found in the configuration, or why not. */
export type ArgumentTarget = { readonly resource: PolicyResource } | { readonly unresolved: string };

export type { Evaluation } from "./expressions/evaluation";

/** A provider argument naming its cloud's endpoint: its value, not set, or not evaluable before apply. */
export type ProviderEndpoint = { readonly kind: "set"; readonly value: string } | { readonly kind: "unset" } | { readonly kind: "unresolved"; readonly reason: string };

const UNSET_ENDPOINT: ProviderEndpoint = { kind: "unset" };

/** Attributes that hold a region, whatever the type calls it. */
const REGION_ATTRIBUTES = new Set(["region", "location", "zone"]);
/** An Azure resource ID: a parent given this way is outside the configuration (the configuration references its own). */
const AZURE_RESOURCE_ID = /^\/subscriptions\//i;
/** Reference roots that have no value before apply. */
const RUNTIME_ROOTS = new Set(["module", "each", "count", "path", "terraform", "self"]);

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** A region value as the policy can judge it: a non-empty string (an empty one is unset, as OpenStack reads it). */
function asRegion(evaluation: Evaluation): { region: string } | { unresolved: string } | { empty: true } {
  if (!("value" in evaluation)) return evaluation;
  const value = evaluation.value;
  if (value === "") return { empty: true };
  if (typeof value === "string") return { region: value };
  if (value === null) return { unresolved: "is null" };
  return { unresolved: `is not a string (${Array.isArray(value) ? "a list" : typeof value})` };
}

function stepsOf(path: readonly (string | number)[]): Step[] {
  return path.map((key) => (typeof key === "number" ? { index: key } : { attribute: key }));
}

/** What a provider configuration gives the resources that leave an argument (region, zone) to it. */
interface ProviderRegion {
  readonly resolved: ResolvedRegion;
  /** The caveat's text for a resource type, when the applying machine's environment overrides the provider's value. */
  readonly caveat?: (type: string) => string;
  /** The resolution with its caveat, per resource type. */
  readonly byType: Map<string, ResolvedRegion>;
}

/**
 * The resources and references being resolved, to tell a reference cycle: a stack of keys, since they
 * leave in the reverse order they came and the trail is a few keys deep. A Set or a Map would allocate
 * (a table that reallocates as it empties, or an entry per key seen) for each of a scan's 10,000s of
 * resources; a stack's array is allocated once.
 */
class Trail {
  private readonly keys: string[] = [];

  has(key: string): boolean {
    return this.keys.includes(key);
  }

  add(key: string): void {
    this.keys.push(key);
  }

  delete(key: string): void {
    if (this.keys[this.keys.length - 1] === key) {
      this.keys.pop();
      return;
    }
    const index = this.keys.lastIndexOf(key);
    if (index >= 0) this.keys.splice(index, 1);
  }
}

/**
 * Whether any of the provider configurations sets an argument. A function apart from the resolver's
 * memoised method: its callback would make each of a scan's 10,000s of cached answers allocate a context.
 */
function anyProviderSets(providers: readonly PolicyProvider[], argument: string): boolean {
  return providers.some((p) => p.expressions?.[argument] !== undefined || isSet(p.values[argument]));
}

/** Resolves effective regions within one stack (configuration, plan or state). Results are memoised. */
export class RegionResolver {
  private readonly byAddress = new Map<string, PolicyResource>();
  /** Resources by module path, mode and type, to find a parent given by name. */
  private readonly byType = new Map<string, PolicyResource[]>();
  /** Evaluated naming arguments (`name`, `resource_group_name` ...) of candidate parents. */
  private readonly namingValues = new Map<PolicyResource, Map<string, Evaluation>>();
  /** Plans and states: resources by their known `id` (a parent given by ID). */
  private readonly byId = new Map<string, PolicyResource>();
  /** Provider configurations by module path, then key (`openstack.paris`). */
  private readonly providers = new Map<string, Map<string, PolicyProvider>>();
  /** What providerOf found, by the resource's module path, then provider key (null: none). */
  private readonly providersInScope = new Map<string, Map<string, PolicyProvider | null>>();
  private readonly memo = new Map<PolicyResource, ResolvedRegion>();
  /** What a provider configuration gives an argument: the region once, the caveat's text once per resource type. */
  private readonly providerRegions = new Map<PolicyProvider, Map<string, ProviderRegion>>();
  private readonly identityEndpoints = new Map<PolicyProvider, string | undefined>();
  private readonly providerEndpoints = new Map<PolicyProvider, Map<string, ProviderEndpoint>>();
  private readonly providerSettings = new Map<string, Map<string, Map<string, Evaluation | undefined>>>();
  private readonly providerArgumentsSet = new Map<string, boolean>();
  /** Plans and states hold evaluated values; configurations hold expressions. */
  private readonly literalValues: boolean;
  private indexed = false;
  /** The resources and references being resolved (cycles); empty between top-level calls. */
  private readonly trail = new Trail();

  constructor(private readonly stack: PolicyStack) {
    this.literalValues = stack.source === "plan" || stack.source === "state";
    for (const provider of stack.providers) {
      const byKey = this.providers.get(provider.modulePath) ?? new Map<string, PolicyProvider>();
      this.providers.set(provider.modulePath, byKey);
      byKey.set(provider.key, provider);
    }
  }

  /** Indexes by address and by name, built on first use: most resources never follow a reference. */
  private index(): void {
    if (this.indexed) return;
    this.indexed = true;
    for (const resource of this.stack.resources) {
      const key = `${stripInstanceKeys(resource.modulePath)}|${resource.localAddress}`;
      if (!this.byAddress.has(key)) this.byAddress.set(key, resource);
      const id = resource.values.id;
      if (this.literalValues && typeof id === "string" && id !== "" && !this.byId.has(id)) this.byId.set(id, resource);
      const typeKey = `${resource.modulePath}|${resource.mode}|${resource.type}`;
      const sameType = this.byType.get(typeKey);
      if (sameType) sameType.push(resource);
      else this.byType.set(typeKey, [resource]);
    }
  }

  /** The provider configuration a resource uses: its own module's, else inherited from the callers. */
  providerOf(resource: PolicyResource): PolicyProvider | undefined {
    // Asked several times per resource, about a few module paths and keys: each answer is found once.
    let byKey = this.providersInScope.get(resource.modulePath);
    if (!byKey) this.providersInScope.set(resource.modulePath, (byKey = new Map()));
    let provider = byKey.get(resource.providerKey);
    if (provider === undefined) byKey.set(resource.providerKey, (provider = this.findProvider(resource.modulePath, resource.providerKey) ?? null));
    return provider ?? undefined;
  }

  private findProvider(resourceModulePath: string, providerKey: string): PolicyProvider | undefined {
    let modulePath = stripInstanceKeys(resourceModulePath);
    for (;;) {
      const provider = this.providers.get(modulePath)?.get(providerKey);
      if (provider) return provider;
      if (modulePath === "") return undefined;
      modulePath = parentModule(modulePath);
    }
  }

  /** The provider's identity endpoint (OpenStack `auth_url`), when the configuration states it. */
  identityEndpointOf(resource: PolicyResource): string | undefined {
    const provider = this.providerOf(resource);
    if (!provider) return undefined;
    if (this.identityEndpoints.has(provider)) return this.identityEndpoints.get(provider);
    const evaluated = this.providerArgument(provider, "auth_url", this.trail);
    const endpoint = "value" in evaluated && typeof evaluated.value === "string" && evaluated.value !== "" ? evaluated.value : undefined;
    this.identityEndpoints.set(provider, endpoint);
    return endpoint;
  }

  /**
   * What the resource's provider configuration says about an endpoint argument (OpenStack auth_url,
   * Scaleway api_url): its value, not set (no provider block, or the argument absent), or unresolved.
   */
  providerEndpoint(resource: PolicyResource, argument: string): ProviderEndpoint {
    const provider = this.providerOf(resource);
    if (!provider || (provider.expressions?.[argument] === undefined && !isSet(provider.values[argument]))) return UNSET_ENDPOINT;
    // Thousands of resources share a few provider configurations: evaluate each argument once.
    let byArgument = this.providerEndpoints.get(provider);
    if (!byArgument) this.providerEndpoints.set(provider, (byArgument = new Map()));
    let endpoint = byArgument.get(argument);
    if (!endpoint) {
      const evaluated = this.providerArgument(provider, argument, new Trail());
      if (!("value" in evaluated)) endpoint = { kind: "unresolved", reason: evaluated.unresolved };
      else if (typeof evaluated.value !== "string") endpoint = { kind: "unresolved", reason: `${argument} is not a string` };
      // An empty endpoint is unset, as the providers read it (they fall back to the environment).
      else endpoint = evaluated.value === "" ? UNSET_ENDPOINT : { kind: "set", value: evaluated.value };
      byArgument.set(argument, endpoint);
    }
    return endpoint;
  }

  /**
   * A provider configuration argument of the resource's provider (`endpoint_overrides`), evaluated:
   * undefined when the provider configuration does not set it.
   */
  providerSetting(resource: PolicyResource, argument: string): Evaluation | undefined {
    if (!this.anyProviderSets(argument)) return undefined;
    // Thousands of resources share a few provider configurations: look each up once per module and key.
    let byKey = this.providerSettings.get(resource.modulePath);
    if (!byKey) this.providerSettings.set(resource.modulePath, (byKey = new Map()));
    let byArgument = byKey.get(resource.providerKey);
    if (!byArgument) byKey.set(resource.providerKey, (byArgument = new Map()));
    if (byArgument.has(argument)) return byArgument.get(argument);
    const provider = this.providerOf(resource);
    const setting =
      !provider || (provider.expressions?.[argument] === undefined && !isSet(provider.values[argument])) ? undefined : this.providerArgument(provider, argument, new Trail());
    byArgument.set(argument, setting);
    return setting;
  }

  /** Whether any provider configuration of the stack sets an argument (most set no `endpoint_overrides`): a cheap test. */
  anyProviderSets(argument: string): boolean {
    let sets = this.providerArgumentsSet.get(argument);
    if (sets === undefined) this.providerArgumentsSet.set(argument, (sets = anyProviderSets(this.stack.providers, argument)));
    return sets;
  }

  /** The effective region of a resource or data source. */
  resolve(resource: PolicyResource): ResolvedRegion {
    return this.resolveWithTrail(resource, this.trail);
  }

  /**
   * Any argument of a resource at a path (`["geo_location", 0, "location"]`), evaluated as its region
   * is: the configuration's expression, or the plan's planned value. For judging secondary locations.
   */
  attribute(resource: PolicyResource, path: readonly (string | number)[]): Evaluation {
    return this.argumentAt(resource, path, this.trail);
  }

  /** Whether a resource sets an argument (a value, a configuration expression, or, in a plan, one known only after apply). */
  sets(resource: PolicyResource, name: string): boolean {
    return this.hasArgument(resource, name);
  }

  /**
   * The resource an argument points at (a failover partner, a bucket's encryption configuration's bucket):
   * by reference, by ID (plans), or by name matching every naming argument both share (`parentType` tells
   * the type a name is of). A path into nested blocks (`["partner_server", 0, "id"]`) is followed too.
   */
  target(resource: PolicyResource, path: readonly (string | number)[], parentType?: string): ArgumentTarget {
    return this.parentResource(resource, path, parentType);
  }

  private resolveWithTrail(resource: PolicyResource, trail: Trail): ResolvedRegion {
    const memoised = this.memo.get(resource);
    if (memoised) return memoised;
    if (trail.has(resource.address)) {
      return { status: "unresolved", region: null, reason: `reference cycle through ${resource.address}` };
    }
    trail.add(resource.address);
    const result = this.compute(resource, trail);
    trail.delete(resource.address);
    this.memo.set(resource, result);
    return result;
  }

  private compute(resource: PolicyResource, trail: Trail): ResolvedRegion {
    const classification = classify(resource.providerType, resource.type, resource.mode);
    if (classification.kind === "region-less") {
      return { status: "region-less", region: null, reason: `${resource.providerType} resources live only in Terraform state` };
    }
    if (classification.kind === "unclassified") {
      return { status: "unclassified", region: null, reason: `type ${resource.type} of provider ${resource.providerType} is not classified` };
    }
    return this.fromClassification(resource, classification.classification, trail);
  }

  private fromClassification(resource: PolicyResource, c: TypeClassification, trail: Trail): ResolvedRegion {
    if (c.readOnly) {
      // A plan has read most data sources already: their location is then in the planned values.
      const read = this.literalValues ? (resource.values.location ?? resource.values.region ?? resource.values.zone) : undefined;
      if (typeof read === "string" && read !== "") return { status: "resolved", region: read, via: "location read by the plan" };
      return { status: "unresolved", region: null, reason: `the location of ${resource.address} is known only once the data source is read` };
    }
    // A zone (Scaleway) is more specific than a region: read it first; the catalogue gives its region.
    for (let i = 0; i < 2; i++) {
      const attribute = i === 0 ? c.zoneAttribute : c.regionAttribute;
      if (!attribute || !this.hasArgument(resource, attribute)) continue;
      const region = asRegion(this.argumentAt(resource, [attribute], trail));
      if ("region" in region) return { status: "resolved", region: region.region, via: attribute };
      // An empty region is unset: OpenStack then takes the provider's, as below.
      if ("unresolved" in region) return { status: "unresolved", region: null, reason: `${attribute}: ${region.unresolved}` };
      if (!c.providerDefault) return { status: "unresolved", region: null, reason: `${attribute} is empty` };
    }
    if (c.providerDefault) return this.fromProvider(resource, c.zoneAttribute !== undefined && c.regionAttribute === undefined ? "zone" : "region", trail);
    if (c.global) return { status: "global", region: null, reason: c.globalReason ?? `${resource.type} lives in ${resource.providerType}'s global control plane` };
    // The most specific parent the resource names decides: a parent it cannot find leaves the region
    // unresolved (never the resource group's, whose location is only its metadata's).
    for (const parent of c.parents ?? []) {
      if (!this.hasArgument(resource, parent.attribute)) continue;
      const target = this.parentResource(resource, [parent.attribute], parent.type);
      if ("unresolved" in target) return { status: "unresolved", region: null, reason: `${parent.attribute}: ${target.unresolved}` };
      const inherited = this.resolveWithTrail(target.resource, trail);
      const via = `parent ${target.resource.address} (${parent.attribute})`;
      if (inherited.status === "resolved") return { status: "resolved", region: inherited.region, via, ...(inherited.caveat ? { caveat: inherited.caveat } : {}) };
      if (inherited.status === "global") return { status: "global", region: null, reason: `its ${via} is global: ${inherited.reason}` };
      return { status: "unresolved", region: null, reason: `${parent.attribute}: parent ${target.resource.address} has no region (${inherited.reason ?? inherited.status})` };
    }
    const expected = [c.zoneAttribute, c.regionAttribute, ...(c.parents ?? []).map((p) => p.attribute)].filter(Boolean).join(", ");
    return { status: "unresolved", region: null, reason: `none of ${expected} is set` };
  }

  /** The region (or zone) a provider configuration gives the resources that leave theirs unset. */
  private fromProvider(resource: PolicyResource, argument: string, trail: Trail): ResolvedRegion {
    const provider = this.providerOf(resource);
    if (!provider) {
      return { status: "unresolved", region: null, reason: `no provider configuration '${resource.providerKey}' in the configuration (its ${argument} would come from the environment at apply time)` };
    }
    // Thousands of resources share a few provider configurations: resolve each once.
    let byArgument = this.providerRegions.get(provider);
    if (!byArgument) this.providerRegions.set(provider, (byArgument = new Map()));
    let given = byArgument.get(argument);
    if (!given) byArgument.set(argument, (given = this.providerRegion(provider, argument, trail)));
    if (!given.caveat) return given.resolved;
    // The caveat names the resource's type: one answer per type, not the first resource's for all.
    let resolved = given.byType.get(resource.type);
    if (!resolved) given.byType.set(resource.type, (resolved = { ...given.resolved, caveat: given.caveat(resource.type) }));
    return resolved;
  }

  /** The region (or zone) a provider configuration gives, and the caveat when the applying machine's environment overrides it. */
  private providerRegion(provider: PolicyProvider, argument: string, trail: Trail): ProviderRegion {
    const label = `provider ${provider.modulePath ? `${provider.modulePath}:` : ""}${provider.key}`;
    const region = asRegion(this.providerArgument(provider, argument, trail));
    if (!("region" in region)) {
      const reason = `${label} ${argument}: ${"empty" in region ? "empty, so the provider reads it from the environment at apply time" : region.unresolved}`;
      return { resolved: { status: "unresolved", region: null, reason }, byType: new Map() };
    }
    const resolved: ResolvedRegion = { status: "resolved", region: region.region, via: `${label}${argument === "region" ? "" : ` ${argument}`}` };
    const facts = providerFacts(provider.type);
    const overriddenBy = facts?.defaultsOverriddenBy?.filter((v) => v.toLowerCase().endsWith(argument));
    if (!overriddenBy || overriddenBy.length === 0) return { resolved, byType: new Map() };
    const caveat = (type: string) =>
      `${type} leaves its ${argument} to the provider, whose ${argument} '${region.region}' the applying machine's ${overriddenBy.join(" / ")} overrides (${facts?.defaultsSource}): set ${argument} on the resource`;
    return { resolved, caveat, byType: new Map() };
  }

  private providerArgument(provider: PolicyProvider, name: string, trail: Trail): Evaluation {
    if (provider.expressions) {
      const expression = provider.expressions[name];
      return expression ? evaluatePlanExpression(expression) : { unresolved: "not set (it would come from the environment at apply time)" };
    }
    const raw = provider.values[name];
    if (!isSet(raw)) return { unresolved: "not set (it would come from the environment at apply time)" };
    return evaluateConfig(raw, [], (t) => this.traversal(t, provider.modulePath, trail), name);
  }

  /** Whether the resource sets an argument (a non-empty value, a plan unknown, a configuration expression). */
  private hasArgument(resource: PolicyResource, name: string): boolean {
    const value = resource.values[name];
    if (isSet(value) && value !== "") return true;
    if (!this.literalValues) return false;
    // In a plan, an argument known only after apply that the configuration does not set is computed by
    // the provider (an OpenStack region from the provider's): not set. Without configuration, it is unknown.
    if (resource.unknown?.[name] === true) return resource.expressions === undefined || resource.expressions[name] !== undefined;
    return false;
  }

  /** Evaluates an argument of a resource at a path. */
  private argumentAt(resource: PolicyResource, path: readonly (string | number)[], trail: Trail): Evaluation {
    if (path.length === 1) {
      // Most arguments are literal (a plan's values always are): no evaluation needed.
      const raw = ownProperty(resource.values, String(path[0]));
      if (this.literalValues ? isSet(raw) : typeof raw === "number" || typeof raw === "boolean" || (typeof raw === "string" && !raw.includes("{"))) return { value: raw };
    }
    const what = [resource.address, ...path].join(".");
    if (!this.literalValues) {
      return evaluateConfig(resource.values, stepsOf(path), (t) => this.traversal(t, resource.modulePath, trail), what);
    }
    // Plans and states: the planned value, else unknown until apply, else the configuration's constant.
    const planned = walkValue(resource.values, stepsOf(path), what);
    if ("value" in planned && isSet(planned.value)) return planned;
    let unknown: unknown = resource.unknown;
    for (const key of path) unknown = unknown === true ? true : Array.isArray(unknown) || isObject(unknown) ? (unknown as Record<string, unknown>)[key] : undefined;
    if (unknown === true) {
      const references = distinctReferences(planExpressionAt(resource.expressions, path)?.references ?? []);
      return { unresolved: `known only after apply${references.length > 0 ? ` (from ${references.slice(0, 4).join(", ")})` : ""}` };
    }
    const expression = planExpressionAt(resource.expressions, path);
    return expression && "constant_value" in expression ? evaluatePlanExpression(expression) : { unresolved: "not set" };
  }

  /** Finds the resource an argument (at a path) points at: by reference, by ID (plans), or by its name. */
  private parentResource(resource: PolicyResource, path: readonly (string | number)[], parentType: string | undefined): ArgumentTarget {
    const attribute = path.join(".");
    const raw = walkValue(resource.values, stepsOf(path), attribute);
    const value = "value" in raw ? raw.value : undefined;
    if (this.literalValues) {
      // The planned value is the ID or name the provider will use: find the parent by it.
      if (typeof value === "string" && value !== "") {
        this.index();
        const byId = this.byId.get(value);
        return byId ? { resource: byId } : this.parentByName(resource, path, value, parentType);
      }
      // Known only after apply (a parent's ID): the one resource the expression references is taken as
      // the parent. The plan cannot show whether a function rewrites that ID (policy/README.md, "Plans").
      const references = distinctReferences(planExpressionAt(resource.expressions, path)?.references ?? []);
      const targets = new Set(references.map((r) => this.resourceByReference(r, resource.modulePath)).filter((r) => r !== undefined));
      if (references.length === 1 && targets.size === 1) return { resource: [...targets][0] };
      return { unresolved: `known only after apply${references.length > 0 ? ` (from ${references.join(", ")})` : ""}` };
    }
    if (typeof value !== "string") return { unresolved: "does not point at a resource of this configuration" };
    const parsed = parseTemplate(value);
    if (parsed.kind === "unsupported") return { unresolved: parsed.reason };
    if (parsed.kind === "literal") return typeof parsed.value === "string" ? this.parentByName(resource, path, parsed.value, parentType) : { unresolved: "is not a name" };
    const target = this.resourceByTraversal(parsed.traversal, resource.modulePath);
    if (target) {
      if (target.resource.mode === "data") return { unresolved: `points at ${target.resource.address}, a data source: the resource it reads is outside this configuration` };
      return { resource: target.resource };
    }
    // A variable or local naming the parent: its value is the parent's name.
    const evaluated = evaluateConfig(value, [], (t) => this.traversal(t, resource.modulePath, this.trail), attribute);
    if ("value" in evaluated && typeof evaluated.value === "string") return this.parentByName(resource, path, evaluated.value, parentType);
    return { unresolved: "unresolved" in evaluated ? evaluated.unresolved : `${traversalText(parsed.traversal)} is not in this configuration` };
  }

  /** An argument's value as a string the policy can compare (a name), or why not. */
  private nameValue(resource: PolicyResource, attribute: string): Evaluation {
    let values = this.namingValues.get(resource);
    if (!values) this.namingValues.set(resource, (values = new Map()));
    let evaluated = values.get(attribute);
    if (!evaluated) {
      evaluated = this.hasArgument(resource, attribute) ? this.argumentAt(resource, [attribute], this.trail) : { unresolved: "not set" };
      values.set(attribute, evaluated);
    }
    return evaluated;
  }

  /**
   * The parent a name points at: the one resource of `parentType` in the same module whose `name` is
   * that name and whose other naming arguments (`resource_group_name`, `virtual_network_name` ...) match
   * the child's, every one of them: the virtual network of THAT resource group, not the first of that
   * name. None, or several that cannot be told apart, leave it unresolved.
   */
  private parentByName(resource: PolicyResource, path: readonly (string | number)[], name: string, parentType: string | undefined): ArgumentTarget {
    if (AZURE_RESOURCE_ID.test(name)) return { unresolved: `'${name}' is the ID of a resource outside this configuration (it would reference its own)` };
    if (!parentType) return { unresolved: "does not point at a resource of this configuration" };
    this.index();
    const pointer = String(path[0]);
    const managed = this.byType.get(`${resource.modulePath}|managed|${parentType}`) ?? [];
    // A data source that read the parent: a plan has read its location; a configuration has not.
    const read = this.literalValues ? (this.byType.get(`${resource.modulePath}|data|${parentType}`) ?? []) : [];
    const named = [...managed, ...read].filter((candidate) => {
      const candidateName = this.nameValue(candidate, "name");
      return !("value" in candidateName) || candidateName.value === name;
    });
    // The naming arguments the child sets besides the pointer: each must match the candidate's.
    const naming = Object.keys(resource.values).filter((a) => a !== pointer && a !== "name" && (a === "resource_group_name" || a.endsWith("_name")) && this.hasArgument(resource, a));
    const matching: PolicyResource[] = [];
    const undecided: string[] = [];
    for (const candidate of named) {
      let verdict: "match" | "differs" | "unknown" = "value" in this.nameValue(candidate, "name") ? "match" : "unknown";
      for (const attribute of naming) {
        if (!Object.prototype.hasOwnProperty.call(candidate.values, attribute) && !this.hasArgument(candidate, attribute)) continue;
        const mine = this.nameValue(resource, attribute);
        const theirs = this.nameValue(candidate, attribute);
        if (!("value" in mine) || !("value" in theirs)) verdict = verdict === "differs" ? verdict : "unknown";
        else if (mine.value !== theirs.value) verdict = "differs";
      }
      if (verdict === "match") matching.push(candidate);
      else if (verdict === "unknown") undecided.push(candidate.address);
    }
    const where = naming.map((a) => {
      const v = this.nameValue(resource, a);
      return "value" in v ? `${a} '${String(v.value)}'` : `${a} (unresolved)`;
    });
    const description = `${parentType} named '${name}'${where.length > 0 ? ` with ${where.join(", ")}` : ""}`;
    if (matching.length === 1 && undecided.length === 0) return { resource: matching[0] };
    if (matching.length + undecided.length === 0) return { unresolved: `no ${description} in this configuration` };
    if (matching.length === 0 && undecided.length === 1) return { unresolved: `cannot tell whether ${undecided[0]} is the ${description}: a naming argument cannot be evaluated` };
    return { unresolved: `${matching.length + undecided.length} resources may be the ${description} (${[...matching.map((m) => m.address), ...undecided].join(", ")}): cannot tell which` };
  }

  /** The resource a plan's reference text names (`azurerm_key_vault.kv.id`, `module.m.x.y` is not one). */
  private resourceByReference(reference: string, modulePath: string): PolicyResource | undefined {
    const parsed = parseTemplate(`\${${reference}}`);
    return parsed.kind === "traversal" && !RUNTIME_ROOTS.has(parsed.traversal.root) && parsed.traversal.root !== "var" && parsed.traversal.root !== "local"
      ? this.resourceByTraversal(parsed.traversal, modulePath)?.resource
      : undefined;
  }

  /** The resource a traversal names (`azurerm_subnet.s[0].id`, `data.t.n.x`) and the steps after its address. */
  private resourceByTraversal(traversal: Traversal, modulePath: string): { resource: PolicyResource; rest: readonly Step[] } | undefined {
    const isData = traversal.root === "data";
    const steps = traversal.steps;
    const typeStep = isData ? steps[0] : { attribute: traversal.root };
    const nameStep = isData ? steps[1] : steps[0];
    if (!typeStep || !nameStep || !("attribute" in typeStep) || !("attribute" in nameStep)) return undefined;
    let rest = steps.slice(isData ? 2 : 1);
    // Instances of one resource share its configuration: `x.y[0].attr` reads `x.y`'s.
    if (rest[0] && "index" in rest[0]) rest = rest.slice(1);
    const local = `${isData ? "data." : ""}${typeStep.attribute}.${nameStep.attribute}`;
    this.index();
    const resource = this.byAddress.get(`${stripInstanceKeys(modulePath)}|${local}`);
    return resource ? { resource, rest } : undefined;
  }

  /** Follows one reference of a configuration expression: var.x, local.x, data.t.n.attr, t.n.attr. */
  private traversal(traversal: Traversal, modulePath: string, trail: Trail): Evaluation {
    const text = traversalText(traversal);
    const key = `${modulePath}|${text}`;
    if (trail.has(key)) return { unresolved: `reference cycle through ${text}` };
    trail.add(key);
    try {
      const [first, ...rest] = traversal.steps;
      const firstName = first && "attribute" in first ? first.attribute : undefined;
      if (traversal.root === "var" && firstName) {
        const value = this.variable(firstName, modulePath);
        return "value" in value ? walkValue(value.value, rest, `var.${firstName}`) : value;
      }
      if (traversal.root === "local" && firstName) {
        const locals = (ownProperty(this.stack.locals, stripInstanceKeys(modulePath)) ?? {}) as Record<string, unknown>;
        if (!Object.prototype.hasOwnProperty.call(locals, firstName)) return { unresolved: `local.${firstName} is not defined` };
        return evaluateConfig(locals[firstName], rest, (t) => this.traversal(t, modulePath, trail), `local.${firstName}`);
      }
      if (RUNTIME_ROOTS.has(traversal.root) || traversal.root === "var" || traversal.root === "local") {
        return { unresolved: `${text} cannot be evaluated before apply` };
      }
      const target = this.resourceByTraversal(traversal, modulePath);
      if (!target) return { unresolved: `${text} is not in this configuration` };
      const [attributeStep, ...after] = target.rest;
      if (!attributeStep || !("attribute" in attributeStep)) return { unresolved: `${text} is a whole resource, not a value` };
      const attribute = attributeStep.attribute;
      const c = classify(target.resource.providerType, target.resource.type, target.resource.mode);
      const regionAttribute = c.kind === "classified" ? c.classification.regionAttribute : undefined;
      if (REGION_ATTRIBUTES.has(attribute) || attribute === regionAttribute) {
        // A reference to another resource's region is that resource's effective region.
        const resolved = this.resolveWithTrail(target.resource, trail);
        return resolved.region !== null ? walkValue(resolved.region, after, text) : { unresolved: `${text}: ${resolved.reason ?? resolved.status}` };
      }
      if (target.resource.mode === "data" && !this.literalValues && !this.hasArgument(target.resource, attribute)) {
        return { unresolved: `${text} is known only once the data source is read` };
      }
      if (this.hasArgument(target.resource, attribute)) {
        return this.argumentAt(target.resource, [attribute, ...after.map((s) => ("attribute" in s ? s.attribute : s.index))], trail);
      }
      return { unresolved: `${text} is known only after apply` };
    } finally {
      trail.delete(key);
    }
  }

  /** A variable's value: given (variable files, command line, plan), else its default; in a module, the call's argument. */
  private variable(name: string, modulePath: string): Evaluation {
    const scope = stripInstanceKeys(modulePath);
    const variable = ownProperty(ownProperty(this.stack.variables, scope) as Record<string, unknown> | undefined, name) as PolicyVariable | undefined;
    if (variable?.unresolved) return { unresolved: `var.${name}: ${variable.unresolved}` };
    if (scope !== "") {
      // A module's variable takes the call's argument when given: a constant proves it, references do not.
      const call = this.stack.moduleCalls.find((m) => m.path === scope);
      const expression = ownProperty(call?.expressions, name) as PlanExpression | undefined;
      if (expression) {
        const evaluated = evaluatePlanExpression(expression);
        return "value" in evaluated ? evaluated : { unresolved: `var.${name} (the ${scope} argument): ${evaluated.unresolved}` };
      }
      if (call && isSet(ownProperty(call.arguments, name))) return { unresolved: `var.${name} is given by ${scope}, whose contents this input does not hold` };
    }
    if (!variable) return { unresolved: `var.${name} is not declared` };
    if (!variable.hasValue) return { unresolved: `var.${name} has no value (given only at apply time)` };
    if (variable.value === null || variable.value === undefined) return { unresolved: `var.${name} is null` };
    return { value: variable.value };
  }
}
