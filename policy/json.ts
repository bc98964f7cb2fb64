/**
 * The one JSON helper set of the policy folder: what a JSON object is, and how a place inside a
 * document is named in a one-line error (`resource.azurerm_storage_account.logs.location`,
 * `resource_changes[3].change.actions`).
 */

export type Json = Record<string, unknown>;

/** A JSON object (not null, not an array). */
export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Sets an own property, even one named `__proto__` (a plain assignment would change the object's
 * prototype: a key of the input must never do that).
 */
export function setProperty(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** An own property's value (never one inherited from Object.prototype, such as `constructor`). */
export function ownProperty(target: Readonly<Record<string, unknown>> | undefined, key: string): unknown {
  return target !== undefined && Object.prototype.hasOwnProperty.call(target, key) ? target[key] : undefined;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const MAX_KEY_TEXT = 40;

/**
 * A JSON path one step further: `parent.key` for identifier-like keys, else `parent["key"]`, the key
 * escaped and cut so that a hostile key (newlines, control characters, megabytes) never breaks the
 * one-line message it appears in.
 */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  if (IDENTIFIER.test(key) && key.length <= MAX_KEY_TEXT) return parent ? `${parent}.${key}` : key;
  const shown = key.length > MAX_KEY_TEXT ? `${key.slice(0, MAX_KEY_TEXT)}…` : key;
  return `${parent}[${JSON.stringify(shown)}]`;
}

/** A value's JSON type in words, for "must be ..., not ..." messages (never the value itself). */
export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "object":
      return "an object";
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return "a boolean";
    default:
      return typeof value;
  }
}

/** Whether two parsed JSON values are equal (objects key by key, whatever the keys' order). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // Own keys walked with for-in, not Object.keys: a plan's cross-check compares 10,000s of objects, and
  // a key list per object is garbage that costs scavenges.
  let aKeys = 0;
  for (const key in a) {
    if (!Object.prototype.hasOwnProperty.call(a, key)) continue;
    aKeys++;
    if (!Object.prototype.hasOwnProperty.call(b, key) || !jsonEqual((a as Json)[key], (b as Json)[key])) return false;
  }
  let bKeys = 0;
  for (const key in b) if (Object.prototype.hasOwnProperty.call(b, key)) bKeys++;
  return aKeys === bKeys;
}
