/**
 * `npm run bench`: every benchmark of the project, one after another. Figures, not tests: each
 * prints its medians and peak RSS against the project's targets. BENCH_ONLY=name,name runs a subset.
 */
import { benchAppSynth } from "./app-synth";
import { benchOfflinePlan } from "./offline-plan";
import { benchPlanReview } from "./plan-review";
import { benchPolicyScan } from "./policy-scan";
import { benchSovereignSynth } from "./sovereign-synth";
import { benchTestSuite } from "./test-suite";

const BENCHMARKS: Record<string, () => Promise<void>> = {
  "app-synth": () => benchAppSynth(),
  "sovereign-synth": () => benchSovereignSynth(),
  "policy-scan": () => benchPolicyScan(),
  "plan-review": () => benchPlanReview(),
  "offline-plan": () => benchOfflinePlan(),
  "test-suite": () => benchTestSuite(),
};

async function main(): Promise<void> {
  const only = (process.env.BENCH_ONLY ?? "").split(",").filter(Boolean);
  const unknown = only.filter((name) => !(name in BENCHMARKS));
  if (unknown.length) {
    process.stderr.write(`BENCH_ONLY: unknown benchmark(s) ${unknown.join(", ")} (known: ${Object.keys(BENCHMARKS).join(", ")})\n`);
    process.exit(2);
  }
  for (const [name, run] of Object.entries(BENCHMARKS)) {
    if (only.length && !only.includes(name)) continue;
    console.log(`## ${name}`);
    await run();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exit(1);
});
