/**
 * The migration coverage a legacy stack records in its synthesized JSON, under the "//" key Terraform ignores:
 * which dataset of the migration plan copies each data-bearing resource the code describes (storage accounts
 * and their containers, the PostgreSQL server and its databases), and which data-bearing resources the plan
 * deliberately does not copy. The reconciliation with the Azure inventory reads it from `cdktf.out` (or an
 * in-process synth), so it judges exactly what synth produced, without importing stack code.
 */
import { ConfigError } from "../../../config/config-error";
import type { NotCopiedDecision } from "../../../config/migration/plan";
import { validateAgainstSchema } from "../../../config/validate-json";

/** The key under the synthesized stack's top-level "//" object. */
export const MIGRATION_COVERAGE_KEY = "hdhMigrationCoverage";

/** A part of a covered resource: a container of a storage account, a database of a server. */
export interface CoveredPart {
  readonly name: string;
  /** Azure type of the part, e.g. `Microsoft.Storage/storageAccounts/blobServices/containers`. */
  readonly type: string;
  /** Whether the code still describes the part (a decommissioned part may have left it). */
  readonly described: boolean;
  /** The dataset that copies it, or null when the plan has none. */
  readonly dataset: string | null;
  readonly phase: string | null;
  /** The dataset's copy is verified (a recorded verification, cut over or decommissioned). */
  readonly verified: boolean;
}

/** A data-bearing resource the code describes, with its parts. */
export interface CoveredResource {
  /** Azure type, e.g. `Microsoft.Storage/storageAccounts`. */
  readonly type: string;
  /** Azure name. */
  readonly name: string;
  readonly parts: readonly CoveredPart[];
}

/** A data-bearing resource the plan deliberately does not copy, with the reason (the plan's decision as is). */
export type NotCopiedRecord = NotCopiedDecision;

export interface MigrationCoverageRecord {
  readonly version: 1;
  /** The migration plan file, relative to the project root; null for an environment without a migration. */
  readonly planFile: string | null;
  readonly covered: readonly CoveredResource[];
  readonly notCopied: readonly NotCopiedRecord[];
}

const SCHEMA = {
  type: "object",
  required: ["version", "planFile", "covered", "notCopied"],
  properties: {
    version: { const: 1 },
    planFile: { type: ["string", "null"] },
    covered: {
      type: "array",
      items: {
        type: "object",
        required: ["type", "name", "parts"],
        properties: {
          type: { type: "string", minLength: 1 },
          name: { type: "string", minLength: 1 },
          parts: {
            type: "array",
            items: {
              type: "object",
              required: ["name", "type", "described", "dataset", "phase", "verified"],
              properties: {
                name: { type: "string" },
                type: { type: "string" },
                described: { type: "boolean" },
                dataset: { type: ["string", "null"] },
                phase: { type: ["string", "null"] },
                verified: { type: "boolean" },
              },
            },
          },
        },
      },
    },
    notCopied: {
      type: "array",
      items: {
        type: "object",
        required: ["type", "name", "reason", "owner", "decidedOn"],
        properties: {
          type: { type: "string" },
          name: { type: "string" },
          resourceGroup: { type: "string" },
          reason: { type: "string" },
          owner: { type: "string" },
          decidedOn: { type: "string" },
        },
      },
    },
  },
} as const;

/** The record of a synthesized stack; a ConfigError naming the file when it is missing or malformed. */
export function readCoverageRecord(doc: Record<string, unknown>, file: string): MigrationCoverageRecord {
  const comment = doc["//"];
  const record = typeof comment === "object" && comment !== null ? (comment as Record<string, unknown>)[MIGRATION_COVERAGE_KEY] : undefined;
  if (record === undefined) {
    throw new ConfigError(file, `//.${MIGRATION_COVERAGE_KEY}`, "is missing: the legacy stack records its migration coverage at synth (synthesize it again with this version)");
  }
  return validateAgainstSchema<MigrationCoverageRecord>(SCHEMA, record, `${file}: //.${MIGRATION_COVERAGE_KEY}`);
}
