import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { measureCommand, report, type RunFigures } from "./measure";

const ROOT = path.resolve(__dirname, "..", "..");

function runs(count: number, once: () => RunFigures): RunFigures[] {
  return Array.from({ length: count }, once);
}

/** One cloud's environment synthesized in-process, and how. */
interface EnvironmentSynth {
  readonly label: string;
  readonly environment: string;
  /** The script node runs: main.ts (the whole app, policy Aspect included) or the benchmark's own. */
  readonly script: string;
}

/** Whether the policy classifies Scaleway's resource types (issue 13 §4): main.ts then synthesizes scaleway-dev. */
function policyClassifiesScaleway(): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("../../policy/classification") as typeof import("../../policy/classification")).isClassifiedProvider("scaleway");
}

/**
 * The in-process synth of each cloud's environment. dev (OpenStack) runs main.ts, as cdktf.json's `app`
 * does: three stacks, policy Aspect included. scaleway-dev (Scaleway: legacy, landing zone and migration) runs
 * main.ts too once the policy classifies Scaleway's types, and until then environment-synth.ts (the same
 * stacks, no Aspect), because main.ts stops at the policy.
 */
function environmentSynths(): EnvironmentSynth[] {
  const scalewayWithPolicy = policyClassifiesScaleway();
  return [
    { label: "app synth in-process, dev (OpenStack: node main.ts, policy Aspect included)", environment: "dev", script: "main.ts" },
    scalewayWithPolicy
      ? { label: "app synth in-process, scaleway-dev (Scaleway: node main.ts, policy Aspect included)", environment: "scaleway-dev", script: "main.ts" }
      : { label: "app synth in-process, scaleway-dev (Scaleway: 3 stacks, no policy Aspect until it classifies Scaleway)", environment: "scaleway-dev", script: path.join("tools", "bench", "environment-synth.ts") },
  ];
}

/**
 * Synthesizes (a) each cloud's environment in-process (environmentSynths) and (b) the default app
 * through the CLI: `cdktf synth`. Each writes to a fresh temporary folder.
 */
export async function benchAppSynth(options: { inProcessRuns?: number; cliRuns?: number } = {}): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "hdh-bench-synth-"));
  try {
    const env = (outdir: string, extra: NodeJS.ProcessEnv = {}) => ({ ...process.env, ...extra, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" });
    let n = 0;
    for (const synth of environmentSynths()) {
      const args = ["-r", require.resolve("../register-ts.js"), synth.script, ...(synth.script === "main.ts" ? [] : [synth.environment])];
      const inProcess = runs(options.inProcessRuns ?? 5, () =>
        measureCommand(process.execPath, args, { cwd: ROOT, env: env(path.join(scratch, `app-${n++}`), { HDH_ENV: synth.environment }) }),
      );
      report(synth.label, inProcess, { seconds: 1, peakRssMb: 350 });
    }
    const cli = require.resolve("cdktf-cli/bundle/bin/cdktf");
    const viaCli = runs(options.cliRuns ?? 3, () =>
      measureCommand(process.execPath, [cli, "synth", "--output", path.join(scratch, `cli-${n++}`)], { cwd: ROOT, env: env(path.join(scratch, `cli-env-${n}`)) }),
    );
    report("cdktf synth (CLI)", viaCli, { seconds: 5, peakRssMb: 350 });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
