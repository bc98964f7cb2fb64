/**
 * Reads Terraform artefacts into the policy's resource model (policy/model.ts), one reader per input
 * kind, every configuration assembled by one module (policy/configuration):
 *
 * - a cdktf.out folder (cdktf-out.ts): every stack of its manifest, each its whole working folder;
 * - a folder of *.tf / *.tf.json (/ *.tofu) files (a root module, cdktf stack folders included);
 * - a *.tf.json (or *.tf) file: a one-file configuration;
 * - a `terraform show -json` plan or state (plan.ts);
 * - a stack's in-memory `toTerraform()` (synthesized.ts), for the Aspect and the jest matchers.
 *
 * Bad input throws a ConfigError whose message is one line naming the file (and, for a structural
 * problem, the JSON path): never a stack trace, never "0 resources" for something that is not a
 * Terraform artefact.
 */
import { existsSync, statSync } from "node:fs";
import * as path from "node:path";
import { ConfigError } from "../../config/config-error";
import { commandLineVariables, decodeDocument, assembleFiles, loadConfigurationFolder, readConfigFile, type VariableArgument, type VariableValues } from "../configuration";
import { isObject } from "../json";
import type { PolicyInputs, PolicyStack } from "../model";
import { parseConfigJson } from "../source/config-json";
import { readInputText, specialFileKind, statInput } from "../source/input-file";
import { readCdktfOut } from "./cdktf-out";
import { fromPlanJson, isTerraformShowDocument } from "./plan";
import { findProjectRoot } from "./project-root";
import { parseJsonText } from "./terraform-show";

export { readCdktfOut } from "./cdktf-out";
export { fromPlanJson, planStackName } from "./plan";
export { findProjectRoot } from "./project-root";
export { fromTerraformJson } from "./synthesized";
export { readTerraformShowFile, validateTerraformShow } from "./terraform-show";
export { STACK_POLICY_METADATA_KEY } from "../configuration";
export { splitAddress } from "../addresses";
export type { VariableArgument } from "../configuration";

export type InputKind = "cdktf-out" | "configuration-folder" | "file";

/** What kind of input a path is; special files (FIFO, socket, device) are refused without being opened. */
export function inputKind(target: string): InputKind {
  const stats = statInput(target);
  const special = specialFileKind(stats);
  if (special) throw new ConfigError(target, "", `is ${special}, not a Terraform file or folder: refused`);
  if (!stats.isDirectory()) return "file";
  const manifest = path.join(target, "manifest.json");
  return existsSync(manifest) && statSync(manifest).isFile() ? "cdktf-out" : "configuration-folder";
}

/** The stack name of a configuration file: its name without `.tf.json` / `.tf` (`.tofu...`). */
function configStackName(file: string): string {
  return path.basename(file).replace(/\.(tf|tofu)(\.json)?$|\.json$/, "");
}

/** One file: a plan or state, or a one-file configuration (JSON or HCL). */
export async function readFileInput(file: string, commandLine: readonly VariableValues[] = []): Promise<PolicyStack> {
  const text = readInputText(file);
  const options = { stack: configStackName(file), file, projectRoot: findProjectRoot(file), variableSources: commandLine, requireBlocks: true };
  if (/\.(tf|tofu)$/.test(file)) return assembleFiles([await readConfigFile(file)], { ...options, source: "hcl" });
  // JSON.parse first (fast, and what Terraform's JSON consumers read plans with); a configuration is
  // then read again with a parser that keeps duplicate keys, as HCL JSON requires.
  const sniffed = parseJsonText(text, file);
  if (isTerraformShowDocument(sniffed)) {
    // Terraform stopped planning part-way: resources it did not reach are missing, so nothing is proven.
    if (isObject(sniffed) && sniffed.errored === true) {
      throw new ConfigError(file, "errored", "is true: Terraform reported errors while planning, so the plan misses what it could not plan: refused (fix the errors and plan again)");
    }
    return fromPlanJson(sniffed, file);
  }
  return assembleFiles([decodeDocument(parseConfigJson(text, file), file, false, true)], { ...options, source: "tf-json" });
}

/** A folder of configuration files (or a cdktf stack's working folder) as Terraform reads it. */
export async function readConfigurationFolder(dir: string, commandLine: readonly VariableValues[] = []): Promise<PolicyStack[]> {
  const source = existsSync(path.join(dir, "cdk.tf.json")) ? "cdktf" : "hcl";
  return loadConfigurationFolder(dir, { stack: path.basename(path.resolve(dir)), source, projectRoot: findProjectRoot(dir), commandLine });
}

export interface ReadOptions {
  /** The command line's `--var NAME=VALUE` / `--var-file FILE`, in the order given (configurations only). */
  readonly variables?: readonly VariableArgument[];
}

/**
 * Reads every path into one set of stacks: cdktf.out folders, configuration folders, *.tf.json
 * files, plan and state JSON files. Throws a ConfigError (one line, naming the file) on bad input.
 */
export async function readPolicyInputs(paths: readonly string[], options: ReadOptions = {}): Promise<PolicyInputs> {
  const commandLine = await guarded("--var-file", () => commandLineVariables(options.variables ?? []));
  const stacks: PolicyStack[] = [];
  for (const target of paths) {
    const kind = inputKind(target);
    if (kind === "cdktf-out") stacks.push(...(await guarded(target, () => readCdktfOut(target, commandLine))));
    else if (kind === "configuration-folder") stacks.push(...(await guarded(target, () => readConfigurationFolder(target, commandLine))));
    else stacks.push(await guarded(target, () => readFileInput(target, commandLine)));
  }
  return { stacks };
}

/**
 * Runs a reader so that nothing but a one-line ConfigError leaves it: should an input reach a path
 * no check foresaw, the error still names the input and never quotes an internal message.
 */
async function guarded<T>(target: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    if (process.env.HDH_POLICY_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    throw new ConfigError(target, "", "could not be read: its structure is not one the policy reads (HDH_POLICY_DEBUG=1 shows the details)");
  }
}
