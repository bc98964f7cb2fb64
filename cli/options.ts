/** Option parsers shared by the hdh-policy commands (commander calls them per occurrence). */
import { InvalidArgumentError } from "commander";

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

/** A calendar day, YYYY-MM-DD. */
export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError("expected YYYY-MM-DD");
  return value;
}
