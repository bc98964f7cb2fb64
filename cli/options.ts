/** Option parsers shared by the hdh-policy commands (commander calls them per occurrence). */
import { InvalidArgumentError } from "commander";
import { isCalendarDate } from "../config/today";

/** A repeatable option: each occurrence adds a value. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** A comma list of ids, e.g. `eu,hds,secnumcloud`. */
export function commaList(value: string): string[] {
  const items = value.split(",").map((s) => s.trim()).filter(Boolean);
  if (items.length === 0 || items.some((q) => !/^[a-z0-9-]+$/.test(q))) {
    throw new InvalidArgumentError("expected a comma list of ids, e.g. eu,hds,secnumcloud");
  }
  return items;
}

/** A calendar day, YYYY-MM-DD (2026-02-30 is not one). */
export function isoDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError("expected a calendar date YYYY-MM-DD");
  return value;
}
