/**
 * Child process of the plan-review benchmark: runs `review` exactly as the CLI does (a commander
 * program with only the review command), then reports its own wall time and peak RSS on stderr.
 *   node -r @swc-node/register tools/bench/plan-review-child.ts review PLAN.json... --output FILE
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
    process.stderr.write(`bench-child: ${JSON.stringify({ seconds, maxRssKb: process.resourceUsage().maxRSS })}\n`);
  },
  () => {
    process.exitCode = 2;
  },
);
