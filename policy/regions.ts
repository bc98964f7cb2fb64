/**
 * Effective region: where a resource will really live. Its own `region`/`location`, else its
 * provider configuration's (aliases included), else its parent's (a subnet lives where its virtual
 * network lives), following `${var.x}`, `${local.x}`, `${resource.attr}` and, in plans, the
 * configuration's expressions and module calls. A region it cannot resolve is reported with the
 * reason, never guessed.
 */
import { classify, type TypeClassification } from "./classification";
import type { PlanExpression, PolicyProvider, PolicyResource, PolicyStack } from "./model";

export type RegionStatus = "resolved" | "unresolved" | "region-less" | "global" | "unclassified";

export interface ResolvedRegion {
  readonly status: RegionStatus;
  /** The region as the configuration spells it, or null. */
  readonly region: string | null;
  /** How it was found, e.g. `location`, `provider openstack.paris`, `parent azurerm_virtual_network.hub`. */
  readonly via?: string;
  /** Why there is no region (unresolved, unclassified, region-less, global). */
  readonly reason?: string;
}

type Evaluated = { value: string } | { unresolved: string };

/** A provider argument naming its cloud's endpoint: its value, not set, or not evaluable before apply. */
export type ProviderEndpoint = { readonly kind: "set"; readonly value: string } | { readonly kind: "unset" } | { readonly kind: "unresolved"; readonly reason: string };

const UNSET_ENDPOINT: ProviderEndpoint = { kind: "unset" };

const REFERENCE = /^[A-Za-z_][\w-]*(?:\.[\w-]+|\[[^\]]*\])*$/;
const SINGLE_INTERPOLATION = /^\$\{([^{}]*)\}$/;
/** Attributes that hold a region, whatever the type calls it. */
const REGION_ATTRIBUTES = new Set(["region", "location"]);

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** Reference parts without index brackets: `azurerm_subnet.s[0].id` → [azurerm_subnet, s, id]. */
function referenceParts(reference: string): string[] {
  return reference.replace(/\[[^\]]*\]/g, "").split(".");
}

const configPaths = new Map<string, string>();

/** A module path without instance keys (`module.a[0]` → `module.a`), cached: scans ask it per resource. */
function configPath(modulePath: string): string {
  if (!modulePath.includes("[")) return modulePath;
  let path = configPaths.get(modulePath);
  if (path === undefined) {
    path = modulePath.replace(/\[[^\]]*\]/g, "");
    configPaths.set(modulePath, path);
  }
  return path;
}

function parentModule(modulePath: string): string {
  const index = modulePath.lastIndexOf(".module.");
  return index < 0 ? "" : modulePath.slice(0, index);
}

/** Resolves effective regions within one stack (configuration). Results are memoised. */
export class RegionResolver {
  private readonly byAddress = new Map<string, PolicyResource>();
  private readonly byName = new Map<string, PolicyResource>();
  /** Provider configurations by module path, then key (`openstack.paris`). */
  private readonly providers = new Map<string, Map<string, PolicyProvider>>();
  private readonly memo = new Map<PolicyResource, ResolvedRegion>();
  private readonly providerRegions = new Map<PolicyProvider, ResolvedRegion>();
  private readonly identityEndpoints = new Map<PolicyProvider, string | undefined>();
  private readonly providerEndpoints = new Map<PolicyProvider, Map<string, ProviderEndpoint>>();
  private readonly literalValues: boolean;
  private indexed = false;
  /** The resources being resolved (reference cycles); empty between top-level calls. */
  private readonly trail = new Set<string>();

  constructor(private readonly stack: PolicyStack) {
    this.literalValues = stack.source === "plan";
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
      const key = `${configPath(resource.modulePath)}|${resource.localAddress}`;
      if (!this.byAddress.has(key)) this.byAddress.set(key, resource);
      const name = resource.values.name;
      if (typeof name === "string") {
        const nameKey = `${resource.modulePath}|${resource.mode}|${resource.type}|${name}`;
        if (!this.byName.has(nameKey)) this.byName.set(nameKey, resource);
      }
    }
  }

  /** The provider configuration a resource uses: its own module's, else inherited from the callers. */
  providerOf(resource: PolicyResource): PolicyProvider | undefined {
    let modulePath = configPath(resource.modulePath);
    for (;;) {
      const provider = this.providers.get(modulePath)?.get(resource.providerKey);
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
    const evaluated = this.providerArgument(provider, "auth_url", new Set());
    const endpoint = "value" in evaluated ? evaluated.value : undefined;
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
      const evaluated = this.providerArgument(provider, argument, new Set());
      endpoint = "value" in evaluated ? { kind: "set", value: evaluated.value } : { kind: "unresolved", reason: evaluated.unresolved };
      byArgument.set(argument, endpoint);
    }
    return endpoint;
  }

  /** The effective region of a resource or data source. */
  resolve(resource: PolicyResource): ResolvedRegion {
    return this.resolveWithTrail(resource, this.trail);
  }

  private resolveWithTrail(resource: PolicyResource, trail: Set<string>): ResolvedRegion {
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

  private compute(resource: PolicyResource, trail: Set<string>): ResolvedRegion {
    const classification = classify(resource.providerType, resource.type, resource.mode);
    if (classification.kind === "region-less") {
      return { status: "region-less", region: null, reason: `${resource.providerType} resources live only in Terraform state` };
    }
    if (classification.kind === "unclassified") {
      return { status: "unclassified", region: null, reason: `type ${resource.type} of provider ${resource.providerType} is not classified` };
    }
    return this.fromClassification(resource, classification.classification, trail);
  }

  private fromClassification(resource: PolicyResource, c: TypeClassification, trail: Set<string>): ResolvedRegion {
    if (c.readOnly) {
      // A plan has read most data sources already: their location is then in the planned values.
      const read = this.literalValues ? (resource.values.location ?? resource.values.region) : undefined;
      if (typeof read === "string") return { status: "resolved", region: read, via: "location read by the plan" };
      return { status: "unresolved", region: null, reason: `the location of ${resource.address} is known only once the data source is read` };
    }
    if (c.regionAttribute && this.hasArgument(resource, c.regionAttribute)) {
      const evaluated = this.argument(resource, c.regionAttribute, trail);
      return "value" in evaluated
        ? { status: "resolved", region: evaluated.value, via: c.regionAttribute }
        : { status: "unresolved", region: null, reason: `${c.regionAttribute}: ${evaluated.unresolved}` };
    }
    if (c.providerDefault) return this.fromProvider(resource, trail);
    const reasons: string[] = [];
    for (const parent of c.parents ?? []) {
      if (!this.hasArgument(resource, parent.attribute)) continue;
      const target = this.parentResource(resource, parent.attribute, parent.type);
      if ("unresolved" in target) {
        reasons.push(`${parent.attribute}: ${target.unresolved}`);
        continue;
      }
      const inherited = this.resolveWithTrail(target.resource, trail);
      if (inherited.status === "resolved") {
        return { status: "resolved", region: inherited.region, via: `parent ${target.resource.address} (${parent.attribute})` };
      }
      reasons.push(`${parent.attribute}: parent ${target.resource.address} has no region (${inherited.reason ?? inherited.status})`);
    }
    if (c.global) return { status: "global", region: null, reason: `${resource.type} lives in ${resource.providerType}'s global control plane` };
    if (reasons.length > 0) return { status: "unresolved", region: null, reason: reasons.join("; ") };
    const expected = [c.regionAttribute, ...(c.parents ?? []).map((p) => p.attribute)].filter(Boolean).join(", ");
    return { status: "unresolved", region: null, reason: `none of ${expected} is set` };
  }

  private fromProvider(resource: PolicyResource, trail: Set<string>): ResolvedRegion {
    const provider = this.providerOf(resource);
    if (!provider) {
      return { status: "unresolved", region: null, reason: `no provider configuration '${resource.providerKey}' in the configuration (its region would come from the environment at apply time)` };
    }
    // Thousands of resources share a few provider configurations: resolve each once.
    const cached = this.providerRegions.get(provider);
    if (cached) return cached;
    const evaluated = this.providerArgument(provider, "region", trail);
    const label = `provider ${provider.modulePath ? `${provider.modulePath}:` : ""}${provider.key}`;
    const resolved: ResolvedRegion =
      "value" in evaluated
        ? { status: "resolved", region: evaluated.value, via: label }
        : { status: "unresolved", region: null, reason: `${label} region: ${evaluated.unresolved}` };
    this.providerRegions.set(provider, resolved);
    return resolved;
  }

  private providerArgument(provider: PolicyProvider, name: string, trail: Set<string>): Evaluated {
    const expression = provider.expressions?.[name];
    if (expression) return this.planExpression(expression, provider.modulePath, trail);
    if (!isSet(provider.values[name])) return { unresolved: "not set (it would come from the environment at apply time)" };
    return this.expression(provider.values[name], provider.modulePath, trail);
  }

  /** Whether the resource sets an argument (a value, a plan unknown or a configuration expression). */
  private hasArgument(resource: PolicyResource, name: string): boolean {
    if (isSet(resource.values[name]) || resource.expressions?.[name] !== undefined) return true;
    // In a plan, an argument known only after apply that the configuration does not set is computed by
    // the provider (an OpenStack region from the provider's): not set. Without configuration, it is unknown.
    return resource.unknown?.[name] === true && resource.expressions === undefined;
  }

  /** Evaluates one argument of a resource to a string. */
  private argument(resource: PolicyResource, name: string, trail: Set<string>): Evaluated {
    const value = resource.values[name];
    if (this.literalValues) {
      if (typeof value === "string") return { value };
      const expression = resource.expressions?.[name];
      if (expression) {
        const evaluated = this.planExpression(expression, resource.modulePath, trail);
        if ("value" in evaluated || resource.unknown?.[name] !== true) return evaluated;
        return { unresolved: `known only after apply (${evaluated.unresolved})` };
      }
      return { unresolved: resource.unknown?.[name] === true ? "known only after apply" : "not set" };
    }
    return this.expression(value, resource.modulePath, trail);
  }

  /** Finds the parent a resource's argument points at: by reference, or by literal name. */
  private parentResource(resource: PolicyResource, attribute: string, parentType: string | undefined): { resource: PolicyResource } | { unresolved: string } {
    const references: string[] = [];
    const expression = resource.expressions?.[attribute];
    if (expression?.references) references.push(...expression.references);
    const value = resource.values[attribute];
    if (!this.literalValues && typeof value === "string") {
      const match = SINGLE_INTERPOLATION.exec(value.trim());
      if (match) references.push(match[1].trim());
      else if (value.includes("${")) {
        for (const m of value.matchAll(/\$\{([^{}]*)\}/g)) references.push(m[1].trim());
      }
    }
    for (const reference of references) {
      const target = this.resourceByReference(reference, resource.modulePath);
      if (target) return { resource: target };
    }
    if (references.length > 0) return { unresolved: `${references[0]} is not in this configuration` };
    if (typeof value === "string" && parentType) {
      this.index();
      const named = this.byName.get(`${resource.modulePath}|managed|${parentType}|${value}`);
      if (named) return { resource: named };
      return { unresolved: `no ${parentType} named '${value}' in this configuration` };
    }
    return { unresolved: "does not point at a resource of this configuration" };
  }

  private resourceByReference(reference: string, modulePath: string): PolicyResource | undefined {
    const parts = referenceParts(reference);
    const local = parts[0] === "data" ? parts.slice(0, 3).join(".") : parts.slice(0, 2).join(".");
    this.index();
    return this.byAddress.get(`${configPath(modulePath)}|${local}`);
  }

  /** Evaluates a configuration value (`${...}` strings of tf.json / HCL) to a string. */
  private expression(raw: unknown, modulePath: string, trail: Set<string>): Evaluated {
    if (!isSet(raw)) return { unresolved: "not set" };
    if (typeof raw !== "string") return { unresolved: `not a string (${JSON.stringify(raw)})` };
    if (!raw.includes("${")) return { value: raw };
    const match = SINGLE_INTERPOLATION.exec(raw.trim());
    const reference = match?.[1].trim();
    if (!reference || !REFERENCE.test(reference)) return { unresolved: `expression '${raw}' cannot be evaluated before apply` };
    return this.reference(reference, modulePath, trail);
  }

  private planExpression(expression: PlanExpression, modulePath: string, trail: Set<string>): Evaluated {
    if ("constant_value" in expression) {
      const constant = expression.constant_value;
      return typeof constant === "string" ? { value: constant } : { unresolved: `not a string (${JSON.stringify(constant)})` };
    }
    const references = expression.references ?? [];
    if (references.length === 0) return { unresolved: "expression cannot be evaluated before apply" };
    let first: Evaluated | undefined;
    for (const reference of references) {
      const evaluated = this.reference(reference, modulePath, trail);
      if ("value" in evaluated) return evaluated;
      first ??= evaluated;
    }
    return first as Evaluated;
  }

  /** Follows one reference: var.x, local.x, data.t.n.attr, t.n.attr. */
  private reference(reference: string, modulePath: string, trail: Set<string>): Evaluated {
    const key = `${modulePath}|${reference}`;
    if (trail.has(key)) return { unresolved: `reference cycle through ${reference}` };
    trail.add(key);
    try {
      const parts = referenceParts(reference);
      if (parts[0] === "var" && parts[1]) return this.variable(parts[1], modulePath, trail);
      if (parts[0] === "local" && parts[1]) {
        const locals = this.stack.locals[modulePath] ?? {};
        if (!(parts[1] in locals)) return { unresolved: `local.${parts[1]} is not defined` };
        return this.expression(locals[parts[1]], modulePath, trail);
      }
      if (["module", "each", "count", "path", "terraform", "self"].includes(parts[0])) {
        return { unresolved: `${reference} cannot be evaluated before apply` };
      }
      const target = this.resourceByReference(reference, modulePath);
      if (!target) return { unresolved: `${reference} is not in this configuration` };
      const attribute = parts[0] === "data" ? parts[3] : parts[2];
      if (attribute === undefined) return { unresolved: `${reference} is a whole resource, not a string` };
      const c = classify(target.providerType, target.type, target.mode);
      const regionAttribute = c.kind === "classified" ? c.classification.regionAttribute : undefined;
      if (REGION_ATTRIBUTES.has(attribute) || attribute === regionAttribute) {
        const resolved = this.resolveWithTrail(target, trail);
        return resolved.region !== null ? { value: resolved.region } : { unresolved: `${reference}: ${resolved.reason ?? resolved.status}` };
      }
      if (this.hasArgument(target, attribute)) return this.argument(target, attribute, trail);
      return { unresolved: `${reference} is known only after apply` };
    } finally {
      trail.delete(key);
    }
  }

  /** A variable's value: plan value, else the caller's module argument, else its default. */
  private variable(name: string, modulePath: string, trail: Set<string>): Evaluated {
    const scope = configPath(modulePath);
    const variable = this.stack.variables[scope]?.[name];
    if (variable && isSet(variable.value)) {
      return typeof variable.value === "string" ? { value: variable.value } : { unresolved: `var.${name} is not a string` };
    }
    if (scope !== "") {
      const call = this.stack.moduleCalls.find((m) => m.path === scope);
      const expression = call?.expressions?.[name];
      if (expression) return this.planExpression(expression, parentModule(scope), trail);
      if (call && isSet(call.arguments[name])) return this.expression(call.arguments[name], parentModule(scope), trail);
    }
    if (variable && isSet(variable.default)) {
      return this.literalValues
        ? typeof variable.default === "string" ? { value: variable.default } : { unresolved: `var.${name} is not a string` }
        : this.expression(variable.default, modulePath, trail);
    }
    if (!variable) return { unresolved: `var.${name} is not declared` };
    return { unresolved: `var.${name} has no value (given only at apply time)` };
  }
}
