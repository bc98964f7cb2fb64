/**
 * Where an ARM template deploys: the `location` of each resource its template declares, nested inline
 * deployments included. The template language is evaluated only as far as a location needs it: a literal,
 * `[parameters('x')]` (the deployment's parameters, else the parameter's default), `[variables('x')]` (a
 * literal variable), `[resourceGroup().location]` and `[deployment().location]` (the deployment's own
 * region). Any other expression, a linked template, or a template that is not JSON is unresolved:
 * never a guess.
 */
import { isObject, ownProperty, type Json } from "./json";

/** One resource a template deploys, and its location as far as it can be told. */
export interface TemplateLocation {
  /** Where in the template: `resources[0] (Microsoft.Storage/storageAccounts 'data')`. */
  readonly where: string;
  /** The location (a region name, or `global`), or why it cannot be told. */
  readonly location: { readonly region: string } | { readonly unresolved: string };
}

/** What the template's scope gives `[resourceGroup().location]` / `[deployment().location]`. */
export interface TemplateScope {
  /** The region of the deployment's resource group or of the deployment itself, or why it is unknown. */
  readonly deploymentRegion: { readonly region: string } | { readonly unresolved: string };
  /** `resourceGroup()` exists only in resource-group deployments. */
  readonly resourceGroupScope: boolean;
}

/** Nested deployments deeper than this are not followed (ARM itself caps nesting). */
const MAX_DEPTH = 10;

const PARAMETER = /^\[\s*parameters\(\s*'([^']+)'\s*\)\s*\]$/i;
const VARIABLE = /^\[\s*variables\(\s*'([^']+)'\s*\)\s*\]$/i;
const RESOURCE_GROUP_LOCATION = /^\[\s*resourceGroup\(\s*\)\.location\s*\]$/i;
const DEPLOYMENT_LOCATION = /^\[\s*deployment\(\s*\)\.location\s*\]$/i;

/** A template's values for its parameters: given (`{ "x": { "value": ... } }`), else each parameter's default. */
function parameterValues(template: Json, given: Json): Map<string, unknown> {
  const values = new Map<string, unknown>();
  const declared = isObject(template.parameters) ? template.parameters : {};
  for (const [name, declaration] of Object.entries(declared)) {
    const supplied = ownProperty(given, name);
    if (isObject(supplied) && "value" in supplied) values.set(name.toLowerCase(), supplied.value);
    else if (isObject(supplied) && typeof supplied.unresolvedReason === "string") values.set(name.toLowerCase(), supplied);
    else if (isObject(supplied) && "reference" in supplied) values.set(name.toLowerCase(), { unresolvedReason: `parameter '${name}' is a Key Vault reference` });
    else if (isObject(declaration) && "defaultValue" in declaration) values.set(name.toLowerCase(), declaration.defaultValue);
  }
  return values;
}

/** Evaluates one template string as far as a location needs it. */
function evaluate(value: unknown, template: Json, parameters: Map<string, unknown>, scope: TemplateScope, depth = 0): { region: string } | { unresolved: string } {
  if (typeof value !== "string") return { unresolved: `is not a string` };
  const text = value.trim();
  if (text.startsWith("[[")) return { region: text.slice(1) }; // `[[` escapes a literal `[`
  if (!text.startsWith("[")) return { region: text };
  if (depth > MAX_DEPTH) return { unresolved: `'${text}' refers to itself` };
  const parameter = PARAMETER.exec(text);
  if (parameter) {
    const name = parameter[1].toLowerCase();
    if (!parameters.has(name)) return { unresolved: `parameter '${parameter[1]}' has no value and no default` };
    const given = parameters.get(name);
    if (isObject(given) && typeof given.unresolvedReason === "string") return { unresolved: given.unresolvedReason };
    return evaluate(given, template, parameters, scope, depth + 1);
  }
  const variable = VARIABLE.exec(text);
  if (variable) {
    const variables = isObject(template.variables) ? template.variables : {};
    const found = Object.entries(variables).find(([k]) => k.toLowerCase() === variable[1].toLowerCase());
    if (!found) return { unresolved: `variable '${variable[1]}' is not defined` };
    return evaluate(found[1], template, parameters, scope, depth + 1);
  }
  if (RESOURCE_GROUP_LOCATION.test(text)) {
    if (!scope.resourceGroupScope) return { unresolved: "resourceGroup() exists only in a resource-group deployment" };
    return scope.deploymentRegion;
  }
  if (DEPLOYMENT_LOCATION.test(text)) return scope.deploymentRegion;
  return { unresolved: `'${text.length > 80 ? `${text.slice(0, 80)}…` : text}' is a template expression the policy does not evaluate` };
}

/** The resources of a template: a list, or (language version 2.0) an object by symbolic name. */
function resourcesOf(template: Json): [string, unknown][] {
  const resources = template.resources;
  if (Array.isArray(resources)) return resources.map((r, i) => [`resources[${i}]`, r]);
  if (isObject(resources)) return Object.entries(resources).map(([name, r]) => [`resources.${name}`, r]);
  return [];
}

/** The template and parameters a template's expressions are evaluated with. */
interface EvaluationContext {
  readonly template: Json;
  readonly parameters: Map<string, unknown>;
}

/**
 * The locations a template deploys to. `given` is the deployment's parameters (`parameters_content`,
 * parsed). Resources without `location` are children or extensions of others (they live with them): skipped.
 */
export function templateLocations(template: unknown, given: unknown, scope: TemplateScope): TemplateLocation[] {
  if (!isObject(template)) return [{ where: "template_content", location: { unresolved: "is not a JSON object" } }];
  return locationsOf(template, { template, parameters: parameterValues(template, isObject(given) ? given : {}) }, scope, "template_content", 0);
}

function locationsOf(template: Json, context: EvaluationContext, scope: TemplateScope, prefix: string, depth: number): TemplateLocation[] {
  const found: TemplateLocation[] = [];
  const evaluateHere = (value: unknown) => evaluate(value, context.template, context.parameters, scope);
  for (const [path, resource] of resourcesOf(template)) {
    if (!isObject(resource)) {
      found.push({ where: `${prefix} ${path}`, location: { unresolved: "is not a JSON object" } });
      continue;
    }
    const type = typeof resource.type === "string" ? resource.type : "?";
    const where = `${prefix} ${path} (${type}${typeof resource.name === "string" ? ` '${resource.name}'` : ""})`;
    if (resource.location !== undefined) found.push({ where: `${where}.location`, location: evaluateHere(resource.location) });
    if (type.toLowerCase() !== "microsoft.resources/deployments") continue;
    // A nested deployment: its own template, or one linked from elsewhere (which this input does not hold).
    const properties = isObject(resource.properties) ? resource.properties : {};
    if (properties.templateLink !== undefined || !isObject(properties.template)) {
      found.push({ where, location: { unresolved: properties.templateLink !== undefined ? "deploys a linked template this configuration does not hold" : "deploys no inline template" } });
      continue;
    }
    if (depth >= MAX_DEPTH) {
      found.push({ where, location: { unresolved: `nests deployments deeper than ${MAX_DEPTH} levels` } });
      continue;
    }
    const nested = properties.template;
    const nestedScope: TemplateScope = { ...scope, deploymentRegion: resource.location !== undefined ? evaluateHere(resource.location) : scope.deploymentRegion };
    const options = isObject(properties.expressionEvaluationOptions) ? properties.expressionEvaluationOptions : {};
    let nestedContext: EvaluationContext = context;
    if (String(options.scope).toLowerCase() === "inner") {
      // Inner scope: the nested template's own parameters, given by the outer one's values.
      const nestedGiven: Json = {};
      for (const [name, parameter] of Object.entries(isObject(properties.parameters) ? properties.parameters : {})) {
        if (!isObject(parameter) || !("value" in parameter)) continue;
        if (typeof parameter.value !== "string") nestedGiven[name] = parameter;
        else {
          const value = evaluateHere(parameter.value);
          nestedGiven[name] = "region" in value ? { value: value.region } : { unresolvedReason: `parameter '${name}': ${value.unresolved}` };
        }
      }
      nestedContext = { template: nested, parameters: parameterValues(nested, nestedGiven) };
    }
    // Outer scope (ARM's default): the nested template's expressions read the outer template's parameters and variables.
    found.push(...locationsOf(nested, nestedContext, nestedScope, `${where} template`, depth + 1));
  }
  return found;
}
