/** `hdh-policy check` on configurations and bad inputs: --var / --var-file, exit codes, one-line errors. */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import type { JsonReport } from "../../policy/reporters/json";
import { runPolicyCli, type CliRun } from "../helpers/cli";
import { folder } from "./input-helpers";

type Run = CliRun;

/** `hdh-policy check ARGS`: in this process, except the deepest input, whose one-line refusal the executable itself must print. */
const cli = (args: string[], binary = false): Promise<Run> => runPolicyCli(["check", ...args], { binary });

const config = {
  variable: { location: { type: "string", default: "francecentral" } },
  resource: { azurerm_resource_group: { rg: { name: "rg", location: "${var.location}" } } },
};

describe("hdh-policy check: configurations and bad inputs", () => {
  const dir = folder({ "main.tf.json": config, "terraform.tfvars": 'location = "westeurope"\n' });
  const varFile = path.join(folder({ "us.tfvars.json": { location: "eastus" } }), "us.tfvars.json");
  const bad = folder({
    "utf16.tf.json": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("{}", "utf16le")]),
    "deep.json": `${"[".repeat(10_000)}${"]".repeat(10_000)}`,
    "v2.json": { format_version: "2.0", planned_values: {} },
    "name\nwith newline.tf.json": "{ not json",
  });
  execFileSync("mkfifo", [path.join(bad, "pipe.json")]);
  const evasion = folder({ "main.tf.json": config, "main_override.tf.json": { resource: { azurerm_resource_group: { rg: { location: "eastus" } } } } });
  writeFileSync(path.join(evasion, ".ignored.tf.json"), JSON.stringify({ resource: { azurerm_resource_group: { dot: { location: "westus" } } } }));
  let runs: Record<string, Run>;

  beforeAll(async () => {
    const common = ["--format", "json", "--role", "legacy", "--require", "eu"];
    const entries: [string, Promise<Run>][] = [
      ["files", cli([dir, ...common])],
      ["fileThenVar", cli([dir, ...common, "--var-file", varFile, "--var", "location=northeurope"])],
      ["varThenFile", cli([dir, ...common, "--var", "location=northeurope", "--var-file", varFile])],
      ["evasion", cli([evasion, ...common])],
      ["badVar", cli([dir, "--var", "location"])],
      ["utf16", cli([path.join(bad, "utf16.tf.json")])],
      ["deep", cli([path.join(bad, "deep.json")], true)],
      ["v2", cli([path.join(bad, "v2.json")])],
      ["fifo", cli([path.join(bad, "pipe.json")])],
      ["newline", cli([path.join(bad, "name\nwith newline.tf.json")])],
    ];
    const results = await Promise.all(entries.map(([, p]) => p));
    runs = Object.fromEntries(entries.map(([name], i) => [name, results[i]]));
  }, 60_000);

  const region = (run: Run) => (JSON.parse(run.stdout) as JsonReport).resources.map((r) => r.region);

  it("applies terraform.tfvars, then --var-file and --var in the order given", () => {
    expect([runs.files.code, region(runs.files)]).toEqual([0, ["westeurope"]]);
    expect(region(runs.fileThenVar)).toEqual(["northeurope"]);
    expect([runs.varThenFile.code, region(runs.varThenFile)]).toEqual([1, ["eastus"]]);
  });

  it("reports a resource an override file moves out of the EU (exit 1); dot-files are not read", () => {
    expect(runs.evasion.code).toBe(1);
    const report = JSON.parse(runs.evasion.stdout) as JsonReport;
    expect(report.resources.map((r) => [r.address, r.region, r.verdict])).toEqual([["azurerm_resource_group.rg", "eastus", "non-compliant"]]);
  });

  it.each([
    ["badVar", /^hdh-policy: --var: expects NAME=VALUE\n$/],
    ["utf16", /^hdh-policy: .*utf16\.tf\.json: is encoded in UTF-16 \(byte-order mark\): Terraform reads UTF-8 only\n$/],
    ["deep", /^hdh-policy: .*deep\.json: nested more than 500 levels deep: refused\n$/],
    ["v2", /^hdh-policy: .*v2\.json: format_version: unsupported version 2\.0: this reader knows Terraform's JSON format >= 0\.1, < 2\.0\n$/],
    ["fifo", /^hdh-policy: .*pipe\.json: is a named pipe \(FIFO\), not a Terraform file or folder: refused\n$/],
    ["newline", /^hdh-policy: .*name\\u000awith newline\.tf\.json: not valid JSON \(line 1, column 3: unexpected character\)\n$/],
  ])("%s: exit 2, one line on stderr", (name, pattern) => {
    expect(runs[name]).toMatchObject({ code: 2, stdout: "" });
    expect(runs[name].stderr).toMatch(pattern);
  });
});
