/** Builders for input tests: folders of configuration files, plans, and one-line error checks. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { ConfigError } from "../../config/config-error";
import { readPolicyInputs, type VariableArgument } from "../../policy/inputs";
import type { PolicyStack } from "../../policy/model";
import { RegionResolver } from "../../policy/regions";

/** A fresh folder holding the given files (objects are written as JSON, strings as they are). */
export function folder(files: Record<string, unknown>, name = "stack"): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "policy-input-")), name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, typeof content === "string" || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

export async function stacksOf(target: string | string[], variables: VariableArgument[] = []): Promise<readonly PolicyStack[]> {
  return (await readPolicyInputs(Array.isArray(target) ? target : [target], { variables })).stacks;
}

/** Each resource's address and effective region (or `unresolved: reason`). */
export function regions(stack: PolicyStack): Record<string, string> {
  const resolver = new RegionResolver(stack);
  return Object.fromEntries(
    stack.resources.map((r) => {
      const resolved = resolver.resolve(r);
      return [r.address, resolved.region ?? `${resolved.status}: ${resolved.reason ?? ""}`];
    }),
  );
}

/** The one-line ConfigError message a read ends with (fails when the read succeeds or throws anything else). */
export async function refusal(read: () => Promise<unknown> | unknown): Promise<string> {
  try {
    await read();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).not.toContain("\n");
    return message;
  }
  throw new Error("expected the input to be refused");
}

/** Texts that show an internal error leaked into a message. */
export const INTERNAL_ERROR = /is not a function|Cannot read propert|Maximum call stack|is not iterable|undefined|TypeError|RangeError|SyntaxError|Unexpected token/;

export const OPENSTACK_SOURCE = { openstack: { source: "terraform-provider-openstack/openstack" } };
export const OVH = { auth_url: "https://auth.cloud.ovh.net/v3", region: "GRA11" };
