/**
 * Defence in depth for sensitive values: renderers never print a value Terraform marks sensitive,
 * and this pass removes any sensitive string that would still reach the output through another
 * path (a region or name resolved from a sensitive variable, a policy message quoting a value).
 */
import { isObject } from "../json";
import { SENSITIVE_TEXT } from "./plan-file";

/** Shorter strings (`true`, `80`, `dev`) are too common to scrub without mangling the report. */
const MIN_SCRUBBED_LENGTH = 4;

/** A function replacing every sensitive string in a text by "(sensitive value)". */
export function sensitiveScrubber(sensitive: ReadonlySet<string>): (text: string) => string {
  const secrets = [...sensitive].filter((s) => s.length >= MIN_SCRUBBED_LENGTH).sort((a, b) => b.length - a.length);
  if (secrets.length === 0) return (text) => text;
  const pattern = new RegExp(secrets.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  return (text) => text.replace(pattern, SENSITIVE_TEXT);
}

/** A deep copy of a JSON value with every string scrubbed. */
export function scrubJson<T>(value: T, scrub: (text: string) => string): T {
  if (typeof value === "string") return scrub(value) as T;
  if (Array.isArray(value)) return value.map((v) => scrubJson(v, scrub)) as T;
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubJson(v, scrub)])) as T;
  }
  return value;
}
