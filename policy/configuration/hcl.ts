/**
 * Reads HCL native syntax (*.tf, *.tofu, *.tfvars) into the JSON form of the HCL JSON syntax with
 * @cdktf/hcl2json (HashiCorp's own HCL parser, compiled to WebAssembly): blocks become lists of
 * bodies, expressions `${...}` strings. Errors are one line: the file, the position and HCL's summary.
 */
import { ConfigError } from "../../config/config-error";
import { assertHclTextNesting, assertValueNesting } from "../source/nesting";

/** `parse config: [main.tf:2,10-3,1: Invalid expression; Expected ...]` → `line 2, column 10: Invalid expression`. */
function describeHclError(error: unknown): string {
  const text = String((error as Error | undefined)?.message ?? error);
  const match = /:(\d+),(\d+)(?:-\d+(?:,\d+)?)?: ([^;\]\n]{1,120})/.exec(text);
  return match ? `line ${match[1]}, column ${match[2]}: ${match[3].trim()}` : "syntax error";
}

export async function parseHcl(text: string, file: string): Promise<unknown> {
  // Deep nesting (blocks, lists, calls, parentheses) is refused before HCL's parser recurses into it.
  assertHclTextNesting(text, file);
  let doc: unknown;
  try {
    // Loaded on demand: hcl2json starts a WebAssembly runtime that JSON inputs do not need.
    const { parse } = await import("@cdktf/hcl2json");
    doc = await parse(file.split(/[\\/]/).pop() ?? "main.tf", text);
  } catch (error) {
    throw new ConfigError(file, "", `not valid HCL (${describeHclError(error)})`);
  }
  assertValueNesting(doc, file);
  return doc;
}
