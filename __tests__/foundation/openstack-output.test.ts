/**
 * Guard: the OpenStack environments synthesize exactly what they synthesized before the landing zone was
 * described as a cloud-neutral blueprint and today's constructs moved to constructs/sovereign/openstack/
 * (issue 13 §1). The app is the suites' shared synthesis; every stack's file is compared byte for byte
 * through its SHA-256. A deliberate change of the OpenStack output updates this snapshot
 * (`npx jest __tests__/foundation/openstack-output.test.ts -u`), next to the detailed stack snapshots
 * that show what changed.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { sharedSynth, type FixtureEnvironment } from "../app-fixture";

/**
 * SHA-256 and size of every stack's cdk.tf.json the app writes for an environment: the suites' shared
 * synthesis (__tests__/app-fixture.ts): dev is main.ts run as `cdktf synth` runs it, prod the same wiring on the
 * TEST contract catalogue. manifest.json is left out: its annotations carry stack traces with the checkout's
 * absolute paths.
 */
async function synthesizedDigests(environment: FixtureEnvironment): Promise<Record<string, string>> {
  const { outdir, status, stderr } = await sharedSynth(environment);
  if (status !== 0) throw new Error(`synth of ${environment} failed: ${stderr}`);
  const digests: Record<string, string> = {};
  const stacksDir = path.join(outdir, "stacks");
  for (const stack of fs.readdirSync(stacksDir).sort()) {
    const bytes = fs.readFileSync(path.join(stacksDir, stack, "cdk.tf.json"));
    digests[`stacks/${stack}/cdk.tf.json`] = `sha256:${createHash("sha256").update(bytes).digest("hex")} (${bytes.length} bytes)`;
  }
  return digests;
}

describe.each(["dev", "prod"] as const)("the synthesized output of the OpenStack environment %s", (environment) => {
  it("is byte for byte what it was before the blueprint and the move to constructs/sovereign/openstack/", async () => {
    const digests = await synthesizedDigests(environment);
    expect(Object.keys(digests)).toEqual([`stacks/legacy-azure-${environment}/cdk.tf.json`, `stacks/migration-${environment}/cdk.tf.json`, `stacks/sovereign-${environment}/cdk.tf.json`]);
    expect(digests).toMatchSnapshot();
  }, 120_000);
});
