/**
 * Plan-expression evaluation. A plan's `configuration` section gives an expression either as a
 * constant (`constant_value`) or only by the references it holds (`references`, with each
 * reference's prefixes: `a.b.c`, `a.b`). `var.region` and `replace(var.region, "fr", "us")` both
 * appear as `["var.region"]`, so references alone never prove a value: a planned value does (the
 * caller prefers it), and where the plan records none (provider configurations) an expression with
 * references is unresolved. See policy/README.md ("Plans").
 */
import type { PlanExpression } from "../model";
import { isObject } from "../json";
import type { Evaluation } from "./evaluation";

/** The references of an expression, whatever the plan holds there (a malformed list yields none). */
function referencesOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((r): r is string => typeof r === "string") : [];
}

/** The distinct references of an expression, without the prefixes Terraform adds for each. */
export function distinctReferences(value: unknown): string[] {
  const references = referencesOf(value);
  return references.filter((reference) => !references.some((other) => other !== reference && (other.startsWith(`${reference}.`) || other.startsWith(`${reference}[`))));
}

export function evaluatePlanExpression(expression: PlanExpression | undefined): Evaluation {
  if (!expression) return { unresolved: "not set" };
  if ("constant_value" in expression) return { value: expression.constant_value };
  const references = referencesOf(expression.references);
  if (references.length === 0) return { unresolved: "an expression the plan records neither as a constant nor by its references (a function call): not evaluated" };
  const distinct = distinctReferences(references);
  return {
    unresolved: `the plan records only the references of this expression (${distinct.slice(0, 4).join(", ")}${distinct.length > 4 ? " ..." : ""}), not the expression itself: it may transform them, so it cannot be evaluated from the plan`,
  };
}

/** The expression at a path of a plan's `expressions` (nested blocks are lists of expression maps). */
export function planExpressionAt(expressions: unknown, path: readonly (string | number)[]): PlanExpression | undefined {
  let current = expressions;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === "number") current = current[key];
    else if (isObject(current)) current = current[String(key)];
    else return undefined;
  }
  return isObject(current) && ("constant_value" in current || "references" in current) ? (current as PlanExpression) : undefined;
}
