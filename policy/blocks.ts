/**
 * Nested blocks as configurations write them: one block as an object (cdktf), several as a list (HCL,
 * plans, duplicate JSON keys), and blocks a `dynamic` block generates, whose `dynamic` key may itself be
 * an object or a list of objects (the HCL JSON array form, and what override merging writes). Shared by
 * every reader of nested blocks (secondary locations, rules), so that no form hides a block.
 */
import { isObject, type Json } from "./json";

export type BlockStep = string | number;

/** The `dynamic` blocks of a body that generate blocks of `type`: each definition with its path from the body. */
export function dynamicDefinitions(body: Readonly<Record<string, unknown>>, type: string): { readonly path: readonly BlockStep[]; readonly definition: unknown }[] {
  const found: { path: BlockStep[]; definition: unknown }[] = [];
  const dynamic = Object.prototype.hasOwnProperty.call(body, "dynamic") ? body.dynamic : undefined;
  const labelLevels: [unknown, BlockStep[]][] = Array.isArray(dynamic) ? dynamic.map((element, i) => [element, ["dynamic", i]]) : [[dynamic, ["dynamic"]]];
  for (const [level, levelPath] of labelLevels) {
    if (!isObject(level) || !Object.prototype.hasOwnProperty.call(level, type)) continue;
    const definitions = level[type];
    if (Array.isArray(definitions)) definitions.forEach((definition, i) => found.push({ path: [...levelPath, type, i], definition }));
    else found.push({ path: [...levelPath, type], definition: definitions });
  }
  return found;
}

/**
 * The content blocks of one dynamic definition, each with its path from the definition (`content`, or
 * `content[0]` as HCL writes it); `undefined` when the definition has no content block the policy can read.
 */
export function dynamicContents(definition: unknown): { readonly path: readonly BlockStep[]; readonly content: Json }[] | undefined {
  if (!isObject(definition)) return undefined;
  const content = definition.content;
  if (isObject(content)) return [{ path: ["content"], content }];
  if (Array.isArray(content) && content.length > 0 && content.every(isObject)) return content.map((c, i) => ({ path: ["content", i], content: c as Json }));
  return undefined;
}

/** Every block of a nested block type, with its path from the body: the blocks written out, then the dynamic blocks' contents. */
export function nestedBlocks(body: Readonly<Record<string, unknown>>, type: string): { readonly path: readonly BlockStep[]; readonly block: Json | undefined; readonly dynamic: boolean }[] {
  const found: { path: BlockStep[]; block: Json | undefined; dynamic: boolean }[] = [];
  const written = Object.prototype.hasOwnProperty.call(body, type) ? body[type] : undefined;
  if (Array.isArray(written)) written.forEach((b, i) => found.push({ path: [type, i], block: isObject(b) ? b : undefined, dynamic: false }));
  else if (written !== undefined && written !== null) found.push({ path: [type], block: isObject(written) ? written : undefined, dynamic: false });
  for (const { path, definition } of dynamicDefinitions(body, type)) {
    const contents = dynamicContents(definition);
    if (!contents) found.push({ path: [...path], block: undefined, dynamic: true });
    else for (const c of contents) found.push({ path: [...path, ...c.path], block: c.content, dynamic: true });
  }
  return found;
}
