/**
 * A cdktf.out folder: every stack its manifest.json lists. A stack is its whole working folder, as
 * Terraform reads it there: cdk.tf.json plus any *.tf.json, *.tf or override file and variable file
 * beside it (policy/configuration). Any other folder of cdktf.out holding configuration files is a
 * configuration too (`cd cdktf.out/stacks/x && terraform apply` needs no manifest): judged as a stack
 * named by its path.
 */
import { readdirSync, realpathSync, statSync } from "node:fs";
import * as path from "node:path";
import { ConfigError } from "../../config/config-error";
import { discoverFolder, loadConfigurationFolder, type VariableValues } from "../configuration";
import { childPath, isObject } from "../json";
import type { PolicyStack } from "../model";
import { readInputText } from "../source/input-file";
import { findProjectRoot } from "./project-root";
import { parseJsonText } from "./terraform-show";

/** A manifest path that stays inside the cdktf.out folder (a manifest cannot send the scan elsewhere). */
function insidePath(dir: string, relative: unknown, manifestFile: string, field: string): string {
  if (typeof relative !== "string" || relative === "") throw new ConfigError(manifestFile, field, "is required (a path inside the cdktf.out folder)");
  const fromDir = path.relative(path.resolve(dir), path.resolve(dir, relative));
  if (fromDir === "" || fromDir.startsWith("..") || path.isAbsolute(fromDir)) throw new ConfigError(manifestFile, field, "must stay inside the cdktf.out folder");
  // Joined, not resolved: findings name files as the user named the folder (`cdktf.out/stacks/...`).
  return path.join(dir, fromDir);
}

/** Reads every stack of a cdktf.out folder. */
export async function readCdktfOut(dir: string, commandLine: readonly VariableValues[] = []): Promise<PolicyStack[]> {
  const manifestFile = path.join(dir, "manifest.json");
  const manifest = parseJsonText(readInputText(manifestFile), manifestFile);
  if (!isObject(manifest) || !isObject(manifest.stacks)) throw new ConfigError(manifestFile, "stacks", "is required (not a cdktf manifest)");
  const entries = Object.entries(manifest.stacks);
  if (entries.length === 0) throw new ConfigError(manifestFile, "stacks", "lists no stack: nothing to judge");
  const projectRoot = findProjectRoot(dir);
  const stacks: PolicyStack[] = [];
  const listed = new Set<string>();
  for (const [name, entry] of entries) {
    const where = childPath("stacks", name);
    if (!isObject(entry)) throw new ConfigError(manifestFile, where, "must be an object");
    const mainFile = insidePath(dir, entry.synthesizedStackPath, manifestFile, childPath(where, "synthesizedStackPath"));
    const workingDirectory = entry.workingDirectory === undefined ? path.dirname(mainFile) : insidePath(dir, entry.workingDirectory, manifestFile, childPath(where, "workingDirectory"));
    if (path.dirname(mainFile) !== workingDirectory) throw new ConfigError(manifestFile, where, "synthesizedStackPath is not in the stack's workingDirectory");
    const loaded = await loadConfigurationFolder(workingDirectory, { stack: name, source: "cdktf", projectRoot, commandLine, mainFile });
    // The manifest's own stack file must be one Terraform reads (it may not be named to be skipped).
    if (!loaded.every((s) => s.configurationFiles?.includes(mainFile))) {
      throw new ConfigError(mainFile, "", "is not a configuration file Terraform reads in its folder (a *.tf.json it loads)");
    }
    stacks.push(...loaded);
    listed.add(path.resolve(workingDirectory));
  }
  for (const folder of unlistedConfigurationFolders(dir, listed)) {
    const name = path.relative(dir, folder).split(path.sep).filter((part, i) => i > 0 || part !== "stacks").join("/");
    stacks.push(...(await loadConfigurationFolder(folder, { stack: name, source: "cdktf", projectRoot, commandLine })));
  }
  return stacks;
}

/** How deep the search for unlisted configurations goes (cdktf writes `stacks/<name>`). */
const MAX_FOLDER_DEPTH = 8;

/**
 * Folders of `dir` (itself included; not entering hidden ones such as `.terraform`) whose files Terraform
 * would read as a configuration, other than the manifest's working folders. A link to a folder is
 * followed when it stays inside `dir`; one leading out of it is refused (it could hide a configuration).
 */
function unlistedConfigurationFolders(dir: string, listed: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const root = realpathSync(dir);
  const visited = new Set<string>();
  const visit = (folder: string, depth: number): void => {
    const real = realpathSync(folder);
    if (visited.has(real)) return;
    visited.add(real);
    if (!listed.has(path.resolve(folder)) && !listed.has(real) && discoverFolder(folder).views.length > 0) found.push(folder);
    if (depth >= MAX_FOLDER_DEPTH) return;
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith(".")) continue;
      const child = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(child, depth + 1);
      else if (entry.isSymbolicLink() && statSync(child, { throwIfNoEntry: false })?.isDirectory()) {
        const target = path.relative(root, realpathSync(child));
        if (target.startsWith("..") || path.isAbsolute(target)) throw new ConfigError(child, "", "links to a folder outside the cdktf.out folder: refused");
        visit(child, depth + 1);
      }
    }
  };
  visit(dir, 0);
  return found;
}
