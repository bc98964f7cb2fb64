import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv";
import { version as ajvVersion } from "ajv/package.json";
import { writeAtomically } from "../tools/write-atomically";
import { ConfigError } from "./config-error";

const AJV_OPTIONS = { allErrors: false, strict: true, allowUnionTypes: true } as const;
/** Compiled validators, kept as standalone modules: compiling the schemas costs ~0.25 s a run. */
const CACHE_DIR = path.resolve(__dirname, "..", "node_modules", ".cache", "hdh-ajv");
const compiled = new WeakMap<object, ValidateFunction>();

/** The schema's validator: from the cache when the same schema was compiled before, else compiled (and cached). */
function validatorFor(schema: object): ValidateFunction {
  const key = createHash("sha1").update(ajvVersion).update(JSON.stringify(AJV_OPTIONS)).update(JSON.stringify(schema)).digest("hex");
  const file = path.join(CACHE_DIR, `${key}.js`);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(file) as ValidateFunction;
  } catch {
    // ajv's compiler loads only when a schema is not in the cache: a cached validator needs only its runtime.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { default: Ajv } = require("ajv") as typeof import("ajv");
    const { default: standaloneCode } = require("ajv/dist/standalone") as typeof import("ajv/dist/standalone");
    /* eslint-enable @typescript-eslint/no-require-imports */
    const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
    const validate = ajv.compile(schema);
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      writeAtomically(file, standaloneCode(ajv, validate));
    } catch {
      // A read-only tree: compile every run.
    }
    return validate;
  }
}

/** Turns ajv's first error into a field path and a short problem, e.g. `sovereign.region`, `must NOT have fewer than 1 characters`. */
function describe(error: ErrorObject): { field: string; problem: string } {
  const base = error.instancePath.replace(/^\//, "").replace(/\//g, ".");
  if (error.keyword === "additionalProperties") {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    return { field: base ? `${base}.${extra}` : extra, problem: "unknown field" };
  }
  if (error.keyword === "required") {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return { field: base ? `${base}.${missing}` : missing, problem: "is required" };
  }
  if (error.keyword === "enum") {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
    return { field: base, problem: `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}` };
  }
  return { field: base, problem: error.message ?? "is invalid" };
}

/**
 * Validates parsed JSON against a JSON Schema and narrows its type.
 * Throws a ConfigError naming the source, the field and the problem of the first violation.
 */
export function validateAgainstSchema<T>(schema: object, data: unknown, source: string): T {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = validatorFor(schema);
    compiled.set(schema, validate);
  }
  if (!validate(data)) {
    const errors = validate.errors ?? [];
    // The if/then/else of a discriminated union reports its own "if" failure last: show the real one.
    const real = errors.find((e) => e.keyword !== "if") ?? errors[0];
    const { field, problem } = describe(real);
    throw new ConfigError(source, field, problem);
  }
  return data as T;
}

/** Reads and parses a JSON file, with one-line errors for a missing file or bad JSON. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(file, "", code === "ENOENT" ? "file not found" : `cannot read (${code ?? String(error)})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, "", `not valid JSON (${(error as Error).message})`);
  }
}
