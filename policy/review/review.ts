/**
 * Reviews Terraform plans for a pull request: per stack counts, every change with its provider and
 * effective region (resolved by the policy engine exactly as `hdh-policy check` does), deletions and
 * replacements of data stores (blocking), the policy findings of the planned values, drift, the
 * migration progress and the estate by provider and region.
 */
import { ConfigError } from "../../config/config-error";
import { ENDPOINT_UNSET, RegionCatalogue } from "../catalogue";
import { isDataStore } from "../data-stores";
import { defaultToday, evaluate, type EvaluateOptions, type EvaluationResult, type ResourceVerdict } from "../engine";
import { fromPlanJson } from "../inputs";
import { isObject } from "../json";
import type { PolicyResource, PolicyStack, StackPolicyMetadata } from "../model";
import { RegionResolver, type RegionStatus } from "../regions";
import { readMigrationProgress, type MigrationProgressResult } from "./migration-progress";
import type { Reconciliation } from "./reconciliation/reconcile";
import type { PolicyConfigChange } from "./policy-changes";
import { countChanges, readPlanFile, type ChangeCounts, type Json, type PlanChange, type PlanFile } from "./plan-file";

/** Where a change lives, as the policy engine resolves it. */
export interface ChangeLocation {
  /** The region as the configuration spells it, or null. */
  readonly region: string | null;
  /** The catalogue's canonical name of the region, when the catalogue knows it with its cloud. */
  readonly catalogueRegion?: string;
  /** The region's country, when the catalogue knows the region with its cloud. */
  readonly country?: string;
  /**
   * The zone, when the resource lives in one (a Scaleway instance in `fr-par-1`): `catalogueRegion` is then the
   * zone's region (`fr-par`), where the change counts.
   */
  readonly zone?: string;
  readonly regionStatus: RegionStatus;
  /** Why the region is null. */
  readonly regionReason?: string;
}

export interface ReviewedChange extends PlanChange, ChangeLocation {
  /** A data-bearing type (volume, bucket, database, key vault ...). */
  readonly dataStore: boolean;
  /** A data store deleted or replaced: the pull request must not merge as is. */
  readonly blocking: boolean;
}

export interface StackReview {
  readonly stack: string;
  readonly file: string;
  readonly formatVersion: string;
  readonly terraformVersion?: string;
  readonly counts: ChangeCounts;
  /** Managed resources once the plan is applied. */
  readonly resources: number;
  /** Every resource change, in plan order (no-ops included). */
  readonly changes: readonly ReviewedChange[];
  /** Changes made outside Terraform since the last apply (`resource_drift`). */
  readonly drift: readonly ReviewedChange[];
  readonly errored: boolean;
  /** Terraform deferred some changes: another plan will follow this one's apply. */
  readonly incomplete: boolean;
  /** Where the stack's policy metadata (role ...) came from, if anywhere. */
  readonly metadata?: StackPolicyMetadata;
}

/** Managed resources of one provider in one region, after the plan, with the plan's changes there. */
export interface EstateRegion {
  readonly provider: string;
  /** Canonical region, or null for resources without one (see regionStatus). */
  readonly region: string | null;
  readonly regionStatus: RegionStatus;
  readonly country?: string;
  readonly resources: number;
  readonly create: number;
  readonly update: number;
  readonly replace: number;
  readonly delete: number;
}

export interface PlanReview {
  readonly stacks: readonly StackReview[];
  /** Deletions and replacements of data stores, across stacks. */
  readonly blocking: readonly ReviewedChange[];
  /** The policy engine's verdicts on the planned values. */
  readonly evaluation: EvaluationResult;
  readonly migration: readonly MigrationProgressResult[];
  readonly estate: readonly EstateRegion[];
  /** YYYY-MM-DD the review judged as of. */
  readonly today: string;
  /** Sensitive strings of every plan: renderers scrub them from their output. */
  readonly sensitiveStrings: ReadonlySet<string>;
  /** The legacy stack reconciled with the Azure inventory, when one was given (shown, never changes the exit code). */
  readonly reconciliation?: Reconciliation;
  /** Changes to the policy's own configuration since the base (--base): each blocks until the policy owners approve. */
  readonly policyChanges: readonly PolicyConfigChange[];
  /** What the configuration was compared with (--base), or undefined when it was not. */
  readonly policyBase?: string;
}

export interface ReviewOptions extends Omit<EvaluateOptions, "rules"> {
  /** Policy metadata by stack name (plans carry none: `hdh-policy review` takes it from cdktf.out, through the trust boundary). */
  readonly metadata?: Readonly<Record<string, StackPolicyMetadata>>;
  /** The legacy stack reconciled with the Azure inventory (`hdh-policy review --inventory`): its summary is shown. */
  readonly reconciliation?: Reconciliation;
  /** Changes to the policy's configuration since the base, computed by the caller (policy-changes.ts). */
  readonly policyChanges?: readonly PolicyConfigChange[];
  /** What they were computed against (the --base folder). */
  readonly policyBase?: string;
}

/**
 * Exit code of a review: 1 when a policy error, a blocking data-store change or a change of the policy's
 * own configuration is found, else 0 (bad input: 2, thrown).
 */
export function reviewExitCode(review: PlanReview): 0 | 1 {
  return review.evaluation.summary.errors > 0 || review.blocking.length > 0 || review.policyChanges.length > 0 ? 1 : 0;
}

/** The prior state as a plan-shaped document, so fromPlanJson reads what a deletion removes. */
function priorStateDocument(doc: Json): Json | undefined {
  const prior = isObject(doc.prior_state) ? doc.prior_state : undefined;
  if (!prior || !isObject(prior.values)) return undefined;
  return { format_version: doc.format_version, values: prior.values, configuration: doc.configuration, variables: doc.variables };
}

/** Resolves the location of changes the engine did not judge (deletions, data sources, drift). */
class StackLocator {
  private readonly planned: { stack: PolicyStack; resolver: RegionResolver; byAddress: Map<string, PolicyResource> };
  private prior?: { stack: PolicyStack; resolver: RegionResolver; byAddress: Map<string, PolicyResource> } | null;

  constructor(
    private readonly plan: PlanFile,
    plannedStack: PolicyStack,
    private readonly catalogue: RegionCatalogue,
  ) {
    this.planned = StackLocator.index(plannedStack);
  }

  private static index(stack: PolicyStack) {
    return { stack, resolver: new RegionResolver(stack), byAddress: new Map(stack.resources.map((r) => [r.address, r])) };
  }

  private priorIndex() {
    if (this.prior === undefined) {
      const doc = priorStateDocument(this.plan.document);
      this.prior = doc ? StackLocator.index(fromPlanJson(doc, this.plan.file, this.plan.stack)) : null;
    }
    return this.prior;
  }

  locate(change: PlanChange, preferPrior: boolean): ChangeLocation {
    const sources = preferPrior ? [this.priorIndex(), this.planned] : [this.planned, this.priorIndex()];
    for (const source of sources) {
      const resource = source?.byAddress.get(change.address);
      if (!source || !resource) continue;
      const resolved = source.resolver.resolve(resource);
      const argument = this.catalogue.provider(resource.providerType)?.endpointArgument;
      const endpoint = argument ? source.resolver.providerEndpoint(resource, argument) : ENDPOINT_UNSET;
      const entry = resolved.region !== null ? this.catalogue.match(resource.providerType, resolved.region, endpoint).entry : undefined;
      return { region: resolved.region, catalogueRegion: entry?.region, country: entry?.country, regionStatus: resolved.status, regionReason: resolved.reason };
    }
    return { region: null, regionStatus: "unresolved", regionReason: "the resource is in neither the planned values nor the prior state" };
  }
}

function locationOf(verdict: ResourceVerdict): ChangeLocation {
  return { region: verdict.region, catalogueRegion: verdict.catalogueRegion, country: verdict.country, regionStatus: verdict.regionStatus, regionReason: verdict.regionReason };
}

/** A zone-level location counts in its region (the catalogue's zone `parent`): `fr-par-1` is in `fr-par`. */
function inRegion(location: ChangeLocation, provider: string, catalogue: RegionCatalogue): ChangeLocation {
  if (location.catalogueRegion === undefined) return location;
  const parent = catalogue.parentRegionOf(provider, location.catalogueRegion);
  if (parent) return { ...location, zone: location.catalogueRegion, catalogueRegion: parent.region, country: parent.country };
  // The engine judges a zone by its region already (catalogueRegion is the region): the zone is the name the resource gave.
  const zoneParent = location.region !== null ? catalogue.parentRegionOf(provider, location.region) : undefined;
  return zoneParent?.region === location.catalogueRegion ? { ...location, zone: location.region ?? undefined } : location;
}

/** A drift entry reports what already happened outside Terraform: it never blocks the pull request. */
function reviewChange(change: PlanChange, location: ChangeLocation, drift: boolean): ReviewedChange {
  const dataStore = change.mode === "managed" && isDataStore(change.type);
  const destroys = change.action === "delete" || change.action === "replace";
  return { ...change, ...location, dataStore, blocking: !drift && dataStore && destroys };
}

/** Groups the planned managed resources and the plan's changes by provider, then region (a zone in its region). */
function estateOf(evaluation: EvaluationResult, stacks: readonly StackReview[], catalogue: RegionCatalogue): EstateRegion[] {
  type Mutable = { -readonly [K in keyof EstateRegion]: EstateRegion[K] };
  const groups = new Map<string, Mutable>();
  const group = (provider: string, location: ChangeLocation): Mutable => {
    const region = location.catalogueRegion ?? location.region;
    const key = `${provider}|${region ?? `(${location.regionStatus})`}`;
    let entry = groups.get(key);
    if (!entry) {
      const country = region !== null ? location.country : undefined;
      entry = { provider, region, regionStatus: region !== null ? "resolved" : location.regionStatus, country, resources: 0, create: 0, update: 0, replace: 0, delete: 0 };
      groups.set(key, entry);
    }
    return entry;
  };
  for (const verdict of evaluation.resources) group(verdict.provider, inRegion(locationOf(verdict), verdict.provider, catalogue)).resources += 1;
  for (const stack of stacks) {
    for (const change of stack.changes) {
      if (change.mode !== "managed") continue;
      if (change.action === "create" || change.action === "update" || change.action === "replace" || change.action === "delete") {
        group(change.provider, change)[change.action] += 1;
      }
    }
  }
  // Regions in name order, then the resources without one.
  const regionOrder = (a: EstateRegion, b: EstateRegion): number =>
    a.region === b.region ? a.regionStatus.localeCompare(b.regionStatus) : a.region === null ? 1 : b.region === null ? -1 : a.region.localeCompare(b.region);
  return [...groups.values()].sort((a, b) => a.provider.localeCompare(b.provider) || regionOrder(a, b));
}

/** Reviews already-read plans. */
export function reviewPlans(plans: readonly PlanFile[], options: ReviewOptions = {}): PlanReview {
  const catalogue = options.catalogue ?? RegionCatalogue.load();
  const today = options.today ?? defaultToday();
  const seen = new Map<string, string>();
  for (const plan of plans) {
    const other = seen.get(plan.stack);
    if (other !== undefined) {
      throw new ConfigError(plan.file, "", `is a second plan of stack '${plan.stack}' (also ${other})`);
    }
    seen.set(plan.stack, plan.file);
  }
  const policyStacks = plans.map((plan) => {
    const stack = fromPlanJson(plan.document, plan.file, plan.stack);
    const metadata = options.metadata?.[plan.stack];
    return metadata ? { ...stack, metadata } : stack;
  });
  const evaluation = evaluate({ stacks: policyStacks }, { ...options, catalogue, today });
  const verdicts = new Map(evaluation.resources.map((v) => [`${v.stack}|${v.address}`, v]));

  const stacks: StackReview[] = plans.map((plan, i) => {
    const locator = new StackLocator(plan, policyStacks[i], catalogue);
    const review = (change: PlanChange, drift: boolean): ReviewedChange => {
      const verdict = !drift && change.action !== "delete" && !change.deposed ? verdicts.get(`${plan.stack}|${change.address}`) : undefined;
      const location = verdict ? locationOf(verdict) : locator.locate(change, drift || change.action === "delete" || change.deposed !== undefined);
      return reviewChange(change, inRegion(location, change.provider, catalogue), drift);
    };
    const changes = plan.changes.map((c) => review(c, false));
    return {
      stack: plan.stack,
      file: plan.file,
      formatVersion: plan.formatVersion,
      terraformVersion: plan.terraformVersion,
      counts: countChanges(changes),
      resources: policyStacks[i].resources.filter((r) => r.mode === "managed").length,
      changes,
      drift: plan.drift.map((c) => review(c, true)),
      errored: plan.errored,
      incomplete: plan.incomplete,
      metadata: policyStacks[i].metadata,
    };
  });

  const migration = plans.map((p) => readMigrationProgress(p.stack, p.file, p.outputs)).filter((m): m is MigrationProgressResult => m !== undefined);
  const sensitiveStrings = new Set<string>();
  for (const plan of plans) for (const s of plan.sensitiveStrings) sensitiveStrings.add(s);
  return {
    stacks,
    blocking: stacks.flatMap((s) => s.changes.filter((c) => c.blocking)),
    evaluation,
    migration,
    estate: estateOf(evaluation, stacks, catalogue),
    today,
    sensitiveStrings,
    reconciliation: options.reconciliation,
    policyChanges: options.policyChanges ?? [],
    policyBase: options.policyBase,
  };
}

/** Reads plan files and reviews them. Throws a ConfigError (one line naming the file) on bad input. */
export function reviewPlanFiles(files: readonly string[], options: ReviewOptions = {}): PlanReview {
  return reviewPlans(
    files.map((file) => readPlanFile(file)),
    options,
  );
}
