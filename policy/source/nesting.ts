/**
 * Nesting limits, checked before anything recurses over a document: 10,000 levels of `[` must be one
 * line naming the file, never "Maximum call stack size exceeded".
 */
import { ConfigError } from "../../config/config-error";

/** Far beyond any real configuration or plan (Terraform's own are a few dozen levels deep). */
export const MAX_NESTING = 500;

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const BACKSLASH = 0x5c;

/** Refuses JSON text nested deeper than MAX_NESTING (strings skipped), in one pass without recursion. */
export function assertJsonTextNesting(text: string, file: string, max = MAX_NESTING): void {
  let depth = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    // Strings are most of a plan's text: jump over them with indexOf (native) instead of char by char.
    const quote = text.indexOf('"', i);
    const end = quote < 0 ? length : quote;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (++depth > max) throw new ConfigError(file, "", `nested more than ${max} levels deep: refused`);
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
      }
    }
    if (quote < 0) return;
    // The closing quote: the next one not escaped by an odd number of backslashes.
    let close = text.indexOf('"', quote + 1);
    while (close > 0) {
      let backslashes = 0;
      for (let b = close - 1; text.charCodeAt(b) === BACKSLASH; b--) backslashes++;
      if (backslashes % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    if (close < 0) return; // an unterminated string: the parser reports it
    i = close + 1;
  }
}

const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

/**
 * Refuses HCL native text nested deeper than MAX_NESTING: braces, brackets and parentheses (function
 * calls, grouping) counted everywhere, strings, templates and comments included, since HCL parses
 * interpolations inside strings recursively too. Closings never take the depth below zero, so a string
 * of closing parentheses cannot hide the nesting that follows; an opening one in text only counts higher.
 */
export function assertHclTextNesting(text: string, file: string, max = MAX_NESTING): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_BRACE || c === OPEN_BRACKET || c === OPEN_PAREN) {
      if (++depth > max) throw new ConfigError(file, "", `nested more than ${max} levels deep: refused`);
    } else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET || c === CLOSE_PAREN) && depth > 0) {
      depth--;
    }
  }
}

/** Refuses an already-built value nested deeper than MAX_NESTING, iteratively (no recursion, no allocation per node). */
export function assertValueNesting(value: unknown, file: string, max = MAX_NESTING): void {
  if (typeof value !== "object" || value === null) return;
  const values: object[] = [value];
  const depths: number[] = [1];
  while (values.length > 0) {
    const current = values.pop() as Record<string, unknown> | unknown[];
    const depth = depths.pop() as number;
    if (depth > max) throw new ConfigError(file, "", `nested more than ${max} levels deep: refused`);
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) {
        const child = current[i];
        if (typeof child === "object" && child !== null) {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const key in current) {
        const child = current[key];
        if (typeof child === "object" && child !== null) {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    }
  }
}
