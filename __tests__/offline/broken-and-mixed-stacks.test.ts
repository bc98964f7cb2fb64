/**
 * What only Terraform itself catches: a reference to an attribute that does not exist fails
 * validate with Terraform's own message. A stack mixing providers (OpenStack dump; random, time and
 * null derived from their cdktf bindings), a data source and a sensitive output plans; applying is refused.
 */
import { App, TerraformOutput, TerraformStack } from "cdktf";
import { Password } from "@cdktf/provider-random/lib/password";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { NullProvider } from "@cdktf/provider-null/lib/provider";
import { Resource as NullResource } from "@cdktf/provider-null/lib/resource";
import { TimeProvider } from "@cdktf/provider-time/lib/provider";
import { StaticResource } from "@cdktf/provider-time/lib/static-resource";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DataOpenstackNetworkingNetworkV2 } from "../../.gen/providers/openstack/data-openstack-networking-network-v2";
import { NetworkingNetworkV2 } from "../../.gen/providers/openstack/networking-network-v2";
import { OpenstackProvider } from "../../.gen/providers/openstack/provider";
import { failureDiagnostics, formatDiagnostics, planStacksOffline, type StackPlanResult } from "../../tools/offline-plan";
import { HAS_TERRAFORM, SKIP_LINE, TERRAFORM_BINARY, TERRAFORM_TIMEOUT_MS, temporaryDir } from "./terraform-helpers";

function synthesizeTestApp(outdir: string): void {
  const app = new App({ outdir });
  const broken = new TerraformStack(app, "broken");
  new OpenstackProvider(broken, "openstack", {});
  new NetworkingNetworkV2(broken, "x", { name: "broken" });
  new TerraformOutput(broken, "bad", { value: "${openstack_networking_network_v2.x.no_such_attr}" });

  const leaky = new TerraformStack(app, "leaky");
  new RandomProvider(leaky, "random", {});
  const secret = new Password(leaky, "secret", { length: 16 });
  new TerraformOutput(leaky, "exposed_secret", { value: secret.result });

  const mixed = new TerraformStack(app, "mixed");
  new OpenstackProvider(mixed, "openstack", {});
  new RandomProvider(mixed, "random", {});
  const external = new DataOpenstackNetworkingNetworkV2(mixed, "external", { name: "Ext-Net" });
  const password = new Password(mixed, "password", { length: 24, special: false });
  new NetworkingNetworkV2(mixed, "platform", { name: "mixed", description: external.id });
  new TerraformOutput(mixed, "generated_password", { value: password.result, sensitive: true });
  new TimeProvider(mixed, "time", {});
  new NullProvider(mixed, "null", {});
  const created = new StaticResource(mixed, "created", {});
  new NullResource(mixed, "marker", { triggers: { created: created.rfc3339 } });
  app.synth();
}

if (!HAS_TERRAFORM) {
  test.skip(SKIP_LINE, () => undefined);
} else {
  describe("stacks beyond the default app", () => {
    const outdir = join(temporaryDir("hdh-offline-extra-"), "cdktf.out");
    let broken: StackPlanResult;
    let mixed: StackPlanResult;
    let leaky: StackPlanResult;

    beforeAll(async () => {
      synthesizeTestApp(outdir);
      [broken, mixed, leaky] = await planStacksOffline({ outdir, stacks: ["broken", "mixed", "leaky"], terraformBinary: TERRAFORM_BINARY });
    }, TERRAFORM_TIMEOUT_MS);

    test("a reference to an attribute that does not exist fails validate with Terraform's own message", () => {
      expect(broken.validateOk).toBe(false);
      expect(broken.planFile).toBeUndefined();
      expect(broken.failure).toBe(`broken: ${TERRAFORM_BINARY} validate failed (1 error)`);
      expect(broken.diagnostics).toEqual([
        expect.objectContaining({ severity: "error", summary: "Unsupported attribute", detail: expect.stringContaining('"no_such_attr"') }),
      ]);
      expect(formatDiagnostics(broken.diagnostics)).toMatch(/^Error: Unsupported attribute\n {2}on cdk\.tf\.json line \d+/);
    });

    test("an output exposing a sensitive attribute without `sensitive = true` fails to plan, as with the real provider", () => {
      // Terraform finds this while planning, and its own text is kept.
      expect(leaky.validateOk).toBe(true);
      expect(leaky.planFile).toBeUndefined();
      expect(leaky.failure).toBe(`leaky: ${TERRAFORM_BINARY} plan failed`);
      expect(leaky.diagnostics).toEqual([
        expect.objectContaining({ severity: "error", summary: `${TERRAFORM_BINARY} plan failed`, detail: expect.stringContaining("Error: Output refers to sensitive values") }),
      ]);
    });

    test("a failed plan is shown by Terraform's own diagnostics, not only by the failure line", () => {
      const text = failureDiagnostics(leaky);
      expect(text).toContain("Error: Output refers to sensitive values");
      expect(text).not.toContain(`${TERRAFORM_BINARY} plan failed`);
    });

        test("a stack with four providers, a data source and a sensitive output plans", () => {
      expect(mixed.failure).toBeUndefined();
      const plan = JSON.parse(readFileSync(mixed.planFile!, "utf8"));
      const byAddress = Object.fromEntries(plan.resource_changes.map((change: { address: string }) => [change.address, change]));
      expect(byAddress["random_password.password"].change.after_unknown).toMatchObject({ result: true, id: true });
      expect(byAddress["random_password.password"].change.after).toMatchObject({ length: 24, special: false });
      // The data source was read at plan time: its placeholder id flows into the network.
      expect(byAddress["openstack_networking_network_v2.platform"].change.after.description).toBe("offline-placeholder:openstack_networking_network_v2.id");
      expect(plan.output_changes.generated_password.after_sensitive).toBe(true);
      expect(byAddress["time_static.created"].change.after_unknown).toMatchObject({ rfc3339: true, unix: true });
      expect(byAddress["null_resource.marker"].change.after_unknown).toMatchObject({ id: true, triggers: { created: true } });
    });

    test("applying the plan is refused by the provider: it never applies", () => {
      const workDir = join(outdir, "offline", "stacks", "mixed");
      const apply = spawnSync(TERRAFORM_BINARY, ["apply", "-no-color", "-input=false", "-lock=false", "tfplan"], {
        cwd: workDir,
        encoding: "utf8",
        env: { ...process.env, TF_CLI_CONFIG_FILE: join(outdir, "offline", "terraform.tfrc"), CHECKPOINT_DISABLE: "1" },
      });
      expect(apply.status).not.toBe(0);
      expect(apply.stderr).toContain("The offline provider never applies");
    }, TERRAFORM_TIMEOUT_MS);

    test("npm run plan:offline exits non-zero with one line per failing stack, Terraform's diagnostics below", () => {
      const root = join(__dirname, "..", "..");
      const cli = spawnSync(process.execPath, ["-r", require.resolve("../../tools/register-ts.js"), join(root, "tools", "offline-plan.ts"), "--no-synth", "--outdir", outdir, "--stack", "broken", "--out", join(outdir, "cli-plans")], {
        cwd: root,
        encoding: "utf8",
      });
      expect(cli.status).toBe(1);
      const lines = cli.stderr.split("\n");
      expect(lines[0]).toBe(`plan:offline: broken: ${TERRAFORM_BINARY} validate failed (1 error)`);
      expect(lines[1]).toBe("Error: Unsupported attribute");
      expect(lines[2].startsWith(`  on ${join(outdir, "stacks", "broken", "cdk.tf.json")} line `)).toBe(true);
      expect(cli.stderr).toContain('named "no_such_attr"');
      expect(cli.stdout).toContain("0/1 stacks planned");
    }, TERRAFORM_TIMEOUT_MS);
  });
}
