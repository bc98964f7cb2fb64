/**
 * Benchmark child: synthesizes an environment's legacy and sovereign stacks in-process, as main.ts does,
 * but without the policy Aspect — for scaleway-dev, whose Scaleway resources the policy cannot judge until
 * it classifies Scaleway's types (issue 13 §4), so `node main.ts` stops there. Never a way to deploy:
 * the benchmark only times the synth. Usage: node -r ./tools/register-ts.js tools/bench/environment-synth.ts <environment>
 */
import { App } from "cdktf";
import { exitOnConfigError } from "../../config/config-error";
import { loadEnvironment } from "../../config/load-environment";
import { addSovereignStack } from "../../stacks/app";
import { LegacyAzureStack } from "../../stacks/legacy-azure-stack";

exitOnConfigError(() => {
  const loaded = loadEnvironment(process.argv[2]);
  const environment = loaded.config;
  const app = new App();
  new LegacyAzureStack(app, `legacy-azure-${environment.name}`, { environment, environmentFile: loaded.file });
  addSovereignStack(app, environment);
  app.synth();
});
