/**
 * Child process of the plan-review benchmark: runs `review` exactly as the CLI does (a commander
 * program with only the review command), then reports on stderr its wall time from the start of the
 * review, its CPU time and its peak RSS.
 *   node -r ./tools/register-ts.js tools/bench/plan-review-child.ts review PLAN.json... --output FILE
 */
import { Command } from "commander";
import { registerReviewCommand } from "../../cli/review-command";

const started = process.hrtime.bigint();
const program = new Command("hdh-policy").exitOverride();
registerReviewCommand(program, {
  onResult: (code) => {
    process.exitCode = code;
  },
});
program.parseAsync(process.argv).then(
  () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const usage = process.resourceUsage();
    // CPU seconds of the whole process (startup included): what the run costs on an idle machine.
    const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    process.stderr.write(`bench-child: ${JSON.stringify({ seconds, cpuSeconds, maxRssKb: usage.maxRSS })}\n`);
  },
  () => {
    process.exitCode = 2;
  },
);
