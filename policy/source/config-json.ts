/**
 * Parses Terraform JSON configuration text as the HCL JSON syntax requires: every definition of a
 * duplicated property is kept (JSON.parse keeps only the last one, so a second `"resource"` key could
 * hide a resource from the scan). Microsoft's jsonc-parser (comments and trailing commas refused)
 * gives the syntax tree; this module builds plain values from it:
 *
 * - a property defined more than once whose definitions are all objects (or lists of objects) becomes
 *   the list of every definition: for HCL JSON that is what duplicate block keys mean (several blocks,
 *   several label sets), and the array forms are read the same way;
 * - a property defined more than once with any other value is refused, as Terraform refuses it
 *   ("Duplicate argument" / "Duplicate object attribute");
 * - `"//"` (comments, and cdktf's metadata) may repeat: every definition is kept in a list.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { ConfigError } from "../../config/config-error";
import { childPath, isObject, setProperty, type Json } from "../json";
import { assertJsonTextNesting } from "./nesting";

/** Line and column (1-based) of an offset, for parse errors (never the text itself). */
function position(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

const PROBLEMS: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "a property name is expected",
  ValueExpected: "a value is expected",
  ColonExpected: "a colon is expected",
  CommaExpected: "a comma is expected",
  CloseBraceExpected: "a closing brace is expected",
  CloseBracketExpected: "a closing bracket is expected",
  EndOfFileExpected: "text after the end of the JSON value",
  InvalidCommentToken: "comments are not JSON",
  UnexpectedEndOfComment: "comments are not JSON",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape sequence",
  InvalidCharacter: "control character in a string",
};

/** A JSON syntax error in words: position and problem, never the text. */
export function parseErrorText(text: string, error: ParseError): string {
  const code = printParseErrorCode(error.error);
  return `not valid JSON (${position(text, error.offset)}: ${PROBLEMS[code] ?? "syntax error"})`;
}

/**
 * Adds one property definition to an object being built, keeping duplicates as HCL JSON requires
 * (see the module comment). Shared by the parser and by body flattening (a body given as a list of
 * objects whose objects define the same name).
 */
export function addProperty(target: Json, key: string, value: unknown, file: string, path: string): void {
  if (!Object.prototype.hasOwnProperty.call(target, key)) {
    setProperty(target, key, value);
    return;
  }
  const existing = target[key];
  if (key === "//") {
    setProperty(target, key, [...(DUPLICATES.has(existing as object) ? (existing as unknown[]) : [existing]), value]);
    return;
  }
  const blockLike = (v: unknown) => v === null || isObject(v) || (Array.isArray(v) && v.every((e) => isObject(e) || Array.isArray(e)));
  if (!blockLike(existing) || !blockLike(value)) {
    throw new ConfigError(file, childPath(path, key), "is defined twice (Terraform refuses a duplicate argument)");
  }
  const definitions = (v: unknown): unknown[] => (v === null ? [] : Array.isArray(v) ? v : [v]);
  const combined = [...definitions(existing), ...definitions(value)];
  DUPLICATES.add(combined);
  setProperty(target, key, combined);
}

/** Lists built from duplicate definitions (so that a third definition joins them, and for tests). */
const DUPLICATES = new WeakSet<object>();

/** Whether a list was built from several definitions of one property. */
export function isFromDuplicateKeys(value: unknown): boolean {
  return typeof value === "object" && value !== null && DUPLICATES.has(value);
}


function toValue(node: Node, file: string, path: string): unknown {
  switch (node.type) {
    case "object": {
      const result: Json = {};
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        const key = String(keyNode.value);
        addProperty(result, key, toValue(valueNode, file, childPath(path, key)), file, path);
      }
      return result;
    }
    case "array":
      return (node.children ?? []).map((child, i) => toValue(child, file, childPath(path, i)));
    default:
      return node.value;
  }
}

/** Parses configuration JSON text (already decoded) into plain values, duplicates kept. */
export function parseConfigJson(text: string, file: string): unknown {
  assertJsonTextNesting(text, file);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) throw new ConfigError(file, "", parseErrorText(text, errors[0]));
  if (!tree) throw new ConfigError(file, "", "is empty (not JSON)");
  return toValue(tree, file, "");
}
