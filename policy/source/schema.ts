/**
 * JSON Schema validation of an input's structure (with the project's ajv setup, config/validate-json.ts),
 * its error said as the other readers say theirs: `resource_changes[0].change.actions: must be a list`.
 */
import { ConfigError } from "../../config/config-error";
import { validateAgainstSchema } from "../../config/validate-json";

const TYPE_WORDS: Record<string, string> = {
  "must be array": "must be a list",
  "must be object": "must be an object",
  "must be string": "must be a string",
  "must be number": "must be a number",
  "must be boolean": "must be a boolean",
  "must be object,null": "must be an object or null",
  "must be object,boolean": "must be an object or a boolean",
  "must be string,number": "must be a string or a number",
  "must be object,array": "must be an object or a list",
};

/** Validates `data` (found at `prefix` inside `file`) against a schema; throws a one-line ConfigError. */
export function validateInput<T>(schema: object, data: unknown, file: string, prefix = ""): T {
  try {
    return validateAgainstSchema<T>(schema, data, file);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // ajv writes `resource_changes.0.change.actions`: indexes in brackets, as JSON paths are written here.
    const field = error.field.replace(/\.(\d+)(?=\.|$)/g, "[$1]").replace(/^(\d+)(?=\.|$)/, "[$1]");
    const full = prefix && field ? `${prefix}.${field}` : prefix || field;
    throw new ConfigError(file, full, TYPE_WORDS[error.problem] ?? error.problem);
  }
}
