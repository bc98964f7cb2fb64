/**
 * `npm run legacy:reconcile -- --inventory FILE [--format text|json|markdown] [--output FILE]`: compares the legacy
 * stack of the environment chosen by HDH_ENV (default dev), synthesized in-process, with the real Azure inventory
 * exported by `az resource list --subscription <id> -o json` (see policy/review/reconciliation/). Exit 0 when no
 * data would be left behind in Azure, 1 when some would, 2 for an unreadable inventory or configuration (one line
 * on stderr naming the file and the problem, never a stack trace).
 */
import { writeFileSync } from "node:fs";
import { App } from "cdktf";
import { Command, CommanderError, Option } from "commander";
import { AzureResourceTypes } from "../config/load-azure-resource-types";
import { ConfigError } from "../config/config-error";
import { readEnvironment, type ReadEnvironment } from "../config/load-environment";
import { loadMigrationPlan } from "../config/migration/load-plan";
import { stackName } from "../config/stack-names";
import { formatReconciliation, RECONCILE_FORMATS, type ReconcileFormat } from "../policy/review/reconciliation/format";
import { readInventoryFile } from "../policy/review/reconciliation/inventory";
import { readLegacyDeclaration, reconcile, reconciliationExitCode, type Reconciliation } from "../policy/review/reconciliation/reconcile";
import { LegacyAzureStack } from "../stacks/legacy-azure-stack";

export const RECONCILE_EXIT_OK = 0;
export const RECONCILE_EXIT_BLOCKING = 1;
export const RECONCILE_EXIT_UNREADABLE = 2;

/** The synthesized JSON of an environment's legacy stack, built in-process (nothing is written). */
export function synthesizeLegacyStack(loaded: ReadEnvironment): { name: string; doc: unknown } {
  // Only the legacy stack, from the environment file alone: the reconciliation judges no region, so a sovereign
  // region whose contract is still pending (prod) does not stop it.
  const { config, file } = loaded;
  const migrationPlan = config.migration ? loadMigrationPlan(config, file) : undefined;
  const legacy = new LegacyAzureStack(new App({ skipValidation: true }), stackName("legacy", config.name), { environment: config, environmentFile: file, migrationPlan });
  return { name: legacy.node.id, doc: JSON.parse(JSON.stringify(legacy.toTerraform())) };
}

/** Reconciles an environment's legacy stack with an inventory file. Throws a ConfigError on unreadable input. */
export function reconcileEnvironment(loaded: ReadEnvironment, inventoryFile: string): Reconciliation {
  const inventory = readInventoryFile(inventoryFile); // first: an unreadable inventory is the likeliest mistake
  const { name, doc } = synthesizeLegacyStack(loaded);
  return reconcile(readLegacyDeclaration(doc, `stacks/${name}/cdk.tf.json`, name), inventory, AzureResourceTypes.load());
}

interface ReconcileOptions {
  inventory: string;
  format: ReconcileFormat;
  output?: string;
}

/** Runs the command (argv as process.argv: node, script, options...); returns the exit code. */
export function runReconcile(argv: readonly string[], io: { stdout: (text: string) => void; stderr: (text: string) => void } = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }): number {
  const program = new Command("legacy:reconcile")
    .description("compare the legacy stack (HDH_ENV, default dev) with the Azure inventory exported by `az resource list -o json`")
    .requiredOption("--inventory <file>", "the output of `az resource list --subscription <id> -o json` (optionally with `az group list -o json` appended)")
    .addOption(new Option("--format <format>", "output format").choices(RECONCILE_FORMATS).default("text"))
    .option("--output <file>", "write the result to a file instead of stdout")
    .configureOutput({ writeOut: io.stdout, writeErr: (text) => io.stderr(`${text.trim().split("\n")[0]}\n`) })
    .exitOverride();
  try {
    program.parse([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? RECONCILE_EXIT_OK : RECONCILE_EXIT_UNREADABLE;
    throw error;
  }
  const options = program.opts<ReconcileOptions>();
  try {
    const reconciliation = reconcileEnvironment(readEnvironment(), options.inventory);
    const text = formatReconciliation(reconciliation, options.format);
    if (options.output) {
      try {
        writeFileSync(options.output, text);
      } catch (error) {
        throw new ConfigError(options.output, "", `cannot write the result (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
    } else {
      io.stdout(text);
    }
    return reconciliationExitCode(reconciliation);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`legacy:reconcile: ${message.split("\n")[0]}\n`);
    if (process.env.HDH_POLICY_DEBUG && error instanceof Error && !(error instanceof ConfigError)) io.stderr(`${error.stack}\n`);
    return RECONCILE_EXIT_UNREADABLE;
  }
}

if (require.main === module) process.exitCode = runReconcile(process.argv);
