import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { measureCommand, report, type RunFigures } from "./measure";

const ROOT = path.resolve(__dirname, "..", "..");

function runs(count: number, once: () => RunFigures): RunFigures[] {
  return Array.from({ length: count }, once);
}

/**
 * Synthesizes the whole default app (a) in-process: node runs main.ts, as cdktf.json's `app` does,
 * and (b) through the CLI: `cdktf synth`. Each writes to a fresh temporary folder.
 */
export async function benchAppSynth(options: { inProcessRuns?: number; cliRuns?: number } = {}): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "hdh-bench-synth-"));
  try {
    const env = (outdir: string) => ({ ...process.env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" });
    let n = 0;
    const inProcess = runs(options.inProcessRuns ?? 5, () =>
      measureCommand(process.execPath, ["-r", require.resolve("../register-ts.js"), "main.ts"], { cwd: ROOT, env: env(path.join(scratch, `app-${n++}`)) }),
    );
    report("app synth in-process (node main.ts)", inProcess, { seconds: 1, peakRssMb: 350 });
    const cli = require.resolve("cdktf-cli/bundle/bin/cdktf");
    const viaCli = runs(options.cliRuns ?? 3, () =>
      measureCommand(process.execPath, [cli, "synth", "--output", path.join(scratch, `cli-${n++}`)], { cwd: ROOT, env: env(path.join(scratch, `cli-env-${n}`)) }),
    );
    report("cdktf synth (CLI)", viaCli, { seconds: 5, peakRssMb: 350 });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
