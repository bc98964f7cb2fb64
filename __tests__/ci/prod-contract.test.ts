/**
 * tools/ci/prod-contract.sh tells CI whether prod's contract is filled: while it is pending, prod must fail
 * closed with exactly its one line (the script then passes, and says so); any other failure fails it.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(root, "tools", "ci", "prod-contract.sh");

function runScript(outdir: string, env: Record<string, string> = {}) {
  const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hdh-gh-output-")), "output");
  fs.writeFileSync(output, "");
  const result = spawnSync("bash", [SCRIPT, outdir], { cwd: root, env: { ...process.env, GITHUB_OUTPUT: output, ...env }, encoding: "utf8" });
  return { ...result, githubOutput: fs.readFileSync(output, "utf8") };
}

describe("tools/ci/prod-contract.sh", () => {
  it("passes while prod fails closed on its pending contract, leaving no half-synthesized output", () => {
    const outdir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hdh-prod-contract-")), "cdktf.out");
    const run = runScript(outdir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^::notice title=prod fails closed until its contract is filled::error: config\/catalogues\/prod-bare-metal-pod\.json: pending contract: /);
    expect(run.githubOutput).toBe("filled=false\n");
    expect(fs.existsSync(outdir)).toBe(false);
  });

  it("fails when prod fails for another reason than its pending contract", () => {
    const outdir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hdh-prod-contract-")), "cdktf.out");
    const run = runScript(outdir, { HDH_TODAY: "not-a-day" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("synthesizing prod failed otherwise than on its pending contract");
    expect(run.stderr).toContain("HDH_TODAY: 'not-a-day' is not a calendar date");
  });
});
