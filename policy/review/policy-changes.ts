/**
 * What a pull request changes in the policy's own configuration: waivers, region catalogues (regions,
 * qualifications, evidence, required qualifications), environments' data classifications, contract
 * catalogues, waiver files and migration deadlines, and the roles, classifications and requirements the
 * synthesized stacks declare. `hdh-policy review --base DIR` lists each as blocking: such a change needs
 * the policy owners' approval (.github/CODEOWNERS), whatever the plans say.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import { ConfigError } from "../../config/config-error";
import { readJsonFile } from "../../config/validate-json";
import { readCdktfOut } from "../inputs";
import type { PolicyStack } from "../model";

export type PolicyChangeKind =
  | "waiver"
  | "catalogue"
  | "required-qualifications"
  | "data-classification"
  | "role"
  | "environment"
  | "contract-catalogues"
  | "migration-deadline";

export interface PolicyConfigChange {
  readonly kind: PolicyChangeKind;
  /** The repository file that changed (relative, `/`-separated), or null for a synthesized stack's metadata. */
  readonly file: string | null;
  /** What changed inside it, e.g. `regions[openstack/GRA11].qualifications.hds.status`, `stack sovereign-prod`. */
  readonly subject: string;
  readonly change: "added" | "removed" | "changed";
  /** The value before and after, as short JSON text; null when absent. */
  readonly before: string | null;
  readonly after: string | null;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** How an array item is told apart from its siblings, so that a diff survives reordering. */
function identity(item: unknown): string | undefined {
  if (!isObject(item)) return undefined;
  if (typeof item.id === "string") return item.id;
  if (typeof item.provider === "string" && typeof item.region === "string") return `${item.provider}/${item.region}`;
  if (typeof item.ruleId === "string") return [item.ruleId, item.stack ?? "*", item.address ?? "*"].join(" ");
  if (typeof item.type === "string") return item.type;
  return undefined;
}

const MAX_VALUE_TEXT = 300;

function text(value: unknown): string | null {
  if (value === undefined) return null;
  const json = JSON.stringify(value);
  return json.length > MAX_VALUE_TEXT ? `${json.slice(0, MAX_VALUE_TEXT - 1)}…` : json;
}

interface Leaf {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** Every leaf that differs between two JSON values; arrays of identified objects are matched by identity. */
export function diffJson(before: unknown, after: unknown, at = ""): Leaf[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diffJson(before[k], after[k], at ? `${at}.${k}` : k));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const items = [...before, ...after];
    const ids = items.map(identity);
    if (items.length > 0 && ids.every((id) => id !== undefined) && new Set(before.map(identity)).size === before.length && new Set(after.map(identity)).size === after.length) {
      const byId = (list: unknown[]) => new Map(list.map((item) => [identity(item) as string, item]));
      const b = byId(before);
      const a = byId(after);
      return [...new Set([...b.keys(), ...a.keys()])].flatMap((id) => diffJson(b.get(id), a.get(id), `${at}[${id}]`));
    }
    if (items.every((item) => !isObject(item) && !Array.isArray(item))) return [{ path: at, before, after }];
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => diffJson(before[i], after[i], `${at}[${i}]`)).flat();
  }
  return [{ path: at, before, after }];
}

function changeOf(before: unknown, after: unknown): PolicyConfigChange["change"] {
  return before === undefined ? "added" : after === undefined ? "removed" : "changed";
}

function readIfPresent(file: string): unknown {
  return existsSync(file) ? readJsonFile(file) : undefined;
}

function jsonFiles(dir: string): string[] {
  return existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).filter((f) => f.endsWith(".json")).sort() : [];
}

const toPosix = (p: string) => p.split(path.sep).join("/");

/** The repository-relative paths of the files an environment file names (catalogues, waivers), resolved in its repository. */
function namedFiles(root: string, environmentFile: string, doc: unknown, pick: (doc: Json) => unknown): string[] {
  if (!isObject(doc)) return [];
  const list = pick(doc);
  if (!Array.isArray(list)) return [];
  return list.filter((f): f is string => typeof f === "string").map((f) => toPosix(path.relative(root, path.resolve(path.dirname(environmentFile), f))));
}

function waiverList(doc: unknown): unknown[] {
  return isObject(doc) && Array.isArray(doc.waivers) ? doc.waivers : [];
}

/** Changes to the repository's policy configuration between two checkouts (their roots). */
export function configurationChanges(baseRoot: string, headRoot: string): PolicyConfigChange[] {
  const changes: PolicyConfigChange[] = [];
  const environmentsDir = (root: string) => path.join(root, "config", "environments");
  const environments = [...new Set([...jsonFiles(environmentsDir(baseRoot)), ...jsonFiles(environmentsDir(headRoot))])];
  const catalogueFiles = new Set([...jsonFiles(path.join(baseRoot, "config", "catalogues")), ...jsonFiles(path.join(headRoot, "config", "catalogues"))].map((f) => `config/catalogues/${f}`));
  const waiverFiles = new Set(["config/waivers.json"]);

  for (const name of environments) {
    const relative = `config/environments/${name}`;
    const [before, after] = [baseRoot, headRoot].map((root) => readIfPresent(path.join(root, relative)));
    for (const [root, doc] of [[baseRoot, before], [headRoot, after]] as const) {
      namedFiles(root, path.join(root, relative), doc, (d) => d.regionCatalogues).forEach((f) => catalogueFiles.add(f));
      namedFiles(root, path.join(root, relative), doc, (d) => (isObject(d.policy) ? d.policy.waiverFiles : undefined)).forEach((f) => waiverFiles.add(f));
    }
    const field = (doc: unknown, pick: (d: Json) => unknown): unknown => (isObject(doc) ? pick(doc) : undefined);
    const fields: [PolicyChangeKind, string, (d: Json) => unknown][] = [
      ["data-classification", "dataClassification", (d) => d.dataClassification],
      ["contract-catalogues", "regionCatalogues", (d) => d.regionCatalogues],
      ["waiver", "policy.waiverFiles", (d) => (isObject(d.policy) ? d.policy.waiverFiles : undefined)],
      ["migration-deadline", "migration.deadline", (d) => (isObject(d.migration) ? (d.migration.deadline ?? "(default)") : undefined)],
    ];
    for (const [kind, subject, pick] of fields) {
      const b = field(before, pick);
      const a = field(after, pick);
      if (JSON.stringify(b) !== JSON.stringify(a)) changes.push({ kind, file: relative, subject, change: changeOf(b, a), before: text(b), after: text(a) });
    }
  }

  for (const relative of [...catalogueFiles].sort()) {
    const [before, after] = [baseRoot, headRoot].map((root) => readIfPresent(path.join(root, relative)));
    for (const leaf of diffJson(before, after)) {
      const kind: PolicyChangeKind = leaf.path.startsWith("requirements") ? "required-qualifications" : "catalogue";
      changes.push({ kind, file: relative, subject: leaf.path || "(whole file)", change: changeOf(leaf.before, leaf.after), before: text(leaf.before), after: text(leaf.after) });
    }
  }

  for (const relative of [...waiverFiles].sort()) {
    const [before, after] = [baseRoot, headRoot].map((root) => readIfPresent(path.join(root, relative)));
    for (const leaf of diffJson(waiverList(before), waiverList(after), "waivers")) {
      changes.push({ kind: "waiver", file: relative, subject: leaf.path, change: changeOf(leaf.before, leaf.after), before: text(leaf.before), after: text(leaf.after) });
    }
  }
  return changes;
}

/** Changes to what synthesized stacks declare about themselves (role, classification, environment, requirements). */
export function metadataChanges(base: readonly PolicyStack[], head: readonly PolicyStack[]): PolicyConfigChange[] {
  const changes: PolicyConfigChange[] = [];
  const byName = (stacks: readonly PolicyStack[]) => new Map(stacks.map((s) => [s.name, s.metadata]));
  const [b, a] = [byName(base), byName(head)];
  const fields: [PolicyChangeKind, "role" | "dataClassification" | "environment" | "requires"][] = [
    ["role", "role"],
    ["data-classification", "dataClassification"],
    ["environment", "environment"],
    ["required-qualifications", "requires"],
  ];
  for (const name of [...new Set([...b.keys(), ...a.keys()])].sort()) {
    for (const [kind, key] of fields) {
      const before = b.get(name)?.[key];
      const after = a.get(name)?.[key];
      if (JSON.stringify(before) === JSON.stringify(after)) continue;
      changes.push({ kind, file: null, subject: `stack ${name}: ${key}`, change: changeOf(before, after), before: text(before), after: text(after) });
    }
  }
  return changes;
}

/** The synthesized app under a folder: the folder itself (manifest.json) or its cdktf.out. */
function synthIn(dir: string): string | undefined {
  if (existsSync(path.join(dir, "manifest.json"))) return dir;
  if (existsSync(path.join(dir, "cdktf.out", "manifest.json"))) return path.join(dir, "cdktf.out");
  return undefined;
}

/**
 * Every change of policy configuration between the base (`--base DIR`: the base branch's checkout, or its
 * synthesized cdktf.out) and the head (this repository, and its synthesized app when there is one).
 * Throws a ConfigError when DIR is neither a checkout nor a synthesized app, or when comparing syntheses
 * without the head's.
 */
export async function policyConfigurationChanges(baseDir: string, head: { readonly root: string; readonly synth?: string }): Promise<PolicyConfigChange[]> {
  if (!existsSync(baseDir) || !statSync(baseDir).isDirectory()) throw new ConfigError(baseDir, "", "--base: no such folder");
  const isCheckout = existsSync(path.join(baseDir, "config", "environments"));
  const baseSynth = synthIn(baseDir);
  if (!isCheckout && !baseSynth) throw new ConfigError(baseDir, "", "--base: neither a checkout (config/environments/) nor a synthesized app (manifest.json)");
  const changes = isCheckout ? configurationChanges(baseDir, head.root) : [];
  if (baseSynth) {
    if (!head.synth) throw new ConfigError(baseDir, "", "--base is a synthesized app: give the head's too (--synth DIR or ./cdktf.out) to compare");
    changes.push(...metadataChanges(await readCdktfOut(baseSynth), await readCdktfOut(head.synth)));
  }
  return changes;
}
