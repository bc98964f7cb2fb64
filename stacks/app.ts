import type { App } from "cdktf";
import type { LoadedEnvironment } from "../config/load-environment";
import { applyEnvironmentPolicy } from "../policy/aspect";
import { LegacyAzureStack } from "./legacy-azure-stack";
import { SovereignStack } from "./sovereign-stack";

/** The stacks of one environment, named `<kind>-<environment>` so environments never share state. */
export interface EnvironmentStacks {
  readonly legacy: LegacyAzureStack;
  readonly sovereign: SovereignStack;
}

/** Adds every stack of one environment to the app. */
export function addEnvironmentStacks(app: App, loaded: LoadedEnvironment): EnvironmentStacks {
  const environment = loaded.config;
  const legacy = new LegacyAzureStack(app, `legacy-azure-${environment.name}`, { environment });
  const sovereign = new SovereignStack(app, `sovereign-${environment.name}`, { environment });
  // Sovereignty policy on every stack: synth fails on an error finding (policy/aspect.ts).
  applyEnvironmentPolicy(app, loaded);
  return { legacy, sovereign };
}
