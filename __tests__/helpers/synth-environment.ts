/** Synthesizes a whole environment in this process, as `cdktf synth` would, through loadTestEnvironment. */
import { App } from "cdktf";
import type { LoadEnvironmentOptions } from "../../config/load-environment";
import { addEnvironmentStacks, type EnvironmentStacks } from "../../stacks/app";
import { loadTestEnvironment } from "./environments";

/** Synthesizes an environment's stacks into `outdir` as `cdktf synth` would, through loadTestEnvironment. */
export function synthTestEnvironment(name: string, outdir: string, options: LoadEnvironmentOptions = {}): EnvironmentStacks {
  const app = new App({ outdir });
  const stacks = addEnvironmentStacks(app, loadTestEnvironment(name, options));
  app.synth();
  return stacks;
}
