/**
 * `node -r tools/register-ts.js __tests__/helpers/synth-test-app.ts <environment>`: synthesizes an
 * environment into CDKTF_OUTDIR as main.ts does, but through synthTestEnvironment (prod on the TEST contract
 * catalogue, as of TEST_TODAY). The shared app (__tests__/app-fixture.ts) runs it for prod, whose shipped contract is
 * pending; like main.ts, a bad configuration stops it with one line on stderr.
 */
import "../../stacks/synth-runtime"; // first, as in main.ts
import { exitOnConfigError } from "../../config/config-error";
import { synthTestEnvironment } from "./synth-environment";

const [environment] = process.argv.slice(2);
const outdir = process.env.CDKTF_OUTDIR;
if (!environment || !outdir) {
  process.stderr.write("usage: CDKTF_OUTDIR=<dir> synth-test-app.ts <environment>\n");
  process.exit(2);
}
exitOnConfigError(() => {
  synthTestEnvironment(environment, outdir);
});
