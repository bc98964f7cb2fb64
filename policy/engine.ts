/**
 * The policy engine: one evaluation serves the synth-time Aspect, the jest matchers and the CLI.
 * It resolves every resource's effective region, judges it against the region catalogue and the
 * rules of the chosen packs, applies waivers, and returns per-resource verdicts plus findings.
 */
import { resolveToday } from "../config/today";
import { ENDPOINT_UNSET, RegionCatalogue, type EndpointLookup, type Offer, type Operator, type RegionEntry } from "./catalogue";
import type { PolicyInputs, PolicyResource, PolicyStack, StackRole } from "./model";
import { DEFAULT_PACKS, rulesOfPacks } from "./packs";
import { classify, type TypeClassification } from "./classification";
import { RegionResolver, type RegionStatus } from "./regions";
import { NO_VIOLATIONS, type PlaceJudgement, type PolicyRule, type ResourceContext, type SecondaryJudgement, type Severity, type StackContext } from "./rule";
import { mayHaveSecondaryPlaces, secondaryPlaces, type PairLookup } from "./secondary-locations";
import { builtinWaivers, isExpired, waiverCovers, type Waiver } from "./waivers";

/** One finding: a rule's verdict on one resource (or stack element). */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Terraform address, e.g. `module.a.openstack_compute_instance_v2.web`, `provider.azurerm`, `terraform.backend`. */
  readonly address: string;
  readonly file: string;
  /** Provider type (`openstack`, `azurerm`), or null for stack-level findings without one. */
  readonly provider: string | null;
  /** The resolved region, or null. */
  readonly region: string | null;
  readonly message: string;
  readonly stack: string;
  /** cdktf construct path, when known. */
  readonly constructPath?: string;
  /** The required qualifications the finding is only about (a waiver may silence just their lack). */
  readonly missingQualifications?: readonly string[];
}

/** A finding a waiver silences, with the waiver. */
export interface WaivedFinding extends Finding {
  readonly waiver: Waiver;
}

export type Verdict = "compliant" | "non-compliant" | "waived" | "warning" | "not-applicable";

/** Where one resource lives and what the policy makes of it. */
export interface ResourceVerdict {
  readonly address: string;
  readonly stack: string;
  readonly file: string;
  readonly type: string;
  /** Provider type, e.g. `openstack`. */
  readonly provider: string;
  /** Provider configuration key, e.g. `openstack.paris`. */
  readonly providerKey: string;
  /** Effective region as the configuration spells it, or null. */
  readonly region: string | null;
  readonly regionStatus: RegionStatus;
  /** How the region was found (`location`, `provider openstack`, `parent azurerm_virtual_network.hub (virtual_network_name)`). */
  readonly regionSource?: string;
  /** Why the region is null. */
  readonly regionReason?: string;
  /** Canonical catalogue name of the region, when the catalogue knows it. */
  readonly catalogueRegion?: string;
  readonly country?: string;
  readonly jurisdiction?: "EU" | "non-EU";
  /** Company operating the resource, when known. */
  readonly operator?: string;
  /** Non-EU laws that reach the resource through its operator. */
  readonly extraterritorialLaws: readonly string[];
  /** Qualifications its region holds today (incl. `eu`). */
  readonly heldQualifications: readonly string[];
  readonly requiredQualifications: readonly string[];
  readonly verdict: Verdict;
  /** Rule ids of its active findings. */
  readonly findings: readonly string[];
  /** Its other places (replicas, geo-redundant copies, partners, template resources), when it has any. */
  readonly secondaryLocations?: readonly SecondaryLocationVerdict[];
}

/** One secondary place of a resource, as reports show it. */
export interface SecondaryLocationVerdict {
  /** Where the configuration says it (`geo_location[0].location`, `account_replication_type = GRS → pair of 'francecentral'`). */
  readonly where: string;
  readonly why: string;
  /** The region, or null (unresolved, global). */
  readonly region: string | null;
  readonly status: "resolved" | "unresolved" | "global";
  readonly reason?: string;
  readonly catalogueRegion?: string;
  readonly heldQualifications: readonly string[];
}

export interface EvaluationSummary {
  /** Managed resources scanned. */
  readonly resources: number;
  /** Active (not waived) findings. */
  readonly findings: number;
  /** Active error findings. */
  readonly errors: number;
  readonly warnings: number;
  /** Findings silenced by a waiver. */
  readonly waived: number;
}

export interface EvaluationResult {
  readonly resources: ResourceVerdict[];
  /** Active findings (not waived). */
  readonly findings: Finding[];
  readonly waived: WaivedFinding[];
  readonly summary: EvaluationSummary;
}

export interface EvaluateOptions {
  /** Default: the built-in catalogue. */
  readonly catalogue?: RegionCatalogue;
  /** "Today" (YYYY-MM-DD) for waiver expiry and certificate validity; default: HDH_TODAY, else the current UTC date. */
  readonly today?: string;
  /** Qualifications required of every resource by every rule, overriding stack metadata (CLI --require). */
  readonly require?: readonly string[];
  /** Role of stacks that declare none (plans carry no metadata). */
  readonly defaultRole?: StackRole;
  /** Extra waivers (files); the built-in legacy waivers are always added. */
  readonly waivers?: readonly Waiver[];
  /** Packs to run; default: every pack. */
  readonly packs?: readonly string[];
  /** Rules to run instead of packs (tests). */
  readonly rules?: readonly PolicyRule[];
}

/** The day a judgement is made as of when no option says: HDH_TODAY, else the current UTC date. */
export function defaultToday(): string {
  return resolveToday(undefined);
}

function stackContext(stack: PolicyStack, catalogue: RegionCatalogue, options: EvaluateOptions, today: string): StackContext {
  const role = stack.metadata?.role ?? options.defaultRole;
  const dataClassification = stack.metadata?.dataClassification;
  const additions = stack.metadata?.requires ?? [];
  const requirementOf = (role: StackRole | undefined): { requires: readonly string[]; basis: string } => {
    if (options.require) return { requires: options.require, basis: "--require" };
    const base = catalogue.requiredQualifications({ role, dataClassification });
    const extra = additions.filter((q) => !base.requires.includes(q));
    return extra.length === 0 ? base : { requires: [...base.requires, ...extra], basis: `${base.basis} + stack metadata requires` };
  };
  // Asked once per resource, about one or two roles: each answer is computed once per stack.
  const requirements = new Map<StackRole | undefined, { requires: readonly string[]; basis: string }>();
  const requirement = (sideRole: StackRole | undefined, ignoreRole = false): { requires: readonly string[]; basis: string } => {
    const role = ignoreRole ? undefined : sideRole;
    let answer = requirements.get(role);
    if (!answer) requirements.set(role, (answer = requirementOf(role)));
    return answer;
  };
  return {
    stack,
    role,
    dataClassification,
    catalogue,
    today,
    resolver: new RegionResolver(stack),
    requireOverride: options.require,
    requirement,
  };
}

const heldCache = new WeakMap<RegionEntry, { today: string; held: string[] }>();

/** The qualifications a region holds on a day, computed once per region and day. */
function heldOn(entry: RegionEntry, today: string): string[] {
  const cached = heldCache.get(entry);
  if (cached && cached.today === today) return cached.held;
  const held = RegionCatalogue.heldQualifications(entry, today);
  heldCache.set(entry, { today, held });
  return held;
}

/** What the resource's provider says about its cloud's endpoint (the argument the catalogue names for its type). */
function endpointOf(resource: PolicyResource, stack: StackContext): EndpointLookup {
  const argument = stack.catalogue.provider(resource.providerType)?.endpointArgument;
  return argument ? stack.resolver.providerEndpoint(resource, argument) : ENDPOINT_UNSET;
}

/**
 * What the catalogue says of a region name with its cloud: its entry (for a zone, the zone's region,
 * holding only what both hold), or why none counts, and the qualifications it holds today.
 */
function judgePlace(providerType: string, region: string, endpoint: EndpointLookup, stack: StackContext): PlaceJudgement & { offer?: Offer } {
  const { catalogue } = stack;
  const match = catalogue.match(providerType, region, endpoint);
  let entry = match.entry;
  let held = entry ? heldOn(entry, stack.today) : [];
  if (entry?.parent !== undefined) {
    const parent = catalogue.match(providerType, entry.parent, endpoint).entry;
    if (parent) {
      const parentHeld = heldOn(parent, stack.today);
      held = held.filter((q) => parentHeld.includes(q));
      entry = parent;
    }
  }
  return { entry, entryReason: match.reason, held, offer: match.offer };
}

/** What the catalogue makes of one place (provider type, region, endpoint) for a resource of a stack. */
interface PlaceContext {
  readonly entry: RegionEntry | undefined;
  readonly entryReason: string | undefined;
  readonly offer: Offer | undefined;
  readonly operator: Operator | undefined;
  readonly held: readonly string[];
  readonly required: readonly string[];
  readonly requiredBasis: string;
}

/** The place judgement, offer, operator and requirement of a place: the same for every resource there. */
function placeContext(providerType: string, region: string | null, endpoint: EndpointLookup, stack: StackContext): PlaceContext {
  const { catalogue } = stack;
  const judged = region !== null ? judgePlace(providerType, region, endpoint, stack) : undefined;
  const offer = judged?.offer ?? (endpoint.kind === "set" ? catalogue.offerForIdentityEndpoint(endpoint.value) : undefined);
  const providerOperator = catalogue.operatorOfProvider(providerType);
  const endpointOperator = endpoint.kind === "set" ? catalogue.operatorOfEndpoint(endpoint.value) : undefined;
  const operator = (offer ? catalogue.operator(offer.operator) : undefined) ?? endpointOperator ?? providerOperator ?? undefined;
  // A migration stack spans both estates: its resources on an extraterritorial operator are judged as legacy.
  const sideRole = stack.role === "migration" && operator && RegionCatalogue.isExtraterritorial(operator) ? "legacy" : stack.role;
  const { requires, basis } = stack.requirement(sideRole);
  return { entry: judged?.entry, entryReason: judged?.entryReason, offer, operator, held: judged?.held ?? [], required: requires, requiredBasis: basis };
}

/** Place contexts by stack, endpoint (the resolver's, one object per provider configuration), provider type and region. */
const placeMemos = new WeakMap<StackContext, Map<EndpointLookup, Map<string, Map<string | null, PlaceContext>>>>();

/** A stack's thousands of resources sit in a few places: each place is judged once per stack. */
function memoisedPlaceContext(providerType: string, region: string | null, endpoint: EndpointLookup, stack: StackContext): PlaceContext {
  let byEndpoint = placeMemos.get(stack);
  if (!byEndpoint) placeMemos.set(stack, (byEndpoint = new Map()));
  let byType = byEndpoint.get(endpoint);
  if (!byType) byEndpoint.set(endpoint, (byType = new Map()));
  let byRegion = byType.get(providerType);
  if (!byRegion) byType.set(providerType, (byRegion = new Map()));
  let place = byRegion.get(region);
  if (!place) byRegion.set(region, (place = placeContext(providerType, region, endpoint, stack)));
  return place;
}

/** Builds what rules need to judge one resource: its region with its cloud, the catalogue entry, the operator, the qualifications. */
export function resourceContext(resource: PolicyResource, stack: StackContext): ResourceContext {
  const region = stack.resolver.resolve(resource);
  const endpoint = endpointOf(resource, stack);
  const place = memoisedPlaceContext(resource.providerType, region.region, endpoint, stack);
  return {
    resource,
    stack,
    region,
    entry: place.entry,
    entryReason: place.entryReason,
    offer: place.offer,
    operator: place.operator,
    held: place.held,
    required: place.required,
    requiredBasis: place.requiredBasis,
    secondary: secondaryOf(resource, stack, region, endpoint, place.entry),
  };
}

const NO_SECONDARY: SecondaryJudgement[] = [];

/** The resource's secondary places, each judged by the catalogue like its region (none for most types: computed only where the classification lists some). */
function secondaryOf(resource: PolicyResource, stack: StackContext, region: ReturnType<RegionResolver["resolve"]>, endpoint: EndpointLookup, entry: RegionEntry | undefined): SecondaryJudgement[] {
  const classified = classify(resource.providerType, resource.type, resource.mode);
  const classification = classified.kind === "classified" ? classified.classification : undefined;
  if (!mayHaveSecondaryPlaces(resource, classification, stack.resolver)) return NO_SECONDARY;
  return judgedSecondaryPlaces(resource, classification, stack, region, endpoint, entry);
}

/**
 * The judged secondary places of a resource that may have some. A function apart from secondaryOf: the
 * pair lookup's closure makes V8 allocate a context on entry, which the 10,000s of resources without
 * secondary places should not pay for.
 */
function judgedSecondaryPlaces(
  resource: PolicyResource,
  classification: TypeClassification | undefined,
  stack: StackContext,
  region: ReturnType<RegionResolver["resolve"]>,
  endpoint: EndpointLookup,
  entry: RegionEntry | undefined,
): SecondaryJudgement[] {
  const pairsOf: PairLookup = (name) => {
    if (!entry) return { reason: `region '${name}' is not in the catalogue, so neither is its pair` };
    if (entry.pairedRegions === undefined) return { reason: `the catalogue has no pair data for region '${entry.region}' (pairedRegions): where the copy goes is not known` };
    return { pairs: entry.pairedRegions };
  };
  return secondaryPlaces(resource, classification, stack.resolver, region, pairsOf).map((place): SecondaryJudgement => {
    if (place.status !== "resolved" || place.region === null) return { ...place, entry: undefined, held: [] };
    const judged = judgePlace(resource.providerType, place.region, endpoint, stack);
    return { ...place, entry: judged.entry, entryReason: judged.entryReason, held: judged.held };
  });
}

/**
 * Shared, frozen lists for a verdict's common cases (no law, no finding, one finding of a rule): a scan
 * makes 10,000s of verdicts, and a list each would be young garbage costing a scavenge.
 */
const NONE: readonly string[] = Object.freeze([]);
const oneRuleIdLists = new Map<string, readonly string[]>();

function oneRuleId(ruleId: string): readonly string[] {
  let list = oneRuleIdLists.get(ruleId);
  if (!list) oneRuleIdLists.set(ruleId, (list = Object.freeze([ruleId])));
  return list;
}

/** The first waiver that covers a finding (a function apart: a callback here would make every finding's record allocate a context). */
function waiverOf(waivers: readonly Waiver[], finding: Finding): Waiver | undefined {
  return waivers.find((w) => waiverCovers(w, finding));
}

/** A resource's verdict from what its findings were: how many are active, whether one of them is an error, how many are waived. */
function verdictOf(regionStatus: RegionStatus, active: number, activeError: boolean, waived: number): Verdict {
  if (activeError) return "non-compliant";
  if (active > 0) return "warning";
  if (waived > 0) return "waived";
  return regionStatus === "region-less" ? "not-applicable" : "compliant";
}

/**
 * Evaluates normalised inputs against the rules of the chosen packs, with waivers.
 * Data sources are resolved (they can carry regions) but only managed resources are judged.
 */
export function evaluate(inputs: PolicyInputs, options: EvaluateOptions = {}): EvaluationResult {
  const catalogue = options.catalogue ?? RegionCatalogue.load();
  const today = options.today ?? defaultToday();
  const rules = options.rules ?? rulesOfPacks(options.packs ?? DEFAULT_PACKS);
  const waivers = [...builtinWaivers(inputs.stacks, options.defaultRole), ...(options.waivers ?? [])];
  const activeWaivers = waivers.filter((w) => !isExpired(w, today));

  const findings: Finding[] = [];
  const waived: WaivedFinding[] = [];
  const verdicts: ResourceVerdict[] = [];
  const record = (finding: Finding): Finding | WaivedFinding => {
    // Most scans have no waiver: no search (and no callback) per finding then.
    const waiver = activeWaivers.length === 0 ? undefined : waiverOf(activeWaivers, finding);
    if (waiver) {
      const silenced = { ...finding, waiver };
      waived.push(silenced);
      return silenced;
    }
    findings.push(finding);
    return finding;
  };

  const resourceRules = rules.filter((rule) => rule.checkResource !== undefined);
  for (const stack of inputs.stacks) {
    const context = stackContext(stack, catalogue, options, today);
    for (const rule of rules) {
      for (const violation of rule.checkStack?.(context) ?? []) {
        record({
          ruleId: rule.id,
          severity: violation.severity ?? rule.level,
          address: violation.address ?? stack.name,
          file: stack.file,
          provider: null,
          region: null,
          message: violation.message,
          stack: stack.name,
        });
      }
    }
    for (let i = 0; i < stack.resources.length; i++) {
      const resource = stack.resources[i];
      if (resource.mode !== "managed") continue;
      const rc = resourceContext(resource, context);
      // Counted, not listed (a list per resource is garbage that costs scavenges): the rule ids of its
      // active findings (shared lists for none or one), whether one is an error, how many are waived.
      let activeRuleIds: readonly string[] | undefined;
      let activeError = false;
      let waivedCount = 0;
      // Index loops: an iterator per rule and resource (evaluate runs once per scan, often before V8 optimises it) is garbage too.
      for (let r = 0; r < resourceRules.length; r++) {
        const rule = resourceRules[r];
        const violations = rule.checkResource?.(rc) ?? NO_VIOLATIONS;
        for (let v = 0; v < violations.length; v++) {
          const violation = violations[v];
          const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
            ruleId: rule.id,
            severity: violation.severity ?? rule.level,
            address: violation.address ?? resource.address,
            file: resource.file,
            provider: resource.providerType,
            region: rc.region.region,
            message: violation.message,
            stack: stack.name,
            constructPath: resource.constructPath,
          };
          // Only where a rule says so (no spread: thousands of findings per scan).
          if (violation.missingQualifications) finding.missingQualifications = violation.missingQualifications;
          const outcome = record(finding);
          if ("waiver" in outcome) waivedCount++;
          else {
            activeRuleIds = activeRuleIds ? [...activeRuleIds, outcome.ruleId] : oneRuleId(outcome.ruleId);
            if (outcome.severity === "error") activeError = true;
          }
        }
      }
      const verdict: { -readonly [K in keyof ResourceVerdict]: ResourceVerdict[K] } = {
        address: resource.address,
        stack: stack.name,
        file: resource.file,
        type: resource.type,
        provider: resource.providerType,
        providerKey: resource.providerKey,
        region: rc.region.region,
        regionStatus: rc.region.status,
        regionSource: rc.region.via,
        regionReason: rc.region.reason,
        catalogueRegion: rc.entry?.region,
        country: rc.entry?.country,
        jurisdiction: rc.entry?.jurisdiction,
        operator: rc.operator?.name,
        extraterritorialLaws: rc.operator?.extraterritorialLaws ?? NONE,
        heldQualifications: rc.held,
        requiredQualifications: rc.region.status === "region-less" ? [] : rc.required,
        verdict: verdictOf(rc.region.status, activeRuleIds?.length ?? 0, activeError, waivedCount),
        findings: activeRuleIds ?? NONE,
      };
      if (rc.secondary.length > 0) {
        verdict.secondaryLocations = rc.secondary.map((p) => ({
          where: p.where,
          why: p.why,
          region: p.region,
          status: p.status,
          ...(p.reason ? { reason: p.reason } : {}),
          ...(p.entry ? { catalogueRegion: p.entry.region } : {}),
          heldQualifications: p.held,
        }));
      }
      verdicts.push(verdict);
    }
  }

  for (const waiver of waivers.filter((w) => isExpired(w, today))) {
    const target = [waiver.stack && `stack ${waiver.stack}`, waiver.address].filter(Boolean).join(" ");
    findings.push({
      ruleId: "waiver-expired",
      severity: "warning",
      address: waiver.address ?? waiver.stack ?? "",
      file: waiver.source,
      provider: null,
      region: null,
      message: `waiver of ${waiver.ruleId} for ${target} (owner ${waiver.owner}) expired on ${waiver.expires}: its findings count again`,
      stack: waiver.stack ?? "",
    });
  }

  let errors = 0;
  for (let i = 0; i < findings.length; i++) if (findings[i].severity === "error") errors++; // counted: a list of 10,000s of errors would be garbage
  return {
    resources: verdicts,
    findings,
    waived,
    summary: { resources: verdicts.length, findings: findings.length, errors, warnings: findings.length - errors, waived: waived.length },
  };
}
