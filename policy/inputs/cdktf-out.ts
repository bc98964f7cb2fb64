/**
 * A cdktf.out folder: every stack its manifest.json lists. A stack is its whole working folder, as
 * Terraform reads it there: cdk.tf.json plus any *.tf.json, *.tf or override file and variable file
 * beside it (policy/configuration).
 */
import * as path from "node:path";
import { ConfigError } from "../../config/config-error";
import { loadConfigurationFolder, type VariableValues } from "../configuration";
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
  }
  return stacks;
}
