/**
 * Benchmark: offline plan of the whole default app (target ≤ 60 s on the two-core machine):
 * synth, then terraform init/validate/plan/show -json of every stack through the schema-only providers.
 * Export for tools/bench/index.ts; run alone with `node -r ./tools/register-ts.js tools/bench/offline-plan.ts`.
 */
import { App, TerraformStack } from "cdktf";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NetworkingNetworkV2 } from "../../.gen/providers/openstack/networking-network-v2";
import { OpenstackProvider } from "../../.gen/providers/openstack/provider";
import { planStacksOffline, synthesizeApp, terraformAvailable, terraformBinaryName } from "../offline-plan";

const SCALE_RESOURCES = 200;

/** Headroom as the app grows: one OpenStack and one azurerm stack of SCALE_RESOURCES resources each. */
async function benchScale(dir: string, binary: string): Promise<void> {
  const outdir = join(dir, "scale.out");
  const app = new App({ outdir });
  const openstack = new TerraformStack(app, "scale-openstack");
  new OpenstackProvider(openstack, "openstack", {});
  const azure = new TerraformStack(app, "scale-azure");
  new AzurermProvider(azure, "azurerm", { features: [{}] });
  for (let index = 0; index < SCALE_RESOURCES; index++) {
    new NetworkingNetworkV2(openstack, `network-${index}`, { name: `network-${index}` });
    new ResourceGroup(azure, `group-${index}`, { name: `rg-${index}`, location: "francecentral" });
  }
  app.synth();
  const started = process.hrtime.bigint();
  const results = await planStacksOffline({ outdir, terraformBinary: binary });
  const total = Number(process.hrtime.bigint() - started) / 1e9;
  const failed = results.filter((result) => result.failure).map((result) => result.failure);
  console.log(
    `offline plan: scale, 2 stacks × ${SCALE_RESOURCES} resources (OpenStack, azurerm): ${total.toFixed(1)} s` + (failed.length ? `; FAILED: ${failed.join("; ")}` : ""),
  );
}

const TARGET_SECONDS = 60;

export async function benchOfflinePlan(): Promise<void> {
  const binary = terraformBinaryName();
  if (!(await terraformAvailable(binary))) {
    console.log(`offline plan: skipped (${binary} is not on PATH)`);
    return;
  }
  const environment = process.env.HDH_ENV ?? "dev";
  const dir = mkdtempSync(join(tmpdir(), "hdh-bench-offline-plan-"));
  try {
    const outdir = join(dir, "cdktf.out");
    const started = process.hrtime.bigint();
    await synthesizeApp({ outdir, environment });
    const synthesized = process.hrtime.bigint();
    const results = await planStacksOffline({ outdir, terraformBinary: binary });
    const finished = process.hrtime.bigint();
    const seconds = (from: bigint, to: bigint): number => Number(to - from) / 1e9;
    const total = seconds(started, finished);
    let resources = 0;
    for (const result of results) {
      const changes = result.planFile ? (JSON.parse(readFileSync(result.planFile, "utf8")) as { resource_changes?: unknown[] }).resource_changes ?? [] : [];
      resources += changes.length;
      const { init, validate, plan, show } = result.seconds;
      console.log(
        `offline plan: ${result.stack}: ${result.failure ? `FAILED (${result.failure})` : `${changes.length} resource changes`}; ` +
          `init ${init.toFixed(2)} s, validate ${validate.toFixed(2)} s, plan ${plan.toFixed(2)} s, show -json ${show.toFixed(2)} s`,
      );
    }
    const failed = results.filter((result) => result.failure).length;
    console.log(
      `offline plan: whole ${environment} app with ${binary}: ${results.length} stacks, ${resources} resource changes, ` +
        `synth ${seconds(started, synthesized).toFixed(1)} s + plan ${seconds(synthesized, finished).toFixed(1)} s = ${total.toFixed(1)} s ` +
        `(target ≤ ${TARGET_SECONDS} s: ${total <= TARGET_SECONDS ? "met" : "MISSED"})${failed ? `; ${failed} stack(s) FAILED` : ""}`,
    );
    await benchScale(dir, binary);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchOfflinePlan().catch((error: Error) => {
    console.error(`offline plan bench: ${error.message}`);
    process.exitCode = 1;
  });
}
