/**
 * The configuration-assembly module (policy/configuration): a root module read as Terraform and
 * OpenTofu read it. Each case is a compliant reading and, where it applies, the evasion it defeats.
 */
import { symlinkSync } from "node:fs";
import * as path from "node:path";
import { fromTerraformJson } from "../../policy/inputs";
import { RegionResolver } from "../../policy/regions";
import { findingsOf, run } from "./helpers";
import { folder, OPENSTACK_SOURCE, OVH, refusal, regions, stacksOf } from "./input-helpers";

const rg = (location: string, extra: Record<string, unknown> = {}) => ({ name: "rg", location, ...extra });

describe("which files make the module", () => {
  it("reads every *.tf and *.tf.json file of the folder as one module, in lexical order", async () => {
    const dir = folder({
      "a.tf.json": { resource: { azurerm_resource_group: { a: rg("francecentral") } } },
      "b.tf": 'resource "azurerm_resource_group" "b" {\n  name     = "b"\n  location = "westeurope"\n}\n',
      "notes.txt": "not read",
      "sub/c.tf.json": { resource: { azurerm_resource_group: { c: rg("eastus") } } },
    });
    const [stack] = await stacksOf(dir);
    expect(stack.configurationFiles).toEqual([path.join(dir, "a.tf.json"), path.join(dir, "b.tf")]);
    expect(regions(stack)).toEqual({ "azurerm_resource_group.a": "francecentral", "azurerm_resource_group.b": "westeurope" });
    expect(stack.resources.map((r) => r.file)).toEqual([path.join(dir, "a.tf.json"), path.join(dir, "b.tf")]);
  });

  it("ignores what Terraform ignores: dot-files and editor files", async () => {
    const dir = folder({
      "main.tf.json": { resource: { azurerm_resource_group: { kept: rg("francecentral") } } },
      ".hidden.tf.json": { resource: { azurerm_resource_group: { hidden: rg("eastus") } } },
      "main.tf.json~": { resource: { azurerm_resource_group: { backup: rg("eastus") } } },
      "#main.tf#": 'resource "azurerm_resource_group" "autosave" {\n  location = "eastus"\n}\n',
    });
    const [stack] = await stacksOf(dir);
    expect(Object.keys(regions(stack))).toEqual(["azurerm_resource_group.kept"]);
  });

  it("skips special files in a folder without opening them (a FIFO never blocks the scan)", async () => {
    const dir = folder({ "main.tf.json": { resource: { azurerm_resource_group: { rg: rg("francecentral") } } } });
    const { execFileSync } = await import("node:child_process");
    execFileSync("mkfifo", [path.join(dir, "pipe.tf.json")]);
    symlinkSync(path.join(dir, "nowhere.tf.json"), path.join(dir, "dangling.tf.json"));
    const [stack] = await stacksOf(dir);
    expect(Object.keys(regions(stack))).toEqual(["azurerm_resource_group.rg"]);
  });

  it("follows symbolic links to files, as Terraform does", async () => {
    const elsewhere = folder({ "us.tf.json": { resource: { azurerm_resource_group: { linked: rg("eastus") } } } });
    const dir = folder({ "main.tf.json": { resource: { azurerm_resource_group: { rg: rg("francecentral") } } } });
    symlinkSync(path.join(elsewhere, "us.tf.json"), path.join(dir, "linked.tf.json"));
    const [stack] = await stacksOf(dir);
    expect(regions(stack)["azurerm_resource_group.linked"]).toBe("eastus");
  });

  it("refuses a folder that is not a Terraform configuration, never scanning it as 0 resources", async () => {
    expect(await refusal(() => stacksOf(folder({})))).toMatch(/: holds no \*\.tf, \*\.tf\.json, \*\.tofu or \*\.tofu\.json file: not a Terraform configuration$/);
    expect(await refusal(() => stacksOf(folder({ "README.md": "# hello", ".x.tf": "" })))).toMatch(/not a Terraform configuration$/);
    expect(await refusal(() => stacksOf(folder({ "main.tf.json": {} })))).toMatch(/declares no Terraform block .*: not a Terraform configuration$/);
  });
});

describe("override files (Terraform's merge rules, never last-file-wins)", () => {
  const base = {
    provider: { azurerm: { features: {} } },
    resource: {
      azurerm_resource_group: { rg: rg("francecentral", { tags: { owner: "hdh" } }) },
      azurerm_storage_account: {
        logs: { name: "logs", location: "francecentral", resource_group_name: "rg", network_rules: [{ default_action: "Deny" }, { default_action: "Allow" }] },
      },
    },
  };

  it("reports a resource an override file moves to a US region, and keeps the arguments it does not set", async () => {
    const dir = folder({ "main.tf.json": base, "main_override.tf.json": { resource: { azurerm_resource_group: { rg: { location: "eastus" } } } } });
    const [stack] = await stacksOf(dir);
    const moved = stack.resources.find((r) => r.address === "azurerm_resource_group.rg");
    expect(moved?.values).toEqual({ name: "rg", location: "eastus", tags: { owner: "hdh" } });
    expect(moved?.overriddenBy).toEqual([path.join(dir, "main_override.tf.json")]);
    expect(regions(stack)["azurerm_resource_group.rg"]).toBe("eastus");
    const result = run([stack], { defaultRole: "legacy", require: ["eu"] });
    expect(findingsOf(result, "region-qualified")).toContainEqual(expect.stringMatching(/^azurerm_resource_group\.rg: .*eastus/));
  });

  it("replaces a nested block type as a whole, and applies override files in lexical order after every primary file", async () => {
    const dir = folder({
      "main.tf.json": base,
      "b_override.tf.json": { resource: { azurerm_storage_account: { logs: { network_rules: { default_action: "Deny" } } } } },
      "a_override.tf": 'resource "azurerm_storage_account" "logs" {\n  location = "westus"\n}\n',
      "override.tf.json": { resource: { azurerm_storage_account: { logs: { location: "northeurope" } } } },
      "z.tf.json": { resource: { azurerm_resource_group: { other: rg("westeurope") } } },
    });
    const [stack] = await stacksOf(dir);
    const logs = stack.resources.find((r) => r.address === "azurerm_storage_account.logs");
    // a_override.tf, b_override.tf.json, override.tf.json: the last to set location wins.
    expect(logs?.values.location).toBe("northeurope");
    expect(logs?.values.network_rules).toEqual({ default_action: "Deny" });
    expect(logs?.overriddenBy?.map((f) => path.basename(f))).toEqual(["a_override.tf", "b_override.tf.json", "override.tf.json"]);
  });

  it("merges a provider block argument by argument (an override cannot silently replace the whole configuration)", async () => {
    const dir = folder({
      "main.tf.json": { terraform: { required_providers: OPENSTACK_SOURCE }, provider: { openstack: OVH }, resource: { openstack_networking_network_v2: { n: { name: "n" } } } },
      "provider_override.tf.json": { provider: { openstack: { region: "US-EAST-1" } } },
    });
    const [stack] = await stacksOf(dir);
    expect(stack.providers[0].values).toEqual({ auth_url: OVH.auth_url, region: "US-EAST-1" });
    expect(regions(stack)).toEqual({ "openstack_networking_network_v2.n": "US-EAST-1" });
  });

  it("merges locals, variables and backends as Terraform does", async () => {
    const dir = folder({
      "main.tf.json": {
        variable: { region: { type: "string", default: "francecentral" } },
        locals: { location: "${var.region}" },
        terraform: { backend: { local: { path: "state" } } },
        resource: { azurerm_resource_group: { a: rg("${local.location}") } },
      },
      "local_override.tf.json": { locals: { location: "eastus" } },
      "state_override.tf.json": { terraform: { backend: { azurerm: { storage_account_name: "x" } } } },
    });
    const [stack] = await stacksOf(dir);
    expect(regions(stack)).toEqual({ "azurerm_resource_group.a": "eastus" });
    expect(stack.backend?.type).toBe("azurerm");
    const variableOverride = folder({
      "main.tf.json": { variable: { region: { type: "string", default: "francecentral" } }, resource: { azurerm_resource_group: { a: rg("${var.region}") } } },
      "override.tf.json": { variable: { region: { default: "westus2" } } },
    });
    expect(regions((await stacksOf(variableOverride))[0])).toEqual({ "azurerm_resource_group.a": "westus2" });
  });

  it.each([
    ["a resource no primary file declares", { resource: { azurerm_resource_group: { ghost: { location: "eastus" } } } }, /overrides azurerm_resource_group\.ghost, which no primary file declares: Terraform refuses this configuration$/],
    ["an aliased provider no primary file declares", { provider: { azurerm: { alias: "us", features: {} } } }, /overrides provider configuration azurerm\.us, which no primary file declares/],
    ["depends_on", { resource: { azurerm_resource_group: { rg: { depends_on: ["azurerm_resource_group.x"] } } } }, /depends_on may not be overridden/],
    ["a moved block", { moved: { from: "a.b", to: "a.c" } }, /moved and import blocks may not appear in an override file/],
    ["a variable no primary file declares", { variable: { other: { default: "x" } } }, /overrides variable other, which no primary file declares/],
  ])("refuses an override of %s, as Terraform does", async (_label, override, expected) => {
    const dir = folder({ "main.tf.json": base, "x_override.tf.json": override });
    expect(await refusal(() => stacksOf(dir))).toMatch(expected);
  });
});

describe("HCL JSON syntax: duplicate keys and array forms", () => {
  it("keeps every block of a duplicated \"resource\" key (JSON.parse would keep only the last)", async () => {
    const text = `{
      "resource": { "azurerm_resource_group": { "visible": { "name": "a", "location": "francecentral" } } },
      "resource": { "azurerm_resource_group": { "hidden": { "name": "b", "location": "eastus" } } }
    }`;
    const dir = folder({ "main.tf.json": text });
    const [stack] = await stacksOf(dir);
    expect(regions(stack)).toEqual({ "azurerm_resource_group.visible": "francecentral", "azurerm_resource_group.hidden": "eastus" });
    const result = run([stack], { defaultRole: "legacy", require: ["eu"] });
    expect(findingsOf(result, "region-qualified")).toEqual([expect.stringMatching(/^azurerm_resource_group\.hidden: /)]);
  });

  it("keeps duplicated type keys and duplicated nested block keys too", async () => {
    const text = `{ "resource": {
      "azurerm_resource_group": { "a": { "name": "a", "location": "francecentral" } },
      "azurerm_resource_group": { "b": { "name": "b", "location": "westus" } },
      "azurerm_storage_account": { "s": { "name": "s", "location": "francecentral", "network_rules": { "default_action": "Deny" }, "network_rules": { "default_action": "Allow" } } }
    } }`;
    const [stack] = await stacksOf(folder({ "main.tf.json": text }));
    expect(Object.keys(regions(stack))).toEqual(["azurerm_resource_group.a", "azurerm_resource_group.b", "azurerm_storage_account.s"]);
    expect(stack.resources[2].values.network_rules).toEqual([{ default_action: "Deny" }, { default_action: "Allow" }]);
  });

  it("refuses what Terraform refuses: a duplicated argument, and a resource declared twice", async () => {
    const twice = `{ "resource": { "azurerm_resource_group": { "rg": { "name": "rg", "location": "francecentral", "location": "eastus" } } } }`;
    expect(await refusal(() => stacksOf(folder({ "main.tf.json": twice })))).toMatch(/main\.tf\.json: resource\.azurerm_resource_group\.rg\.location: is defined twice \(Terraform refuses a duplicate argument\)$/);
    const sameName = `{ "resource": { "azurerm_resource_group": { "rg": { "location": "francecentral" }, "rg": { "location": "eastus" } } } }`;
    expect(await refusal(() => stacksOf(folder({ "main.tf.json": sameName })))).toMatch(/azurerm_resource_group\.rg is declared twice .*Terraform refuses this configuration$/);
    const dir = folder({
      "a.tf.json": { resource: { azurerm_resource_group: { rg: rg("francecentral") } } },
      "b.tf.json": { resource: { azurerm_resource_group: { rg: rg("eastus") } } },
    });
    expect(await refusal(() => stacksOf(dir))).toMatch(/b\.tf\.json: resource\.azurerm_resource_group\.rg: azurerm_resource_group\.rg is declared twice \(first in .*a\.tf\.json/);
  });

  it("reads the array forms of provider, resource, module and label levels", async () => {
    const doc = {
      terraform: [{ required_providers: [{ openstack: { source: "terraform-provider-openstack/openstack" } }] }],
      provider: [{ openstack: [OVH, { alias: "us", auth_url: OVH.auth_url, region: "US-EAST-1" }] }],
      resource: [
        { openstack_networking_network_v2: [{ a: { name: "a" } }, { b: [{ name: "b", provider: "openstack.us" }] }] },
        { openstack_networking_network_v2: { c: { name: "c", provider: "${openstack.us}" } } },
      ],
      module: [{ db: { source: "./db" } }],
    };
    const [stack] = await stacksOf(folder({ "main.tf.json": doc }));
    expect(regions(stack)).toEqual({ "openstack_networking_network_v2.a": "GRA11", "openstack_networking_network_v2.b": "US-EAST-1", "openstack_networking_network_v2.c": "US-EAST-1" });
    expect(stack.moduleCalls.map((m) => m.path)).toEqual(["module.db"]);
    // The synth-time Aspect's in-memory document goes through the same assembly.
    expect(regions(fromTerraformJson(doc, { stack: "s", file: "s.tf.json" }))).toEqual(regions(stack));
  });

  it("reads a body given as a list of objects (their arguments together), and refuses a second definition", async () => {
    const [stack] = await stacksOf(folder({ "main.tf.json": { resource: { azurerm_resource_group: { rg: [[{ name: "rg" }, { location: "eastus" }]] } } } }));
    expect(regions(stack)).toEqual({ "azurerm_resource_group.rg": "eastus" });
    const twice = { resource: { azurerm_resource_group: { rg: [[{ location: "francecentral" }, { location: "eastus" }]] } } };
    expect(await refusal(() => stacksOf(folder({ "main.tf.json": twice })))).toMatch(/location: is defined twice/);
  });
});

describe("provider types come from required_providers, not from local names", () => {
  it("judges a local name `sovereign` whose source is hashicorp/azurerm as azurerm (Microsoft)", async () => {
    const doc = {
      "//": { hdhPolicy: { role: "sovereign", dataClassification: "health-data" } },
      terraform: { required_providers: { sovereign: { source: "hashicorp/azurerm" } } },
      provider: { sovereign: { features: {} } },
      resource: { azurerm_resource_group: { rg: { name: "rg", location: "francecentral", provider: "sovereign" } } },
    };
    const [stack] = await stacksOf(folder({ "main.tf.json": doc }));
    expect(stack.providers.map((p) => [p.key, p.type])).toEqual([["sovereign", "azurerm"]]);
    expect(stack.resources.map((r) => [r.providerKey, r.providerType])).toEqual([["sovereign", "azurerm"]]);
    const result = run([stack]);
    expect(findingsOf(result, "no-extraterritorial-provider")).toEqual([expect.stringMatching(/^provider\.sovereign: provider sovereign is operated by Microsoft/)]);
  });

  it("uses required_providers for a resource's implied provider, and an override file's requirement replaces the base's", async () => {
    const doc = { terraform: { required_providers: { openstack: { source: "hashicorp/azurerm" } } }, resource: { openstack_networking_network_v2: { n: { name: "n" } } } };
    const [stack] = await stacksOf(folder({ "main.tf.json": doc }));
    expect(stack.resources[0].providerType).toBe("azurerm");
    const overridden = folder({ "main.tf.json": doc, "override.tf.json": { terraform: { required_providers: { openstack: { source: "terraform-provider-openstack/openstack" } } } } });
    expect((await stacksOf(overridden))[0].resources[0].providerType).toBe("openstack");
  });

  it("reads `region = \"\"` as unset, as the OpenStack provider does (then the environment decides: unresolved)", async () => {
    const doc = { terraform: { required_providers: OPENSTACK_SOURCE }, provider: { openstack: { ...OVH, region: "" } }, resource: { openstack_networking_network_v2: { n: { name: "n" }, m: { name: "m", region: "" } } } };
    const [stack] = await stacksOf(folder({ "main.tf.json": doc }));
    const resolved = regions(stack);
    expect(resolved["openstack_networking_network_v2.n"]).toMatch(/^unresolved: provider openstack region: empty, so the provider reads it from the environment/);
    expect(resolved["openstack_networking_network_v2.m"]).toBe(resolved["openstack_networking_network_v2.n"]);
  });
});

describe("OpenTofu: X.tofu shadows X.tf", () => {
  it("judges Terraform's and OpenTofu's readings of a folder whose .tofu files differ", async () => {
    const dir = folder({
      "main.tf.json": { terraform: { required_providers: OPENSTACK_SOURCE }, provider: { openstack: OVH }, resource: { openstack_networking_network_v2: { n: { name: "n" } } } },
      "main.tofu.json": { terraform: { required_providers: OPENSTACK_SOURCE }, provider: { openstack: { ...OVH, region: "US-EAST-1" } }, resource: { openstack_networking_network_v2: { n: { name: "n" } } } },
      "extra.tofu": 'resource "openstack_networking_network_v2" "tofu_only" {\n  name = "t"\n}\n',
    });
    const stacks = await stacksOf(dir);
    expect(stacks.map((s) => [s.name, s.engine, s.configurationFiles?.map((f) => path.basename(f))])).toEqual([
      ["stack", "terraform", ["main.tf.json"]],
      ["stack:opentofu", "opentofu", ["extra.tofu", "main.tofu.json"]],
    ]);
    expect(regions(stacks[0])).toEqual({ "openstack_networking_network_v2.n": "GRA11" });
    expect(regions(stacks[1])).toEqual({ "openstack_networking_network_v2.tofu_only": "US-EAST-1", "openstack_networking_network_v2.n": "US-EAST-1" });
  });

  it("reads a folder of .tofu files alone as one configuration", async () => {
    const stacks = await stacksOf(folder({ "main.tofu": 'resource "azurerm_resource_group" "rg" {\n  name = "rg"\n  location = "westeurope"\n}\n' }));
    expect(stacks.map((s) => [s.name, s.engine])).toEqual([["stack", "opentofu"]]);
  });
});

describe("variable values, in Terraform's precedence", () => {
  const config = {
    variable: { region: { type: "string", default: "francecentral" }, regions: { type: "map(string)", default: { eu: "westeurope" } }, unset: { type: "string" } },
    resource: {
      azurerm_resource_group: {
        a: rg("${var.region}"),
        b: { name: "b", location: '${var.regions["eu"]}' },
        c: { name: "c", location: "${var.unset}" },
      },
    },
  };

  it("default, then terraform.tfvars, terraform.tfvars.json, *.auto.tfvars(.json) in lexical order", async () => {
    expect(regions((await stacksOf(folder({ "main.tf.json": config })))[0])).toMatchObject({ "azurerm_resource_group.a": "francecentral", "azurerm_resource_group.b": "westeurope" });
    const files: Record<string, unknown> = { "main.tf.json": config, "terraform.tfvars": 'region = "northeurope"\n' };
    expect(regions((await stacksOf(folder(files)))[0])["azurerm_resource_group.a"]).toBe("northeurope");
    files["terraform.tfvars.json"] = { region: "swedencentral" };
    expect(regions((await stacksOf(folder(files)))[0])["azurerm_resource_group.a"]).toBe("swedencentral");
    files["b.auto.tfvars.json"] = { region: "eastus" };
    files["a.auto.tfvars"] = 'region = "germanywestcentral"\nregions = { eu = "westus" }\n';
    const stack = (await stacksOf(folder(files)))[0];
    expect(regions(stack)).toMatchObject({ "azurerm_resource_group.a": "eastus", "azurerm_resource_group.b": "westus" });
    expect(stack.variables[""].region).toMatchObject({ value: "eastus", source: expect.stringMatching(/b\.auto\.tfvars\.json$/) });
  });

  it("then --var-file and --var, in the order given", async () => {
    const dir = folder({ "main.tf.json": config, "terraform.tfvars": 'region = "northeurope"\n' });
    const varFile = path.join(folder({ "prod.tfvars.json": { region: "westus" } }), "prod.tfvars.json");
    expect(regions((await stacksOf(dir, [{ varFile }]))[0])["azurerm_resource_group.a"]).toBe("westus");
    expect(regions((await stacksOf(dir, [{ varFile }, { var: "region=uksouth" }]))[0])["azurerm_resource_group.a"]).toBe("uksouth");
    expect(regions((await stacksOf(dir, [{ var: "region=uksouth" }, { varFile }]))[0])["azurerm_resource_group.a"]).toBe("westus");
    // A map variable's command-line value is read as HCL, as Terraform reads it.
    expect(regions((await stacksOf(dir, [{ var: 'regions={ eu = "brazilsouth" }' }]))[0])["azurerm_resource_group.b"]).toBe("brazilsouth");
  });

  it("leaves a variable with no value anywhere unresolved (only apply-time input could give it one)", async () => {
    const [stack] = await stacksOf(folder({ "main.tf.json": config }));
    expect(regions(stack)["azurerm_resource_group.c"]).toMatch(/^unresolved: location: var\.unset has no value \(given only at apply time\)/);
    expect(regions((await stacksOf(folder({ "main.tf.json": config }), [{ var: "unset=francecentral" }]))[0])["azurerm_resource_group.c"]).toBe("francecentral");
  });

  it("evaluates values as literals only, keeps the default of a non-nullable variable given null, and refuses a duplicated value", async () => {
    const dir = folder({ "main.tf.json": config, "terraform.tfvars.json": { region: "${var.unset}" } });
    expect(regions((await stacksOf(dir))[0])["azurerm_resource_group.a"]).toMatch(/^unresolved: location: var\.region: its value \(.*terraform\.tfvars\.json\) is not a literal/);
    const nonNullable = { ...config, variable: { ...config.variable, region: { type: "string", default: "francecentral", nullable: false } } };
    expect(regions((await stacksOf(folder({ "main.tf.json": nonNullable, "terraform.tfvars.json": { region: null } })))[0])["azurerm_resource_group.a"]).toBe("francecentral");
    expect(regions((await stacksOf(folder({ "main.tf.json": config, "terraform.tfvars.json": { region: null } })))[0])["azurerm_resource_group.a"]).toMatch(/var\.region is null/);
    const duplicated = folder({ "main.tf.json": config, "terraform.tfvars.json": '{ "region": "francecentral", "region": "eastus" }' });
    expect(await refusal(() => stacksOf(duplicated))).toMatch(/terraform\.tfvars\.json: region: is defined twice/);
  });

  it("refuses a malformed --var", async () => {
    expect(await refusal(() => stacksOf(folder({ "main.tf.json": config }), [{ var: "no-equals-sign" }]))).toBe("--var: expects NAME=VALUE");
  });
});

describe("a cdktf stack is its whole working folder", () => {
  function cdktfOut(stackFiles: Record<string, unknown>): string {
    const out = folder({
      "manifest.json": { version: "0.21.0", stacks: { app: { name: "app", constructPath: "app", workingDirectory: "stacks/app", synthesizedStackPath: "stacks/app/cdk.tf.json", annotations: [], dependencies: [] } } },
      ...Object.fromEntries(Object.entries(stackFiles).map(([name, content]) => [`stacks/app/${name}`, content])),
    }, "cdktf.out");
    return out;
  }
  const synthesized = { terraform: { required_providers: OPENSTACK_SOURCE }, provider: { openstack: [OVH] }, resource: { openstack_networking_network_v2: { net: { name: "net" } } } };

  it("reads cdk.tf.json with every *.tf.json, *.tf, override and variable file beside it; ignores .terraform/, state and plans", async () => {
    const out = cdktfOut({
      "cdk.tf.json": synthesized,
      "extra.tf": 'resource "azurerm_resource_group" "sideload" {\n  name     = "x"\n  location = "eastus"\n}\n',
      "zz_override.tf.json": { provider: { openstack: { region: "US-EAST-1" } } },
      "terraform.tfstate": "{}",
      "plan": "binary plan",
      ".terraform/modules/x.tf.json": { resource: { azurerm_resource_group: { nested: rg("eastus") } } },
    });
    const stacks = await stacksOf(out);
    expect(stacks.map((s) => [s.name, s.source, s.file])).toEqual([["app", "cdktf", path.join(out, "stacks/app/cdk.tf.json")]]);
    expect(regions(stacks[0])).toEqual({ "openstack_networking_network_v2.net": "US-EAST-1", "azurerm_resource_group.sideload": "eastus" });
  });

  it("refuses a plan dropped where cdk.tf.json should be, and a manifest that leads outside cdktf.out", async () => {
    const out = cdktfOut({ "cdk.tf.json": { format_version: "1.2", planned_values: { root_module: {} } } });
    expect(await refusal(() => stacksOf(out))).toMatch(/stacks\/app\/cdk\.tf\.json: is a `terraform show -json` plan or state, not a Terraform configuration$/);
    const escaping = folder({ "manifest.json": { stacks: { app: { synthesizedStackPath: "../elsewhere/cdk.tf.json" } } } }, "cdktf.out");
    expect(await refusal(() => stacksOf(escaping))).toMatch(/manifest\.json: stacks\.app\.synthesizedStackPath: must stay inside the cdktf\.out folder$/);
  });
});

describe("the in-memory document of the synth-time Aspect", () => {
  it("is assembled like a file: same decoding, same refusals", () => {
    const stack = fromTerraformJson({ resource: { azurerm_resource_group: [{ a: rg("francecentral") }] } }, { stack: "s", file: "stacks/s/cdk.tf.json" });
    expect(new RegionResolver(stack).resolve(stack.resources[0]).region).toBe("francecentral");
    expect(() => fromTerraformJson({ resource: { azurerm_resource_group: { a: { provider: 3 } } } }, { stack: "s", file: "stacks/s/cdk.tf.json" })).toThrow(
      "stacks/s/cdk.tf.json: resource.azurerm_resource_group.a.provider: must be a provider configuration reference",
    );
  });
});

describe("stack policy metadata (\"//\".hdhPolicy)", () => {
  const metadata = (value: unknown) => ({ "//": { hdhPolicy: value }, resource: { azurerm_resource_group: { rg: rg("francecentral") } } });

  it("is read from the primary files; an override file's comment is ignored, as Terraform ignores \"//\"", async () => {
    const dir = folder({ "main.tf.json": metadata({ role: "sovereign", dataClassification: "health-data" }), "override.tf.json": { "//": { hdhPolicy: { role: "legacy", dataClassification: "synthetic" } } } });
    expect((await stacksOf(dir))[0].metadata).toEqual({ role: "sovereign", dataClassification: "health-data" });
  });

  it.each([
    [{ role: "boss" }, '//.hdhPolicy.role: must be one of "sovereign", "legacy", "migration"'],
    [{ role: "legacy", migrationDeadline: 2027 }, "//.hdhPolicy.migrationDeadline: must be a string"],
    [{ role: "legacy", requires: "secnumcloud" }, "//.hdhPolicy.requires: must be a list"],
    [{ environment: ["prod"] }, "//.hdhPolicy.environment: must be a string"],
    [["sovereign"], "//.hdhPolicy: must be an object"],
  ])("refuses a wrong type: %j", async (value, message) => {
    const dir = folder({ "main.tf.json": metadata(value) });
    expect(await refusal(() => stacksOf(dir))).toBe(`${path.join(dir, "main.tf.json")}: ${message}`);
  });

  it("refuses two different declarations", async () => {
    const dir = folder({ "a.tf.json": metadata({ role: "sovereign" }), "b.tf.json": { "//": { hdhPolicy: { role: "legacy" } } } });
    expect(await refusal(() => stacksOf(dir))).toMatch(/b\.tf\.json: \/\/\.hdhPolicy: is declared again, differently \(first in .*a\.tf\.json\): refused$/);
  });
});

describe("keys named like JavaScript's own properties", () => {
  it("never change a prototype nor read an inherited property (__proto__, constructor)", async () => {
    const dir = folder({
      "main.tf.json": `{
        "terraform": { "required_providers": { "openstack": { "source": "terraform-provider-openstack/openstack" } } },
        "provider": { "openstack": { "auth_url": "https://auth.cloud.ovh.net/v3", "region": "GRA11" } },
        "locals": { "__proto__": { "region": "US-EAST-1" } },
        "resource": { "openstack_networking_network_v2": {
          "n": { "name": "n" },
          "m": { "name": "m", "region": "\${var.constructor}" },
          "l": { "name": "l", "region": "\${local.__proto__.region}" }
        } }
      }`,
      "override.tf.json": '{ "resource": { "openstack_networking_network_v2": { "n": { "__proto__": { "region": "US-EAST-1" } } } } }',
    });
    const [stack] = await stacksOf(dir);
    const resolved = regions(stack);
    expect(resolved["openstack_networking_network_v2.n"]).toBe("GRA11");
    expect(resolved["openstack_networking_network_v2.m"]).toMatch(/var\.constructor is not declared/);
    // An own local named __proto__ is a local like any other.
    expect(resolved["openstack_networking_network_v2.l"]).toBe("US-EAST-1");
    expect(({} as Record<string, unknown>).region).toBeUndefined();
  });
});
