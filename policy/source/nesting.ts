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
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Refuses JSON text nested deeper than MAX_NESTING (strings skipped), in one pass without recursion. */
export function assertJsonTextNesting(text: string, file: string, max = MAX_NESTING): void {
  let depth = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Skip the string: jump from quote to quote, stepping over escaped characters.
      for (i++; i < length; i++) {
        const s = text.charCodeAt(i);
        if (s === BACKSLASH) i++;
        else if (s === QUOTE) break;
      }
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > max) throw new ConfigError(file, "", `nested more than ${max} levels deep: refused`);
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
}

/** Refuses an already-built value nested deeper than MAX_NESTING (iteratively: no recursion). */
export function assertValueNesting(value: unknown, file: string, max = MAX_NESTING): void {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== "object" || current === null) continue;
    if (depth >= max) throw new ConfigError(file, "", `nested more than ${max} levels deep: refused`);
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
    }
  }
}
