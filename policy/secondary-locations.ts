/**
 * Every place a resource's data goes besides its own region: replicas and failover locations in nested
 * blocks, geo-redundant copies in the region's pair (catalogue `pairedRegions`), failover partners and
 * replication destinations (other resources), the resources an ARM template deploys, sync targets, and the
 * service endpoints a provider configuration overrides. Which arguments hold them is in the
 * classification (policy/generate-classification.ts, policy/location-facts.ts); this module reads them
 * with the resolver, as the primary region is read. The engine then judges each place like the primary
 * region (same catalogue lookup, same required qualifications): policy/rules/region-qualified.ts.
 */
import { templateLocations, type TemplateScope } from "./arm-template";
import { dynamicContents, dynamicDefinitions } from "./blocks";
import type { ArgumentPath, SecondaryLocation, TypeClassification } from "./classification";
import { providerFacts } from "./classification";
import { isResolved, type Evaluation } from "./expressions/evaluation";
import { planExpressionAt } from "./expressions/plan-expression";
import { isObject } from "./json";
import type { PolicyResource } from "./model";
import type { RegionResolver, ResolvedRegion } from "./regions";

/** One secondary place, resolved as far as the input allows. */
export interface SecondaryPlace {
  /** Where it is said: `geo_location[1].location`, `account_replication_type`, `template_content resources[0] (...)`. */
  readonly where: string;
  /** What it is, in words (the classification's `why`, or the kind). */
  readonly why: string;
  /** `resolved`: a region name; `global`: an edge or global place; `unresolved`: `reason` says why. */
  readonly status: "resolved" | "unresolved" | "global";
  readonly region: string | null;
  readonly reason?: string;
}

/** What the secondary places of a region pair need from the catalogue: the primary's pairs. */
export type PairLookup = (region: string) => { readonly pairs: readonly string[] } | { readonly reason: string };

type Step = string | number;
type Leaf = { readonly path: readonly Step[] } | { readonly path: readonly Step[]; readonly unresolved: string };

function pathText(path: readonly Step[]): string {
  return path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

/** Whether a plan marks the value at a path as known only after apply (`after_unknown`). */
function unknownAt(resource: PolicyResource, path: readonly Step[]): boolean {
  let unknown: unknown = resource.unknown;
  for (const key of path) {
    if (unknown === true) return true;
    unknown = Array.isArray(unknown) || isObject(unknown) ? (unknown as Record<string, unknown>)[key] : undefined;
  }
  return unknown === true;
}

/**
 * Whether a plan's configuration sets an argument: a value known only after apply that the configuration
 * does not set is computed by the provider (a replica's `source_server_id` of a server that is none), not set.
 */
function configured(resource: PolicyResource, path: readonly Step[]): boolean {
  return resource.expressions === undefined || planExpressionAt(resource.expressions, path) !== undefined;
}

/**
 * The concrete argument paths a classification path (with `*` for each block) stands for in one resource:
 * each block of a list (HCL, plans), the one object cdktf writes for a single block, each `dynamic` block's
 * content (its iterator is not evaluated: a location taken from it is unresolved). A block list given as a
 * whole expression, or known only after apply, is one unresolved leaf.
 */
export function expandPath(resource: PolicyResource, path: ArgumentPath, resolver: RegionResolver): Leaf[] {
  const leaves: Leaf[] = [];
  const walk = (current: unknown, done: Step[], rest: readonly string[]): void => {
    if (rest.length === 0) {
      leaves.push({ path: done });
      return;
    }
    const [step, ...after] = rest;
    if (step === "*") {
      if (Array.isArray(current)) current.forEach((element, i) => walk(element, [...done, i], after));
      else if (isObject(current)) walk(current, done, after);
      else if (typeof current === "string") leaves.push({ path: done, unresolved: unresolvedAt(resource, done, resolver) });
      return;
    }
    if (Array.isArray(current)) {
      // A nested block written as a list where a single block was expected: read each.
      current.forEach((element, i) => walk(element, [...done, i], rest));
      return;
    }
    if (typeof current === "string") {
      leaves.push({ path: done, unresolved: unresolvedAt(resource, done, resolver) });
      return;
    }
    if (!isObject(current)) return;
    const child = Object.prototype.hasOwnProperty.call(current, step) ? current[step] : undefined;
    if (child !== undefined && child !== null) walk(child, [...done, step], after);
    else if (unknownAt(resource, [...done, step]) && configured(resource, [...done, step])) leaves.push({ path: [...done, step], unresolved: "known only after apply" });
    // A dynamic block generating blocks of this type (in any of its JSON forms): its content, once per definition.
    if (current.dynamic === undefined) return;
    for (const { path: dynamicPath, definition } of dynamicDefinitions(current, step)) {
      const base: Step[] = [...done, ...dynamicPath];
      const contents = dynamicContents(definition);
      if (!contents) leaves.push({ path: base, unresolved: `a dynamic ${step} block whose content is not a block` });
      else for (const c of contents) walk(c.content, [...base, ...c.path], after[0] === "*" ? after.slice(1) : after);
    }
  };
  walk(resource.values, [], path);
  return leaves;
}

/** Why a value standing where blocks were expected cannot be read (an expression for the whole list). */
function unresolvedAt(resource: PolicyResource, path: readonly Step[], resolver: RegionResolver): string {
  const evaluated = resolver.attribute(resource, path);
  return isResolved(evaluated) ? "an expression for the whole block list, which the policy does not expand" : evaluated.unresolved;
}

/** A string value at a path, null when unset, or why it cannot be read. */
function stringAt(resource: PolicyResource, path: readonly Step[], resolver: RegionResolver): { value: string | null } | { unresolved: string } {
  const evaluated: Evaluation = resolver.attribute(resource, path);
  if (!isResolved(evaluated)) return /does not exist$|: not set$|^not set$/.test(evaluated.unresolved) ? { value: null } : { unresolved: evaluated.unresolved };
  const value = evaluated.value;
  if (value === null || value === undefined || value === "") return { value: null };
  if (typeof value === "string") return { value };
  if (typeof value === "boolean" || typeof value === "number") return { value: String(value) };
  return { unresolved: `is not a string (${Array.isArray(value) ? "a list" : typeof value})` };
}

function regionPlaces(resource: PolicyResource, location: Extract<SecondaryLocation, { kind: "region" }>, resolver: RegionResolver): SecondaryPlace[] {
  const why = location.why ?? "a region the resource also uses";
  return expandPath(resource, location.path, resolver).flatMap((leaf): SecondaryPlace[] => {
    const where = pathText(leaf.path);
    if ("unresolved" in leaf) return [{ where, why, status: "unresolved", region: null, reason: leaf.unresolved }];
    const value = stringAt(resource, leaf.path, resolver);
    if ("unresolved" in value) return [{ where, why, status: "unresolved", region: null, reason: value.unresolved }];
    return value.value === null ? [] : [{ where, why, status: "resolved", region: value.value }];
  });
}

/** Whether the replication's `unless` setting turns it off (an unresolvable one does not: fail closed). */
function turnedOff(resource: PolicyResource, location: Extract<SecondaryLocation, { kind: "replication" }>, resolver: RegionResolver): boolean {
  if (!location.unless) return false;
  const leaf = expandPath(resource, location.unless.setting, resolver)[0];
  if (!leaf || "unresolved" in leaf) return false;
  const read = stringAt(resource, leaf.path, resolver);
  return "value" in read && read.value !== null && location.unless.values.some((v) => v.toLowerCase() === read.value?.toLowerCase());
}

function replicationPlaces(resource: PolicyResource, location: Extract<SecondaryLocation, { kind: "replication" }>, resolver: RegionResolver, primary: ResolvedRegion, pairsOf: PairLookup): SecondaryPlace[] {
  const setting = location.setting;
  let where = "by design";
  if (setting) {
    const leaves = expandPath(resource, setting, resolver);
    const leaf = leaves[0];
    where = leaf ? pathText(leaf.path) : setting.filter((s) => s !== "*").join(".");
    let value: string | null = null;
    if (leaf && "unresolved" in leaf) return [{ where, why: location.why, status: "unresolved", region: null, reason: `cannot tell whether it replicates: ${leaf.unresolved}` }];
    if (leaf) {
      const read = stringAt(resource, leaf.path, resolver);
      if ("unresolved" in read) return [{ where, why: location.why, status: "unresolved", region: null, reason: `cannot tell whether it replicates: ${read.unresolved}` }];
      value = read.value;
    }
    const on = value === null ? location.whenUnset === true : (location.when ?? []).some((w) => w.toLowerCase() === value?.toLowerCase());
    if (!on || turnedOff(resource, location, resolver)) return [];
    where = value === null ? `${where} (unset: the default replicates)` : `${where} = ${value}`;
  }
  if (location.destination === "unnamed-region") {
    return [{ where, why: location.why, status: "unresolved", region: null, reason: "the copy goes to a region the configuration does not name" }];
  }
  // The primary region's own finding covers a primary that cannot be resolved.
  if (primary.status !== "resolved" || primary.region === null) return [];
  const pairs = pairsOf(primary.region);
  if ("reason" in pairs) return [{ where, why: location.why, status: "unresolved", region: null, reason: pairs.reason }];
  if (pairs.pairs.length === 0) {
    if (location.withoutPair === "stays-in-region") return [];
    return [{ where, why: location.why, status: "unresolved", region: null, reason: `region '${primary.region}' has no paired region in the catalogue: where the copy goes is not known` }];
  }
  return pairs.pairs.map((pair) => ({ where: `${where} → pair of '${primary.region}'`, why: location.why, status: "resolved" as const, region: pair }));
}

function partnerPlaces(resource: PolicyResource, location: Extract<SecondaryLocation, { kind: "partner" }>, resolver: RegionResolver): SecondaryPlace[] {
  return expandPath(resource, location.path, resolver).flatMap((leaf): SecondaryPlace[] => {
    const where = pathText(leaf.path);
    if ("unresolved" in leaf) return [{ where, why: location.why, status: "unresolved", region: null, reason: leaf.unresolved }];
    const value = stringAt(resource, leaf.path, resolver);
    if ("value" in value && value.value === null) return [];
    const target = resolver.target(resource, leaf.path, location.type);
    if ("unresolved" in target) return [{ where, why: location.why, status: "unresolved", region: null, reason: `${target.unresolved}: the partner is outside this configuration` }];
    const region = resolver.resolve(target.resource);
    const at = `${where} → ${target.resource.address}`;
    if (region.status === "resolved") return [{ where: at, why: location.why, status: "resolved", region: region.region }];
    if (region.status === "global") return [{ where: at, why: location.why, status: "global", region: null, reason: region.reason }];
    return [{ where: at, why: location.why, status: "unresolved", region: null, reason: region.reason ?? region.status }];
  });
}

function externalTargetPlaces(resource: PolicyResource, location: Extract<SecondaryLocation, { kind: "external-target" }>, resolver: RegionResolver): SecondaryPlace[] {
  return expandPath(resource, location.path, resolver).flatMap((leaf): SecondaryPlace[] => {
    const where = pathText(leaf.path);
    if ("unresolved" in leaf) return [{ where, why: location.why, status: "unresolved", region: null, reason: leaf.unresolved }];
    const value = stringAt(resource, leaf.path, resolver);
    if ("value" in value && value.value === null) return [];
    const target = "value" in value ? `'${value.value}'` : `an expression (${value.unresolved})`;
    return [{ where, why: location.why, status: "unresolved", region: null, reason: `targets ${target}: no region of the catalogue can be proven to hold it` }];
  });
}

function templatePlaces(resource: PolicyResource, location: Extract<SecondaryLocation, { kind: "arm-template" }>, resolver: RegionResolver, primary: ResolvedRegion): SecondaryPlace[] {
  const why = "a resource the ARM template deploys";
  const template = stringAt(resource, [location.template], resolver);
  if ("unresolved" in template) return [{ where: location.template, why, status: "unresolved", region: null, reason: template.unresolved }];
  if (template.value === null) {
    // A template spec, or nothing at all: what it deploys is not in this configuration.
    return [{ where: location.template, why, status: "unresolved", region: null, reason: "the template is not in this configuration (a template spec, or none)" }];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(template.value);
  } catch {
    return [{ where: location.template, why, status: "unresolved", region: null, reason: "is not valid JSON" }];
  }
  let parameters: unknown = {};
  const given = stringAt(resource, [location.parameters], resolver);
  if ("unresolved" in given) return [{ where: location.parameters, why, status: "unresolved", region: null, reason: given.unresolved }];
  if (given.value !== null) {
    try {
      parameters = JSON.parse(given.value);
    } catch {
      return [{ where: location.parameters, why, status: "unresolved", region: null, reason: "is not valid JSON" }];
    }
  }
  // An ARM parameters file wraps them in `parameters`; parameters_content may be either form.
  if (isObject(parameters) && isObject(parameters.parameters) && typeof parameters.$schema === "string") parameters = parameters.parameters;
  const scope: TemplateScope = {
    resourceGroupScope: location.scope === "resource-group",
    deploymentRegion: primary.status === "resolved" && primary.region !== null ? { region: primary.region } : { unresolved: `the deployment's own region is unresolved (${primary.reason ?? primary.status})` },
  };
  return templateLocations(parsed, parameters, scope).map((found): SecondaryPlace => {
    if ("unresolved" in found.location) return { where: found.where, why, status: "unresolved", region: null, reason: found.location.unresolved };
    if (found.location.region.toLowerCase() === "global") return { where: found.where, why, status: "global", region: null, reason: "the template deploys it with location 'global'" };
    return { where: found.where, why, status: "resolved", region: found.location.region };
  });
}

/** Service endpoints the resource's provider configuration overrides (OpenStack `endpoint_overrides`). */
function endpointOverridePlaces(resource: PolicyResource, resolver: RegionResolver): SecondaryPlace[] {
  const argument = providerFacts(resource.providerType)?.endpointOverrides;
  if (!argument) return [];
  const setting = resolver.providerSetting(resource, argument);
  if (setting === undefined) return [];
  const where = `provider ${resource.providerKey} ${argument}`;
  const why = "service endpoints the provider configuration sets instead of the cloud's catalogue";
  if (!isResolved(setting)) return [{ where, why, status: "unresolved", region: null, reason: setting.unresolved }];
  if (!isObject(setting.value)) return [{ where, why, status: "unresolved", region: null, reason: "is not a map of service endpoints" }];
  const services = Object.entries(setting.value).filter(([, url]) => url !== null && url !== "");
  if (services.length === 0) return [];
  const shown = services.map(([service, url]) => `${service} → ${typeof url === "string" && !url.includes("${") ? url : "an expression"}`).join(", ");
  return [{ where, why, status: "unresolved", region: null, reason: `sends ${shown}: the catalogue cannot tell which cloud and region serve them` }];
}

/** Whether a resource can have secondary places (its type's facts, or a provider configuration that overrides endpoints): a cheap test. */
export function mayHaveSecondaryPlaces(resource: PolicyResource, classification: TypeClassification | undefined, resolver: RegionResolver): boolean {
  if ((classification?.secondary?.length ?? 0) > 0) return true;
  const argument = providerFacts(resource.providerType)?.endpointOverrides;
  return argument !== undefined && resolver.anyProviderSets(argument) && resolver.providerSetting(resource, argument) !== undefined;
}

/** Every secondary place of a managed resource. */
export function secondaryPlaces(resource: PolicyResource, classification: TypeClassification | undefined, resolver: RegionResolver, primary: ResolvedRegion, pairsOf: PairLookup): SecondaryPlace[] {
  const places: SecondaryPlace[] = [];
  for (const location of classification?.secondary ?? []) {
    switch (location.kind) {
      case "region":
        places.push(...regionPlaces(resource, location, resolver));
        break;
      case "replication":
        places.push(...replicationPlaces(resource, location, resolver, primary, pairsOf));
        break;
      case "partner":
        places.push(...partnerPlaces(resource, location, resolver));
        break;
      case "external-target":
        places.push(...externalTargetPlaces(resource, location, resolver));
        break;
      case "arm-template":
        places.push(...templatePlaces(resource, location, resolver, primary));
        break;
    }
  }
  places.push(...endpointOverridePlaces(resource, resolver));
  return places;
}
