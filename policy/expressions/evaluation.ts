/**
 * Configuration-expression evaluation: what a tf.json value evaluates to, given a resolver for the
 * references it may hold. A value is either fully known or unresolved with a reason; a partly
 * evaluated expression never counts as known.
 */
import { isObject, setProperty } from "../json";
import { parseTemplate, traversalText, type Step, type Traversal } from "./template";

export type Evaluation = { readonly value: unknown } | { readonly unresolved: string };

/** Resolves one reference (`var.x`, `local.y.z`, `type.name.attr`) to an evaluated value. */
export type TraversalResolver = (traversal: Traversal) => Evaluation;

export function isResolved(evaluation: Evaluation): evaluation is { readonly value: unknown } {
  return "value" in evaluation;
}

function stepText(step: Step): string {
  return "attribute" in step ? step.attribute : String(step.index);
}

/** Walks an evaluated value (no templates inside: a variable's value, a plan's planned value). */
export function walkValue(value: unknown, steps: readonly Step[], what: string): Evaluation {
  let current = value;
  let path = what;
  for (const step of steps) {
    const key = "attribute" in step ? step.attribute : step.index;
    path = `${path}${"attribute" in step ? `.${step.attribute}` : `[${JSON.stringify(step.index)}]`}`;
    if (Array.isArray(current) && typeof key === "number") current = current[key];
    else if (isObject(current) && Object.prototype.hasOwnProperty.call(current, String(key))) current = current[String(key)];
    else return { unresolved: `${path} does not exist` };
  }
  return { value: current };
}

/**
 * Evaluates a configuration value (tf.json: strings are templates) and walks `steps` into it; a
 * string met on the way is evaluated first, and the walk continues in its (evaluated) value.
 */
export function evaluateConfig(raw: unknown, steps: readonly Step[], resolve: TraversalResolver, what: string): Evaluation {
  let current = raw;
  for (let i = 0; i < steps.length; i++) {
    if (typeof current === "string") {
      const evaluated = evaluateTemplate(current, resolve);
      return isResolved(evaluated) ? walkValue(evaluated.value, steps.slice(i), what) : evaluated;
    }
    const step = steps[i];
    const key = "attribute" in step ? step.attribute : step.index;
    if (Array.isArray(current) && typeof key === "number") current = current[key];
    else if (isObject(current) && Object.prototype.hasOwnProperty.call(current, String(key))) current = current[String(key)];
    else return { unresolved: `${what}: ${stepText(step)} does not exist` };
  }
  return typeof current === "string" ? evaluateTemplate(current, resolve) : { value: current };
}

/** Evaluates one configuration string: literal text, or the single reference it interpolates. */
export function evaluateTemplate(template: string, resolve: TraversalResolver): Evaluation {
  const parsed = parseTemplate(template);
  switch (parsed.kind) {
    case "literal":
      return { value: parsed.value };
    case "traversal":
      return resolve(parsed.traversal);
    default:
      return { unresolved: parsed.reason };
  }
}

/**
 * A literal value, as Terraform evaluates variable defaults and variable files (no references, no
 * functions): every string inside must be literal text, else the whole value is unresolved.
 */
export function evaluateLiteral(raw: unknown): Evaluation {
  if (typeof raw === "string") {
    const parsed = parseTemplate(raw);
    if (parsed.kind === "literal") return { value: parsed.value };
    return { unresolved: parsed.kind === "traversal" ? `refers to ${traversalText(parsed.traversal)}, which a literal value may not` : parsed.reason };
  }
  if (Array.isArray(raw)) {
    const values: unknown[] = [];
    for (const element of raw) {
      const evaluated = evaluateLiteral(element);
      if (!isResolved(evaluated)) return evaluated;
      values.push(evaluated.value);
    }
    return { value: values };
  }
  if (isObject(raw)) {
    const values: Record<string, unknown> = {};
    for (const [key, element] of Object.entries(raw)) {
      const evaluated = evaluateLiteral(element);
      if (!isResolved(evaluated)) return evaluated;
      setProperty(values, key, evaluated.value);
    }
    return { value: values };
  }
  return { value: raw };
}
