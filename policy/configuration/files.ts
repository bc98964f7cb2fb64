/**
 * Which files of a folder make its root module, as Terraform's and OpenTofu's loaders decide
 * (terraform internal/configs/parser_file_matcher.go, parser_config_dir.go; opentofu
 * internal/configs/parser_config_dir.go; terraform internal/command/arguments/vars.go):
 *
 * - `*.tf` and `*.tf.json` files, in lexical order; names starting with `.`, ending with `~` or
 *   wrapped in `#` are editor files and ignored; folders are not entered;
 * - `override.tf(.json)` and `*_override.tf(.json)` are override files, merged after the others;
 * - OpenTofu also reads `*.tofu` / `*.tofu.json`, and `X.tofu` shadows `X.tf` (`X.tofu.json` shadows
 *   `X.tf.json`): when a folder holds such files, Terraform and OpenTofu see two configurations;
 * - variable files: `terraform.tfvars`, `terraform.tfvars.json`, then `*.auto.tfvars(.json)` in
 *   lexical order (these are read whatever their first character, as Terraform does).
 *
 * Special files (FIFO, socket, device) are skipped and never opened, so a scan cannot block on one.
 */
import { readdirSync, statSync, type Dirent } from "node:fs";
import * as path from "node:path";
import { ConfigError } from "../../config/config-error";
import { specialFileKind } from "../source/input-file";

export type Engine = "terraform" | "opentofu";

/** One engine's reading of a folder: its primary files and override files, each in lexical order. */
export interface FolderView {
  readonly engine: Engine;
  readonly primary: readonly string[];
  readonly override: readonly string[];
}

export interface FolderFiles {
  /** Terraform's view, then OpenTofu's when `.tofu` files make it differ. Empty views are left out. */
  readonly views: readonly FolderView[];
  /** Variable files Terraform loads automatically, in the order it applies them. */
  readonly variableFiles: readonly string[];
  /** Special files skipped (never opened). */
  readonly skipped: readonly string[];
}

const TF_EXTENSIONS = [".tf.json", ".tf"] as const;
const TOFU_EXTENSIONS = [".tofu.json", ".tofu"] as const;

/** Terraform's IsIgnoredFile: editor and hidden files. */
export function isIgnoredFile(name: string): boolean {
  return name.startsWith(".") || name.endsWith("~") || (name.startsWith("#") && name.endsWith("#"));
}

function extensionOf(name: string, extensions: readonly string[]): string | undefined {
  return extensions.find((ext) => name.endsWith(ext) && name.length > ext.length);
}

/** `override.tf`, `main_override.tf.json`, `x_override.tofu` ... */
export function isOverrideFile(name: string): boolean {
  const ext = extensionOf(name, [...TF_EXTENSIONS, ...TOFU_EXTENSIONS]);
  if (!ext) return false;
  const base = name.slice(0, -ext.length);
  return base === "override" || base.endsWith("_override");
}

export function isConfigurationFileName(name: string, engine: Engine = "opentofu"): boolean {
  return extensionOf(name, engine === "terraform" ? TF_EXTENSIONS : [...TF_EXTENSIONS, ...TOFU_EXTENSIONS]) !== undefined;
}

/** Go's os.ReadDir order: byte-wise on the UTF-8 names. */
function lexical(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** filterTfPathsWithTofuAlternatives: drop `X.tf` when `X.tofu` is there (and `.tf.json` for `.tofu.json`). */
function shadowed(names: readonly string[]): string[] {
  const present = new Set(names);
  return names.filter((name) => {
    if (name.endsWith(".tf.json")) return !present.has(`${name.slice(0, -".tf.json".length)}.tofu.json`);
    if (name.endsWith(".tf")) return !present.has(`${name.slice(0, -".tf".length)}.tofu`);
    return true;
  });
}

function isAutoVariableFile(name: string): boolean {
  return name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json");
}

/** Lists a folder's Terraform files. Throws a ConfigError when the folder cannot be read. */
export function discoverFolder(dir: string): FolderFiles {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new ConfigError(dir, "", `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? "I/O error"})`);
  }
  const regular: string[] = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    let isFile = entry.isFile();
    let special = !entry.isFile() && !entry.isDirectory() && !entry.isSymbolicLink();
    if (entry.isSymbolicLink()) {
      try {
        const stats = statSync(path.join(dir, entry.name));
        isFile = stats.isFile();
        special = !stats.isDirectory() && specialFileKind(stats) !== undefined;
      } catch {
        isFile = false; // a dangling link: Terraform would fail to read it; nothing to judge
        skipped.push(path.join(dir, entry.name));
      }
    }
    if (special) skipped.push(path.join(dir, entry.name));
    else if (isFile) regular.push(entry.name);
  }
  regular.sort(lexical);
  const candidates = regular.filter((name) => !isIgnoredFile(name));
  const view = (engine: Engine): FolderView => {
    const names = candidates.filter((name) => isConfigurationFileName(name, engine));
    const visible = engine === "opentofu" ? shadowed(names) : names;
    return {
      engine,
      primary: visible.filter((n) => !isOverrideFile(n)).map((n) => path.join(dir, n)),
      override: visible.filter((n) => isOverrideFile(n)).map((n) => path.join(dir, n)),
    };
  };
  const hasTofu = candidates.some((name) => extensionOf(name, TOFU_EXTENSIONS) !== undefined);
  const views = [view("terraform"), ...(hasTofu ? [view("opentofu")] : [])].filter((v) => v.primary.length + v.override.length > 0);
  const variableFiles = [
    ...["terraform.tfvars", "terraform.tfvars.json"].filter((name) => regular.includes(name)),
    ...regular.filter(isAutoVariableFile),
  ].map((name) => path.join(dir, name));
  return { views, variableFiles, skipped };
}
