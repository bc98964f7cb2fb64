/**
 * Entry point of the schema-only provider process: `main.js --schema FILE [--address SOURCE] [--schema-response FILE] [--force-new FILE]`.
 * Terraform starts it through the filesystem mirror's launcher script (see tools/offline-plan.ts).
 */
import { serve } from "./server";

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const schemaFile = argument("--schema");
if (!schemaFile) {
  process.stderr.write("offline provider: missing --schema FILE (a `terraform providers schema -json` file)\n");
  process.exit(2);
}
serve({ schemaFile, address: argument("--address"), schemaResponseFile: argument("--schema-response"), forceNewFile: argument("--force-new") }).catch((error: Error) => {
  process.stderr.write(`offline provider: ${error.message}\n`);
  process.exit(1);
});
