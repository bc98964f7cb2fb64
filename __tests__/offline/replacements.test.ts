/**
 * An offline plan shows replacements as the real OpenStack provider would: the sovereign stack is
 * planned and applied offline (placeholder values; the suites' shared dev plan, __tests__/app-fixture.ts),
 * then changed (a container's region, the encrypted volume type, an instance's user_data) and planned
 * again with the real terraform binary. The offline
 * provider answers `requires_replace` from providers/openstack/force-new.json, Terraform plans
 * `["delete","create"]`, and the plan review blocks the replaced data store.
 */
import { App } from "cdktf";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ComputeInstanceV2 } from "../../.gen/providers/openstack/compute-instance-v2";
import type { OpenStackEnvironmentConfig } from "../../config/environment";
import { loadEnvironment } from "../../config/load-environment";
import { formatReviewMarkdown } from "../../policy/review/markdown";
import { readPlanFile } from "../../policy/review/plan-file";
import { reviewExitCode, reviewPlans, type PlanReview } from "../../policy/review/review";
import { SovereignStack } from "../../stacks/sovereign-stack";
import { planStacksOffline, type StackPlanResult } from "../../tools/offline-plan";
import { sharedPlan } from "../app-fixture";
import { HAS_TERRAFORM, SKIP_LINE, TERRAFORM_BINARY, TERRAFORM_TIMEOUT_MS } from "./terraform-helpers";

interface Change {
  address: string;
  type: string;
  change: { actions: string[]; replace_paths?: (string | number)[][]; before: Record<string, unknown> | null; after: Record<string, unknown> | null };
}

const STACK = "sovereign-dev";
/** The same changed stack, with the data lake's prevent_destroy left on, as the code ships it. */
const PROTECTED = "sovereign-dev-protected";

/** Synthesizes sovereign stacks of `environment` into `outdir`, each changed by `change` before synth. */
function synthesize(outdir: string, environment: OpenStackEnvironmentConfig, stacks: Record<string, (stack: SovereignStack) => void>): void {
  const app = new App({ outdir });
  for (const [name, change] of Object.entries(stacks)) change(new SovereignStack(app, name, { environment }));
  app.synth();
}

const firstInstance = (stack: SovereignStack): ComputeInstanceV2 => stack.node.findAll().find((node): node is ComputeInstanceV2 => node instanceof ComputeInstanceV2)!;

if (!HAS_TERRAFORM) {
  test.skip(SKIP_LINE, () => undefined);
} else {
  describe("an offline plan of a changed sovereign data store", () => {
    const root = mkdtempSync(join(tmpdir(), "hdh-replacements-"));
    const loaded = loadEnvironment("dev");
    let changes: Map<string, Change>;
    let changed: StackPlanResult;
    let protectedResult: StackPlanResult;
    let review: PlanReview;
    let instanceAddress: string;
    let containerAddress: string;
    let prior: { resources: { mode: string; type: string; name: string; instances: { attributes: Record<string, unknown> }[] }[] };

    beforeAll(async () => {
      // 1. Today's stack, planned once and applied offline with placeholders: the suites' shared dev plan.
      const shared = await sharedPlan("dev", TERRAFORM_BINARY);
      const state = readFileSync(shared.appliedStates[STACK], "utf8");

      // 2. The change: another volume type, the raw zone's container moved to a region, a new user_data.
      const after = join(root, "after", "cdktf.out");
      mkdirSync(after, { recursive: true });
      const environment = structuredClone(loaded.config) as OpenStackEnvironmentConfig & { sovereign: { encryptedVolumeType: { name: string } } };
      environment.sovereign.encryptedVolumeType.name = "classic-luks-v2";
      const change = (liftProtection: boolean) => (stack: SovereignStack) => {
        stack.dataContainers.raw.region = "GRA";
        containerAddress = `openstack_objectstorage_container_v1.${stack.dataContainers.raw.friendlyUniqueId}`;
        // A pull request that means to replace a protected data store has to lift its protection too.
        if (liftProtection) stack.dataContainers.raw.addOverride("lifecycle.prevent_destroy", false);
        const instance = firstInstance(stack);
        instance.userData = "#cloud-config\npackage_upgrade: true\n";
        instanceAddress = `openstack_compute_instance_v2.${instance.friendlyUniqueId}`;
      };
      synthesize(after, environment, { [STACK]: change(true), [PROTECTED]: change(false) });
      for (const name of [STACK, PROTECTED]) writeFileSync(join(after, "stacks", name, `terraform.${name}.tfstate`), state);
      prior = JSON.parse(state) as typeof prior;

      [changed, protectedResult] = await planStacksOffline({ outdir: after, stacks: [STACK, PROTECTED], terraformBinary: TERRAFORM_BINARY });
      if (!changed.planOk) throw new Error(`second plan failed: ${changed.failure}\n${JSON.stringify(changed.diagnostics)}`);
      const plan = JSON.parse(readFileSync(changed.planFile!, "utf8")) as { resource_changes: Change[] };
      changes = new Map(plan.resource_changes.map((each) => [each.address, each]));
      review = reviewPlans([readPlanFile(changed.planFile!, STACK)], { today: "2026-11-29" });
    }, TERRAFORM_TIMEOUT_MS);

    test("the prior state is Terraform's own, written by applying the first plan offline with placeholders", () => {
      const container = prior.resources.find((resource) => `${resource.type}.${resource.name}` === containerAddress)!;
      expect(container.instances[0].attributes).toMatchObject({ id: expect.stringMatching(/^offline-placeholder:openstack_objectstorage_container_v1\.[0-9a-f]{8}\.id$/), region: expect.stringMatching(/^offline-placeholder:/) });
      expect(prior.resources.filter((resource) => resource.mode === "managed").length).toBeGreaterThan(100);
    });

    const ofType = (type: string) => [...changes.values()].filter((each) => each.type === type);

    test("a container moved to another region is replaced (Swift cannot move a container)", () => {
      const container = changes.get(containerAddress)!;
      expect(container.change.actions).toEqual(["delete", "create"]);
      expect(container.change.replace_paths).toEqual([["region"]]);
      expect(container.change.after).toMatchObject({ region: "GRA" });
      // The other zones' and the workspaces' containers are untouched.
      const others = ofType("openstack_objectstorage_container_v1").filter((each) => each !== container);
      expect(others.length).toBeGreaterThanOrEqual(2);
      for (const other of others) expect([other.address, other.change.actions]).toEqual([other.address, ["no-op"]]);
    });

    test("a new volume type replaces the servers booting from it; the data volumes are retyped in place, as v3.4.0 does", () => {
      const servers = ofType("openstack_compute_instance_v2");
      expect(servers.length).toBeGreaterThan(4);
      for (const server of servers) {
        expect([server.address, server.change.actions]).toEqual([server.address, ["delete", "create"]]);
        expect(server.change.replace_paths).toEqual(expect.arrayContaining([["block_device", 0, "volume_type"]]));
      }
      const volumes = ofType("openstack_blockstorage_volume_v3");
      expect(volumes.length).toBeGreaterThan(0);
      for (const volume of volumes) {
        expect([volume.address, volume.change.actions]).toEqual([volume.address, ["update"]]);
        expect(volume.change.after).toMatchObject({ volume_type: "classic-luks-v2" });
      }
    });

    test("a changed user_data replaces the instance", () => {
      expect(changes.get(instanceAddress)!.change.replace_paths).toEqual(expect.arrayContaining([["user_data"]]));
    });

    test("what no change touches stays as it is", () => {
      const untouched = ofType("openstack_networking_network_v2");
      expect(untouched.length).toBeGreaterThan(3);
      for (const network of untouched) expect([network.address, network.change.actions]).toEqual([network.address, ["no-op"]]);
    });

    test("the plan review's blocking section lists the replaced container, and the review fails", () => {
      expect(review.blocking.map((change) => [change.type, change.action])).toEqual([["openstack_objectstorage_container_v1", "replace"]]);
      expect(reviewExitCode(review)).toBe(1);
      const markdown = formatReviewMarkdown(review);
      expect(markdown).toContain("### ⛔ Data stores deleted or replaced (blocking)");
      expect(markdown).toMatch(/Blocking:\*\* 1 data store deleted or replaced/);
    });

    test("with the data lake's prevent_destroy in place, Terraform refuses to plan the replacement at all", () => {
      expect(protectedResult.planOk).toBe(false);
      expect(protectedResult.failure).toBe(`${PROTECTED}: ${TERRAFORM_BINARY} plan failed`);
      expect(protectedResult.diagnostics.map((each) => each.detail ?? "").join("\n")).toMatch(/Instance cannot be destroyed[\s\S]*openstack_objectstorage_container_v1/);
    });
  });
}
