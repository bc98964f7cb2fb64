/**
 * A problem with the input the platform team gave (environment file, catalogue, migration plan).
 * Its message is one line that names the input and the field: it is printed as is, never with a stack.
 */
export class ConfigError extends Error {
  constructor(
    /** The file or logical input the problem is in, e.g. `config/environments/dev.json`. */
    readonly source: string,
    /** The field path inside that input, e.g. `sovereign.networkCidr`; empty for the input as a whole. */
    readonly field: string,
    /** What is wrong, in a few words. */
    readonly problem: string,
  ) {
    super(`${source}: ${field ? `${field}: ` : ""}${problem}`);
    this.name = "ConfigError";
  }
}

/**
 * Runs a program's body and turns a ConfigError into one line on stderr and exit code 1,
 * so that `cdktf synth` stops with a readable message instead of a stack trace.
 */
export function exitOnConfigError(body: () => void): void {
  try {
    body();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
