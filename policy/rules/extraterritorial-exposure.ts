import { RegionCatalogue, SECNUMCLOUD_QUALIFICATION } from "../catalogue";
import { NO_VIOLATIONS, type PolicyRule } from "../rule";
import { EXPOSURE_RULE_ID } from "../waivers";

/**
 * extraterritorial-exposure. Compliant: outside the sovereign target (which no-extraterritorial-
 * provider guards), no resource is held by a company subject to non-EU law while its stack's data
 * classification requires a qualification it lacks (SecNumCloud for health data; a global service lacks SecNumCloud,
 * its place being region-qualified's to judge). The legacy estate
 * is reported here; the built-in waiver silences it until the migration deadline, so CI turns red if
 * Azure still holds health data after it. Exposure of synthetic data is a warning. What the data
 * requires comes from its classification (never lowered by the stack's role), or from --require.
 */
export const extraterritorialExposure: PolicyRule = {
  id: EXPOSURE_RULE_ID,
  level: "error",
  explanation:
    "Data held by a company subject to extraterritorial law (the US CLOUD Act for Microsoft) can be demanded by a foreign government: the legacy Azure estate may hold health data only until the migration deadline.",
  compliant: "No resource outside the sovereign target is held by an extraterritorial operator while its data needs qualifications that operator's region lacks.",
  checkResource(context) {
    const { stack, operator, held, region } = context;
    if (stack.role === "sovereign" || !operator || !RegionCatalogue.isExtraterritorial(operator) || region.status === "region-less") return NO_VIOLATIONS;
    // What the data needs, whatever the role says (the legacy role itself requires only eu and hds); --require wins.
    const { requires, basis } = stack.requirement(stack.role, true);
    // A global service has no region whose qualifications could be held or lacked (region-qualified reports
    // that it cannot be placed): of what the data needs, it lacks for sure what no extraterritorial
    // operator can hold, SecNumCloud.
    const lacking = region.status === "global" ? requires.filter((q) => q === SECNUMCLOUD_QUALIFICATION) : requires.filter((q) => !held.includes(q));
    const laws = operator.extraterritorialLaws.join(", ");
    if (lacking.length === 0) {
      return [{ severity: "warning", message: `held by ${operator.name}: exposed to ${laws}` }];
    }
    return [{ message: `held by ${operator.name}, exposed to ${laws}; lacks ${lacking.join(", ")} required by ${basis}` }];
  },
};
