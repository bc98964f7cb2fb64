/**
 * Guard: the OpenStack environments synthesize exactly what they synthesized before the landing zone was
 * described as a cloud-neutral blueprint and today's constructs moved to constructs/sovereign/openstack/
 * (issue 13 §1). The app runs as `cdktf synth` runs it (node main.ts); every synthesized file is compared
 * byte for byte through its SHA-256. A deliberate change of the OpenStack output updates this snapshot
 * (`npx jest __tests__/foundation/openstack-output.test.ts -u`), next to the detailed stack snapshots
 * that show what changed.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { sharedSynth, type FixtureEnvironment } from "../app-fixture";

/**
 * SHA-256 and size of every file `node main.ts` writes for an environment (state-free: synth only): the
 * suites' shared synthesis (__tests__/app-fixture.ts), which is main.ts run as `cdktf synth` runs it.
 */
async function synthesizedDigests(environment: FixtureEnvironment): Promise<Record<string, string>> {
  const { outdir, status, stderr } = await sharedSynth(environment);
  if (status !== 0) throw new Error(`synth of ${environment} failed: ${stderr}`);
  const digests: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const bytes = fs.readFileSync(full);
        digests[path.relative(outdir, full).split(path.sep).join("/")] = `sha256:${createHash("sha256").update(bytes).digest("hex")} (${bytes.length} bytes)`;
      }
    }
  };
  walk(outdir);
  return digests;
}

describe.each(["dev", "prod"] as const)("the synthesized output of the OpenStack environment %s", (environment) => {
  it("is byte for byte what it was before the blueprint and the move to constructs/sovereign/openstack/", async () => {
    const digests = await synthesizedDigests(environment);
    expect(Object.keys(digests)).toEqual(
      expect.arrayContaining(["manifest.json", `stacks/legacy-azure-${environment}/cdk.tf.json`, `stacks/sovereign-${environment}/cdk.tf.json`, `stacks/migration-${environment}/cdk.tf.json`]),
    );
    expect(digests).toMatchSnapshot();
  }, 120_000);
});
