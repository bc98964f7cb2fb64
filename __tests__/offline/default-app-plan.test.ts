/**
 * Every stack of the default app, in dev and prod, passes the real `terraform validate` and plans
 * offline through the schema-only providers; the JSON plans look like real ones.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { planStacksOffline, synthesizeApp, type StackPlanResult } from "../../tools/offline-plan";
import { HAS_TERRAFORM, SKIP_LINE, TERRAFORM_BINARY, TERRAFORM_TIMEOUT_MS, temporaryDir } from "./terraform-helpers";

interface JsonPlan {
  format_version: string;
  resource_changes: { address: string; type: string; change: { actions: string[]; after: Record<string, unknown>; after_unknown: Record<string, unknown> } }[];
}

const readPlan = (file: string): JsonPlan => JSON.parse(readFileSync(file, "utf8")) as JsonPlan;

if (!HAS_TERRAFORM) {
  test.skip(SKIP_LINE, () => undefined);
} else {
  describe.each(["dev", "prod"])("the default app with HDH_ENV=%s", (environment) => {
    const outdir = join(temporaryDir(`hdh-offline-${environment}-`), "cdktf.out");
    let results: StackPlanResult[];
    let stackNames: string[];

    beforeAll(async () => {
      await synthesizeApp({ outdir, environment });
      stackNames = Object.keys((JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")) as { stacks: object }).stacks);
      results = await planStacksOffline({ outdir, terraformBinary: TERRAFORM_BINARY });
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
      const group = legacy.resource_changes.find((change) => change.type === "azurerm_resource_group")!;
      expect(group.change.after).toMatchObject({ name: expect.any(String), location: expect.any(String) });
      expect(group.change.after_unknown).toMatchObject({ id: true, managed_by: true });
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
