/**
 * Every stack of the default app, in dev and prod (built on the TEST contract catalogue while prod's
 * contract is pending), passes the real `terraform validate` and plans offline through the schema-only
 * providers; the JSON plans look like real ones.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { StackPlanResult } from "../../tools/offline-plan";
import { sharedPlan } from "../app-fixture";
import { HAS_TERRAFORM, SKIP_LINE, TERRAFORM_BINARY, TERRAFORM_TIMEOUT_MS } from "./terraform-helpers";

interface JsonPlan {
  format_version: string;
  resource_changes: {
    address: string;
    type: string;
    change: { actions: string[]; before: Record<string, unknown> | null; after: Record<string, unknown>; after_unknown: Record<string, unknown>; importing?: { id: string } };
  }[];
  prior_state?: { values: { root_module: { resources: { address: string; mode: string; type: string; values: Record<string, unknown> }[] } } };
}

const readPlan = (file: string): JsonPlan => JSON.parse(readFileSync(file, "utf8")) as JsonPlan;

if (!HAS_TERRAFORM) {
  test.skip(SKIP_LINE, () => undefined);
} else {
  describe.each(["dev", "prod"] as const)("the default app with HDH_ENV=%s", (environment) => {
    let outdir: string;
    let results: readonly StackPlanResult[];
    let stackNames: string[];
    let logLines: readonly string[];

    beforeAll(async () => {
      // The shared offline plan of the app (__tests__/app-fixture.ts): dev synthesized by main.ts, prod (whose
      // contract is pending) on the TEST contract catalogue; planned once per content.
      ({ outdir, results, log: logLines } = await sharedPlan(environment, TERRAFORM_BINARY));
      stackNames = Object.keys((JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")) as { stacks: object }).stacks);
    }, TERRAFORM_TIMEOUT_MS);

    test("every stack passes terraform validate and plans", () => {
      expect(stackNames).toEqual(expect.arrayContaining([`legacy-azure-${environment}`, `sovereign-${environment}`]));
      expect(results.map((result) => [result.stack, result.failure ?? "planned"])).toEqual(stackNames.map((name) => [name, "planned"]));
      expect(results.every((result) => result.validateOk && result.planOk)).toBe(true);
    });

    test("writes each stack's `show -json` plan to <outdir>/plans/<stack>.json", () => {
      for (const result of results) {
        expect(result.planFile).toBe(join(outdir, "plans", `${result.stack}.json`));
        expect(readPlan(result.planFile!).format_version).toMatch(/^1\.\d+$/);
      }
    });

    test("plans creates with id and unset optional + computed attributes known after apply", () => {
      const sovereign = readPlan(join(outdir, "plans", `sovereign-${environment}.json`));
      const network = sovereign.resource_changes.find((change) => change.type === "openstack_networking_network_v2")!;
      expect(network.change.actions).toEqual(["create"]);
      expect(typeof network.change.after.name).toBe("string");
      expect(network.change.after_unknown).toMatchObject({ id: true, mtu: true, all_tags: true });
      expect(network.change.after_unknown.name).toBeUndefined();

      const legacy = readPlan(join(outdir, "plans", `legacy-azure-${environment}.json`));
      // The legacy stack creates only what it declares new, e.g. the read-only lock of a cut-over container.
      const lock = legacy.resource_changes.find((change) => change.type === "azurerm_management_lock")!;
      expect(lock.change.actions).toEqual(["create"]);
      expect(lock.change.after).toMatchObject({ name: expect.any(String), lock_level: "ReadOnly" });
      expect(lock.change.after_unknown).toMatchObject({ id: true, scope: true });
    });

    test("adopts existing Azure resources through import blocks: planned as an import plus an update toward the configuration", () => {
      const legacy = readPlan(join(outdir, "plans", `legacy-azure-${environment}.json`));
      const imports = legacy.resource_changes.filter((change) => change.change.importing);
      expect(imports.length).toBeGreaterThan(0);
      for (const change of imports) {
        expect(change.change.before).toMatchObject({ id: change.change.importing!.id });
        expect(change.change.actions).toEqual(["update"]);
      }
      const group = imports.find((change) => change.type === "azurerm_resource_group")!;
      expect(group.change.before).toMatchObject({ name: null, location: null });
      expect(group.change.after).toMatchObject({ id: group.change.importing!.id, name: expect.any(String), location: expect.any(String) });
    });

    test("creates no legacy resource but those declared new: everything else is imported", () => {
      const legacy = readPlan(join(outdir, "plans", `legacy-azure-${environment}.json`));
      const synthesized = JSON.parse(readFileSync(join(outdir, "stacks", `legacy-azure-${environment}`, "cdk.tf.json"), "utf8"));
      const adoption = (address: string) => {
        const [type, name] = address.split(".");
        return synthesized.resource[type][name]["//"].adoption as { status: string; logicalName: string };
      };
      const managed = legacy.resource_changes.filter((change) => !change.address.startsWith("data."));
      expect(managed.length).toBeGreaterThan(70);
      const created = managed.filter((change) => change.change.actions.includes("create"));
      expect(created.map((change) => [change.address, adoption(change.address).status])).toEqual(created.map((change) => [change.address, "new"]));
      for (const change of managed.filter((each) => !each.change.actions.includes("create"))) {
        expect([change.address, change.change.importing?.id !== undefined]).toEqual([change.address, true]);
      }
    });

    test("root variables without a default get a logged offline placeholder unless TF_VAR_<name> is set", () => {
      const sovereign = results.find((result) => result.stack === `sovereign-${environment}`)!;
      const expected = ["portal_tls_certificate", "portal_tls_private_key"].filter((name) => process.env[`TF_VAR_${name}`] === undefined);
      expect(sovereign.placeholderVariables ?? []).toEqual(expected);
      expect(logLines).toEqual(expect.arrayContaining(expected.map((name) => expect.stringContaining(`sovereign-${environment}: variable ${name} has no value: using an offline placeholder`))));
    });

    test("the migration stack reads the legacy and sovereign stacks' outputs from typed placeholder states, and its data sources follow their types", () => {
      const migration = results.find((result) => result.stack === `migration-${environment}`)!;
      // The legacy stack's output is the PostgreSQL copy administrator's password (a database copy runs in both plans).
      expect(migration.remoteStatePlaceholders).toEqual([
        { dataName: `cross-stack-reference-input-legacy-azure-${environment}`, source: `legacy-azure-${environment}`, outputs: [expect.stringMatching(/^cross-stack-output-random_password.*copy-administrator-password.*result$/)] },
        { dataName: `cross-stack-reference-input-sovereign-${environment}`, source: `sovereign-${environment}`, outputs: expect.arrayContaining([expect.stringMatching(/^cross-stack-output-/)]) },
      ]);
      const plan = readPlan(migration.planFile!);
      const data = plan.prior_state!.values.root_module.resources.filter((resource) => resource.mode === "data");
      const account = data.find((resource) => resource.type === "azurerm_storage_account")!;
      expect(account.values.allow_nested_items_to_be_public).toBe(false);
      const subnet = data.find((resource) => resource.type === "azurerm_subnet")!;
      expect(subnet.values.default_outbound_access_enabled).toBe(false);
      const remote = data.find((resource) => resource.type === "terraform_remote_state" && resource.address.includes(`sovereign-${environment}`))!;
      expect(Object.keys(remote.values.outputs as object).sort()).toEqual([...migration.remoteStatePlaceholders![1].outputs].sort());
      // The placeholder ids flow into the resources that use them.
      expect(JSON.stringify(plan.resource_changes)).toContain(`offline-placeholder:sovereign-${environment}.cross-stack-output-`);
    });

        if (environment === "prod") {
      test("plans the S3-backed stacks in a copy with a local backend, the synthesized stack untouched", () => {
        for (const result of results) {
          expect(result.backendReplaced).toBe("s3");
          const original = JSON.parse(readFileSync(join(outdir, "stacks", result.stack, "cdk.tf.json"), "utf8"));
          expect(Object.keys(original.terraform.backend)).toEqual(["s3"]);
          expect(existsSync(join(outdir, "stacks", result.stack, "override.tf.json"))).toBe(false);
          expect(existsSync(join(outdir, "offline", "stacks", result.stack, "override.tf.json"))).toBe(true);
        }
      });
    }
  });
}
