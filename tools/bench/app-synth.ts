import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { measureCommand, report, type RunFigures } from "./measure";

const ROOT = path.resolve(__dirname, "..", "..");

function runs(count: number, once: () => RunFigures): RunFigures[] {
  return Array.from({ length: count }, once);
}

/** One cloud's environment synthesized in-process (`node main.ts`, as cdktf.json's `app` does, policy Aspect included). */
interface EnvironmentSynth {
  readonly label: string;
  readonly environment: string;
}

/** The in-process synth of each cloud's environment. */
const ENVIRONMENT_SYNTHS: readonly EnvironmentSynth[] = [
  { label: "app synth in-process, dev (OpenStack: node main.ts, policy Aspect included)", environment: "dev" },
  { label: "app synth in-process, scaleway-dev (Scaleway: node main.ts, policy Aspect included)", environment: "scaleway-dev" },
];

/**
 * Synthesizes (a) each cloud's environment in-process (ENVIRONMENT_SYNTHS) and (b) the default app
 * through the CLI: `cdktf synth`. Each writes to a fresh temporary folder.
 */
export async function benchAppSynth(options: { inProcessRuns?: number; cliRuns?: number } = {}): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "hdh-bench-synth-"));
  try {
    const env = (outdir: string, extra: NodeJS.ProcessEnv = {}) => ({ ...process.env, ...extra, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" });
    let n = 0;
    for (const synth of ENVIRONMENT_SYNTHS) {
      const args = ["-r", require.resolve("../register-ts.js"), "main.ts"];
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
