/**
 * What a stack needs from outside itself, made up offline, deterministically:
 * - root variables without a default: TF_VAR_<name> when set, else a placeholder of the declared type;
 * - outputs of other stacks read through `terraform_remote_state`: a placeholder state file holding
 *   every output the consumer references, typed from the source stack's output expression and the
 *   provider schema (an `id` is a string, a list attribute a list).
 * Only the offline copy of a stack is changed (an auto.tfvars.json and override.tf.json entries).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { placeholderFor } from "./planning";
import type { CtyType, ProviderSchemasFile, SchemaBlock } from "./schema-types";

export interface StackJsonLike {
  terraform?: { backend?: Record<string, Record<string, unknown>>; required_providers?: Record<string, { source?: string }> };
  variable?: Record<string, { type?: string; default?: unknown; sensitive?: boolean }>;
  output?: Record<string, { value?: unknown; sensitive?: boolean }>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  resource?: Record<string, Record<string, unknown>>;
}

/** The value of a placeholder as plain JSON (state files and tfvars carry no msgpack dynamic wrapping). */
function jsonPlaceholder(type: CtyType, label: string): unknown {
  return placeholderFor(concrete(type), label);
}

/** `dynamic` anywhere in a type becomes `string`: a state file or tfvars value needs a concrete type. */
export function concrete(type: CtyType): CtyType {
  if (!Array.isArray(type)) return type === "dynamic" ? "string" : type;
  const [kind, inner] = type;
  if (kind === "object") return ["object", Object.fromEntries(Object.entries(inner as Record<string, CtyType>).map(([name, field]) => [name, concrete(field)]))];
  if (kind === "tuple") return ["tuple", (inner as unknown as CtyType[]).map(concrete)] as unknown as CtyType;
  return [kind, concrete(inner as CtyType)];
}

/**
 * Parses a Terraform type constraint (`string`, `list(string)`, `object({ a = number, b = optional(bool) })`,
 * `${map(string)}` as cdktf may write it) into a cty type; `any` is dynamic. Returns undefined for what it cannot read.
 */
export function parseTypeConstraint(text: string | undefined): CtyType | undefined {
  if (!text) return "dynamic";
  const source = text.trim().replace(/^\$\{([\s\S]*)\}$/, "$1");
  let at = 0;
  const skipSpace = (): void => {
    while (at < source.length && /[\s,]/.test(source[at])) at++;
  };
  const expect = (char: string): void => {
    skipSpace();
    if (source[at] !== char) throw new Error(`expected ${char}`);
    at++;
  };
  const ident = (): string => {
    skipSpace();
    const match = /^[A-Za-z_][\w-]*/.exec(source.slice(at));
    if (!match) throw new Error("expected a name");
    at += match[0].length;
    return match[0];
  };
  const skipToClose = (): void => {
    // The default of optional(T, default): skipped, the placeholder does not need it.
    let depth = 0;
    while (at < source.length) {
      const char = source[at];
      if ("([{".includes(char)) depth++;
      else if (")]}".includes(char)) {
        if (depth === 0) return;
        depth--;
      }
      at++;
    }
  };
  const type = (): CtyType => {
    const name = ident();
    if (name === "string" || name === "number" || name === "bool") return name;
    if (name === "any") return "dynamic";
    expect("(");
    let result: CtyType;
    if (name === "list" || name === "set" || name === "map") result = [name, type()];
    else if (name === "optional") {
      result = type();
      skipToClose();
    } else if (name === "object") {
      expect("{");
      const fields: Record<string, CtyType> = {};
      for (skipSpace(); source[at] !== "}"; skipSpace()) {
        const field = ident();
        expect("=");
        fields[field] = type();
      }
      at++;
      result = ["object", fields];
    } else if (name === "tuple") {
      expect("[");
      const elements: CtyType[] = [];
      for (skipSpace(); source[at] !== "]"; skipSpace()) elements.push(type());
      at++;
      result = ["tuple", elements] as unknown as CtyType;
    } else throw new Error(`unknown type ${name}`);
    expect(")");
    return result;
  };
  try {
    const parsed = type();
    skipSpace();
    return at === source.length ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Values for the root variables that have no default and no TF_VAR_<name> in `env`: a deterministic
 * placeholder of each variable's declared type (a string placeholder when the type cannot be read).
 */
export function variablePlaceholders(stack: StackJsonLike, env: NodeJS.ProcessEnv): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, variable] of Object.entries(stack.variable ?? {})) {
    if ("default" in variable || env[`TF_VAR_${name}`] !== undefined) continue;
    values[name] = jsonPlaceholder(parseTypeConstraint(variable.type) ?? "string", `var.${name}`);
  }
  return values;
}

/** A source stack as the remote-state matching needs it. */
export interface SourceStack {
  name: string;
  /** Absolute folder of the synthesized stack. */
  dir: string;
  json: StackJsonLike;
}

const REFERENCE = /\$\{[^}]*\}/g;

/** The stack whose backend the remote state reads: same backend and config (local paths resolved), else cdktf's naming. */
export function sourceStackOf(dataName: string, remote: Record<string, unknown>, consumerDir: string, stacks: SourceStack[]): SourceStack | undefined {
  const backend = remote.backend as string | undefined;
  const config = (remote.config ?? {}) as Record<string, unknown>;
  const byBackend = stacks.find((stack) => {
    const [type, own] = Object.entries(stack.json.terraform?.backend ?? { local: {} })[0];
    if (type !== backend) return false;
    if (type === "local") {
      const ownPath = resolve(stack.dir, String(own.path ?? "terraform.tfstate"));
      return typeof config.path === "string" && resolve(consumerDir, config.path) === ownPath;
    }
    return Object.entries(own).every(([key, value]) => !(key in config) || JSON.stringify(config[key]) === JSON.stringify(value)) && "key" in own && config.key === own.key;
  });
  return byBackend ?? stacks.find((stack) => dataName === `cross-stack-reference-input-${stack.name}`);
}

/** The outputs of `data.terraform_remote_state.<dataName>` that a stack's JSON references. */
export function referencedOutputs(stackText: string, dataName: string): string[] {
  const escaped = dataName.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
  // Both `outputs.name` and `outputs["name"]` (quotes escaped, as they are inside the stack's JSON text).
  const pattern = new RegExp(`data\\.terraform_remote_state\\.${escaped}\\.outputs(?:\\.([A-Za-z_][\\w-]*)|\\[\\\\?"([^"\\\\]+)\\\\?"\\])`, "g");
  return [...new Set([...stackText.matchAll(pattern)].map((match) => match[1] ?? match[2]))].sort();
}

/** Reads provider schemas lazily (the azurerm one is large), keyed by a stack's provider local name. */
export type SchemaLookup = (stack: StackJsonLike, providerLocalName: string) => ProviderSchemasFile | undefined;

/** The cty type of an output value: a literal's own type, a single `${[data.]type.name.attr...}` reference typed by the schema, else string. */
export function outputType(value: unknown, stack: StackJsonLike, schemas: SchemaLookup): CtyType {
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "bool";
  if (typeof value !== "string") return "string";
  const whole = /^\$\{(data\.)?([A-Za-z][\w-]*)\.([\w-]+)((?:\.[\w-]+|\[\d+\])+)\}$/.exec(value);
  if (!whole || (value.match(REFERENCE) ?? []).length !== 1) return "string";
  const [, data, typeName, , path] = whole;
  const file = schemas(stack, typeName.split("_")[0]);
  const schema = file && Object.values(file.provider_schemas)[0];
  const entry = data ? schema?.data_source_schemas?.[typeName] : schema?.resource_schemas?.[typeName];
  if (!entry) return "string";
  const steps = [...path.matchAll(/\.([\w-]+)|\[(\d+)\]/g)].map((step) => step[1] ?? Number(step[2]));
  return typeAtPath(entry.block, steps) ?? "string";
}

function typeAtPath(block: SchemaBlock, steps: (string | number)[]): CtyType | undefined {
  const [first, ...rest] = steps;
  if (typeof first !== "string") return undefined;
  const attribute = block.attributes?.[first];
  let type: CtyType | undefined = attribute?.type;
  if (!attribute) {
    const nested = block.block_types?.[first];
    if (!nested) return undefined;
    if (rest.length === 0) return undefined;
    if (nested.nesting_mode === "single" || nested.nesting_mode === "group") return typeAtPath(nested.block, rest);
    if (typeof rest[0] !== "number") return undefined;
    return rest.length === 1 ? undefined : typeAtPath(nested.block, rest.slice(1));
  }
  for (const step of rest) {
    if (!Array.isArray(type)) return undefined;
    const [kind, inner] = type;
    if ((kind === "list" || kind === "set") && typeof step === "number") type = inner as CtyType;
    else if (kind === "map" && typeof step === "string") type = inner as CtyType;
    else if (kind === "object" && typeof step === "string") type = (inner as Record<string, CtyType>)[step];
    else return undefined;
  }
  return type;
}

/** A Terraform state file (format 4) holding only outputs: what a remote state read returns offline. */
export function placeholderState(outputs: Record<string, { type: CtyType; sensitive: boolean }>, label: string): object {
  return {
    version: 4,
    terraform_version: "1.11.4",
    serial: 1,
    lineage: `offline-placeholder-${label}`,
    outputs: Object.fromEntries(
      Object.entries(outputs).map(([name, output]) => {
        const type = concrete(output.type);
        return [name, { value: jsonPlaceholder(type, `${label}.${name}`), type, ...(output.sensitive ? { sensitive: true } : {}) }];
      }),
    ),
    resources: [],
    check_results: null,
  };
}

export interface RemoteStatePlaceholder {
  dataName: string;
  source?: string;
  /** Relative to the consumer's offline folder. */
  stateFile: string;
  state: object;
}

/** For each terraform_remote_state of `consumer`, the placeholder state file to read instead. */
export function remoteStatePlaceholders(consumer: SourceStack, stacks: SourceStack[], schemas: SchemaLookup): RemoteStatePlaceholder[] {
  const text = JSON.stringify(consumer.json);
  return Object.entries(consumer.json.data?.terraform_remote_state ?? {}).map(([dataName, remote]) => {
    const source = sourceStackOf(dataName, remote, consumer.dir, stacks);
    const outputs: Record<string, { type: CtyType; sensitive: boolean }> = {};
    for (const name of referencedOutputs(text, dataName)) {
      const declared = source?.json.output?.[name];
      outputs[name] = { type: declared && source ? outputType(declared.value, source.json, schemas) : "string", sensitive: declared?.sensitive === true };
    }
    return { dataName, source: source?.name, stateFile: join("offline-remote-state", `${dataName}.tfstate`), state: placeholderState(outputs, source?.name ?? dataName) };
  });
}

/** Reads a schema file once per path. */
export function cachedSchemaReader(): (file: string) => ProviderSchemasFile {
  const cache = new Map<string, ProviderSchemasFile>();
  return (file) => {
    let found = cache.get(file);
    if (!found) {
      found = JSON.parse(readFileSync(file, "utf8")) as ProviderSchemasFile;
      cache.set(file, found);
    }
    return found;
  };
}
