import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";

const root = path.resolve(__dirname, "..", "..");
const workflow = parse(fs.readFileSync(path.join(root, ".github", "workflows", "pull-request.yml"), "utf8"));
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
const jobs: Record<string, { steps: Step[]; needs?: string; permissions?: Record<string, string> }> = workflow.jobs;
const allSteps = Object.values(jobs).flatMap((job) => job.steps);
const runLines = allSteps.flatMap((step) => (step.run ?? "").split("\n").map((l) => l.trim()).filter(Boolean));

describe("the pull-request workflow", () => {
  it("runs on pull requests", () => {
    expect(Object.keys(workflow.on)).toContain("pull_request");
  });

  it("references only npm scripts that exist", () => {
    const scripts = runLines.flatMap((line) => [...line.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]));
    expect(scripts).toEqual(expect.arrayContaining(["lint", "typecheck"]));
    for (const script of scripts) expect(Object.keys(pkg.scripts)).toContain(script);
  });

  it("needs nothing beside the repository (no shared folder, no archive URL)", () => {
    const text = fs.readFileSync(path.join(root, ".github", "workflows", "pull-request.yml"), "utf8");
    expect(text).not.toMatch(/\.\.\/shared|HDH_SHARED|ARCHIVE_URL/);
  });

  it("references only repository scripts that exist", () => {
    const files = runLines.flatMap((line) => [...line.matchAll(/(?:bash|node) ((?:tools|bin)\/[\w./-]+)/g)].map((m) => m[1]));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) expect(fs.existsSync(path.join(root, file))).toBe(true);
  });

  it("runs only npx commands the project installs", () => {
    const commands = runLines.flatMap((line) => [...line.matchAll(/npx ([\w-]+)/g)].map((m) => m[1]));
    expect(commands).toEqual(expect.arrayContaining(["cdktf", "hdh-policy"]));
    for (const command of commands) {
      if (command === "cdktf") expect(pkg.devDependencies["cdktf-cli"]).toBeDefined();
      else {
        expect(pkg.bin[command]).toBeDefined();
        expect(fs.existsSync(path.join(root, pkg.bin[command]))).toBe(true);
      }
    }
  });

  it("uploads the sovereignty check's SARIF to code scanning", () => {
    const check = runLines.find((l) => l.includes("hdh-policy check"));
    expect(check).toMatch(/--format sarif --output (\S+)/);
    const sarifFile = /--output (\S+)/.exec(check ?? "")?.[1];
    const upload = jobs.policy.steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif"));
    expect(upload?.with?.sarif_file).toBe(sarifFile);
    expect(jobs.policy.permissions?.["security-events"]).toBe("write");
  });

  it("plans, reviews and comments in a job that has credentials and runs after the checks", () => {
    const review = jobs["plan-review"];
    expect(review.needs).toBe("policy");
    const runs = review.steps.map((s) => s.run ?? "").join("\n");
    expect(runs).toMatch(/tools\/ci\/plan-stacks\.sh cdktf\.out plans/);
    expect(runs).toMatch(/hdh-policy review plans\/\*\.json --base \.base --output plan-review\.md/);
    expect(runs).toMatch(/upsert-pr-comment\.js plan-review\.md/);
    expect(review.permissions?.["pull-requests"]).toBe("write");
  });

  it("compares the policy's configuration with the base branch's checkout", () => {
    const review = jobs["plan-review"];
    const base = review.steps.find((s) => s.uses?.startsWith("actions/checkout") && s.with?.path === ".base");
    expect(base?.with?.ref).toBe("${{ github.event.pull_request.base.sha }}");
    expect(review.steps.filter((s) => /hdh-policy review .*--base \.base/.test(s.run ?? ""))).toHaveLength(2);
  });

  it("is not red by design while prod's contract is pending: dev is synthesized, prod must fail closed with its one line", () => {
    const policyRuns = jobs.policy.steps.map((s) => s.run ?? "");
    expect(policyRuns).toContain("HDH_ENV=dev npx cdktf synth --output cdktf.out/dev");
    expect(policyRuns).toContain("bash tools/ci/prod-contract.sh cdktf.out/prod");
    expect(policyRuns.some((r) => /HDH_ENV=prod npx cdktf synth/.test(r))).toBe(false);
    // Planning needs prod synthesized: it runs only once the contract is filled.
    const review = jobs["plan-review"];
    const contract = review.steps.find((s) => s.run === "bash tools/ci/prod-contract.sh cdktf.out") as Step & { id?: string };
    expect(contract.id).toBe("contract");
    const plan = review.steps.find((s) => (s.run ?? "").includes("plan-stacks.sh")) as Step & { if?: string };
    expect(plan.if).toBe("steps.contract.outputs.filled == 'true'");
  });
});
