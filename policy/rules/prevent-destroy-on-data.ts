import { isDataStore } from "../data-stores";
import { NO_VIOLATIONS, type PolicyRule, type RuleViolation } from "../rule";

/** The warning on every data store of a plan (one shared list: a plan has thousands of them). */
const UNRECORDED: readonly RuleViolation[] = Object.freeze([
  Object.freeze({ severity: "warning" as const, message: "this input (plan JSON) does not record lifecycle.prevent_destroy: check the configuration" }),
]);

/**
 * prevent-destroy-on-data. Compliant: every data-bearing resource (volume, bucket, database, storage
 * account, key vault ...) sets `lifecycle { prevent_destroy = true }`, so no plan can delete it.
 */
export const preventDestroyOnData: PolicyRule = {
  id: "prevent-destroy-on-data",
  level: "error",
  explanation: "A rename or a refactoring can make Terraform plan to destroy a data store: prevent_destroy turns that plan into an error instead of lost health data.",
  compliant: "Data-bearing resources set lifecycle.prevent_destroy = true.",
  checkResource(context) {
    const { resource } = context;
    if (!isDataStore(resource.type)) return NO_VIOLATIONS;
    if (resource.preventDestroy === undefined) {
      return UNRECORDED;
    }
    return resource.preventDestroy ? NO_VIOLATIONS : [{ message: `${resource.type} holds data but lacks lifecycle.prevent_destroy = true` }];
  },
};
