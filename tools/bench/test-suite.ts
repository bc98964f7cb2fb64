/**
 * Benchmark: the whole test suite, `npx jest`, wall time against the target (≤ 60 s on the two-core
 * machine). Two figures: cold (HDH_TEST_CACHE=off: the shared synthesis and offline plan of the app,
 * __tests__/app-fixture.ts, computed afresh as on a fresh clone) and warm (the shared app already cached,
 * as on a developer's second run). Also the CPU time of the run, the load average it ran under (other
 * processes on the machine lengthen the wall time, not the CPU time) and the slowest suites.
 * Export for tools/bench/index.ts; run alone with `node -r ./tools/register-ts.js tools/bench/test-suite.ts`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const TARGET_SECONDS = 60;
const GNU_TIME = "/usr/bin/time";

interface JestReport {
  numTotalTests: number;
  numFailedTests: number;
  testResults: { name: string; startTime: number; endTime: number }[];
}

function runJest(label: string, env: NodeJS.ProcessEnv): void {
  const dir = mkdtempSync(join(tmpdir(), "hdh-bench-jest-"));
  try {
    const output = join(dir, "report.json");
    const load = loadavg()[0];
    const args = [join(ROOT, "node_modules", "jest", "bin", "jest.js"), "--json", `--outputFile=${output}`];
    const withTime = existsSync(GNU_TIME);
    const started = process.hrtime.bigint();
    const result = withTime
      ? spawnSync(GNU_TIME, ["-f", "HDH_CPU=%U+%S", process.execPath, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8" })
      : spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8" });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = /HDH_CPU=([\d.]+)\+([\d.]+)/.exec(result.stderr ?? "");
    const report = existsSync(output) ? (JSON.parse(readFileSync(output, "utf8")) as JestReport) : undefined;
    const verdict = seconds <= TARGET_SECONDS ? "target met" : "TARGET MISSED";
    console.log(
      `npx jest, ${label}: ${seconds.toFixed(1)} s wall [target ≤ ${TARGET_SECONDS} s] (${verdict})` +
        (cpu ? `; CPU ${(Number(cpu[1]) + Number(cpu[2])).toFixed(1)} s (user ${cpu[1]} + sys ${cpu[2]})` : "") +
        `; load average ${load.toFixed(2)} at start` +
        (report ? `; ${report.numTotalTests} tests, ${report.numFailedTests} failed` : `; exit ${result.status}`),
    );
    if (report) {
      const slowest = report.testResults
        .map((suite) => ({ name: relative(ROOT, suite.name), seconds: (suite.endTime - suite.startTime) / 1000 }))
        .sort((a, b) => b.seconds - a.seconds)
        .slice(0, 6);
      console.log(`  slowest suites: ${slowest.map((suite) => `${suite.name} ${suite.seconds.toFixed(1)} s`).join(", ")}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchTestSuite(): Promise<void> {
  runJest("cold (shared app computed afresh)", { HDH_TEST_CACHE: "off" });
  // Fill the persistent cache first (the cold run used a folder of its own): one suite that reads the shared plan.
  spawnSync(process.execPath, [join(ROOT, "node_modules", "jest", "bin", "jest.js"), "__tests__/offline/default-app-plan.test.ts"], { cwd: ROOT, encoding: "utf8" });
  runJest("warm (shared app cached)", {});
}

if (require.main === module) {
  benchTestSuite().catch((error: Error) => {
    console.error(`test-suite bench: ${error.message}`);
    process.exitCode = 1;
  });
}
