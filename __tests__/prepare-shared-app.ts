/**
 * Computes the suites' shared app (__tests__/app-fixture.ts) ahead of the suites that read it: started in
 * the background by global-setup.js (`plan`: synthesis and offline plan; `synth`: synthesis only), stopped
 * by global-teardown.js if still running. The suites wait for its result through the fixture's lock.
 */
import { terraformBinaryName, terraformAvailable } from "../tools/offline-plan";
import { sharedPlan, sharedSynth } from "./app-fixture";

async function prepare(what: string | undefined): Promise<void> {
  const binary = terraformBinaryName();
  if (what === "plan" && (await terraformAvailable(binary))) await sharedPlan("dev", binary);
  else await sharedSynth("dev", binary);
}

prepare(process.argv[2]).catch((error: Error) => {
  // The suites compute it again themselves and report the failure there.
  process.stderr.write(`prepare-shared-app: ${error.message}\n`);
  process.exitCode = 1;
});
