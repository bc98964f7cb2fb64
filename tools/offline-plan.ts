/**
 * `npm run plan:offline`: synthesizes the app (HDH_ENV honoured), then for every stack runs the real
 * terraform (or `TERRAFORM_BINARY_NAME=tofu`) init, plan -out (validate -json too when plan fails) and
 * show -json against the schema-only offline providers, and writes each JSON plan to `<outdir>/plans/<stack>.json`.
 * Stacks whose backend is not local are planned in a copy with a local backend override.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { resolveOfflineProvider, writeMirror, type OfflineProvider, type ProviderRequirement } from "./offline-provider/install";
import { startProviderServers } from "./offline-provider/reattach";
import { cachedSchemaReader, remoteStatePlaceholders, variablePlaceholders, type SchemaLookup, type SourceStack } from "./offline-provider/stack-inputs";

const REPOSITORY_ROOT = resolve(__dirname, "..");

/** A diagnostic as `terraform validate -json` reports it (plan failures carry Terraform's text in `detail`). */
export interface TerraformDiagnostic {
  severity: "error" | "warning";
  summary: string;
  detail?: string;
  range?: { filename: string; start: { line: number; column: number } };
}

export interface StackPlanResult {
  stack: string;
  /** The synthesized stack folder (the diagnostics' file names are relative to it). */
  stackDir: string;
  /** The `terraform show -json` plan, when the stack planned. */
  planFile?: string;
  validateOk: boolean;
  planOk: boolean;
  diagnostics: TerraformDiagnostic[];
  /** One line saying what failed, when something did. */
  failure?: string;
  backendReplaced?: string;
  /** Root variables given an offline placeholder (no default, no TF_VAR_<name>). */
  placeholderVariables?: string[];
  /** terraform_remote_state data sources read from a placeholder state file, with the stack they stand for. */
  remoteStatePlaceholders?: { dataName: string; source?: string; outputs: string[] }[];
  seconds: { init: number; validate: number; plan: number; show: number };
}

export interface OfflinePlanOptions {
  /** The synthesized app (cdktf.out): its manifest.json lists the stacks. */
  outdir: string;
  /** Only these stacks (default: all of the manifest). */
  stacks?: string[];
  /** terraform (default), or tofu; default from TERRAFORM_BINARY_NAME. */
  terraformBinary?: string;
  /** Where the JSON plans go (default `<outdir>/plans`). */
  plansDir?: string;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
  /** Stacks planned at once (default: the number of cores). */
  concurrency?: number;
  /**
   * Start each provider once and let every command reattach to it (TF_REATTACH_PROVIDERS), instead of
   * Terraform starting it 2–4 times per command (default true; `init` always installs from the mirror).
   */
  sharedProviders?: boolean;
}

interface Manifest {
  stacks: Record<string, { workingDirectory: string; synthesizedStackPath: string }>;
}

interface StackJson {
  terraform?: { backend?: Record<string, Record<string, unknown>>; required_providers?: Record<string, { source?: string; version?: string }> };
  variable?: Record<string, { type?: string; default?: unknown; sensitive?: boolean }>;
  output?: Record<string, { value?: unknown; sensitive?: boolean }>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
}

/** What every stack's planning shares: the synthesized stacks (for cross-stack references) and the provider schemas. */
interface PlanContext {
  stacks: SourceStack[];
  schemas: SchemaLookup;
}

interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
}

/**
 * What Terraform says when a provider process ends before its handshake line. Seen rarely, only with
 * several stacks planned at once on a loaded machine; the same command then succeeds, so it is retried.
 */
const PROVIDER_START_FAILURE = /Failed to read any lines from plugin's stdout|Unrecognized remote plugin message/;
const PROVIDER_START_RETRIES = 2;

/** Runs a Terraform command, retrying it when a provider process failed to start (logged). */
export async function runTerraform(binary: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, log: (line: string) => void, stack: string): Promise<CommandResult> {
  for (let attempt = 1; ; attempt++) {
    const result = await run(binary, args, cwd, env);
    if (result.code === 0 || attempt > PROVIDER_START_RETRIES || !PROVIDER_START_FAILURE.test(result.stdout + result.stderr)) return result;
    log(`${stack}: ${binary} ${args[0]}: a provider process ended before its handshake: retrying (${attempt}/${PROVIDER_START_RETRIES})`);
  }
}

function run(binary: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const started = process.hrtime.bigint();
  return new Promise((resolvePromise) => {
    const child = spawn(binary, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    const finish = (code: number, extra = ""): void =>
      resolvePromise({
        code,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8") + extra,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
      });
    child.on("error", (error) => finish(127, `${binary}: ${error.message}`));
    child.on("close", (code) => finish(code ?? 1));
  });
}

/** The terraform binary to use: the option, else TERRAFORM_BINARY_NAME, else terraform. */
export function terraformBinaryName(explicit?: string): string {
  return explicit || process.env.TERRAFORM_BINARY_NAME || "terraform";
}

/** Whether `binary` runs (tests skip when it does not). */
export async function terraformAvailable(binary = terraformBinaryName()): Promise<boolean> {
  const result = await run(binary, ["version"], process.cwd(), { ...process.env, CHECKPOINT_DISABLE: "1" });
  return result.code === 0;
}

/** Synthesizes the app into `outdir` (in a child process: cdktf's App writes files and exits on config errors). */
export async function synthesizeApp(options: { outdir: string; environment?: string }): Promise<void> {
  const env = { ...process.env, CDKTF_OUTDIR: resolve(options.outdir), ...(options.environment ? { HDH_ENV: options.environment } : {}) };
  const result = await run(process.execPath, ["-r", require.resolve("./register-ts.js"), join(REPOSITORY_ROOT, "main.ts")], REPOSITORY_ROOT, env);
  if (result.code !== 0) throw new Error(`synth failed: ${(result.stderr || result.stdout).trim().split("\n")[0]}`);
}

function readManifest(outdir: string): Manifest {
  const file = join(outdir, "manifest.json");
  if (!existsSync(file)) throw new Error(`${file}: no manifest; synthesize the app first`);
  return JSON.parse(readFileSync(file, "utf8")) as Manifest;
}

function requirementsOf(stack: StackJson): ProviderRequirement[] {
  return Object.entries(stack.terraform?.required_providers ?? {}).map(([localName, requirement]) => ({
    localName,
    source: requirement.source ?? localName,
    version: requirement.version,
  }));
}

/** Formats diagnostics as Terraform prints them, for the console. */
export function formatDiagnostics(diagnostics: TerraformDiagnostic[], stackDir?: string): string {
  return diagnostics
    .map((diagnostic) => {
      const file = diagnostic.range && stackDir ? join(stackDir, diagnostic.range.filename) : diagnostic.range?.filename;
      const where = diagnostic.range ? `\n  on ${file} line ${diagnostic.range.start.line}` : "";
      const detail = diagnostic.detail ? `\n\n${diagnostic.detail}` : "";
      return `${diagnostic.severity === "warning" ? "Warning" : "Error"}: ${diagnostic.summary}${where}${detail}`;
    })
    .join("\n\n");
}

/**
 * Terraform's diagnostics of a failed stack, for the console: a diagnostic that only repeats the
 * failure line ("terraform plan failed") is shown by its detail, which is Terraform's own text.
 */
export function failureDiagnostics(result: StackPlanResult, stackDir = result.stackDir): string {
  return result.diagnostics
    .map((diagnostic) => {
      if (`${result.stack}: ${diagnostic.summary}` !== result.failure) return formatDiagnostics([diagnostic], stackDir);
      return diagnostic.detail?.trim() ?? "";
    })
    .filter((text) => text.length > 0)
    .join("\n\n");
}

/** Terraform's own text of a failed command, as one diagnostic. */
function commandDiagnostic(binary: string, command: string, result: CommandResult): TerraformDiagnostic {
  const text = (result.stderr.trim() || result.stdout.trim()).replace(/[│╷╵]/g, "").replace(/^ +/gm, "");
  return { severity: "error", summary: `${binary} ${command} failed`, detail: text };
}

async function planStack(
  name: string,
  manifest: Manifest,
  outdir: string,
  workRoot: string,
  plansDir: string,
  binary: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  context: PlanContext,
  runEnv: NodeJS.ProcessEnv = env,
): Promise<StackPlanResult> {
  const source = join(outdir, manifest.stacks[name].workingDirectory);
  const result: StackPlanResult = { stack: name, stackDir: source, validateOk: false, planOk: false, diagnostics: [], seconds: { init: 0, validate: 0, plan: 0, show: 0 } };
  const workDir = join(workRoot, "stacks", name);
  rmSync(workDir, { recursive: true, force: true });
  // A plan left by an earlier run must never pass for this run's.
  rmSync(join(plansDir, `${name}.json`), { force: true });
  cpSync(source, workDir, { recursive: true, filter: (path) => !/[/\\](\.terraform|\.terraform\.lock\.hcl|tfplan)$/.test(path) });
  const stackJson = JSON.parse(readFileSync(join(workDir, "cdk.tf.json"), "utf8")) as StackJson;
  // Override files replace what they name (a backend block, a data source's arguments) wholesale; the synthesized cdk.tf.json stays untouched.
  const override: { terraform?: object; data?: { terraform_remote_state: Record<string, object> } } = {};
  const backendType = Object.keys(stackJson.terraform?.backend ?? {})[0];
  if (backendType && backendType !== "local") {
    override.terraform = { backend: { local: { path: `terraform.${name}.tfstate` } } };
    result.backendReplaced = backendType;
    log(`${name}: backend "${backendType}" replaced by a local backend for the offline plan (${relative(process.cwd(), join(source, "cdk.tf.json"))} untouched)`);
  }
  // Other stacks' outputs: no state exists offline, so each remote state reads a placeholder state file of the outputs this stack uses.
  const consumer = context.stacks.find((stack) => stack.name === name) ?? { name, dir: source, json: stackJson };
  for (const placeholder of remoteStatePlaceholders(consumer, context.stacks, context.schemas)) {
    mkdirSync(join(workDir, dirname(placeholder.stateFile)), { recursive: true });
    writeFileSync(join(workDir, placeholder.stateFile), JSON.stringify(placeholder.state, null, 2));
    override.data ??= { terraform_remote_state: {} };
    override.data.terraform_remote_state[placeholder.dataName] = { backend: "local", config: { path: placeholder.stateFile } };
    const outputs = Object.keys((placeholder.state as { outputs: object }).outputs);
    (result.remoteStatePlaceholders ??= []).push({ dataName: placeholder.dataName, source: placeholder.source, outputs });
    log(`${name}: remote state ${placeholder.dataName} read from placeholder outputs (${outputs.length}) of ${placeholder.source ?? "an unknown stack"}`);
  }
  if (Object.keys(override).length > 0) writeFileSync(join(workDir, "override.tf.json"), JSON.stringify(override, null, 2));
  const variables = variablePlaceholders(stackJson, env);
  if (Object.keys(variables).length > 0) {
    writeFileSync(join(workDir, "offline-placeholders.auto.tfvars.json"), JSON.stringify(variables, null, 2));
    result.placeholderVariables = Object.keys(variables);
    for (const variable of result.placeholderVariables) log(`${name}: variable ${variable} has no value: using an offline placeholder (set TF_VAR_${variable} to choose it)`);
  }
  const fail = (failure: string): StackPlanResult => ({ ...result, failure: `${name}: ${failure}` });

  const init = await runTerraform(binary, ["init", "-input=false", "-no-color"], workDir, env, log, name);
  result.seconds.init = init.seconds;
  if (init.code !== 0) {
    result.diagnostics.push(commandDiagnostic(binary, "init", init));
    return fail(`${binary} init failed`);
  }
  // `plan` validates the configuration first; `validate -json` runs only when plan fails, for Terraform's
  // structured diagnostics (file, line) of an invalid configuration. One command less per planned stack.
  const plan = await runTerraform(binary, ["plan", "-input=false", "-no-color", "-lock=false", "-out=tfplan"], workDir, runEnv, log, name);
  result.seconds.plan = plan.seconds;
  if (plan.code !== 0) {
    const validate = await runTerraform(binary, ["validate", "-json", "-no-color"], workDir, runEnv, log, name);
    result.seconds.validate = validate.seconds;
    let report: { valid?: boolean; diagnostics?: TerraformDiagnostic[] } = {};
    try {
      report = JSON.parse(validate.stdout) as typeof report;
    } catch {
      result.diagnostics.push(commandDiagnostic(binary, "validate", validate));
      return fail(`${binary} validate failed`);
    }
    result.diagnostics.push(...(report.diagnostics ?? []));
    result.validateOk = report.valid === true;
    if (!result.validateOk) {
      const errors = (report.diagnostics ?? []).filter((diagnostic) => diagnostic.severity === "error").length;
      return fail(`${binary} validate failed (${errors} error${errors === 1 ? "" : "s"})`);
    }
    result.diagnostics.push(commandDiagnostic(binary, "plan", plan));
    return fail(`${binary} plan failed`);
  }
  result.validateOk = true;
  const show = await runTerraform(binary, ["show", "-json", "-no-color", "tfplan"], workDir, runEnv, log, name);
  result.seconds.show = show.seconds;
  if (show.code !== 0) {
    result.diagnostics.push(commandDiagnostic(binary, "show", show));
    return fail(`${binary} show -json failed`);
  }
  mkdirSync(plansDir, { recursive: true });
  result.planFile = join(plansDir, `${name}.json`);
  writeFileSync(result.planFile, show.stdout);
  result.planOk = true;
  log(`${name}: validated and planned in ${(init.seconds + plan.seconds + show.seconds).toFixed(1)} s → ${relative(process.cwd(), result.planFile)}`);
  return result;
}

/** Plans every (or the chosen) stack of a synthesized app offline; never throws for a failing stack. */
export async function planStacksOffline(options: OfflinePlanOptions): Promise<StackPlanResult[]> {
  const outdir = resolve(options.outdir);
  const binary = terraformBinaryName(options.terraformBinary);
  const plansDir = resolve(options.plansDir ?? join(outdir, "plans"));
  const log = options.log ?? (() => undefined);
  const manifest = readManifest(outdir);
  const names = options.stacks ?? Object.keys(manifest.stacks);
  const unknown = names.filter((name) => !manifest.stacks[name]);
  if (unknown.length > 0) throw new Error(`no stack named ${unknown.join(", ")} in ${join(outdir, "manifest.json")}`);

  // One mirror for every provider of every chosen stack; a stack needing a provider without a schema fails alone.
  const providers = new Map<string, OfflineProvider>();
  const unsupported = new Map<string, string>();
  for (const name of names) {
    const stackJson = JSON.parse(readFileSync(join(outdir, manifest.stacks[name].synthesizedStackPath), "utf8")) as StackJson;
    for (const requirement of requirementsOf(stackJson)) {
      try {
        const provider = resolveOfflineProvider(requirement);
        providers.set(provider.namespacedType, provider);
      } catch (error) {
        unsupported.set(name, (error as Error).message);
      }
    }
  }
  const readSchema = cachedSchemaReader();
  const context: PlanContext = {
    stacks: Object.entries(manifest.stacks).map(([name, stack]) => ({
      name,
      dir: join(outdir, stack.workingDirectory),
      json: JSON.parse(readFileSync(join(outdir, stack.synthesizedStackPath), "utf8")) as StackJson,
    })),
    schemas: (stack, localName) => {
      const requirement = requirementsOf(stack as StackJson).find((candidate) => candidate.localName === localName);
      if (!requirement) return undefined;
      try {
        return readSchema(resolveOfflineProvider(requirement).schemaFile);
      } catch {
        return undefined;
      }
    },
  };
  const workRoot = join(outdir, "offline");
  mkdirSync(workRoot, { recursive: true });
  const cliConfig = writeMirror(workRoot, [...providers.values()]);
  const env: NodeJS.ProcessEnv = { ...process.env, TF_CLI_CONFIG_FILE: cliConfig, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", TF_INPUT: "0" };
  for (const key of Object.keys(env)) {
    if (key.startsWith("TF_CLI_ARGS") || key === "TF_PLUGIN_CACHE_DIR" || key === "TF_DATA_DIR" || key === "TF_REATTACH_PROVIDERS") delete env[key];
  }

  const servers = options.sharedProviders === false || providers.size === 0 ? undefined : await startProviderServers(workRoot, [...providers.values()]);
  const runEnv: NodeJS.ProcessEnv = servers ? { ...env, TF_REATTACH_PROVIDERS: servers.reattach } : env;
  const results: StackPlanResult[] = new Array(names.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < names.length) {
      const index = next++;
      const name = names[index];
      const reason = unsupported.get(name);
      results[index] = reason
        ? { stack: name, stackDir: join(outdir, manifest.stacks[name].workingDirectory), validateOk: false, planOk: false, diagnostics: [{ severity: "error", summary: reason }], failure: `${name}: ${reason}`, seconds: { init: 0, validate: 0, plan: 0, show: 0 } }
        : await planStack(name, manifest, outdir, workRoot, plansDir, binary, env, log, context, runEnv);
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? cpus().length, names.length));
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    servers?.stop();
  }
  return results;
}

/**
 * Applies a stack's offline plan (made by planStacksOffline in `outdir`) with placeholders, and returns
 * the state Terraform wrote: a prior state to plan a change against, e.g. to see which changes replace a
 * resource. The provider writes every value known only after apply as a deterministic placeholder
 * (HDH_OFFLINE_PROVIDER_APPLY=placeholders, set only for this); it never calls a cloud. Only the offline
 * copy of the stack is touched.
 */
export async function applyPlanOffline(result: StackPlanResult, options: { outdir: string; terraformBinary?: string }): Promise<string> {
  if (!result.planOk) throw new Error(`${result.stack}: no plan to apply (${result.failure ?? "not planned"})`);
  const binary = terraformBinaryName(options.terraformBinary);
  const workRoot = join(resolve(options.outdir), "offline");
  const workDir = join(workRoot, "stacks", result.stack);
  const stackJson = JSON.parse(readFileSync(join(workDir, "cdk.tf.json"), "utf8")) as StackJson;
  const providers = requirementsOf(stackJson).map(resolveOfflineProvider);
  // The stack's providers, started once in placeholder mode, and reattached to (as planStacksOffline does).
  const servers = await startProviderServers(workRoot, providers, { applyPlaceholders: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TF_CLI_CONFIG_FILE: join(workRoot, "terraform.tfrc"),
    TF_REATTACH_PROVIDERS: servers.reattach,
    CHECKPOINT_DISABLE: "1",
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
  };
  const log = (): void => undefined;
  try {
    const apply = await runTerraform(binary, ["apply", "-input=false", "-no-color", "-lock=false", "-auto-approve", "tfplan"], workDir, env, log, result.stack);
    if (apply.code !== 0) throw new Error(`${result.stack}: ${binary} apply failed: ${(apply.stderr || apply.stdout).trim()}`);
    const pull = await runTerraform(binary, ["state", "pull"], workDir, env, log, result.stack);
    if (pull.code !== 0) throw new Error(`${result.stack}: ${binary} state pull failed: ${(pull.stderr || pull.stdout).trim()}`);
    return pull.stdout;
  } finally {
    servers.stop();
  }
}

async function main(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Command } = require("commander") as typeof import("commander");
  const program = new Command("plan:offline")
    .description("Synthesize, then terraform init/validate/plan/show -json every stack offline, through the schema-only providers.")
    .option("--out <dir>", "folder for the JSON plans (default: <outdir>/plans)")
    .option("--outdir <dir>", "synthesized app folder", "cdktf.out")
    .option("--stack <names...>", "only these stacks")
    .option("--no-synth", "plan the already synthesized app")
    .parse(process.argv);
  const options = program.opts<{ out?: string; outdir: string; stack?: string[]; synth: boolean }>();
  const binary = terraformBinaryName();
  const log = (line: string): void => void process.stdout.write(`plan:offline: ${line}\n`);
  const started = Date.now();
  if (!(await terraformAvailable(binary))) {
    throw new Error(`${binary} is not on PATH (TERRAFORM_BINARY_NAME chooses the binary: terraform or tofu)`);
  }
  if (options.synth) {
    log(`synthesizing (HDH_ENV=${process.env.HDH_ENV ?? "dev"}) into ${options.outdir}`);
    await synthesizeApp({ outdir: options.outdir });
  }
  const results = await planStacksOffline({ outdir: options.outdir, stacks: options.stack, plansDir: options.out, terraformBinary: binary, log });
  const failed = results.filter((result) => result.failure);
  for (const result of failed) {
    process.stderr.write(`plan:offline: ${result.failure}\n`);
    const shownDir = relative(process.cwd(), result.stackDir).startsWith("..") ? result.stackDir : relative(process.cwd(), result.stackDir);
    const text = failureDiagnostics(result, shownDir);
    if (text) process.stderr.write(`${text}\n\n`);
  }
  log(`${results.length - failed.length}/${results.length} stacks planned with ${binary} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (failed.length > 0) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`plan:offline: ${error.message}\n`);
    process.exitCode = 1;
  });
}
