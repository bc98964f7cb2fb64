import { App, Testing, TerraformStack } from "cdktf";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { OpenstackProvider } from "../../.gen/providers/openstack/provider";
import type { OpenStackEnvironmentConfig, ResearchWorkspaceConfig } from "../../config/environment";
import { openStackEnvironment } from "../../config/sovereign-cloud";
import { loadTestEnvironment } from "../helpers/environments";
import type { SovereignContext } from "../../constructs/sovereign/context";
import { InsecurePropsError } from "../../constructs/sovereign/errors";
import { SovereignStack } from "../../stacks/sovereign-stack";

export const TEST_CONTEXT: SovereignContext = {
  environment: "test",
  dataClassification: "synthetic",
  owner: "platform-team",
  migrationWave: "wave-test",
};

export const ENCRYPTED_TYPE = { name: "classic-luks", encryption: "luks" } as const;

/** An empty stack with the providers the sovereign constructs need. */
export function testStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "test");
  new OpenstackProvider(stack, "openstack", { authUrl: "https://auth.cloud.ovh.net/v3", region: "EU-WEST-PAR" });
  new RandomProvider(stack, "random");
  return stack;
}

export interface SynthesizedJson {
  provider?: Record<string, Record<string, unknown>[]>;
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  variable?: Record<string, Record<string, unknown>>;
}

/** Synthesized stack as text (for cdktf matchers) and parsed. */
export function synth(stack: TerraformStack): { text: string; json: SynthesizedJson } {
  const text = Testing.synth(stack);
  return { text, json: JSON.parse(text) as SynthesizedJson };
}

/** The resources of one type, by logical id. */
export function resourcesOf(json: SynthesizedJson, type: string): Record<string, Record<string, unknown>> {
  return json.resource?.[type] ?? {};
}

/** Every resource as [type, logical id, body]. */
export function allResources(json: SynthesizedJson): [string, string, Record<string, unknown>][] {
  return Object.entries(json.resource ?? {}).flatMap(([type, byId]) => Object.entries(byId).map(([id, body]) => [type, id, body] as [string, string, Record<string, unknown>]));
}

/**
 * References from one workspace's resources to another's (`type.id -> referenced id`); `ownerOf` tells
 * which workspace, if any, a logical id belongs to.
 */
export function crossWorkspaceReferences(json: SynthesizedJson, ownerOf: (logicalId: string) => string | undefined): string[] {
  const crossReferences: string[] = [];
  for (const [type, id, body] of allResources(json)) {
    const owner = ownerOf(id);
    if (!owner) continue;
    // Every resource reference inside every expression, function arguments included (`element(split(...))`).
    for (const [, expression] of JSON.stringify(body).matchAll(/\$\{([^}]*)\}/g)) {
      for (const [, referenced] of expression.matchAll(/\b(?:data\.)?[a-z][a-z0-9]*_[a-z0-9_]+\.([\w-]+)\.[a-z_]/g)) {
        const referencedOwner = ownerOf(referenced);
        if (referencedOwner && referencedOwner !== owner) crossReferences.push(`${type}.${id} -> ${referenced}`);
      }
    }
  }
  return crossReferences;
}

/** `count` generated workspaces with distinct ids and slots. */
export function generatedWorkspaces(count: number): ResearchWorkspaceConfig[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `study-${String(i).padStart(3, "0")}`,
    networkSlot: i,
    flavorName: i % 2 === 0 ? "b3-16" : "b3-32",
    instanceCount: 1 + (i % 2),
    volumeSizeGb: 100,
  }));
}

/** A built-in environment's configuration, typed as the OpenStack one it is (fails for another cloud's). */
export function openStackConfig(environmentName: string): OpenStackEnvironmentConfig {
  const loaded = loadTestEnvironment(environmentName);
  return openStackEnvironment(loaded.config, loaded.file, "this test");
}

/** An environment's configuration with its workspace list replaced. */
export function withWorkspaces(environment: OpenStackEnvironmentConfig, workspaces: readonly ResearchWorkspaceConfig[]): OpenStackEnvironmentConfig {
  return { ...environment, sovereign: { ...environment.sovereign, workspaces } };
}

/** The sovereign stack of a built-in environment, optionally with other workspaces. */
export function sovereignStack(environmentName: string, workspaces?: readonly ResearchWorkspaceConfig[]): SovereignStack {
  const loaded = openStackConfig(environmentName);
  const environment = workspaces ? withWorkspaces(loaded, workspaces) : loaded;
  return new SovereignStack(Testing.app() as App, `sovereign-${environment.name}`, { environment });
}

/**
 * Runs a construction that must be refused (once: a refused construct may already sit in the tree) and
 * checks the error is an InsecurePropsError with that one-line message.
 */
export function expectRefused(build: () => unknown, message: string | RegExp): void {
  let error: unknown;
  try {
    build();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(InsecurePropsError);
  const text = (error as Error).message;
  expect(text).not.toContain("\n");
  if (typeof message === "string") expect(text).toContain(message);
  else expect(text).toMatch(message);
}
