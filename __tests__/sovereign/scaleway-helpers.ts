// Helpers of the Scaleway family's tests: the scaleway-dev environment, the Scaleway sovereign stack built
// alone (without the policy Aspect, which the environment's app applies: __tests__/policy/compliance.test.ts
// and __tests__/policy/scaleway.test.ts judge it), and an empty stack with the providers the Scaleway
// constructs need.
import { App, Testing, TerraformStack } from "cdktf";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { ScalewayProvider } from "../../.gen/providers/scaleway/provider";
import type { ScalewayEnvironmentConfig } from "../../config/environment";
import { readEnvironment } from "../../config/load-environment";
import { scalewayEnvironment } from "../../config/sovereign-cloud";
import type { ScalewayLocality } from "../../constructs/sovereign/scaleway/locality";
import { ScalewaySovereignStack } from "../../stacks/scaleway-sovereign-stack";
import type { SynthesizedJson } from "./helpers";

export const TEST_LOCALITY: ScalewayLocality = { region: "fr-par", zones: ["fr-par-1", "fr-par-2"] };

/** The scaleway-dev environment, validated (schema and structure) and typed as a Scaleway one. */
export function scalewayDevConfig(): ScalewayEnvironmentConfig {
  const read = readEnvironment("scaleway-dev");
  return scalewayEnvironment(read.config, read.file, "this test");
}

/** The Scaleway sovereign stack of an environment (scaleway-dev by default), alone in its app (no policy Aspect). */
export function scalewayStack(environment: ScalewayEnvironmentConfig = scalewayDevConfig()): ScalewaySovereignStack {
  return new ScalewaySovereignStack(Testing.app() as App, `sovereign-${environment.name}`, { environment });
}

/** Synthesized stack as text and parsed. */
export function synthScaleway(stack: TerraformStack): { text: string; json: SynthesizedJson } {
  const text = Testing.synth(stack);
  return { text, json: JSON.parse(text) as SynthesizedJson };
}

/** An empty stack with the providers the Scaleway constructs need. */
export function testScalewayStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "test");
  new ScalewayProvider(stack, "scaleway", { region: TEST_LOCALITY.region, zone: TEST_LOCALITY.zones[0] });
  new RandomProvider(stack, "random");
  return stack;
}

/** A reference to an attribute of a resource, e.g. `${scaleway_vpc.vpc_1234.id}`, as the synthesized JSON spells it. */
export function referenceTo(json: SynthesizedJson, type: string, logicalIdPrefix: string, attribute = "id"): string {
  const ids = Object.keys(json.resource?.[type] ?? {}).filter((id) => id.startsWith(logicalIdPrefix));
  if (ids.length !== 1) throw new Error(`expected one ${type} named ${logicalIdPrefix}*, found ${ids.length}`);
  return `\${${type}.${ids[0]}.${attribute}}`;
}
