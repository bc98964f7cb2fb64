/**
 * Input variable values, in Terraform's order of precedence (internal/command/arguments/vars.go,
 * later sources win): the declaration's default, then `terraform.tfvars`, `terraform.tfvars.json`,
 * then `*.auto.tfvars` / `*.auto.tfvars.json` in lexical order, then the command line's `--var-file
 * FILE` and `--var NAME=VALUE` in the order given. Values are literal (no references, no functions),
 * as Terraform evaluates them. A variable with no value from any of these stays without one: only
 * `TF_VAR_` or `-var` at apply time could give it one, so whatever depends on it is unresolved.
 */
import { ConfigError } from "../../config/config-error";
import { evaluateLiteral, isResolved } from "../expressions/evaluation";
import { childPath, isObject, setProperty, type Json } from "../json";
import type { PolicyVariable } from "../model";
import { isFromDuplicateKeys, parseConfigJson } from "../source/config-json";
import { readInputText } from "../source/input-file";
import { parseHcl } from "./hcl";
import type { ConfigModule } from "./model";

/** One `--var NAME=VALUE` or `--var-file FILE` of the command line, in the order given. */
export type VariableArgument = { readonly var: string } | { readonly varFile: string };

/** Values from one source: a variable file or the command line. */
export interface VariableValues {
  /** `terraform.tfvars`, a file path, or `--var`. */
  readonly source: string;
  /** Raw values (file: literal expressions; command line: strings, parsed per the variable's type). */
  readonly values: Readonly<Record<string, unknown>>;
  /** Command-line values are strings taken as given (Terraform's literal mode for primitive types). */
  readonly fromCommandLine?: boolean;
}

/** Reads a variable definitions file (`.tfvars` HCL or `.tfvars.json`). */
export async function readVariableFile(file: string): Promise<VariableValues> {
  const text = readInputText(file);
  const doc = file.endsWith(".json") ? parseConfigJson(text, file) : await parseHcl(text, file);
  if (!isObject(doc)) throw new ConfigError(file, "", "must be an object of variable values");
  for (const [name, value] of Object.entries(doc)) {
    if (name === "//") continue;
    if (isFromDuplicateKeys(value)) throw new ConfigError(file, childPath("", name), "is defined twice (Terraform refuses a duplicate argument)");
  }
  const values = { ...doc };
  delete values["//"];
  return { source: file, values };
}

/** Parses the command line's `--var NAME=VALUE` (the name checked as Terraform checks it). */
export function parseVarArgument(argument: string): { name: string; value: string } {
  const eq = argument.indexOf("=");
  if (eq <= 0) throw new ConfigError("--var", "", "expects NAME=VALUE");
  const name = argument.slice(0, eq);
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) throw new ConfigError("--var", "", "expects NAME=VALUE with a variable name (letters, digits, _ and -)");
  return { name, value: argument.slice(eq + 1) };
}

/** A command-line value: taken literally for untyped and primitive variables, as HCL for the others. */
export interface CommandLineValue {
  readonly literal: string;
  /** The value read as an HCL expression, when it is one. */
  readonly hcl?: { readonly value: unknown } | { readonly error: string };
}

/** The command line's variable arguments as ordered sources (files read, values parsed both ways now). */
export async function commandLineVariables(args: readonly VariableArgument[]): Promise<VariableValues[]> {
  const sources: VariableValues[] = [];
  for (const arg of args) {
    if ("varFile" in arg) sources.push(await readVariableFile(arg.varFile));
    else {
      const { name, value } = parseVarArgument(arg.var);
      let hcl: CommandLineValue["hcl"];
      try {
        const parsed = await parseHcl(`value = ${value}\n`, `--var ${name}`);
        hcl = { value: isObject(parsed) ? parsed.value : undefined };
      } catch (error) {
        hcl = { error: error instanceof ConfigError ? error.problem : "not a valid HCL value" };
      }
      sources.push({ source: "--var", values: { [name]: { literal: value, hcl } satisfies CommandLineValue }, fromCommandLine: true });
    }
  }
  return sources;
}

const PRIMITIVE_TYPES = new Set(["string", "number", "bool", "${string}", "${number}", "${bool}"]);

/** Terraform parses a command-line value literally for untyped and primitive variables, as HCL otherwise. */
function commandLineValue(given: CommandLineValue, type: unknown, name: string): { value: unknown; literal: boolean } {
  if (type === undefined || type === null || (typeof type === "string" && PRIMITIVE_TYPES.has(type.trim()))) return { value: given.literal, literal: true };
  if (given.hcl && "value" in given.hcl) return { value: given.hcl.value, literal: false };
  throw new ConfigError("--var", name, `is not a valid value for a variable of type ${String(type).replace(/^\$\{(.*)\}$/, "$1")} (${given.hcl?.error ?? "not HCL"})`);
}

/** The effective value of every variable the module declares. */
export function resolveVariables(module: ConfigModule, sources: readonly VariableValues[]): Record<string, PolicyVariable> {
  const result: Record<string, PolicyVariable> = {};
  for (const [name, declaration] of module.variables) {
    const body: Json = declaration.body;
    let raw: unknown;
    let source: string | undefined;
    let literal = false;
    if (Object.prototype.hasOwnProperty.call(body, "default")) {
      raw = body.default;
      source = "default";
    }
    for (const values of sources) {
      if (!Object.prototype.hasOwnProperty.call(values.values, name)) continue;
      raw = values.values[name];
      source = values.source;
      literal = false;
      if (values.fromCommandLine) ({ value: raw, literal } = commandLineValue(raw as CommandLineValue, body.type, name));
    }
    // nullable = false: a null given anywhere means the default.
    if (raw === null && body.nullable === false && source !== "default" && Object.prototype.hasOwnProperty.call(body, "default")) {
      raw = body.default;
      source = "default";
      literal = false;
    }
    if (source === undefined) {
      setProperty(result, name, { hasValue: false });
      continue;
    }
    const evaluated = literal && typeof raw === "string" ? { value: raw } : evaluateLiteral(raw);
    setProperty(
      result,
      name,
      isResolved(evaluated)
        ? { default: body.default, value: evaluated.value, hasValue: true, source }
        : { default: body.default, hasValue: true, source, unresolved: `its value (${source}) is not a literal: ${evaluated.unresolved}` },
    );
  }
  return result;
}
