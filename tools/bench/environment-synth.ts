/**
 * Benchmark child: synthesizes an environment's stacks in-process, as main.ts does (legacy, sovereign, and the
 * migration when the environment has one), but without the policy Aspect — for scaleway-dev, whose Scaleway
 * resources the policy cannot judge until it classifies Scaleway's types (issue 13 §4), so `node main.ts` stops
 * there. Never a way to deploy: the benchmark only times the synth.
 * Usage: node -r ./tools/register-ts.js tools/bench/environment-synth.ts <environment>
 */
import { App } from "cdktf";
import { exitOnConfigError } from "../../config/config-error";
import { loadEnvironment } from "../../config/load-environment";
import { addEnvironmentStacks } from "../../stacks/app";

exitOnConfigError(() => {
  const app = new App();
  addEnvironmentStacks(app, loadEnvironment(process.argv[2]), { sovereigntyPolicy: false });
  app.synth();
});
