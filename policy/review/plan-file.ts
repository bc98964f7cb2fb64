/**
 * Reads `terraform show -json` plan files (format_version 1.x, Terraform's documented JSON output
 * format) into a change model: one entry per resource change or drift, with its primary action, the
 * import / move flags, and what to print of its values (unknowns as "(known after apply)", sensitive
 * values never). Bad input throws a ConfigError: one line naming the file and the problem.
 */
import * as path from "node:path";
import { ConfigError } from "../../config/config-error";
import { splitAddress } from "../addresses";
import { readTerraformShowFile, validateTerraformShow } from "../inputs/terraform-show";
import { isObject, type Json } from "../json";
import { impliedProviderType } from "../model";
import { providerTypeOfSource } from "../provider-sources";

export type { Json } from "../json";

/** What a change does, in one word (Terraform's action lists reduced to one). */
export type PrimaryAction = "create" | "update" | "replace" | "delete" | "read" | "no-op" | "forget";

/** Counts per stack, in the order they are shown. `import` and `move` count flags, so a change can be counted twice. */
export const COUNT_KEYS = ["create", "update", "replace", "delete", "import", "move", "read", "no-op", "forget"] as const;
export type CountKey = (typeof COUNT_KEYS)[number];
export type ChangeCounts = Record<CountKey, number>;

/** How one value is shown: printed, unknown until apply, or withheld. */
export const UNKNOWN_TEXT = "(known after apply)";
export const SENSITIVE_TEXT = "(sensitive value)";

/** One attribute whose value changes, as it may be printed. */
export interface AttributeChange {
  readonly name: string;
  /** Display text of the value before (never a sensitive value). */
  readonly before: string;
  readonly after: string;
  /** Terraform said this attribute forces the replacement. */
  readonly forcesReplacement: boolean;
}

/** One resource change (or drift) of a plan. */
export interface PlanChange {
  readonly stack: string;
  readonly file: string;
  readonly address: string;
  /** The address before a `moved` block (or a `terraform state mv` the plan records). */
  readonly previousAddress?: string;
  readonly modulePath: string;
  readonly mode: "managed" | "data";
  readonly type: string;
  readonly name: string;
  /** Provider type, e.g. `openstack`. */
  readonly provider: string;
  /** Terraform's action list, e.g. `["delete","create"]`. */
  readonly actions: readonly string[];
  readonly action: PrimaryAction;
  /** An import (`change.importing`), in addition to the action. */
  readonly importing: boolean;
  /** The id of the imported object (Terraform prints it too). */
  readonly importId?: string;
  readonly moved: boolean;
  /** Key of a deposed object (left by a failed create_before_destroy). */
  readonly deposed?: string;
  /** Terraform's reason for the action (`replace_because_cannot_update`, `delete_because_no_resource_config` ...). */
  readonly actionReason?: string;
  /** Changed attributes (update, replace, drift), in name order. */
  readonly attributes: readonly AttributeChange[];
  /** The full `before` object, for resolving the region of what is deleted (never printed). */
  readonly before: Json | undefined;
}

/** A root output of the plan (planned value, or the output change's `after`), unless sensitive. */
export interface PlanOutput {
  readonly value: unknown;
  readonly sensitive: boolean;
  readonly unknown: boolean;
}

/** One plan file, read and checked. */
export interface PlanFile {
  readonly stack: string;
  readonly file: string;
  readonly formatVersion: string;
  readonly terraformVersion?: string;
  /** The parsed document, for the policy engine (fromPlanJson). */
  readonly document: Json;
  readonly changes: readonly PlanChange[];
  readonly drift: readonly PlanChange[];
  readonly outputs: Readonly<Record<string, PlanOutput>>;
  /** `errored: true`: Terraform stopped planning part-way; the plan is incomplete. */
  readonly errored: boolean;
  /** `complete: false`: Terraform deferred some changes to a later plan (Terraform 1.8+). */
  readonly incomplete: boolean;
  /** Every sensitive string value the plan carries, so no rendering can leak one. */
  readonly sensitiveStrings: ReadonlySet<string>;
}

const KNOWN_ACTIONS = new Set(["no-op", "create", "read", "update", "delete", "forget"]);

/** Reduces Terraform's action list to one primary action, or undefined for a list Terraform never writes. */
export function primaryAction(actions: readonly string[]): PrimaryAction | undefined {
  const key = actions.join(",");
  switch (key) {
    case "no-op":
    case "create":
    case "read":
    case "update":
    case "delete":
    case "forget":
      return key;
    case "delete,create":
    case "create,delete":
      return "replace";
    // Terraform 1.7+: forget the current object and create a new one (removed block with a new config).
    case "create,forget":
    case "forget,create":
      return "replace";
    default:
      return undefined;
  }
}

/** Whether a sensitivity/unknown marker (`true`, or a structure holding a `true`) marks anything. */
function marksAnything(marker: unknown): boolean {
  if (marker === true) return true;
  if (Array.isArray(marker)) return marker.some(marksAnything);
  if (isObject(marker)) return Object.values(marker).some(marksAnything);
  return false;
}

/** Every string leaf of a value that the marker structure marks sensitive (`true` marks the whole sub-value). */
function collectMarked(value: unknown, marker: unknown, into: Set<string>): void {
  if (marker === true) {
    collectStrings(value, into);
    return;
  }
  if (Array.isArray(marker) && Array.isArray(value)) marker.forEach((m, i) => collectMarked(value[i], m, into));
  else if (isObject(marker) && isObject(value)) for (const [k, m] of Object.entries(marker)) collectMarked(value[k], m, into);
}

function collectStrings(value: unknown, into: Set<string>): void {
  // Booleans are not collected: scrubbing every "true" would garble the report and hide nothing.
  if (typeof value === "string") into.add(value);
  else if (typeof value === "number") into.add(String(value));
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, into));
  else if (isObject(value)) Object.values(value).forEach((v) => collectStrings(v, into));
}

const MAX_VALUE_TEXT = 80;

/** A value as a short one-line text: strings quoted, structures as compact JSON, long text cut. */
function displayValue(value: unknown, unknown: unknown, sensitive: unknown): string {
  if (marksAnything(sensitive)) return SENSITIVE_TEXT;
  if (unknown === true) return UNKNOWN_TEXT;
  if (value === undefined || value === null) return marksAnything(unknown) ? UNKNOWN_TEXT : "null";
  let text = JSON.stringify(value);
  if (marksAnything(unknown)) text += ` (partly ${UNKNOWN_TEXT})`;
  return text.length > MAX_VALUE_TEXT ? `${text.slice(0, MAX_VALUE_TEXT - 1)}…` : text;
}

/** Deep equality of two JSON values (null and absent alike), without serialising them. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b || ((a === undefined || a === null) && (b === undefined || b === null))) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (Array.isArray(b)) return false;
  const ak = Object.keys(a);
  const bk = Object.keys(b);
  return ak.length === bk.length && ak.every((k) => sameValue((a as Json)[k], (b as Json)[k]));
}

/** Top-level attributes whose value changes (or becomes unknown), with printable values. */
function attributeChanges(change: Json, action: PrimaryAction): AttributeChange[] {
  if (action !== "update" && action !== "replace") return [];
  const before = isObject(change.before) ? change.before : {};
  const after = isObject(change.after) ? change.after : {};
  const afterUnknown = isObject(change.after_unknown) ? change.after_unknown : {};
  const beforeSensitive = isObject(change.before_sensitive) ? change.before_sensitive : change.before_sensitive === true ? true : {};
  const afterSensitive = isObject(change.after_sensitive) ? change.after_sensitive : change.after_sensitive === true ? true : {};
  const forcing = new Set(
    (Array.isArray(change.replace_paths) ? change.replace_paths : [])
      .map((p) => (Array.isArray(p) && typeof p[0] === "string" ? p[0] : undefined))
      .filter((p): p is string => p !== undefined),
  );
  const names = [...new Set([...Object.keys(before), ...Object.keys(after), ...Object.keys(afterUnknown)])].sort();
  const result: AttributeChange[] = [];
  for (const name of names) {
    const unknownMarker = afterUnknown[name];
    const bs = beforeSensitive === true ? true : beforeSensitive[name];
    const as = afterSensitive === true ? true : afterSensitive[name];
    const changed = !sameValue(before[name], after[name]) || marksAnything(unknownMarker) || (marksAnything(bs) !== marksAnything(as));
    // A sensitive value that may or may not change is listed (withheld): Terraform says so too.
    if (!changed && !(marksAnything(bs) && forcing.has(name))) continue;
    result.push({ name, before: displayValue(before[name], undefined, bs), after: displayValue(after[name], unknownMarker, as), forcesReplacement: forcing.has(name) });
  }
  // What forces a replacement matters most to a reviewer.
  return result.sort((a, b) => Number(b.forcesReplacement) - Number(a.forcesReplacement));
}

function fail(file: string, field: string, problem: string): never {
  throw new ConfigError(file, field, problem);
}

function readChange(entry: unknown, index: number, section: string, file: string, stack: string, sensitive: Set<string>): PlanChange {
  const where = `${section}[${index}]`;
  if (!isObject(entry)) fail(file, where, "must be an object");
  const { address, type, name } = entry;
  if (typeof address !== "string" || address === "") fail(file, `${where}.address`, "is required (a resource address)");
  if (typeof type !== "string" || type === "") fail(file, `${where}.type`, "is required");
  if (entry.mode !== "managed" && entry.mode !== "data") fail(file, `${where}.mode`, `must be "managed" or "data"`);
  const change = entry.change;
  if (!isObject(change)) fail(file, `${where}.change`, "is required (an object)");
  const actions = change.actions;
  if (!Array.isArray(actions) || actions.length === 0 || actions.some((a) => typeof a !== "string" || !KNOWN_ACTIONS.has(a))) {
    fail(file, `${where}.change.actions`, "must be a list of Terraform actions");
  }
  const action = primaryAction(actions as string[]);
  if (!action) fail(file, `${where}.change.actions`, "is an action list Terraform never writes");
  collectMarked(change.before, change.before_sensitive, sensitive);
  collectMarked(change.after, change.after_sensitive, sensitive);
  const importing = isObject(change.importing);
  const previousAddress = typeof entry.previous_address === "string" && entry.previous_address !== address ? entry.previous_address : undefined;
  const providerName = typeof entry.provider_name === "string" ? entry.provider_name : undefined;
  const { modulePath } = splitAddress(address);
  return {
    stack,
    file,
    address,
    previousAddress,
    modulePath: typeof entry.module_address === "string" ? entry.module_address : modulePath,
    mode: entry.mode,
    type,
    name: typeof name === "string" ? name : "",
    provider: providerName ? providerTypeOfSource(providerName) : impliedProviderType(type),
    actions: actions as string[],
    action,
    importing,
    importId: importing && isObject(change.importing) && typeof change.importing.id === "string" ? change.importing.id : undefined,
    moved: previousAddress !== undefined,
    deposed: typeof entry.deposed === "string" ? entry.deposed : undefined,
    actionReason: typeof entry.action_reason === "string" ? entry.action_reason : undefined,
    attributes: attributeChanges(change, action),
    before: isObject(change.before) ? change.before : undefined,
  };
}

/** Sensitive values recorded in planned/prior values (`sensitive_values`) of every module. */
function collectModuleSensitive(module: unknown, into: Set<string>): void {
  if (!isObject(module)) return;
  for (const resource of Array.isArray(module.resources) ? module.resources : []) {
    if (isObject(resource)) collectMarked(resource.values, resource.sensitive_values, into);
  }
  for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) collectModuleSensitive(child, into);
}

/** Variables the configuration declares sensitive: their plan values must not be printed either. */
function collectSensitiveVariables(doc: Json, into: Set<string>): void {
  const configuration = isObject(doc.configuration) ? doc.configuration : {};
  const root = isObject(configuration.root_module) ? configuration.root_module : {};
  const declared = isObject(root.variables) ? root.variables : {};
  const values = isObject(doc.variables) ? doc.variables : {};
  for (const [name, definition] of Object.entries(declared)) {
    if (isObject(definition) && definition.sensitive === true) {
      const given = values[name];
      collectStrings(isObject(given) ? given.value : undefined, into);
      collectStrings(definition.default, into);
    }
  }
}

function readOutputs(doc: Json, file: string, sensitive: Set<string>): Record<string, PlanOutput> {
  const outputs: Record<string, PlanOutput> = {};
  const planned = isObject(doc.planned_values) && isObject(doc.planned_values.outputs) ? doc.planned_values.outputs : {};
  for (const [name, output] of Object.entries(planned)) {
    if (!isObject(output)) fail(file, `planned_values.outputs.${name}`, "must be an object");
    const isSensitive = output.sensitive === true;
    if (isSensitive) collectStrings(output.value, sensitive);
    outputs[name] = { value: isSensitive ? undefined : output.value, sensitive: isSensitive, unknown: !("value" in output) };
  }
  const changes = isObject(doc.output_changes) ? doc.output_changes : {};
  for (const [name, entry] of Object.entries(changes)) {
    if (!isObject(entry)) fail(file, `output_changes.${name}`, "must be an object");
    // Terraform writes the change representation directly; the format page once showed it under "change".
    const change = isObject(entry.change) ? entry.change : entry;
    collectMarked(change.before, change.before_sensitive, sensitive);
    collectMarked(change.after, change.after_sensitive, sensitive);
    if (outputs[name] && !outputs[name].unknown) continue;
    const isSensitive = marksAnything(change.after_sensitive);
    const isUnknown = marksAnything(change.after_unknown);
    outputs[name] = { value: isSensitive || isUnknown ? undefined : change.after, sensitive: isSensitive, unknown: isUnknown };
  }
  return outputs;
}

/** The stack a plan file belongs to: its name without `.json` (plan-stacks.sh writes `<stack>.json`). */
export function stackNameOf(file: string): string {
  return path.basename(file).replace(/\.plan\.json$|\.json$/, "");
}

/**
 * Checks and reads one parsed `terraform show -json` plan. Throws a ConfigError (one line naming the
 * file and the problem) for anything that is not a format 1.x plan.
 */
export function readPlanDocument(input: unknown, file: string, stack = stackNameOf(file)): PlanFile {
  // Types, nesting and the format version (terraform-json's >= 0.1, < 2.0) are checked once, for every reader.
  const doc = validateTerraformShow(input, file);
  const version = doc.format_version as string;
  if (!isObject(doc.planned_values)) {
    fail(file, "planned_values", isObject(doc.values) ? "is missing: this is a state (`terraform show -json` without a plan file), not a plan" : "is required (an object)");
  }
  if (doc.planned_values.root_module !== undefined && !isObject(doc.planned_values.root_module)) fail(file, "planned_values.root_module", "must be an object");
  const sensitive = new Set<string>();
  const sections: Record<"resource_changes" | "resource_drift", PlanChange[]> = { resource_changes: [], resource_drift: [] };
  for (const section of ["resource_changes", "resource_drift"] as const) {
    const list = doc[section];
    if (list === undefined) continue;
    if (!Array.isArray(list)) fail(file, section, "must be a list");
    list.forEach((entry, i) => sections[section].push(readChange(entry, i, section, file, stack, sensitive)));
  }
  collectModuleSensitive(doc.planned_values.root_module, sensitive);
  const prior = isObject(doc.prior_state) && isObject(doc.prior_state.values) ? doc.prior_state.values.root_module : undefined;
  collectModuleSensitive(prior, sensitive);
  collectSensitiveVariables(doc, sensitive);
  const outputs = readOutputs(doc, file, sensitive);
  return {
    stack,
    file,
    formatVersion: version,
    terraformVersion: typeof doc.terraform_version === "string" ? doc.terraform_version : undefined,
    document: doc,
    changes: sections.resource_changes,
    drift: sections.resource_drift,
    outputs,
    errored: doc.errored === true,
    incomplete: doc.complete === false,
    sensitiveStrings: sensitive,
  };
}

/** Reads and checks one plan file (UTF-8, nesting, JSON syntax, types, format version). */
export function readPlanFile(file: string, stack?: string): PlanFile {
  return readPlanDocument(readTerraformShowFile(file), file, stack);
}

/** Counts of one list of changes. */
export function countChanges(changes: readonly PlanChange[]): ChangeCounts {
  const counts = Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as ChangeCounts;
  for (const change of changes) {
    counts[change.action] += 1;
    if (change.importing) counts.import += 1;
    if (change.moved) counts.move += 1;
  }
  return counts;
}
