/**
 * Waivers: silence one rule's findings for one resource or stack, with a reason, an owner and an
 * expiry date. A waiver past its date stops silencing and is reported (rule `waiver-expired`).
 * Built in: the legacy estate's extraterritorial exposure is waived until the migration deadline, so
 * CI turns red if Azure still holds data after it.
 */
import * as path from "node:path";
import { ConfigError } from "../config/config-error";
import { readJsonFile, validateAgainstSchema } from "../config/validate-json";
import { DEFAULT_MIGRATION_DEADLINE } from "../config/migration/load-plan";
import waiversSchema from "../config/waivers.schema.json";
import type { PolicyStack, StackRole } from "./model";

/** The migration deadline when the environment does not set one (`migration.deadline`). */
export { DEFAULT_MIGRATION_DEADLINE };
/** The project's own waiver file, loaded by the CLI and the Aspect. */
export const PROJECT_WAIVERS_FILE = path.resolve(__dirname, "..", "config", "waivers.json");
/** The rule the built-in legacy waiver silences. */
export const EXPOSURE_RULE_ID = "extraterritorial-exposure";

export interface Waiver {
  readonly ruleId: string;
  readonly stack?: string;
  readonly address?: string;
  readonly reason: string;
  readonly owner: string;
  /** Last day it silences (YYYY-MM-DD). */
  readonly expires: string;
  /**
   * Silences only findings about these missing qualifications (a region that lacks secnumcloud while it
   * is in progress): a finding about anything else (a region outside the EU, lacking hds, unresolved)
   * stays. Without it, every finding of the rule for the stack or address.
   */
  readonly qualifications?: readonly string[];
  /** Where it was declared (a file, or `built-in`). */
  readonly source: string;
}

/** Reads and validates a waiver file; throws a ConfigError naming the file and field. */
export function loadWaivers(file: string): Waiver[] {
  const parsed = validateAgainstSchema<{ waivers: Omit<Waiver, "source">[] }>(waiversSchema, readJsonFile(file), file);
  parsed.waivers.forEach((w, i) => {
    if (w.stack === undefined && w.address === undefined) throw new ConfigError(file, `waivers.${i}`, "must name a stack, an address, or both");
  });
  return parsed.waivers.map((w) => ({ ...w, source: file }));
}

/**
 * The built-in waivers: each legacy or migration stack's extraterritorial exposure, until its
 * migration deadline. `defaultRole` is the role of stacks that declare none (a plan scanned with --role).
 */
export function builtinWaivers(stacks: readonly PolicyStack[], defaultRole?: StackRole): Waiver[] {
  return stacks
    .filter((s) => {
      const role = s.metadata?.role ?? defaultRole;
      return role === "legacy" || role === "migration";
    })
    .map((s) => ({
      ruleId: EXPOSURE_RULE_ID,
      stack: s.name,
      reason:
        "The legacy Azure estate is HDS-certified but never SecNumCloud (Microsoft falls under the US CLOUD Act); it is tolerated only until the migration deadline.",
      owner: s.metadata?.owner ?? "platform team",
      expires: s.metadata?.migrationDeadline ?? DEFAULT_MIGRATION_DEADLINE,
      source: "built-in",
    }));
}

function globMatches(pattern: string, value: string): boolean {
  if (!pattern.includes("*")) return pattern === value;
  const regex = new RegExp(`^${pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return regex.test(value);
}

/** Whether a waiver covers a finding (ignoring its expiry). */
export function waiverCovers(waiver: Waiver, finding: { ruleId: string; stack: string; address: string; missingQualifications?: readonly string[] }): boolean {
  if (waiver.ruleId !== finding.ruleId) return false;
  if (waiver.qualifications !== undefined) {
    const missing = finding.missingQualifications;
    if (!missing || missing.length === 0 || !missing.every((q) => waiver.qualifications?.includes(q))) return false;
  }
  if (waiver.stack !== undefined && !globMatches(waiver.stack, finding.stack)) return false;
  if (waiver.address !== undefined && !globMatches(waiver.address, finding.address)) return false;
  return true;
}

export function isExpired(waiver: Waiver, today: string): boolean {
  return waiver.expires < today;
}
