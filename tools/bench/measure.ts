import { spawnSync } from "node:child_process";
import * as fs from "node:fs";

/** One measured run of a command: wall time and the peak RSS of the largest process it started. */
export interface RunFigures {
  readonly seconds: number;
  /** Peak resident set size in MB, or undefined when /usr/bin/time is not installed. */
  readonly peakRssMb?: number;
  /** User + system CPU time in seconds (steadier than wall time on a busy machine), when /usr/bin/time is installed. */
  readonly cpuSeconds?: number;
}

const GNU_TIME = "/usr/bin/time";

/**
 * Runs a command once and measures it. Peak RSS comes from GNU time (getrusage of the waited
 * children: the largest process of the tree), so it covers child processes too.
 */
export function measureCommand(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): RunFigures {
  const withTime = fs.existsSync(GNU_TIME);
  const started = process.hrtime.bigint();
  const result = withTime
    ? spawnSync(GNU_TIME, ["-f", "HDH_PEAK_RSS_KB=%M HDH_CPU_SECONDS=%U+%S", command, ...args], { cwd: options.cwd, env: options.env, encoding: "utf8" })
    : spawnSync(command, [...args], { cwd: options.cwd, env: options.env, encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited with ${result.status}: ${(result.stderr ?? "").trim().split("\n").slice(-3).join(" | ")}`);
  }
  const match = /HDH_PEAK_RSS_KB=(\d+)/.exec(result.stderr ?? "");
  const cpu = /HDH_CPU_SECONDS=([\d.]+)\+([\d.]+)/.exec(result.stderr ?? "");
  return { seconds, peakRssMb: match ? Number(match[1]) / 1024 : undefined, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `measure` `runs` times and prints the median wall time and the highest peak RSS against targets. */
export function report(label: string, runs: readonly RunFigures[], targets: { seconds?: number; peakRssMb?: number } = {}): void {
  const seconds = median(runs.map((r) => r.seconds));
  const rss = runs.map((r) => r.peakRssMb).filter((v): v is number => v !== undefined);
  const peak = rss.length ? Math.max(...rss) : undefined;
  const cpu = runs.map((r) => r.cpuSeconds).filter((v): v is number => v !== undefined);
  const verdict = (value: number | undefined, target: number | undefined) =>
    value === undefined || target === undefined ? "" : value <= target ? " (target met)" : ` (TARGET MISSED: ≤ ${target})`;
  console.log(
    `${label}: median ${seconds.toFixed(2)} s over ${runs.length} runs${targets.seconds ? ` [target ≤ ${targets.seconds} s]` : ""}${verdict(seconds, targets.seconds)}` +
      `${cpu.length ? ` (CPU median ${median(cpu).toFixed(2)} s)` : ""}; ` +
      `peak RSS ${peak === undefined ? "n/a (install Debian's 'time' package)" : `${peak.toFixed(0)} MB`}${targets.peakRssMb ? ` [target ≤ ${targets.peakRssMb} MB]` : ""}${verdict(peak, targets.peakRssMb)}`,
  );
}
