import { RegionCatalogue } from "../catalogue";
import { isObject } from "../json";
import type { PolicyRule, RuleViolation, StackContext } from "../rule";

const ADDRESS = "terraform.backend";

/**
 * A backend argument as Terraform reads it: every backend argument is an attribute (the S3 backend's
 * `endpoints` an object), so a value that is a list here came from a key given twice, which Terraform
 * refuses ("Duplicate argument"): it is a problem, never its first definition.
 */
function stringArgument(config: Readonly<Record<string, unknown>>, ...path: string[]): { value: string | undefined } | { problem: string } {
  let value: unknown = config;
  for (let i = 0; i < path.length; i++) {
    value = isObject(value) && Object.prototype.hasOwnProperty.call(value, path[i]) ? value[path[i]] : undefined;
    if (Array.isArray(value)) return { problem: `${path.slice(0, i + 1).join(".")} is defined twice: Terraform refuses a duplicate argument` };
  }
  return { value: typeof value === "string" && value !== "" ? value : undefined };
}

/**
 * state-backend-qualified. Compliant: the stack's Terraform state (which holds every secret and
 * attribute of its resources) lives locally, or on an operator subject to no extraterritorial law in a
 * catalogue region that is in the EU and holds the stack's required qualifications; the region counts
 * only with its cloud: an S3 endpoint the catalogue lists for that region, or a Swift auth_url of the
 * region's offer.
 */
export const stateBackendQualified: PolicyRule = {
  id: "state-backend-qualified",
  level: "error",
  explanation:
    "Terraform state holds every attribute of every resource, secrets included: state on a US cloud (Azure storage, S3, HCP Terraform) or in an unqualified region leaks what the resources protect.",
  compliant: "The backend is local, or an S3/Swift store of a non-extraterritorial operator in a catalogue EU region (known by its endpoint) holding the stack's required qualifications.",
  checkStack(context: StackContext): RuleViolation[] {
    const { stack, catalogue } = context;
    const backend = stack.backend;
    // Plans and configurations without a backend block keep state locally.
    if (!backend || backend.type === "local") return [];
    const known = catalogue.backendOperator(backend.type);
    if (!known) return [{ address: ADDRESS, message: `backend '${backend.type}' is not in the region catalogue: cannot tell where the state lives` }];
    if (known.operator !== null) {
      const operator = catalogue.operator(known.operator);
      if (operator && RegionCatalogue.isExtraterritorial(operator)) {
        return [{ address: ADDRESS, message: `backend '${backend.type}' keeps state with ${operator.name}, subject to ${operator.extraterritorialLaws.join(", ")}` }];
      }
    }
    const problems: string[] = [];
    const argument = (...path: string[]): string | undefined => {
      const read = stringArgument(backend.config, ...path);
      if ("problem" in read) problems.push(read.problem);
      return "value" in read ? read.value : undefined;
    };
    let endpoint: string | undefined;
    let region: string | undefined;
    if (backend.type === "s3") {
      const endpoints = argument("endpoints", "s3");
      const legacy = argument("endpoint");
      region = argument("region");
      // Terraform refuses both together ("Conflicting Parameters"): neither proves where the state goes.
      if (endpoints !== undefined && legacy !== undefined) problems.push("endpoint and endpoints.s3 are both set: Terraform refuses them together");
      if (problems.length > 0) return [{ address: ADDRESS, message: `backend 's3': ${problems.join("; ")}: cannot prove where the state lives` }];
      endpoint = endpoints ?? legacy;
      if (!endpoint) {
        const aws = known.defaultOperator ? catalogue.operator(known.defaultOperator) : undefined;
        return [{ address: ADDRESS, message: `backend 's3' without endpoints.s3 is ${aws?.name ?? "AWS"} S3${aws ? `, subject to ${aws.extraterritorialLaws.join(", ")}` : ""}` }];
      }
    } else if (backend.type === "swift") {
      endpoint = argument("auth_url");
      region = argument("region_name");
      if (problems.length > 0) return [{ address: ADDRESS, message: `backend 'swift': ${problems.join("; ")}: cannot prove where the state lives` }];
    } else if (known.operator === null) {
      return [{ address: ADDRESS, message: `backend '${backend.type}': where the state lives depends on an endpoint the policy cannot judge` }];
    }
    if (endpoint) {
      const operator = catalogue.operatorOfEndpoint(endpoint);
      if (operator && RegionCatalogue.isExtraterritorial(operator)) {
        return [{ address: ADDRESS, message: `backend endpoint ${endpoint} is a ${operator.name} service, subject to ${operator.extraterritorialLaws.join(", ")}` }];
      }
    }
    if (!region) return [{ address: ADDRESS, message: `backend '${backend.type}' names no region: cannot prove the state stays in a qualified region` }];
    let entry;
    if (backend.type === "s3") {
      // The S3 endpoint is the cloud: a region name alone could be any S3-compatible store's.
      entry = endpoint ? catalogue.regionOfS3Endpoint(endpoint) : undefined;
      if (!entry) return [{ address: ADDRESS, message: `backend endpoint ${endpoint} is not the S3 endpoint of any region of the catalogue: cannot prove where the state lives` }];
      if (!RegionCatalogue.spells(entry, region)) return [{ address: ADDRESS, message: `backend region '${region}' is not the region of ${endpoint}, which serves '${entry.region}'` }];
    } else {
      const match = catalogue.match("openstack", region, endpoint ? { kind: "set", value: endpoint } : { kind: "unset" });
      entry = match.entry;
      if (!entry) return [{ address: ADDRESS, message: `backend region '${region}' ${match.reason ?? "is not in the region catalogue: unqualified"}` }];
    }
    const operator = catalogue.operatorOfRegion(entry);
    if (operator && RegionCatalogue.isExtraterritorial(operator)) {
      return [{ address: ADDRESS, message: `backend region '${region}' is operated by ${operator.name}, subject to ${operator.extraterritorialLaws.join(", ")}` }];
    }
    const { requires: required } = context.requirement(context.role === "migration" ? undefined : context.role);
    const held = RegionCatalogue.heldQualifications(entry, context.today);
    const missing = required.filter((q) => !held.includes(q));
    if (missing.length > 0) return [{ address: ADDRESS, message: `backend region '${region}' lacks ${missing.join(", ")} (required: ${required.join(", ")})` }];
    return [];
  },
};
