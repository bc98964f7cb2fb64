/**
 * What a policy rule is: an id, a level, an explanation and a line saying what compliant means,
 * plus checks over the normalised model. Rules are assembled in packs (policy/packs.ts).
 */
import { isObject } from "./json";
import type { Offer, Operator, RegionCatalogue, RegionEntry } from "./catalogue";
import type { PolicyResource, PolicyStack, StackRole } from "./model";
import type { RegionResolver, ResolvedRegion } from "./regions";
import type { SecondaryPlace } from "./secondary-locations";

export type Severity = "error" | "warning";

/** What one stack is judged against. */
export interface StackContext {
  readonly stack: PolicyStack;
  /** Declared role, else the caller's default; undefined when neither says. */
  readonly role: StackRole | undefined;
  readonly dataClassification: string | undefined;
  readonly catalogue: RegionCatalogue;
  /** YYYY-MM-DD. */
  readonly today: string;
  readonly resolver: RegionResolver;
  /** Qualifications the caller requires of every resource (--require), overriding the stack's. */
  readonly requireOverride: readonly string[] | undefined;
  /**
   * What a resource of this stack must hold, and why: --require when given, else the catalogue's
   * requirement for the role (or, with ignoreRole, the data classification alone) plus what the stack's
   * metadata adds.
   */
  requirement(role?: StackRole, ignoreRole?: boolean): { readonly requires: readonly string[]; readonly basis: string };
}

/** The catalogue's view of one place (a region name with its cloud): its entry, or why none counts, and what it holds. */
export interface PlaceJudgement {
  /** The catalogue entry (for a zone: its region's); undefined when none counts. */
  readonly entry: RegionEntry | undefined;
  /** Why no entry counts (not in the catalogue, unknown cloud endpoint ...). */
  readonly entryReason?: string;
  /** Qualifications the place holds today (incl. `eu`). */
  readonly held: readonly string[];
}

/** A secondary place of a resource (replica, geo-redundant copy, partner, template resource), judged like its region. */
export type SecondaryJudgement = SecondaryPlace & PlaceJudgement;

/** What one resource is judged against: its effective region and what that region holds. */
export interface ResourceContext {
  readonly resource: PolicyResource;
  readonly stack: StackContext;
  readonly region: ResolvedRegion;
  /** The catalogue entry of the effective region with its cloud; undefined when none counts. */
  readonly entry: RegionEntry | undefined;
  /** Why no entry counts (not in the catalogue, unknown cloud endpoint ...). */
  readonly entryReason?: string;
  /** The offer behind the resource (from its region entry, else its provider's identity endpoint). */
  readonly offer: Offer | undefined;
  /** The company operating the resource, when known. */
  readonly operator: Operator | undefined;
  /** Qualifications the region holds today (incl. `eu`). */
  readonly held: readonly string[];
  /** Qualifications the resource must hold, and why. */
  readonly required: readonly string[];
  readonly requiredBasis: string;
  /** Every other place its data goes (replicas, geo-redundant copies, failover partners, template resources), judged like its region. */
  readonly secondary: readonly SecondaryJudgement[];
}

/** One problem a rule found. */
export interface RuleViolation {
  readonly message: string;
  /** Defaults to the rule's level. */
  readonly severity?: Severity;
  /** Defaults to the resource's address (stack checks must set it). */
  readonly address?: string;
  /**
   * The required qualifications the finding is about, when that is all it is about (a region that lacks
   * secnumcloud): a waiver may then silence the lack of those qualifications only.
   */
  readonly missingQualifications?: readonly string[];
}

/**
 * What a check returns when it finds nothing: one shared, frozen list (a scan asks every rule about
 * every resource, and an empty list per answer is garbage that costs scavenges).
 */
export const NO_VIOLATIONS: readonly RuleViolation[] = Object.freeze([]);

export interface PolicyRule {
  /** Stable id, also the rule's file name, e.g. `region-qualified`. */
  readonly id: string;
  readonly level: Severity;
  /** Why the rule exists. */
  readonly explanation: string;
  /** What a compliant resource or stack looks like. */
  readonly compliant: string;
  /** Checks one managed resource. */
  checkResource?(context: ResourceContext): readonly RuleViolation[];
  /** Checks the stack as a whole (providers, backend). */
  checkStack?(context: StackContext): readonly RuleViolation[];
}

/** Terraform writes a nested block as a list (plans, HCL) or cdktf as an object: the first body either way. */
export function block(value: unknown): Record<string, unknown> | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return isObject(first) ? first : undefined;
}

/** Whether a value is a reference or expression rather than a literal (cannot be judged before apply). */
export function isExpression(value: unknown): boolean {
  return typeof value === "string" && value.includes("${");
}

/** The resources of a stack by type, indexed once per stack. */
const byTypeCache = new WeakMap<PolicyStack, Map<string, PolicyResource[]>>();

/** The managed resources of one type in a stack (what a rule looks for beside the resource it judges). */
export function resourcesOfType(stack: PolicyStack, type: string): readonly PolicyResource[] {
  let index = byTypeCache.get(stack);
  if (!index) {
    index = new Map();
    for (const resource of stack.resources) {
      if (resource.mode !== "managed") continue;
      const list = index.get(resource.type);
      if (list) list.push(resource);
      else index.set(resource.type, [resource]);
    }
    byTypeCache.set(stack, index);
  }
  return index.get(type) ?? [];
}
