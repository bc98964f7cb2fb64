/**
 * Reads the `${...}` templates of Terraform JSON (and of hcl2json's reading of *.tf files) into what
 * the policy can evaluate, and nothing more: literal text, a single interpolation of a literal or of
 * one reference (`${var.region}`, `${local.cfg.region}`, `${azurerm_resource_group.rg.location}`).
 * Everything else (functions, conditionals, operators, splats, `for`, directives, templates mixing
 * text and interpolations, several references) is `unsupported`: the caller reports it unresolved,
 * never "the first reference that evaluates".
 */

/** One step of a traversal after its root: `.name`, `[0]`, `["key"]`. */
export type Step = { readonly attribute: string } | { readonly index: string | number };

export interface Traversal {
  /** `var`, `local`, `data`, `module`, a resource type ... */
  readonly root: string;
  readonly steps: readonly Step[];
}

export type ParsedExpression =
  | { readonly kind: "literal"; readonly value: unknown }
  | { readonly kind: "traversal"; readonly traversal: Traversal }
  | { readonly kind: "unsupported"; readonly reason: string };

const IDENT = "[A-Za-z_][A-Za-z0-9_-]*";
const STEP = new RegExp(`^(?:\\.(${IDENT})|\\.(\\d+)|\\[\\s*(\\d+)\\s*\\]|\\[\\s*"((?:[^"\\\\$%]|\\\\["\\\\])*)"\\s*\\])`);
const ROOT = new RegExp(`^${IDENT}`);
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const STRING = /^"((?:[^"\\$%]|\\["\\nrt])*)"$/;
const REFERENCE_IN_TEXT = new RegExp(`(?<![\\w".-])(${IDENT}(?:\\.${IDENT})+)`, "g");

/** A traversal as text: `var.region`, `azurerm_subnet.s[0].id`. */
export function traversalText(traversal: Traversal): string {
  return traversal.root + traversal.steps.map((s) => ("attribute" in s ? `.${s.attribute}` : typeof s.index === "number" ? `[${s.index}]` : `[${JSON.stringify(s.index)}]`)).join("");
}

function unescape(text: string): string {
  return text.replace(/\\(["\\nrt])/g, (_m, c: string) => ({ n: "\n", r: "\r", t: "\t" })[c as "n"] ?? c);
}

/** What kind of expression the policy does not evaluate, and the references it holds, in words. */
function describeUnsupported(text: string): string {
  const kinds: string[] = [];
  if (/\(/.test(text)) kinds.push("function call");
  if (/\?/.test(text)) kinds.push("conditional");
  if (/\bfor\b/.test(text)) kinds.push("for expression");
  if (/\[\s*\*\s*\]|\.\*/.test(text)) kinds.push("splat");
  if (/[-+*/%<>=!&|]/.test(text.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\b[\w-]+\b/g, "x"))) kinds.push("operator");
  const references = [...new Set([...text.replace(/"(?:[^"\\]|\\.)*"/g, '""').matchAll(REFERENCE_IN_TEXT)].map((m) => m[1]))];
  const what = kinds.length > 0 ? `a ${kinds.join(" / ")}` : "an expression";
  return `${what} the policy does not evaluate${references.length > 0 ? ` (references ${references.slice(0, 4).join(", ")}${references.length > 4 ? " ..." : ""})` : ""}`;
}

/** Parses the inside of one interpolation. */
export function parseExpression(source: string): ParsedExpression {
  const text = source.trim();
  if (text === "true" || text === "false") return { kind: "literal", value: text === "true" };
  if (text === "null") return { kind: "literal", value: null };
  if (NUMBER.test(text)) return { kind: "literal", value: Number(text) };
  const string = STRING.exec(text);
  if (string) return { kind: "literal", value: unescape(string[1]) };
  const root = ROOT.exec(text);
  if (root) {
    const steps: Step[] = [];
    let rest = text.slice(root[0].length);
    for (;;) {
      const step = STEP.exec(rest);
      if (!step) break;
      if (step[1] !== undefined) steps.push({ attribute: step[1] });
      else if (step[2] !== undefined) steps.push({ index: Number(step[2]) });
      else if (step[3] !== undefined) steps.push({ index: Number(step[3]) });
      else steps.push({ index: unescape(step[4]) });
      rest = rest.slice(step[0].length);
    }
    if (rest === "") return { kind: "traversal", traversal: { root: root[0], steps } };
  }
  return { kind: "unsupported", reason: describeUnsupported(text) };
}

type Part = { readonly text: string } | { readonly expression: string };

/** Splits a template into literal text and interpolations; undefined when it holds a directive or is malformed. */
function templateParts(template: string): Part[] | { unsupported: string } {
  const parts: Part[] = [];
  let literal = "";
  let i = 0;
  while (i < template.length) {
    const c = template[i];
    const next = template[i + 1];
    if ((c === "$" || c === "%") && next === c && template[i + 2] === "{") {
      literal += `${c}{`; // `$${` and `%%{` are escapes of literal `${` / `%{`
      i += 3;
    } else if (c === "%" && next === "{") {
      return { unsupported: "a template directive (%{ ... }) the policy does not evaluate" };
    } else if (c === "$" && next === "{") {
      let depth = 1;
      let j = i + 2;
      for (; j < template.length && depth > 0; j++) {
        const d = template[j];
        if (d === '"') {
          for (j++; j < template.length && template[j] !== '"'; j++) if (template[j] === "\\") j++;
        } else if (d === "{") depth++;
        else if (d === "}") depth--;
      }
      if (depth > 0) return { unsupported: "an unterminated ${ ... } interpolation" };
      if (literal) parts.push({ text: literal });
      literal = "";
      parts.push({ expression: template.slice(i + 2, j - 1).replace(/^~/, "").replace(/~$/, "") });
      i = j;
    } else {
      literal += c;
      i++;
    }
  }
  if (literal) parts.push({ text: literal });
  return parts;
}

const parsed = new Map<string, ParsedExpression>();

/**
 * A JSON string in full expression mode: literal text (escapes applied), the one interpolation it
 * consists of (unwrapped, as HCL does), or unsupported.
 */
export function parseTemplate(template: string): ParsedExpression {
  if (!template.includes("{")) return { kind: "literal", value: template };
  let result = parsed.get(template);
  if (result) return result;
  const parts = templateParts(template);
  if (!Array.isArray(parts)) result = { kind: "unsupported", reason: parts.unsupported };
  else if (parts.every((p) => "text" in p)) result = { kind: "literal", value: parts.map((p) => (p as { text: string }).text).join("") };
  else if (parts.length === 1 && "expression" in parts[0]) result = parseExpression(parts[0].expression);
  else {
    const inner = parts.filter((p): p is { expression: string } => "expression" in p).map((p) => p.expression).join(" ");
    const references = [...new Set([...inner.matchAll(REFERENCE_IN_TEXT)].map((m) => m[1]))];
    result = { kind: "unsupported", reason: `a template mixing text and interpolations${references.length > 0 ? ` (references ${references.slice(0, 4).join(", ")})` : ""}, which the policy does not evaluate` };
  }
  if (parsed.size > 50_000) parsed.clear();
  parsed.set(template, result);
  return result;
}
