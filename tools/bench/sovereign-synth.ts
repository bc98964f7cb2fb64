/**
 * Benchmark: synthesize the sovereign stack with 1, 10 and 100 research workspaces. Each size runs in a
 * fresh child process so that its peak RSS is its own; the child times construction + synth in-process
 * (module loading excluded, reported apart), in wall and CPU time (CPU time is steadier on a busy machine).
 * Each size runs RUNS times; the fastest run is kept (noise only ever adds time).
 * Target: 100 workspaces in <= 3 s and <= 600 MB, linear growth.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

const SIZES = [1, 10, 100];
const RUNS = 2;
const TARGET = { workspaces: 100, seconds: 3, megabytes: 600 };

interface Measurement {
  readonly workspaces: number;
  /** Terraform resources and data sources in the synthesized stack. */
  readonly resources: number;
  readonly loadMs: number;
  readonly synthMs: number;
  /** User + system CPU time of construction + synth. */
  readonly synthCpuMs: number;
  readonly peakRssMb: number;
}

/** Runs in the child: load, build and synth one size, print one JSON line. */
async function measureOne(workspaces: number): Promise<Measurement> {
  const loadStart = performance.now();
  const { App, TerraformDataSource, TerraformResource } = await import("cdktf");
  const { loadEnvironment } = await import("../../config/load-environment");
  const { openStackEnvironment } = await import("../../config/sovereign-cloud");
  const { SovereignStack } = await import("../../stacks/sovereign-stack");
  const loadMs = performance.now() - loadStart;

  const loaded = loadEnvironment("dev");
  const dev = openStackEnvironment(loaded.config, loaded.file, "the sovereign synth benchmark");
  const environment = {
    ...dev,
    sovereign: {
      ...dev.sovereign,
      workspaces: Array.from({ length: workspaces }, (_, i) => ({
        id: `study-${String(i).padStart(3, "0")}`,
        networkSlot: i,
        flavorName: i % 2 === 0 ? "b3-16" : "b3-32",
        instanceCount: 1 + (i % 2),
        volumeSizeGb: 100,
      })),
    },
  };
  const outdir = mkdtempSync(path.join(tmpdir(), "bench-sovereign-"));
  try {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const app = new App({ outdir });
    const stack = new SovereignStack(app, `sovereign-${environment.name}`, { environment });
    app.synth();
    const synthMs = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    const resources = stack.node.findAll().filter((c) => c instanceof TerraformResource || c instanceof TerraformDataSource).length;
    return { workspaces, resources, loadMs, synthMs, synthCpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The fastest of RUNS fresh-process runs (and the highest peak RSS seen, to stay on the safe side). */
function measure(workspaces: number): Measurement {
  const runs = Array.from({ length: RUNS }, () => runChild(workspaces));
  const fastest = runs.reduce((best, run) => (run.synthMs < best.synthMs ? run : best));
  return { ...fastest, peakRssMb: Math.max(...runs.map((run) => run.peakRssMb)) };
}

function runChild(workspaces: number): Measurement {
  const child = spawnSync(process.execPath, ["-r", require.resolve("../register-ts.js"), __filename, "--child", String(workspaces)], {
    cwd: path.resolve(__dirname, "..", ".."),
    encoding: "utf8",
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
  });
  if (child.status !== 0) throw new Error(`sovereign synth bench (${workspaces} workspaces) failed: ${child.stderr.trim().split("\n").pop()}`);
  return JSON.parse(child.stdout.trim().split("\n").pop() ?? "") as Measurement;
}

/** Prints synth time and peak RSS of the sovereign stack for 1, 10 and 100 workspaces. */
export async function benchSovereignSynth(): Promise<void> {
  console.log(`sovereign stack synth (fresh process per run, best of ${RUNS}; synth = construct + synth in-process, module load apart)`);
  console.log("workspaces  resources  load ms  synth ms  synth CPU ms  peak RSS MB");
  const results = SIZES.map(measure);
  for (const r of results) {
    console.log(
      `${String(r.workspaces).padStart(10)}  ${String(r.resources).padStart(9)}  ${r.loadMs.toFixed(0).padStart(7)}  ${r.synthMs.toFixed(0).padStart(8)}  ${r.synthCpuMs.toFixed(0).padStart(12)}  ${r.peakRssMb.toFixed(0).padStart(11)}`,
    );
  }
  const [small, medium, large] = results;
  const perWorkspaceLow = (medium.synthMs - small.synthMs) / (medium.workspaces - small.workspaces);
  const perWorkspaceHigh = (large.synthMs - medium.synthMs) / (large.workspaces - medium.workspaces);
  console.log(`marginal synth time per workspace: ${perWorkspaceLow.toFixed(1)} ms (1->10), ${perWorkspaceHigh.toFixed(1)} ms (10->100)`);
  const target = results.find((r) => r.workspaces === TARGET.workspaces);
  if (target) {
    const ok = target.synthMs <= TARGET.seconds * 1000 && target.peakRssMb <= TARGET.megabytes;
    console.log(`target ${TARGET.workspaces} workspaces <= ${TARGET.seconds} s and <= ${TARGET.megabytes} MB: ${ok ? "met" : "MISSED"}`);
  }
}

if (require.main === module) {
  const childIndex = process.argv.indexOf("--child");
  if (childIndex >= 0) {
    measureOne(Number(process.argv[childIndex + 1])).then((m) => console.log(JSON.stringify(m)));
  } else {
    benchSovereignSynth().catch((error: Error) => {
      console.error(`error: ${error.message}`);
      process.exit(1);
    });
  }
}
