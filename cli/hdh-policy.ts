/**
 * `hdh-policy check [PATH...]`: runs the sovereignty policy on Terraform artefacts (a cdktf.out
 * folder, the default; *.tf.json files; `terraform show -json` plans; folders of *.tf files).
 * Exit 0: no error finding; 1: error findings; 2: bad usage or an unreadable or invalid input, with
 * one line on stderr naming the file and the problem (never a stack trace).
 */
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { Command, CommanderError, Option } from "commander";
import { ConfigError } from "../config/config-error";
import { collect, commaList, isoDate } from "./options";
import { registerReviewCommand } from "./review-command";
import { version } from "../package.json";
import { BUILTIN_CATALOGUE_FILE, RegionCatalogue } from "../policy/catalogue";
import { evaluate } from "../policy/engine";
import { findProjectRoot, readPolicyInputs, type VariableArgument } from "../policy/inputs";
import type { PolicyInputs, StackRole } from "../policy/model";
import { DEFAULT_PACKS, PACKS } from "../policy/packs";
import { formatReport, REPORT_FORMATS, type ReportFormat } from "../policy/reporters";
import { loadWaivers, PROJECT_WAIVERS_FILE, type Waiver } from "../policy/waivers";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

interface CheckOptions {
  format: ReportFormat;
  /** `--var` / `--var-file`, interleaved in the order given (Terraform applies them in that order). */
  variables: VariableArgument[];
  output?: string;
  catalogue: string[];
  extraCatalogue: string[];
  require?: string[];
  waivers: string[];
  role?: StackRole;
  today?: string;
  packs: string[];
}




/** This CLI's own project: where synth recorded metadata paths from, when the input lies outside any project. */
const OWN_PROJECT_ROOT = findProjectRoot(__dirname) ?? process.cwd();

/** Paths that stack metadata gives relative to the project root the stack was synthesized in. */
function metadataFiles(inputs: PolicyInputs, key: "regionCatalogues" | "waiverFiles"): string[] {
  const files = new Set<string>();
  for (const stack of inputs.stacks) {
    for (const file of stack.metadata?.[key] ?? []) files.add(path.resolve(stack.projectRoot ?? OWN_PROJECT_ROOT, file));
  }
  return [...files];
}

async function check(paths: string[], options: CheckOptions): Promise<number> {
  const inputs = await readPolicyInputs(paths.length > 0 ? paths : ["cdktf.out"], { variables: options.variables });
  const extra = options.extraCatalogue.map((f) => path.resolve(f));
  let catalogue: RegionCatalogue;
  if (options.catalogue.length > 0) {
    const [first, ...rest] = options.catalogue.map((f) => path.resolve(f));
    catalogue = RegionCatalogue.load({ replaceBuiltin: first, extraFiles: [...rest, ...extra] });
  } else {
    const fromMetadata = metadataFiles(inputs, "regionCatalogues").filter((f) => f !== BUILTIN_CATALOGUE_FILE && !extra.includes(f));
    catalogue = RegionCatalogue.load({ extraFiles: [...fromMetadata, ...extra] });
  }
  const waiverFiles = new Set([PROJECT_WAIVERS_FILE, ...metadataFiles(inputs, "waiverFiles"), ...options.waivers.map((f) => path.resolve(f))]);
  const waivers: Waiver[] = [...waiverFiles].flatMap((f) => loadWaivers(f));
  const result = evaluate(inputs, {
    catalogue,
    waivers,
    require: options.require,
    defaultRole: options.role,
    today: options.today,
    packs: options.packs,
  });
  const report = formatReport(result, options.format, process.cwd());
  if (options.output) {
    try {
      writeFileSync(options.output, report);
    } catch (error) {
      throw new ConfigError(options.output, "", `cannot write the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  } else {
    process.stdout.write(report);
  }
  return result.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** One line, whatever the input named: control characters (a newline in a file name) are escaped. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function buildProgram(onResult: (code: number) => void): Command {
  // --var and --var-file share one list, so that their order on the command line is kept.
  const variables: VariableArgument[] = [];
  const program = new Command("hdh-policy")
    .description("Sovereignty policy checks for the Health Data Hub's Terraform artefacts")
    .version(version)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(`${text.trim().split("\n")[0]}\n`) })
    .showSuggestionAfterError(false);
  program
    .command("check")
    .description("check cdktf.out folders, *.tf.json files, `terraform show -json` plans or folders of *.tf files")
    .argument("[PATH...]", "inputs (default: cdktf.out)")
    .addOption(new Option("--format <format>", "report format").choices(REPORT_FORMATS).default("text"))
    .option("--output <file>", "write the report to a file instead of stdout")
    .option("--catalogue <file>", "region catalogue replacing the built-in one (repeat to add files)", collect, [])
    .option("--extra-catalogue <file>", "catalogue file adding regions (contracted ones) to the catalogue in use (repeatable)", collect, [])
    .option("--require <list>", "qualifications required of every resource, e.g. eu,hds,secnumcloud (overrides stack metadata)", commaList)
    .option("--waivers <file>", "waiver file (repeatable)", collect, [])
    .addOption(new Option("--role <role>", "role of stacks that declare none (plans)").choices(["sovereign", "legacy", "migration"]))
    .option("--today <date>", "judge as of this day (YYYY-MM-DD): waiver expiry, certificate validity", isoDate)
    .option("--packs <list>", `rule packs to run (${Object.keys(PACKS).join(", ")})`, commaList, [...DEFAULT_PACKS])
    .option("--var <name=value>", "set a variable of the configurations read, as terraform -var does (repeatable)", (value: string) => {
      variables.push({ var: value });
      return variables;
    })
    .option("--var-file <file>", "read variable values from a .tfvars or .tfvars.json file, as terraform -var-file does (repeatable)", (value: string) => {
      variables.push({ varFile: value });
      return variables;
    })
    .action(async (paths: string[], options: CheckOptions) => {
      options.variables = variables;
      const unknown = options.packs.filter((p) => !(p in PACKS));
      if (unknown.length > 0) throw new ConfigError("--packs", "", `unknown pack '${unknown[0]}' (known: ${Object.keys(PACKS).join(", ")})`);
      onResult(await check(paths, options));
    });
  registerReviewCommand(program, { onResult });
  return program;
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; usage errors were already printed on one line.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`hdh-policy: ${oneLine(error.message)}\n`);
      return EXIT_USAGE;
    }
    // Not a problem of the input the checks foresaw: say so without quoting an internal message.
    process.stderr.write("hdh-policy: internal error (HDH_POLICY_DEBUG=1 shows the details)\n");
    if (process.env.HDH_POLICY_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return EXIT_USAGE;
  }
}
