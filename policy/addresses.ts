/**
 * Terraform addresses, in one place: the instance-key pattern (`[0]`, `["a]b"]`), module paths and
 * the split of an address into its module path and its address inside the module.
 */

/** One instance key: `[0]`, `[*]` or a quoted key that may itself hold `]` (`["a]b"]`). */
export const INSTANCE_KEY = /\[(?:"(?:[^"\\]|\\.)*"|[^\]"])*\]/g;
const TRAILING_INSTANCE_KEY = /\[(?:"(?:[^"\\]|\\.)*"|[^\]"])*\]$/;
const MODULE_STEP = /^module\.[^.[]+(?:\[(?:"(?:[^"\\]|\\.)*"|[^\]"])*\])?\./;

const stripped = new Map<string, string>();

/** An address or module path without its instance keys (`module.a[0].x.y["k"]` → `module.a.x.y`), cached. */
export function stripInstanceKeys(address: string): string {
  if (!address.includes("[")) return address;
  let result = stripped.get(address);
  if (result === undefined) {
    result = address.replace(INSTANCE_KEY, "");
    if (stripped.size > 100_000) stripped.clear();
    stripped.set(address, result);
  }
  return result;
}

/** An address without its own (last) instance key: `aws_instance.web[0]` → `aws_instance.web`. */
export function withoutInstanceKey(address: string): string {
  return address.endsWith("]") ? address.replace(TRAILING_INSTANCE_KEY, "") : address;
}

/** `module.a.module.b.aws_instance.x[0]` → { modulePath: `module.a.module.b`, localAddress: `aws_instance.x` }. */
export function splitAddress(address: string): { modulePath: string; localAddress: string } {
  const parts: string[] = [];
  let rest = address;
  for (;;) {
    const match = MODULE_STEP.exec(rest);
    if (!match) break;
    parts.push(match[0].slice(0, -1));
    rest = rest.slice(match[0].length);
  }
  return { modulePath: parts.join("."), localAddress: withoutInstanceKey(rest) };
}

/** The calling module's path: `module.a.module.b` → `module.a`; `module.a` → "" (root). */
export function parentModule(modulePath: string): string {
  const index = modulePath.lastIndexOf(".module.");
  return index < 0 ? "" : modulePath.slice(0, index);
}
