/**
 * Expression evaluation: configuration templates (policy/expressions/template.ts, evaluation.ts) and
 * plan expressions (plan-expression.ts). What cannot be fully evaluated is unresolved, never "the
 * first reference that evaluates".
 */
import { evaluateLiteral } from "../../policy/expressions/evaluation";
import { distinctReferences, evaluatePlanExpression } from "../../policy/expressions/plan-expression";
import { parseTemplate } from "../../policy/expressions/template";
import { tfJson } from "./helpers";
import { regions } from "./input-helpers";

describe("configuration templates", () => {
  it.each([
    ["francecentral", { kind: "literal", value: "francecentral" }],
    ["${var.region}", { kind: "traversal", traversal: { root: "var", steps: [{ attribute: "region" }] } }],
    ['${ local.cfg["eu"].region }', { kind: "traversal", traversal: { root: "local", steps: [{ attribute: "cfg" }, { index: "eu" }, { attribute: "region" }] } }],
    ["${azurerm_subnet.s[0].id}", { kind: "traversal", traversal: { root: "azurerm_subnet", steps: [{ attribute: "s" }, { index: 0 }, { attribute: "id" }] } }],
    ['${"westeurope"}', { kind: "literal", value: "westeurope" }],
    ["${42}", { kind: "literal", value: 42 }],
    ["$${var.region}", { kind: "literal", value: "${var.region}" }],
    ["%%{if}", { kind: "literal", value: "%{if}" }],
  ])("reads %s", (template, expected) => {
    expect(parseTemplate(template)).toEqual(expected);
  });

  it.each([
    ["${lower(var.region)}", /function call .*references var\.region/],
    ["${try(var.region, \"eastus\")}", /function call/],
    ['${var.eu ? "francecentral" : "eastus"}', /conditional/],
    ["${var.a}${var.b}", /mixing text and interpolations \(references var\.a, var\.b\)/],
    ["prefix-${var.region}", /mixing text and interpolations/],
    ["${var.regions[*]}", /splat/],
    ["${[for r in var.regions : r][0]}", /for expression/],
    ["%{ if true }eastus%{ endif }", /template directive/],
    ["${var.region", /unterminated/],
  ])("leaves %s unsupported (unresolved)", (template, reason) => {
    const parsed = parseTemplate(template);
    expect(parsed.kind).toBe("unsupported");
    expect(parsed.kind === "unsupported" ? parsed.reason : "").toMatch(reason);
  });

  it("evaluates literal values only (variable defaults and variable files)", () => {
    expect(evaluateLiteral({ eu: ["francecentral", "$${x}"] })).toEqual({ value: { eu: ["francecentral", "${x}"] } });
    expect(evaluateLiteral({ eu: "${var.x}" })).toEqual({ unresolved: "refers to var.x, which a literal value may not" });
  });
});

describe("configuration expressions in the region resolver", () => {
  const stack = tfJson({
    variable: { region: { default: "francecentral" }, other: { default: "westeurope" }, cfg: { default: { eu: { region: "northeurope" } } } },
    locals: { cfg: { primary: "${var.region}", nested: { deep: "${var.other}" } }, chain: "${local.cfg.primary}" },
    resource: {
      azurerm_resource_group: {
        literal: { name: "literal", location: "francecentral" },
        single: { name: "single", location: "${var.region}" },
        local_object: { name: "lo", location: "${local.cfg.nested.deep}" },
        local_chain: { name: "lc", location: "${local.chain}" },
        variable_object: { name: "vo", location: '${var.cfg["eu"].region}' },
        resource_attribute: { name: "ra", location: "${azurerm_resource_group.literal.location}" },
        function: { name: "f", location: "${lower(var.region)}" },
        conditional: { name: "c", location: '${var.region == "x" ? var.region : var.other}' },
        try: { name: "t", location: '${try(var.region, "eastus")}' },
        two_references: { name: "two", location: "${var.region}${var.other}" },
        text_and_reference: { name: "tr", location: "${var.region}-2" },
        each: { name: "e", location: "${each.value}" },
        module_output: { name: "m", location: "${module.net.location}" },
        missing_local: { name: "ml", location: "${local.nope}" },
        missing_attribute: { name: "ma", location: "${local.cfg.nope}" },
        not_a_string: { name: "ns", location: ["francecentral"] },
      },
    },
  });

  it("resolves literals and single references, through variables, locals, objects and other resources", () => {
    expect(regions(stack)).toMatchObject({
      "azurerm_resource_group.literal": "francecentral",
      "azurerm_resource_group.single": "francecentral",
      "azurerm_resource_group.local_object": "westeurope",
      "azurerm_resource_group.local_chain": "francecentral",
      "azurerm_resource_group.variable_object": "northeurope",
      "azurerm_resource_group.resource_attribute": "francecentral",
    });
  });

  it.each([
    ["function", /function call/],
    ["conditional", /conditional/],
    ["try", /function call/],
    ["two_references", /mixing text and interpolations/],
    ["text_and_reference", /mixing text and interpolations/],
    ["each", /each\.value cannot be evaluated before apply/],
    ["module_output", /module\.net\.location cannot be evaluated before apply/],
    ["missing_local", /local\.nope is not defined/],
    ["missing_attribute", /nope does not exist/],
    ["not_a_string", /is not a string \(a list\)/],
  ])("never guesses: %s is unresolved", (name, reason) => {
    const resolved = regions(stack)[`azurerm_resource_group.${name}`];
    expect(resolved).toMatch(/^unresolved: location: /);
    expect(resolved).toMatch(reason);
  });
});

describe("plan expressions", () => {
  it("a constant is a value; references alone are not (the plan hides the expression around them)", () => {
    expect(evaluatePlanExpression({ constant_value: "francecentral" })).toEqual({ value: "francecentral" });
    expect(evaluatePlanExpression({ references: ["var.region"] })).toEqual({ unresolved: expect.stringMatching(/records only the references of this expression \(var\.region\)/) });
    expect(evaluatePlanExpression({})).toEqual({ unresolved: expect.stringMatching(/neither as a constant nor by its references/) });
    expect(evaluatePlanExpression(undefined)).toEqual({ unresolved: "not set" });
  });

  it("lists the distinct references, without the prefixes Terraform adds", () => {
    expect(distinctReferences(["azurerm_resource_group.rg.location", "azurerm_resource_group.rg", "var.a", "module.m[0].out", "module.m[0]", "module.m"])).toEqual([
      "azurerm_resource_group.rg.location",
      "var.a",
      "module.m[0].out",
    ]);
  });
});
