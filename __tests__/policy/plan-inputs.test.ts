/**
 * Plans and states (policy/inputs/plan.ts, terraform-show.ts): every resource that will exist is
 * judged exactly once; what is not a complete plan of a known format is refused.
 */
import { fromPlanJson } from "../../policy/inputs";
import { findingsOf, run } from "./helpers";
import { folder, refusal, regions, stacksOf } from "./input-helpers";

const AZURERM = "registry.terraform.io/hashicorp/azurerm";

function resource(name: string, location: string, extra: Record<string, unknown> = {}) {
  return { address: `azurerm_resource_group.${name}`, mode: "managed", type: "azurerm_resource_group", name, provider_name: AZURERM, values: { name, location }, ...extra };
}

function change(name: string, actions: string[], after: Record<string, unknown> | null, extra: Record<string, unknown> = {}) {
  return { address: `azurerm_resource_group.${name}`, mode: "managed", type: "azurerm_resource_group", name, provider_name: AZURERM, change: { actions, before: null, after, after_unknown: {} }, ...extra };
}

describe("a plan's resources: each one that will exist, exactly once", () => {
  const doc = {
    format_version: "1.2",
    planned_values: { root_module: { resources: [resource("planned", "francecentral")] } },
    resource_changes: [
      change("planned", ["create"], { name: "planned", location: "francecentral" }),
      // Planned values lack it (a tampered or partial plan): its change says where it goes.
      change("only_changed", ["create"], { name: "only_changed", location: "eastus" }),
      change("deleted", ["delete"], null),
      change("deposed", ["delete"], null, { deposed: "00000001" }),
      change("renamed", ["no-op"], { name: "renamed", location: "francecentral" }, { previous_address: "azurerm_resource_group.old_name" }),
    ],
    deferred_changes: [{ reason: "provider_config_unknown", resource_change: change("deferred", ["create"], { name: "deferred", location: "westus" }) }],
    prior_state: {
      format_version: "1.0",
      values: {
        root_module: {
          resources: [
            resource("deleted", "francecentral"),
            resource("old_name", "francecentral"),
            // Not changed by the plan (e.g. -target elsewhere): it still exists.
            resource("untouched", "brazilsouth"),
            resource("planned", "francecentral"),
            // Deposed objects exist until destroyed: this one the plan destroys, the other one it leaves.
            resource("deposed", "eastus", { deposed_key: "00000001" }),
            resource("untouched", "westus", { deposed_key: "00000002" }),
          ],
        },
      },
    },
  };

  it("reads planned_values, then resource_changes and deferred_changes, then prior_state, never twice", () => {
    const stack = fromPlanJson(doc, "plan.json");
    expect(stack.resources.map((r) => [r.address, r.plannedFrom])).toEqual([
      ["azurerm_resource_group.planned", "planned_values"],
      ["azurerm_resource_group.only_changed", "resource_changes"],
      ["azurerm_resource_group.renamed", "resource_changes"],
      ["azurerm_resource_group.deferred", "deferred_changes"],
      ["azurerm_resource_group.untouched", "prior_state"],
      ["azurerm_resource_group.untouched (deposed object 00000002)", "prior_state"],
    ]);
    expect(regions(stack)).toEqual({
      "azurerm_resource_group.planned": "francecentral",
      "azurerm_resource_group.only_changed": "eastus",
      "azurerm_resource_group.renamed": "francecentral",
      "azurerm_resource_group.deferred": "westus",
      "azurerm_resource_group.untouched": "brazilsouth",
      "azurerm_resource_group.untouched (deposed object 00000002)": "westus",
    });
    const result = run([stack], { defaultRole: "legacy", require: ["eu"] });
    expect(result.summary.resources).toBe(6);
    expect(findingsOf(result, "region-qualified").map((f) => f.split(":")[0])).toEqual([
      "azurerm_resource_group.only_changed",
      "azurerm_resource_group.deferred",
      "azurerm_resource_group.untouched",
      "azurerm_resource_group.untouched (deposed object 00000002)",
    ]);
  });

  it("judges a change that disagrees with planned_values at the same address too (only a forged plan does that)", () => {
    const forged = { ...doc, resource_changes: [change("planned", ["create"], { name: "planned", location: "eastus" })], deferred_changes: [], prior_state: undefined };
    const stack = fromPlanJson(forged, "plan.json");
    expect(stack.resources.map((r) => [r.address, r.plannedFrom, r.values.location])).toEqual([
      ["azurerm_resource_group.planned", "planned_values", "francecentral"],
      ["azurerm_resource_group.planned", "resource_changes", "eastus"],
    ]);
    // Two entries of planned_values at one address: both judged as well.
    const twice = fromPlanJson({ format_version: "1.2", planned_values: { root_module: { resources: [resource("rg", "francecentral"), resource("rg", "eastus")] } } }, "plan.json");
    expect(twice.resources.map((r) => r.values.location)).toEqual(["francecentral", "eastus"]);
    // Two prior objects at one address the plan does not change: both judged.
    const prior = fromPlanJson({ format_version: "1.2", planned_values: { root_module: {} }, prior_state: { values: { root_module: { resources: [resource("rg", "francecentral"), resource("rg", "eastus")] } } } }, "plan.json");
    expect(prior.resources.map((r) => r.values.location)).toEqual(["francecentral", "eastus"]);
  });

  it("refuses a plan whose planned_values is missing while it lists changes, never '0 resources'", async () => {
    const { planned_values: _planned, ...withoutPlanned } = doc;
    expect(await refusal(() => fromPlanJson(withoutPlanned, "plan.json"))).toBe("plan.json: planned_values.root_module: is missing while resource_changes lists changes: an incomplete plan, refused");
    expect(await refusal(() => fromPlanJson({ ...doc, planned_values: [] }, "plan.json"))).toBe("plan.json: planned_values: must be an object");
    expect(await refusal(() => fromPlanJson({ ...doc, planned_values: { root_module: { resources: {} } } }, "plan.json"))).toBe("plan.json: planned_values.root_module.resources: must be a list");
    // A plan with nothing to change and nothing planned is a real (empty) plan.
    expect(fromPlanJson({ format_version: "1.2", planned_values: { root_module: {} }, resource_changes: [] }, "empty.json").resources).toEqual([]);
  });
});

describe("format versions, as terraform-json accepts them (>= 0.1, < 2.0)", () => {
  const plan = (format_version: unknown) => ({ format_version, planned_values: { root_module: { resources: [resource("rg", "francecentral")] } } });

  it.each(["0.1", "0.2", "1.0", "1.2", "1.9"])("reads %s", (version) => {
    expect(fromPlanJson(plan(version), "plan.json").resources).toHaveLength(1);
  });

  it.each([
    ["2.0", "format_version: unsupported version 2.0: this reader knows Terraform's JSON format >= 0.1, < 2.0"],
    ["10.1", "format_version: unsupported version 10.1: this reader knows Terraform's JSON format >= 0.1, < 2.0"],
    ["0.0", "format_version: unsupported version 0.0: this reader knows Terraform's JSON format >= 0.1, < 2.0"],
    ["one", "format_version: is not a MAJOR.MINOR version"],
    [1.2, "format_version: is required (not `terraform show -json` output)"],
    [undefined, "format_version: is required (not `terraform show -json` output)"],
  ])("refuses %s", async (version, message) => {
    expect(await refusal(() => fromPlanJson(plan(version), "plan.json"))).toBe(`plan.json: ${message}`);
  });

  it("exits 2 on an unknown major through the reader of files too", async () => {
    const dir = folder({ "plan.json": plan("2.0") });
    expect(await refusal(() => stacksOf(`${dir}/plan.json`))).toMatch(/plan\.json: format_version: unsupported version 2\.0/);
  });
});

describe("states (`terraform show -json` without a plan)", () => {
  it("judges every resource of the state", () => {
    const stack = fromPlanJson({ format_version: "1.0", terraform_version: "1.11.4", values: { root_module: { resources: [resource("a", "francecentral"), resource("b", "eastus", { deposed_key: "01" })] } } }, "state.json");
    expect(stack.source).toBe("state");
    // A deposed object (a failed create-before-destroy) still exists in the cloud.
    expect(regions(stack)).toEqual({ "azurerm_resource_group.a": "francecentral", "azurerm_resource_group.b (deposed object 01)": "eastus" });
  });

  it("reads Terraform's empty state, and refuses a document that is neither plan nor state", async () => {
    expect(fromPlanJson({ format_version: "1.0" }, "empty-state.json").resources).toEqual([]);
    expect(await refusal(() => fromPlanJson({ format_version: "1.0", hello: "world" }, "x.json"))).toMatch(/x\.json: neither a Terraform configuration nor `terraform show -json` output/);
  });
});

describe("wrong types anywhere in a plan are refused with their JSON path", () => {
  const valid = {
    format_version: "1.2",
    variables: { region: { value: "francecentral" } },
    planned_values: { root_module: { resources: [resource("rg", "francecentral")], child_modules: [] } },
    resource_changes: [change("rg", ["create"], { name: "rg", location: "francecentral" })],
    configuration: { provider_config: { azurerm: { name: "azurerm", expressions: {} } }, root_module: { resources: [], module_calls: {} } },
  };
  /** The document with the value at a path replaced. */
  const mutate = (at: readonly (string | number)[], value: unknown): unknown => {
    const doc = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
    let parent = doc as Record<string | number, unknown>;
    for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    parent[at[at.length - 1]] = value;
    return doc;
  };

  it.each([
    ["a boolean where a list is expected", ["resource_changes"], true, "resource_changes: must be a list"],
    ["a list where a string is expected", ["planned_values", "root_module", "resources", 0, "address"], ["a"], "planned_values.root_module.resources[0].address: must be a string"],
    ["a string where an object is expected", ["planned_values", "root_module", "resources", 0, "values"], "x", "planned_values.root_module.resources[0].values: must be an object"],
    ["an action list given as a string", ["resource_changes", 0, "change", "actions"], "create", "resource_changes[0].change.actions: must be a list"],
    ["an unknown action", ["resource_changes", 0, "change", "actions"], ["explode"], 'resource_changes[0].change.actions[0]: must be one of "no-op", "create", "read", "update", "delete", "forget"'],
    ["an unknown mode", ["resource_changes", 0, "mode"], "ephemeral", 'resource_changes[0].mode: must be one of "managed", "data"'],
    ["a number where child modules are expected", ["planned_values", "root_module", "child_modules"], 3, "planned_values.root_module.child_modules: must be a list"],
    ["a list as the configuration's provider block", ["configuration", "provider_config", "azurerm"], [], "configuration.provider_config.azurerm: must be an object"],
    ["a string as module calls", ["configuration", "root_module", "module_calls"], "m", "configuration.root_module.module_calls: must be an object"],
    ["a boolean as a change's after", ["resource_changes", 0, "change", "after"], true, "resource_changes[0].change.after: must be an object or null"],
    ["a string as a variable", ["variables", "region"], "francecentral", "variables.region: must be an object"],
  ] as [string, (string | number)[], unknown, string][])("%s", async (_label, at, value, message) => {
    expect(await refusal(() => fromPlanJson(mutate(at, value), "plan.json"))).toBe(`plan.json: ${message}`);
  });
});
