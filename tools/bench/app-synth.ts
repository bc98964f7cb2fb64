import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { measureCommand, report, type RunFigures } from "./measure";

const ROOT = path.resolve(__dirname, "..", "..");

function runs(count: number, once: () => RunFigures): RunFigures[] {
  return Array.from({ length: count }, once);
}

/** One cloud's environment synthesized in-process (cdktf.json's `app` command, policy Aspect included). */
interface EnvironmentSynth {
  readonly label: string;
  readonly environment: string;
}

/** The in-process synth of each cloud's environment. */
const ENVIRONMENT_SYNTHS: readonly EnvironmentSynth[] = [
  { label: "app synth in-process, dev (OpenStack: cdktf.json's app command, policy Aspect included)", environment: "dev" },
  { label: "app synth in-process, scaleway-dev (Scaleway: cdktf.json's app command, policy Aspect included)", environment: "scaleway-dev" },
];

/** cdktf.json's `app` command (`node -r ./tools/register-ts.js main.ts`) as this Node's executable and its arguments. */
export function appCommand(root = ROOT): { command: string; args: string[] } {
  const app = (JSON.parse(fs.readFileSync(path.join(root, "cdktf.json"), "utf8")) as { app?: unknown }).app;
  const words = typeof app === "string" ? app.trim().split(/\s+/) : [];
  if (words[0] !== "node") throw new Error(`cdktf.json: app must be a "node ..." command to be benchmarked, found ${JSON.stringify(app)}`);
  return { command: process.execPath, args: words.slice(1) };
}

/**
 * Synthesizes (a) each cloud's environment in-process (ENVIRONMENT_SYNTHS), as `cdktf synth` runs the app,
 * and (b) the default app through the CLI: `cdktf synth`. Each writes to a fresh temporary folder.
 * The in-process figure is that of a repeated synth: a first run fills the start-up caches (compiled
 * TypeScript, V8's code cache, package resolution: tools/register-ts.js) and is not counted. A run without
 * the code and resolution caches (HDH_COMPILE_CACHE=0) shows what they save.
 */
export async function benchAppSynth(options: { inProcessRuns?: number; cliRuns?: number } = {}): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "hdh-bench-synth-"));
  try {
    const env = (outdir: string, extra: NodeJS.ProcessEnv = {}) => ({ ...process.env, ...extra, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" });
    const { command, args } = appCommand();
    let n = 0;
    for (const synth of ENVIRONMENT_SYNTHS) {
      const once = (extra: NodeJS.ProcessEnv = {}) =>
        measureCommand(command, args, { cwd: ROOT, env: env(path.join(scratch, `app-${n++}`), { HDH_ENV: synth.environment, ...extra }) });
      once(); // fills the start-up caches
      report(synth.label, runs(options.inProcessRuns ?? 5, () => once()), { seconds: 1, peakRssMb: 350 });
      report(`${synth.label}, without the code and resolution caches (HDH_COMPILE_CACHE=0)`, runs(1, () => once({ HDH_COMPILE_CACHE: "0" })));
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
