/**
 * "Today" for everything that judges by date (waiver expiry, the migration deadline, certificate validity,
 * the migration report): one option, else the HDH_TODAY environment variable, else the current UTC date.
 * Tests and CI inject it, so that no verdict depends on the day the suite happens to run.
 */
import { ConfigError } from "./config-error";

/** The environment variable that sets "today" (YYYY-MM-DD) for the app, the CLI and the tools. */
export const TODAY_VARIABLE = "HDH_TODAY";

/** Whether a string is a real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Checks a day given by `source` (an option, HDH_TODAY); throws a one-line ConfigError naming the source. */
export function checkCalendarDate(value: string, source: string): string {
  if (!isCalendarDate(value)) throw new ConfigError(source, "", `'${value}' is not a calendar date (expected YYYY-MM-DD)`);
  return value;
}

/**
 * The day to judge as of: `explicit` (an option such as --today), else HDH_TODAY, else the current UTC
 * date. A malformed value is refused with one line naming where it came from.
 */
export function resolveToday(explicit?: string, source = "--today"): string {
  if (explicit !== undefined) return checkCalendarDate(explicit, source);
  const fromEnvironment = process.env[TODAY_VARIABLE];
  if (fromEnvironment !== undefined && fromEnvironment !== "") return checkCalendarDate(fromEnvironment, TODAY_VARIABLE);
  return new Date().toISOString().slice(0, 10);
}
