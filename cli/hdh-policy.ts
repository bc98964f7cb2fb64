/**
 * `hdh-policy check [PATH...]`: runs the sovereignty policy on Terraform artefacts (a cdktf.out
 * folder, the default; *.tf.json files; `terraform show -json` plans; folders of *.tf files).
 * Exit 0: no error finding; 1: error findings; 2: bad usage or an unreadable or invalid input, with
 * one line on stderr naming the file and the problem (never a stack trace).
 */
import { writeFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { ConfigError } from "../config/config-error";
import { collect, commaList, isoDate } from "./options";
import { registerReviewCommand } from "./review-command";
import { version } from "../package.json";
import { resolveToday } from "../config/today";
import { evaluate } from "../policy/engine";
import { readPolicyInputs, type VariableArgument } from "../policy/inputs";
import type { StackRole } from "../policy/model";
import { DEFAULT_PACKS, PACKS } from "../policy/packs";
import { formatReport, REPORT_FORMATS, type ReportFormat } from "../policy/reporters";
import { oneLine } from "../policy/reporters/escape";
import { repositoryJudgement } from "../policy/trust";

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

async function check(paths: string[], options: CheckOptions): Promise<number> {
  const inputs = await readPolicyInputs(paths.length > 0 ? paths : ["cdktf.out"], { variables: options.variables });
  // Catalogues, waivers and deadlines come from this repository and the flags, never from the artefact.
  const { catalogue, waivers, stacks } = repositoryJudgement(inputs.stacks, {
    catalogue: options.catalogue,
    extraCatalogue: options.extraCatalogue,
    waivers: options.waivers,
    role: options.role,
  });
  const result = evaluate(
    { stacks },
    {
      catalogue,
      waivers,
      require: options.require,
      defaultRole: options.role,
      today: resolveToday(options.today),
      packs: options.packs,
    },
  );
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
    .option("--catalogue <file>", "region catalogue replacing the built-in one and the environments' contract catalogues (repeat to add files)", collect, [])
    .option("--extra-catalogue <file>", "catalogue file adding regions (contracted ones) to the catalogue in use (repeatable)", collect, [])
    .option("--require <list>", "qualifications required of every resource by every rule, e.g. eu,hds,secnumcloud (overrides stack metadata)", commaList)
    .option("--waivers <file>", "waiver file, beside config/waivers.json and the environments' (repeatable)", collect, [])
    .addOption(new Option("--role <role>", "role of stacks the repository does not name (plans, foreign artefacts)").choices(["sovereign", "legacy", "migration"]))
    .option("--today <date>", "judge as of this day (YYYY-MM-DD; default HDH_TODAY, else today): waiver expiry, certificate validity", isoDate)
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
