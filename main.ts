/**
 * The cdktf app: reads the environment chosen by HDH_ENV (default: dev) and wires its stacks.
 * A bad configuration stops synth with one line naming the file and field.
 */
import "./stacks/synth-runtime"; // first: it changes how cdktf loads (stacks/synth-runtime.ts)
import { App } from "cdktf";
import { exitOnConfigError } from "./config/config-error";
import { loadEnvironment } from "./config/load-environment";
import { addEnvironmentStacks } from "./stacks/app";

exitOnConfigError(() => {
  const app = new App();
  addEnvironmentStacks(app, loadEnvironment());
  app.synth();
});
