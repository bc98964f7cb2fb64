/**
 * The plan review as JSON (`hdh-policy review --format json`). A stable contract: fields are only ever
 * added. `findings` carry the same fields as `hdh-policy check --format json`.
 */
import { toJsonFinding, toJsonWaivedFinding, type JsonFinding, type JsonWaivedFinding } from "../reporters/json";
import type { MigrationProgress } from "./migration-progress";
import type { PolicyConfigChange } from "./policy-changes";
import type { AttributeChange, ChangeCounts, PrimaryAction } from "./plan-file";
import { reconciliationJson } from "./reconciliation/format";
import { scrubJson, sensitiveScrubber } from "./redact";
import { reviewExitCode, type EstateRegion, type PlanReview, type ReviewedChange } from "./review";

export const REVIEW_JSON_VERSION = 1;

export interface JsonReviewChange {
  readonly stack: string;
  readonly address: string;
  /** Address before a move, else null. */
  readonly previousAddress: string | null;
  readonly mode: "managed" | "data";
  readonly type: string;
  /** Provider type, e.g. `openstack`. */
  readonly provider: string;
  readonly action: PrimaryAction;
  /** Terraform's action list. */
  readonly actions: readonly string[];
  readonly importing: boolean;
  readonly moved: boolean;
  readonly deposed: string | null;
  /** Effective region (canonical catalogue name when known; a zone's region), or null. */
  readonly region: string | null;
  /** The zone, for a resource that lives in one (`region` is then the zone's region); absent otherwise. */
  readonly zone?: string;
  readonly regionStatus: string;
  readonly regionReason: string | null;
  readonly dataStore: boolean;
  readonly blocking: boolean;
  /** Changed attributes (update, replace, drift); sensitive values read "(sensitive value)". */
  readonly attributes: readonly AttributeChange[];
}

/** A finding in the review's JSON: the same fields as `hdh-policy check --format json` writes. */
export type JsonReviewFinding = JsonFinding;

export interface JsonReview {
  readonly version: typeof REVIEW_JSON_VERSION;
  /** The exit code `hdh-policy review` returns for this review: 1 when errors, blocking changes or policy configuration changes. */
  readonly exitCode: 0 | 1;
  readonly summary: {
    readonly stacks: number;
    /** Changes other than no-op (imports and moves included). */
    readonly changes: number;
    readonly blocking: number;
    readonly drift: number;
    readonly resources: number;
    readonly findings: number;
    readonly errors: number;
    readonly warnings: number;
    readonly waived: number;
    /** Changes to the policy's configuration since --base (each blocking). */
    readonly policyChanges: number;
  };
  readonly stacks: readonly {
    readonly name: string;
    readonly file: string;
    readonly formatVersion: string;
    readonly terraformVersion: string | null;
    readonly errored: boolean;
    readonly incomplete: boolean;
    readonly resources: number;
    readonly counts: ChangeCounts;
    readonly drift: number;
  }[];
  readonly changes: readonly JsonReviewChange[];
  readonly drift: readonly JsonReviewChange[];
  readonly findings: readonly JsonReviewFinding[];
  readonly waived: readonly JsonWaivedFinding[];
  readonly migration: readonly (MigrationProgress | { readonly stack: string; readonly unavailable: string })[];
  readonly estate: readonly EstateRegion[];
  /** With `--inventory`: the reconciliation, as `npm run legacy:reconcile -- --format json` writes it. */
  readonly reconciliation?: object;
  /** The --base folder the policy configuration was compared with, or null when it was not compared. */
  readonly policyBase: string | null;
  /** Every change to waivers, catalogues, data classifications, roles and required qualifications: blocking, needs the policy owners' approval. */
  readonly policyChanges: readonly PolicyConfigChange[];
}

function change(c: ReviewedChange): JsonReviewChange {
  return {
    stack: c.stack,
    address: c.address,
    previousAddress: c.previousAddress ?? null,
    mode: c.mode,
    type: c.type,
    provider: c.provider,
    action: c.action,
    actions: c.actions,
    importing: c.importing,
    moved: c.moved,
    deposed: c.deposed ?? null,
    region: c.catalogueRegion ?? c.region,
    ...(c.zone !== undefined ? { zone: c.zone } : {}),
    regionStatus: c.regionStatus,
    regionReason: c.regionReason ?? null,
    dataStore: c.dataStore,
    blocking: c.blocking,
    attributes: c.attributes,
  };
}

export function reviewJson(review: PlanReview): JsonReview {
  const s = review.evaluation.summary;
  const report: JsonReview = {
    version: REVIEW_JSON_VERSION,
    exitCode: reviewExitCode(review),
    summary: {
      stacks: review.stacks.length,
      changes: review.stacks.reduce((n, st) => n + st.changes.filter((c) => c.action !== "no-op" || c.importing || c.moved).length, 0),
      blocking: review.blocking.length,
      drift: review.stacks.reduce((n, st) => n + st.drift.length, 0),
      resources: s.resources,
      findings: s.findings,
      errors: s.errors,
      warnings: s.warnings,
      waived: s.waived,
      policyChanges: review.policyChanges.length,
    },
    stacks: review.stacks.map((st) => ({
      name: st.stack,
      file: st.file,
      formatVersion: st.formatVersion,
      terraformVersion: st.terraformVersion ?? null,
      errored: st.errored,
      incomplete: st.incomplete,
      resources: st.resources,
      counts: st.counts,
      drift: st.drift.length,
    })),
    changes: review.stacks.flatMap((st) => st.changes.map(change)),
    drift: review.stacks.flatMap((st) => st.drift.map(change)),
    findings: review.evaluation.findings.map(toJsonFinding),
    waived: review.evaluation.waived.map(toJsonWaivedFinding),
    migration: review.migration.map((m) => (m.kind === "progress" ? m.progress : { stack: m.stack, unavailable: m.reason })),
    estate: review.estate,
    ...(review.reconciliation ? { reconciliation: reconciliationJson(review.reconciliation) } : {}),
    policyBase: review.policyBase ?? null,
    policyChanges: review.policyChanges,
  };
  return review.sensitiveStrings.size > 0 ? scrubJson(report, sensitiveScrubber(review.sensitiveStrings)) : report;
}

export function formatReviewJson(review: PlanReview): string {
  return `${JSON.stringify(reviewJson(review), null, 2)}\n`;
}
