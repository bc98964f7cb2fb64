import { SECNUMCLOUD_QUALIFICATION, type RegionEntry } from "../catalogue";
import type { ResolvedRegion } from "../regions";
import { NO_VIOLATIONS, type PolicyRule, type ResourceContext, type RuleViolation, type SecondaryJudgement, type Severity } from "../rule";

/** How a place with no region weighs: a warning, an error where the stack requires SecNumCloud (nothing unplaced qualifies). */
function globalSeverity(required: readonly string[]): Severity {
  return required.includes(SECNUMCLOUD_QUALIFICATION) ? "error" : "warning";
}

/** `secnumcloud (in-progress)`: a missing qualification, with its status where the region is on its way to it. */
function lacking(entry: RegionEntry, ids: readonly string[]): string {
  return ids.map((id) => (entry.qualifications[id]?.status === "in-progress" ? `${id} (in progress)` : id)).join(", ");
}

/** What a region entry misses of the requirement, in words, or undefined when it holds everything. */
function shortfall(entry: RegionEntry, held: readonly string[], context: ResourceContext): { text: string; missing: string[] } | undefined {
  const missing = context.required.filter((q) => !held.includes(q));
  if (missing.length === 0) return undefined;
  const outside = missing.includes("eu") ? `lies outside the EU (${entry.country})` : undefined;
  const others = missing.filter((q) => q !== "eu");
  const problems = [outside, others.length > 0 ? `lacks ${lacking(entry, others)}` : undefined].filter(Boolean).join(" and ");
  return { text: `${problems}; required: ${context.required.join(", ")} (${context.requiredBasis})`, missing };
}

/** A shortfall worked out for one region entry, held list and requirement. */
interface KnownShortfall {
  readonly entry: RegionEntry;
  readonly required: readonly string[];
  readonly basis: string;
  readonly shortfall: ReturnType<typeof shortfall>;
}

/** Shortfalls by held list: the engine shares one held list and one requirement among a place's resources. */
const knownShortfalls = new WeakMap<readonly string[], KnownShortfall[]>();

/** shortfall, worked out once for the thousands of resources of a scan that sit in one place. */
function memoisedShortfall(entry: RegionEntry, held: readonly string[], context: ResourceContext): ReturnType<typeof shortfall> {
  let known = knownShortfalls.get(held);
  if (!known) knownShortfalls.set(held, (known = []));
  for (const k of known) if (k.entry === entry && k.required === context.required && k.basis === context.requiredBasis) return k.shortfall;
  const result = shortfall(entry, held, context);
  if (known.length < 8) known.push({ entry, required: context.required, basis: context.requiredBasis, shortfall: result });
  return result;
}

function globalViolation(subject: string, reason: string | undefined, context: ResourceContext): RuleViolation {
  const severity = globalSeverity(context.required);
  const escalated = severity === "error" ? `; required: ${context.required.join(", ")} (${context.requiredBasis}), and SecNumCloud admits nothing outside a qualified region` : "";
  return {
    severity,
    message: `${subject} has no region (${reason ?? "global"}); it cannot be proven to stay in a qualified region${escalated}`,
    ...(severity === "error" ? { missingQualifications: [SECNUMCLOUD_QUALIFICATION] } : {}),
  };
}

/** A secondary place judged like the region: unresolved, global, unknown to the catalogue, or short of a qualification. */
function secondaryViolation(place: SecondaryJudgement, context: ResourceContext): RuleViolation | undefined {
  const subject = `${place.where} (${place.why})`;
  if (place.status === "global") return globalViolation(subject, place.reason, context);
  if (place.status === "unresolved" || place.region === null) return { message: `${subject}: cannot be proven to stay in a qualified region: ${place.reason ?? "unresolved"}` };
  if (!place.entry) return { message: `${subject}: region '${place.region}' ${place.entryReason ?? `of ${context.resource.providerType} is not in the region catalogue: unqualified`}` };
  const short = shortfall(place.entry, place.held, context);
  return short ? { message: `${subject}: region '${place.region}' ${short.text}`, missingQualifications: short.missing } : undefined;
}

/**
 * The violation of an unresolved region, by region: the resolver shares one region object among the
 * thousands of resources a provider configuration places, so they share one message and one list.
 */
const unresolvedViolations = new WeakMap<ResolvedRegion, readonly RuleViolation[]>();

function unresolvedViolation(region: ResolvedRegion): readonly RuleViolation[] {
  let violations = unresolvedViolations.get(region);
  if (!violations) unresolvedViolations.set(region, (violations = Object.freeze([{ message: `effective region cannot be resolved before apply: ${region.reason}` }])));
  return violations;
}

/** What the resource's own region (its secondary places apart) violates, each list made at its size. */
function regionViolations(context: ResourceContext): readonly RuleViolation[] {
  const { resource, region, entry, entryReason, held } = context;
  switch (region.status) {
    case "region-less":
      return NO_VIOLATIONS;
    case "global":
      return [globalViolation(resource.type, region.reason, context)];
    case "unclassified":
      return [{ message: `cannot tell where ${resource.type} lives: ${region.reason}` }];
    case "unresolved":
      return unresolvedViolation(region);
    case "resolved": {
      const where = `region '${region.region}' (${region.via})`;
      // A region name counts only with its cloud: the reason says which part is missing.
      if (!entry) return [{ message: `${where} ${entryReason ?? `of ${resource.providerType} is not in the region catalogue: unqualified`}` }];
      const short = memoisedShortfall(entry, held, context);
      const lacks: RuleViolation | undefined = short ? { message: `${where} ${short.text}`, missingQualifications: short.missing } : undefined;
      const caveat: RuleViolation | undefined = region.caveat ? { severity: "warning", message: `${where}: ${region.caveat}` } : undefined;
      if (lacks && caveat) return [lacks, caveat];
      if (lacks) return [lacks];
      return caveat ? [caveat] : NO_VIOLATIONS;
    }
  }
}

/**
 * region-qualified: the design card's rule. Compliant: the resource's effective region, with its cloud
 * (the provider's endpoint, or the cloud its provider type fixes), is in the region catalogue, lies in
 * the EU and holds every qualification its stack requires (sovereign target: secnumcloud + hds for
 * health data; legacy estate: hds), each with real evidence; and so does every other place its data
 * goes (replicas and failover locations, the region pair of geo-redundant copies, failover partners,
 * replication destinations, the resources an ARM template deploys). An unresolvable region, a region
 * missing from the catalogue, a region name whose cloud is unknown or a type nobody classified is a
 * finding, never a pass. A global or edge service is a warning, an error where SecNumCloud is required;
 * a region the provider block gives and the applying machine's environment can override is a warning.
 */
export const regionQualified: PolicyRule = {
  id: "region-qualified",
  level: "error",
  explanation:
    "Proof that every resource sits in a qualified EU region: a resource whose region (or replica, geo-redundant copy, failover partner) is outside the EU, unknown to the catalogue, unresolvable before apply or lacking a required qualification may put health data where the law forbids it.",
  compliant: "The effective region and every secondary location resolve, are in the region catalogue, are in the EU and hold every qualification the stack requires.",
  checkResource(context): readonly RuleViolation[] {
    const own = regionViolations(context);
    // A resource without a region to judge has no secondary places judged either.
    if (context.region.status === "region-less" || context.region.status === "unclassified" || context.secondary.length === 0) return own;
    const violations = [...own];
    for (const place of context.secondary) {
      const violation = secondaryViolation(place, context);
      if (violation) violations.push(violation);
    }
    return violations;
  },
};
