/**
 * The configuration-assembly module: one root module from its files by Terraform's loading rules,
 * shared by every configuration input (a cdktf stack's working folder, a folder of *.tf / *.tf.json,
 * a single *.tf.json file, a stack's in-memory `toTerraform()`). See policy/README.md ("Reading a
 * configuration") for the rules and where they come from.
 */
import * as path from "node:path";
import { ConfigError } from "../../config/config-error";
import { isObject } from "../json";
import type { PolicyStack } from "../model";
import { parseConfigJson } from "../source/config-json";
import { readInputText } from "../source/input-file";
import { assembleModule } from "./assemble";
import { decodeConfigFile } from "./decode";
import { discoverFolder, isOverrideFile, type FolderView } from "./files";
import { parseHcl } from "./hcl";
import type { ConfigFile } from "./model";
import { moduleToStack, type StackOptions } from "./to-stack";
import { readVariableFile, resolveVariables, type VariableValues } from "./variables";

export { STACK_POLICY_METADATA_KEY } from "./to-stack";
export { commandLineVariables, type VariableArgument, type VariableValues } from "./variables";
export { discoverFolder, isConfigurationFileName, isIgnoredFile } from "./files";

const PLAN_KEYS = ["format_version", "planned_values", "resource_changes", "prior_state", "values", "terraform_version"];
const BLOCK_TYPES = ["resource", "data", "provider", "variable", "locals", "output", "module", "terraform", "check", "moved", "import", "removed", "ephemeral", "action"];

/**
 * Decodes one parsed document, refusing what is plainly not a configuration (a plan, a state, a
 * scalar; with `alone`, an object with no configuration block: a one-file input must declare one).
 */
export function decodeDocument(doc: unknown, file: string, override: boolean, alone = false): ConfigFile {
  if (!isObject(doc) && !Array.isArray(doc)) throw new ConfigError(file, "", "not a Terraform configuration (expected a JSON object)");
  if (isObject(doc) && PLAN_KEYS.some((key) => key in doc)) {
    throw new ConfigError(file, "", "is a `terraform show -json` plan or state, not a Terraform configuration");
  }
  if (alone && isObject(doc) && !Object.keys(doc).some((key) => BLOCK_TYPES.includes(key))) {
    throw new ConfigError(file, "", "neither a Terraform configuration (no resource, provider, variable, terraform ... block) nor `terraform show -json` output");
  }
  return decodeConfigFile(doc, file, override);
}

/** Reads, parses and decodes one configuration file: HCL for `.tf` / `.tofu`, HCL JSON for `.json`. */
export async function readConfigFile(file: string, override = isOverrideFile(path.basename(file))): Promise<ConfigFile> {
  const text = readInputText(file);
  const doc = file.endsWith(".json") ? parseConfigJson(text, file) : await parseHcl(text, file);
  return decodeDocument(doc, file, override);
}

export interface AssembleOptions extends Omit<StackOptions, "variables"> {
  /** Variable values beyond the defaults: variable files, then the command line's. */
  readonly variableSources?: readonly VariableValues[];
  /** Refuse a module that declares no block at all (an input that is not a configuration). */
  readonly requireBlocks?: boolean;
}

/** Assembles decoded files (primary and override, each list in lexical order) into one stack. */
export function assembleFiles(files: readonly ConfigFile[], options: AssembleOptions): PolicyStack {
  const module = assembleModule(
    files.filter((f) => !f.override),
    files.filter((f) => f.override),
  );
  if (options.requireBlocks && module.blockCount === 0) {
    throw new ConfigError(options.file, "", "declares no Terraform block (resource, provider, variable, terraform ...): not a Terraform configuration");
  }
  return moduleToStack(module, { ...options, variables: resolveVariables(module, options.variableSources ?? []) });
}

/**
 * One in-memory document as a one-file configuration (the synth-time Aspect's `toTerraform()`, the
 * jest matchers): synchronous, the same decoding, assembly and conversion as files get.
 */
export function assembleDocument(doc: unknown, options: AssembleOptions): PolicyStack {
  return assembleFiles([decodeDocument(doc, options.file, false)], options);
}

export interface FolderOptions {
  readonly stack: string;
  readonly source: PolicyStack["source"];
  readonly projectRoot?: string;
  /** The command line's `--var-file` / `--var` values, applied after the folder's own variable files. */
  readonly commandLine?: readonly VariableValues[];
  /** The file findings of the stack as a whole point at (cdktf: its cdk.tf.json); default: the folder. */
  readonly mainFile?: string;
}

/** How the stack name of a folder's OpenTofu reading is marked when it differs from Terraform's. */
const OPENTOFU_VIEW_SUFFIX = ":opentofu";

/** The stack name of an engine's view: Terraform's keeps the name, OpenTofu's differing one is marked. */
function viewName(stack: string, view: FolderView, views: readonly FolderView[]): string {
  return view.engine === "opentofu" && views.length > 1 ? `${stack}${OPENTOFU_VIEW_SUFFIX}` : stack;
}

/** The folder's stack name, whichever engine's reading `name` names. */
export function folderStackName(name: string): string {
  return name.endsWith(OPENTOFU_VIEW_SUFFIX) ? name.slice(0, -OPENTOFU_VIEW_SUFFIX.length) : name;
}

/**
 * Loads a folder as Terraform (and, where `.tofu` files make it differ, OpenTofu) would: one stack per
 * engine view. Refuses a folder with no configuration file or whose files declare nothing.
 */
export async function loadConfigurationFolder(dir: string, options: FolderOptions): Promise<PolicyStack[]> {
  const found = discoverFolder(dir);
  if (found.views.length === 0) {
    throw new ConfigError(dir, "", "holds no *.tf, *.tf.json, *.tofu or *.tofu.json file: not a Terraform configuration");
  }
  const variableSources = [...(await Promise.all(found.variableFiles.map((file) => readVariableFile(file)))), ...(options.commandLine ?? [])];
  const decoded = new Map<string, ConfigFile>();
  const read = async (file: string): Promise<ConfigFile> => {
    let config = decoded.get(file);
    if (!config) {
      config = await readConfigFile(file);
      decoded.set(file, config);
    }
    return config;
  };
  const stacks: PolicyStack[] = [];
  for (const view of found.views) {
    const files: ConfigFile[] = [];
    for (const file of [...view.primary, ...view.override]) files.push(await read(file));
    stacks.push(
      assembleFiles(files, {
        stack: viewName(options.stack, view, found.views),
        file: options.mainFile ?? dir,
        source: options.source,
        projectRoot: options.projectRoot,
        engine: view.engine,
        variableSources,
        requireBlocks: true,
      }),
    );
  }
  return stacks;
}
