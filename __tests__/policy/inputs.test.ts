import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fromTerraformJson, readPolicyInputs, splitAddress } from "../../policy/inputs";

function file(name: string, content: string): string {
  const target = path.join(mkdtempSync(path.join(tmpdir(), "policy-inputs-")), name);
  writeFileSync(target, content);
  return target;
}

describe("policy inputs", () => {
  it("normalise a tf.json resource: address, provider alias, lifecycle, construct path", () => {
    const stack = fromTerraformJson(
      {
        resource: {
          openstack_blockstorage_volume_v3: {
            v: { size: 1, provider: "openstack.paris", lifecycle: { prevent_destroy: true }, "//": { metadata: { path: "s/v" } } },
          },
        },
        data: { openstack_images_image_v2: { img: { name: "debian" } } },
      },
      { stack: "s", file: "s.tf.json" },
    );
    expect(stack.resources.map((r) => [r.address, r.mode, r.providerType, r.providerKey, r.preventDestroy, r.constructPath, Object.keys(r.values)])).toEqual([
      ["openstack_blockstorage_volume_v3.v", "managed", "openstack", "openstack.paris", true, "s/v", ["size"]],
      ["data.openstack_images_image_v2.img", "data", "openstack", "openstack", false, undefined, ["name"]],
    ]);
  });

  it("split plan addresses into module path and local address", () => {
    expect(splitAddress("module.a[\"x\"].module.b.aws_instance.web[0]")).toEqual({ modulePath: 'module.a["x"].module.b', localAddress: "aws_instance.web" });
    expect(splitAddress("data.openstack_images_image_v2.img")).toEqual({ modulePath: "", localAddress: "data.openstack_images_image_v2.img" });
  });

  it("reject JSON that is neither a configuration nor a plan, naming the file", async () => {
    const notTerraform = file("x.json", JSON.stringify({ hello: "world" }));
    await expect(readPolicyInputs([notTerraform])).rejects.toThrow(`${notTerraform}: neither a Terraform configuration (no resource, provider, variable, terraform ... block) nor \`terraform show -json\` output`);
    const badResource = file("y.tf.json", JSON.stringify({ resource: { openstack_networking_network_v2: "oops" } }));
    await expect(readPolicyInputs([badResource])).rejects.toThrow(`${badResource}: resource.openstack_networking_network_v2: must be an object whose keys are names, not a string`);
    const badPlan = file("plan.json", JSON.stringify({ format_version: "1.2", planned_values: { root_module: { resources: [{ type: "x" }] } } }));
    await expect(readPolicyInputs([badPlan])).rejects.toThrow(`${badPlan}: planned_values.root_module.resources[0].address: is required`);
  });

  it("reject invalid HCL and an empty folder, naming them", async () => {
    const tf = file("main.tf", 'resource "openstack_networking_network_v2" "n" {\n  name = \n');
    await expect(readPolicyInputs([path.dirname(tf)])).rejects.toThrow(new RegExp(`^${tf.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: not valid HCL`));
    const empty = mkdtempSync(path.join(tmpdir(), "policy-empty-"));
    await expect(readPolicyInputs([empty])).rejects.toThrow(`${empty}: holds no *.tf, *.tf.json, *.tofu or *.tofu.json file: not a Terraform configuration`);
  });
});

describe("a real Terraform 1.11 plan (fixtures/terraform-1.11-plan.json)", () => {
  it("normalises root and module resources with their unknowns and expressions", async () => {
    const { stacks } = await readPolicyInputs([path.join(__dirname, "fixtures", "terraform-1.11-plan.json")]);
    expect(stacks).toHaveLength(1);
    expect(stacks[0].source).toBe("plan");
    expect(stacks[0].variables[""].region).toEqual({ default: "GRA11", value: "SBG5", hasValue: true, source: "plan" });
    expect(stacks[0].moduleCalls).toEqual([{ path: "module.child", arguments: {}, expressions: { zone: { references: ["terraform_data.root.output", "terraform_data.root"] } } }]);
    expect(stacks[0].resources.map((r) => [r.address, r.modulePath, r.localAddress, r.providerType, r.providerKey, r.unknown?.input ?? false, r.expressions?.input])).toEqual([
      ["terraform_data.root", "", "terraform_data.root", "terraform", "terraform", false, { references: ["var.region"] }],
      ["module.child.terraform_data.leaf[0]", "module.child", "terraform_data.leaf", "terraform", "terraform", true, { references: ["var.zone"] }],
      ["module.child.terraform_data.leaf[1]", "module.child", "terraform_data.leaf", "terraform", "terraform", true, { references: ["var.zone"] }],
    ]);
  });
});

describe("a real Terraform 1.11 plan passing an aliased provider to a module", () => {
  it("keeps the provider configuration the module call passes", async () => {
    const { stacks } = await readPolicyInputs([path.join(__dirname, "fixtures", "terraform-1.11-module-providers-plan.json")]);
    expect(stacks[0].providers.map((p) => [p.key, p.alias, p.modulePath])).toEqual([
      ["terraform", undefined, ""],
      ["terraform.x", "x", ""],
    ]);
    expect(stacks[0].resources.map((r) => [r.address, r.providerKey])).toEqual([
      ["module.child.terraform_data.leaf", "terraform.x"],
      ["module.plain.terraform_data.leaf", "terraform"],
    ]);
  });
});
