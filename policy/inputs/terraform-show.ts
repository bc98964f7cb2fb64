/**
 * Reading `terraform show -json` output (a plan, or a state) safely: UTF-8 checked, nesting checked
 * before anything recurses, parsed with JSON.parse (Terraform's consumers, terraform-json's Go
 * decoding included, keep the last of duplicate keys too, and it is the fastest parser: the scan
 * benchmark allows 2× its time), the format version checked as terraform-json checks it
 * (`>= 0.1, < 2.0`), and every field the readers use type-checked against a JSON Schema, so that a
 * wrong type anywhere is refused with its JSON path.
 */
import { parseTree, type ParseError } from "jsonc-parser";
import { ConfigError } from "../../config/config-error";
import { validateInput } from "../source/schema";
import { isObject, type Json } from "../json";
import { parseErrorText } from "../source/config-json";
import { readInputText } from "../source/input-file";
import { assertJsonTextNesting, assertValueNesting, MAX_NESTING } from "../source/nesting";
import schema from "./terraform-show.schema.json";

/** terraform-json's PlanFormatVersionConstraints and StateFormatVersionConstraints. */
export const FORMAT_VERSION_CONSTRAINT = ">= 0.1, < 2.0";

/** Refuses a format version terraform-json would refuse (missing, malformed, or outside >= 0.1, < 2.0). */
export function checkFormatVersion(version: unknown, file: string): string {
  if (typeof version !== "string" || version === "") throw new ConfigError(file, "format_version", "is required (not `terraform show -json` output)");
  const match = /^v?(\d{1,9})\.(\d{1,9})(?:\.(\d{1,9}))?$/.exec(version);
  if (!match) throw new ConfigError(file, "format_version", "is not a MAJOR.MINOR version");
  const [major, minor] = [Number(match[1]), Number(match[2])];
  if (major >= 2 || (major === 0 && minor < 1)) {
    throw new ConfigError(file, "format_version", `unsupported version ${major}.${minor}: this reader knows Terraform's JSON format ${FORMAT_VERSION_CONSTRAINT}`);
  }
  return version;
}

/**
 * Parses JSON text; a syntax error is described by position, never by quoting the text. V8's
 * JSON.parse does not recurse (any depth parses), so nesting is checked on the parsed value, in one
 * iterative pass (four times faster than scanning the text).
 */
export function parseJsonText(text: string, file: string): unknown {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // The slow path, on bad input only: jsonc-parser (which recurses) names the problem and its offset.
    assertJsonTextNesting(text, file);
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    throw new ConfigError(file, "", errors[0] ? parseErrorText(text, errors[0]) : "not valid JSON");
  }
  assertValueNesting(doc, file);
  return doc;
}

/** Module trees of a document, walked without recursion: nesting must be checked before the schema recurses. */
function assertModuleNesting(doc: Json, file: string): void {
  const stack: [unknown, number][] = [];
  for (const values of [doc.planned_values, doc.values, isObject(doc.prior_state) ? doc.prior_state.values : undefined]) {
    if (isObject(values)) stack.push([values.root_module, 0]);
  }
  if (isObject(doc.configuration)) stack.push([doc.configuration.root_module, 0]);
  while (stack.length > 0) {
    const [module, depth] = stack.pop() as [unknown, number];
    if (!isObject(module)) continue;
    if (depth > MAX_NESTING) throw new ConfigError(file, "", `modules nested more than ${MAX_NESTING} levels deep: refused`);
    if (Array.isArray(module.child_modules)) for (const child of module.child_modules) stack.push([child, depth + 1]);
    if (isObject(module.module_calls)) for (const call of Object.values(module.module_calls)) if (isObject(call)) stack.push([call.module, depth + 1]);
  }
}

const validated = new WeakSet<object>();


/** Checks a parsed `terraform show -json` document: an object, a known format version, the schema. */
export function validateTerraformShow(doc: unknown, file: string): Json {
  if (!isObject(doc)) throw new ConfigError(file, "", "not `terraform show -json` output (expected a JSON object)");
  if (validated.has(doc)) return doc;
  checkFormatVersion(doc.format_version, file);
  assertModuleNesting(doc, file);
  validateInput<Json>(schema, doc, file);
  validated.add(doc);
  return doc;
}

/** Reads a `terraform show -json` file: text checked, parsed, validated. */
export function readTerraformShowFile(file: string): Json {
  return validateTerraformShow(parseJsonText(readInputText(file), file), file);
}
