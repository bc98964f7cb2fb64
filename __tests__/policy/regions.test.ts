import { RegionResolver } from "../../policy/regions";
import { plan, tfJson } from "./helpers";

function regionOf(stack: ReturnType<typeof tfJson>, address: string) {
  const resource = stack.resources.find((r) => r.address === address);
  if (!resource) throw new Error(`no ${address}`);
  return new RegionResolver(stack).resolve(resource);
}

describe("effective region", () => {
  it("reads a resource's own location", () => {
    const stack = tfJson({ resource: { azurerm_resource_group: { rg: { name: "rg", location: "France Central" } } } });
    expect(regionOf(stack, "azurerm_resource_group.rg")).toMatchObject({ status: "resolved", region: "France Central", via: "location" });
  });

  it("follows a reference chain: subnet → virtual network → resource group", () => {
    const stack = tfJson({
      resource: {
        azurerm_resource_group: { rg: { name: "rg", location: "francecentral" } },
        azurerm_virtual_network: { v: { name: "v", location: "${azurerm_resource_group.rg.location}", resource_group_name: "${azurerm_resource_group.rg.name}" } },
        azurerm_subnet: { s: { name: "s", virtual_network_name: "${azurerm_virtual_network.v.name}", resource_group_name: "${azurerm_resource_group.rg.name}" } },
      },
    });
    expect(regionOf(stack, "azurerm_subnet.s")).toMatchObject({
      status: "resolved",
      region: "francecentral",
      via: "parent azurerm_virtual_network.v (virtual_network_name)",
    });
  });

  it("finds a parent given by literal name", () => {
    const stack = tfJson({
      resource: {
        azurerm_virtual_network: { v: { name: "hub", location: "westeurope", resource_group_name: "rg" } },
        azurerm_subnet: { s: { name: "s", virtual_network_name: "hub", resource_group_name: "rg" } },
      },
    });
    expect(regionOf(stack, "azurerm_subnet.s")).toMatchObject({ status: "resolved", region: "westeurope" });
  });

  it("uses the aliased provider configuration a resource names", () => {
    const stack = tfJson({
      provider: { openstack: [{ region: "GRA11" }, { alias: "paris", region: "EU-WEST-PAR" }] },
      resource: {
        openstack_networking_network_v2: { a: { name: "a" }, b: { name: "b", provider: "openstack.paris" } },
      },
    });
    expect(regionOf(stack, "openstack_networking_network_v2.a")).toMatchObject({ region: "GRA11", via: "provider openstack" });
    expect(regionOf(stack, "openstack_networking_network_v2.b")).toMatchObject({ region: "EU-WEST-PAR", via: "provider openstack.paris" });
  });

  it("resolves a variable through its default and a local", () => {
    const stack = tfJson({
      variable: { region: { default: "SBG5" } },
      locals: { region: "${var.region}" },
      provider: { openstack: { region: "${local.region}" } },
      resource: { openstack_networking_network_v2: { n: { name: "n" } } },
    });
    expect(regionOf(stack, "openstack_networking_network_v2.n")).toMatchObject({ status: "resolved", region: "SBG5" });
  });

  it("reports a variable without value as unresolved, never a pass", () => {
    const stack = tfJson({
      variable: { region: { type: "string" } },
      provider: { openstack: { region: "${var.region}" } },
      resource: { openstack_networking_network_v2: { n: { name: "n" } } },
    });
    expect(regionOf(stack, "openstack_networking_network_v2.n")).toMatchObject({ status: "unresolved", region: null });
    expect(regionOf(stack, "openstack_networking_network_v2.n").reason).toMatch(/var\.region has no value/);
  });

  it("reports a reference cycle instead of looping", () => {
    const stack = tfJson({
      resource: {
        azurerm_virtual_network: { v: { name: "v", location: "${azurerm_subnet.s.location}", resource_group_name: "rg" } },
        azurerm_subnet: { s: { name: "s", virtual_network_name: "${azurerm_virtual_network.v.name}", resource_group_name: "rg" } },
      },
    });
    const resolved = regionOf(stack, "azurerm_subnet.s");
    expect(resolved.status).toBe("unresolved");
    expect(resolved.reason).toMatch(/cycle/);
  });

  it("classifies region-less and unclassified types", () => {
    const stack = tfJson({ resource: { random_password: { p: { length: 20 } }, aws_s3_bucket: { b: { bucket: "b" } } } });
    expect(regionOf(stack, "random_password.p").status).toBe("region-less");
    expect(regionOf(stack, "aws_s3_bucket.b").status).toBe("unclassified");
  });

  /** A plan of one OpenStack network whose provider region is the given expression. */
  function openstackPlan(region: Record<string, unknown>) {
    return plan({
      format_version: "1.2",
      variables: { region: { value: "DE1" } },
      planned_values: {
        root_module: {
          resources: [{ address: "openstack_networking_network_v2.n", mode: "managed", type: "openstack_networking_network_v2", name: "n", provider_name: "registry.terraform.io/terraform-provider-openstack/openstack", values: { name: "n" } }],
        },
      },
      resource_changes: [{ address: "openstack_networking_network_v2.n", mode: "managed", type: "openstack_networking_network_v2", name: "n", change: { actions: ["create"], after_unknown: { region: true, id: true } } }],
      configuration: {
        provider_config: { openstack: { name: "openstack", full_name: "registry.terraform.io/terraform-provider-openstack/openstack", expressions: { region } } },
        root_module: {
          resources: [{ address: "openstack_networking_network_v2.n", mode: "managed", type: "openstack_networking_network_v2", name: "n", provider_config_key: "openstack", expressions: { name: { constant_value: "n" } } }],
          variables: { region: {} },
        },
      },
    });
  }

  it("in a plan: a provider region given as a constant resolves", () => {
    expect(regionOf(openstackPlan({ constant_value: "DE1" }), "openstack_networking_network_v2.n")).toMatchObject({ status: "resolved", region: "DE1", via: "provider openstack" });
  });

  it("in a plan: a provider region known only by its references is unresolved (var.region and replace(var.region, ...) look alike)", () => {
    // The plan records `region = var.region` and `region = replace(var.region, "DE", "US")` both as
    // references ["var.region"]: the value of var.region proves neither.
    const resolved = regionOf(openstackPlan({ references: ["var.region"] }), "openstack_networking_network_v2.n");
    expect(resolved).toMatchObject({ status: "unresolved", region: null });
    expect(resolved.reason).toMatch(/records only the references of this expression \(var\.region\)/);
    // A function of constants has neither a constant nor references in the plan.
    expect(regionOf(openstackPlan({}), "openstack_networking_network_v2.n").reason).toMatch(/neither as a constant nor by its references/);
  });

  /** A module's virtual network whose location the plan knows (or not), its module call passing a resource group's location. */
  function modulePlan(location: string | undefined) {
    return plan({
      format_version: "1.2",
      planned_values: {
        root_module: {
          resources: [{ address: "azurerm_resource_group.rg", mode: "managed", type: "azurerm_resource_group", name: "rg", provider_name: "registry.terraform.io/hashicorp/azurerm", values: { name: "rg", location: "francecentral" } }],
          child_modules: [
            {
              address: "module.net",
              resources: [{ address: "module.net.azurerm_virtual_network.v", mode: "managed", type: "azurerm_virtual_network", name: "v", provider_name: "registry.terraform.io/hashicorp/azurerm", values: location ? { name: "v", location } : { name: "v" } }],
            },
          ],
        },
      },
      resource_changes: [{ address: "module.net.azurerm_virtual_network.v", mode: "managed", type: "azurerm_virtual_network", name: "v", change: { actions: ["create"], after_unknown: location ? {} : { location: true } } }],
      configuration: {
        root_module: {
          resources: [{ address: "azurerm_resource_group.rg", mode: "managed", type: "azurerm_resource_group", name: "rg", provider_config_key: "azurerm" }],
          module_calls: {
            net: {
              expressions: { location: { references: ["azurerm_resource_group.rg.location", "azurerm_resource_group.rg"] } },
              module: {
                resources: [{ address: "azurerm_virtual_network.v", mode: "managed", type: "azurerm_virtual_network", name: "v", provider_config_key: "net:azurerm", expressions: { location: { references: ["var.location"] } } }],
                variables: { location: {} },
              },
            },
          },
        },
      },
    });
  }

  it("in a plan: a module resource's location is its planned value, never a guess from the module call's references", () => {
    expect(regionOf(modulePlan("francecentral"), "module.net.azurerm_virtual_network.v")).toMatchObject({ status: "resolved", region: "francecentral", via: "location" });
    const unknown = regionOf(modulePlan(undefined), "module.net.azurerm_virtual_network.v");
    expect(unknown).toMatchObject({ status: "unresolved", region: null });
    expect(unknown.reason).toMatch(/known only after apply/);
  });

  it("in a plan: a region known only after apply is unresolved", () => {
    const stack = plan({
      format_version: "1.2",
      planned_values: { root_module: { resources: [{ address: "azurerm_resource_group.rg", mode: "managed", type: "azurerm_resource_group", name: "rg", provider_name: "registry.terraform.io/hashicorp/azurerm", values: { name: "rg" } }] } },
      resource_changes: [{ address: "azurerm_resource_group.rg", mode: "managed", type: "azurerm_resource_group", name: "rg", change: { actions: ["create"], after_unknown: { location: true } } }],
      configuration: { root_module: { resources: [{ address: "azurerm_resource_group.rg", mode: "managed", type: "azurerm_resource_group", name: "rg", provider_config_key: "azurerm", expressions: { location: { references: ["data.external.x.result"] } } }] } },
    });
    const resolved = regionOf(stack, "azurerm_resource_group.rg");
    expect(resolved).toMatchObject({ status: "unresolved", region: null });
    expect(resolved.reason).toMatch(/after apply/);
  });

  it("a data source's location: unknown in a configuration, read in a plan", () => {
    const config = tfJson({
      data: { azurerm_resource_group: { rg: { name: "rg" } } },
      resource: { azurerm_virtual_network: { v: { name: "v", location: "${data.azurerm_resource_group.rg.location}", resource_group_name: "rg" } } },
    });
    expect(regionOf(config, "azurerm_virtual_network.v")).toMatchObject({ status: "unresolved", reason: expect.stringMatching(/known only once the data source is read/) });
    const planned = plan({
      format_version: "1.2",
      planned_values: {
        root_module: {
          resources: [
            { address: "data.azurerm_resource_group.rg", mode: "data", type: "azurerm_resource_group", name: "rg", provider_name: "registry.terraform.io/hashicorp/azurerm", values: { name: "rg", location: "francecentral" } },
            { address: "azurerm_virtual_network.v", mode: "managed", type: "azurerm_virtual_network", name: "v", provider_name: "registry.terraform.io/hashicorp/azurerm", values: { name: "v", location: "francecentral" } },
          ],
        },
      },
      resource_changes: [{ address: "azurerm_virtual_network.v", mode: "managed", type: "azurerm_virtual_network", name: "v", change: { actions: ["create"], after_unknown: {} } }],
      configuration: {
        root_module: {
          resources: [{ address: "azurerm_virtual_network.v", mode: "managed", type: "azurerm_virtual_network", name: "v", provider_config_key: "azurerm", expressions: { location: { references: ["data.azurerm_resource_group.rg.location", "data.azurerm_resource_group.rg"] } } }],
        },
      },
    });
    expect(regionOf(planned, "data.azurerm_resource_group.rg")).toMatchObject({ status: "resolved", region: "francecentral", via: "location read by the plan" });
    expect(regionOf(planned, "azurerm_virtual_network.v")).toMatchObject({ status: "resolved", region: "francecentral" });
  });

  it("in a plan: a module resource uses the aliased provider its module call passes (resolved provider_config_key)", () => {
    const os = "registry.terraform.io/terraform-provider-openstack/openstack";
    const stack = plan({
      format_version: "1.2",
      planned_values: {
        root_module: {
          child_modules: [
            { address: "module.dr", resources: [{ address: "module.dr.openstack_networking_network_v2.n", mode: "managed", type: "openstack_networking_network_v2", name: "n", provider_name: os, values: { name: "n" } }] },
          ],
        },
      },
      resource_changes: [{ address: "module.dr.openstack_networking_network_v2.n", mode: "managed", type: "openstack_networking_network_v2", name: "n", change: { actions: ["create"], after_unknown: { region: true } } }],
      configuration: {
        provider_config: {
          openstack: { name: "openstack", full_name: os, expressions: { region: { constant_value: "GRA11" } } },
          "openstack.dr": { name: "openstack", full_name: os, alias: "dr", expressions: { region: { constant_value: "SBG5" } } },
        },
        root_module: {
          module_calls: {
            dr: { source: "./net", module: { resources: [{ address: "openstack_networking_network_v2.n", mode: "managed", type: "openstack_networking_network_v2", name: "n", provider_config_key: "openstack.dr", expressions: { name: { constant_value: "n" } } }] } },
          },
        },
      },
    });
    expect(regionOf(stack, "module.dr.openstack_networking_network_v2.n")).toMatchObject({ status: "resolved", region: "SBG5", via: "provider openstack.dr" });
  });
});

