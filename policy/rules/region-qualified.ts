import type { PolicyRule, RuleViolation } from "../rule";

/**
 * region-qualified: the design card's rule. Compliant: the resource's effective region, with its cloud
 * (the provider's endpoint, or the cloud its provider type fixes), is in the region catalogue, lies in
 * the EU and holds every qualification its stack requires (sovereign target: secnumcloud + hds for
 * health data; legacy estate: hds), each with real evidence. An unresolvable region, a region missing
 * from the catalogue, a region name whose cloud is unknown or a type nobody classified is a finding,
 * never a pass.
 */
export const regionQualified: PolicyRule = {
  id: "region-qualified",
  level: "error",
  explanation:
    "Proof that every resource sits in a qualified EU region: a resource whose region is outside the EU, unknown to the catalogue, unresolvable before apply or lacking a required qualification may put health data where the law forbids it.",
  compliant: "The effective region resolves, is in the region catalogue, is in the EU and holds every qualification the stack requires.",
  checkResource(context): RuleViolation[] {
    const { resource, region, entry, entryReason, held, required, requiredBasis } = context;
    switch (region.status) {
      case "region-less":
        return [];
      case "global":
        return [{ severity: "warning", message: `${resource.type} has no region (${region.reason}); it cannot be proven to stay in a qualified region` }];
      case "unclassified":
        return [{ message: `cannot tell where ${resource.type} lives: ${region.reason}` }];
      case "unresolved":
        return [{ message: `effective region cannot be resolved before apply: ${region.reason}` }];
    }
    const where = `region '${region.region}' (${region.via})`;
    if (!entry) {
      // A region name counts only with its cloud: the reason says which part is missing.
      return [{ message: `${where} ${entryReason ?? `of ${resource.providerType} is not in the region catalogue: unqualified`}` }];
    }
    const missing = required.filter((q) => !held.includes(q));
    if (missing.length === 0) return [];
    const outside = missing.includes("eu") ? `lies outside the EU (${entry.country})` : undefined;
    const lacking = missing.filter((q) => q !== "eu");
    const problems = [outside, lacking.length > 0 ? `lacks ${lacking.join(", ")}` : undefined].filter(Boolean).join(" and ");
    return [{ message: `${where} ${problems}; required: ${required.join(", ")} (${requiredBasis})` }];
  },
};
