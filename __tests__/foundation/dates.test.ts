/**
 * No verdict depends on the wall clock: "today" is injected (an option, or HDH_TODAY for the app and the
 * CLI). dev synthesizes cleanly on any date; prod turns red the day after its migration deadline, by design.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ConfigError } from "../../config/config-error";
import { readEnvironmentConfig } from "../../config/load-environment";
import type { JsonReport } from "../../policy/reporters/json";
import { runPolicyCli, type CliRun } from "../helpers/cli";
import { sharedSynth } from "../app-fixture";
import { TEST_TODAY } from "../helpers/environments";
import { synthTestEnvironment } from "../helpers/synth-environment";

const root = path.resolve(__dirname, "..", "..");
const outdir = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hdh-dates-")), "cdktf.out");

function synthError(name: string, today: string): string | undefined {
  try {
    synthTestEnvironment(name, outdir(), { today });
    return undefined;
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
}

describe("the migration deadline, with injected dates on both sides", () => {
  const deadline = readEnvironmentConfig("prod").config.migration?.deadline as string;

  it("prod's deadline is the one its environment file sets", () => {
    expect(deadline).toBe("2026-12-31");
  });

  it("prod synthesizes up to and on its deadline", async () => {
    // Before it: the suites' shared synthesis of prod, made as of TEST_TODAY.
    const shared = await sharedSynth("prod");
    expect(TEST_TODAY < deadline).toBe(true);
    expect([shared.status, shared.stderr]).toEqual([0, ""]);
    expect(synthError("prod", deadline)).toBeUndefined();
  }, 120_000);

  it("prod turns red the day after: the legacy estate's exposure to the US CLOUD Act is no longer waived", () => {
    const message = synthError("prod", "2027-01-01") ?? "";
    const lines = message.split("\n").map((l) => l.trim());
    expect(lines[0]).toMatch(/^legacy-azure-prod: \d+ sovereignty policy error findings \(policy\/README\.md\):$/);
    expect(lines).toContain(
      "[extraterritorial-exposure] azurerm_resource_group.platform (legacy-azure-prod/platform): held by Microsoft, exposed to US CLOUD Act; lacks secnumcloud required by data classification health-data",
    );
  });

  // Before the deadline is the suites' shared synthesis of dev (TEST_TODAY); main.test.ts proves main.ts reads HDH_TODAY.
  it.each(["2027-01-01", "2035-06-15"])("dev synthesizes cleanly on %s", (today) => {
    expect(synthError("dev", today)).toBeUndefined();
  });
});

type Run = CliRun;

const cli = (args: string[], env: Record<string, string | undefined>): Promise<Run> => runPolicyCli(args, { env });

describe("HDH_TODAY for the CLI", () => {
  const fixtures = path.join(root, "__tests__", "policy", "fixtures");
  const args = ["check", path.join(fixtures, "hcl"), "--require", "eu,hds", "--waivers", path.join(fixtures, "waivers.json"), "--format", "json"];
  let runs: Record<string, Run>;

  beforeAll(async () => {
    const entries: [string, Promise<Run>][] = [
      ["beforeExpiry", cli(args, { HDH_TODAY: "2026-12-01" })],
      ["afterExpiry", cli(args, { HDH_TODAY: "2026-12-16" })],
      ["optionWins", cli([...args, "--today", "2026-12-01"], { HDH_TODAY: "2026-12-16" })],
      ["malformed", cli(args, { HDH_TODAY: "16/12/2026" })],
      ["badOption", cli([...args, "--today", "2026-02-30"], {})],
    ];
    const results = await Promise.all(entries.map(([, p]) => p));
    runs = Object.fromEntries(entries.map(([name], i) => [name, results[i]]));
  }, 60_000);

  it("judges waivers as of HDH_TODAY, and --today wins over it", () => {
    expect((JSON.parse(runs.beforeExpiry.stdout) as JsonReport).summary).toMatchObject({ errors: 0, waived: 1 });
    expect(runs.afterExpiry.code).toBe(1);
    expect((JSON.parse(runs.afterExpiry.stdout) as JsonReport).findings.map((f) => f.ruleId)).toEqual(["no-public-admin-ingress", "waiver-expired"]);
    expect((JSON.parse(runs.optionWins.stdout) as JsonReport).summary).toMatchObject({ errors: 0, waived: 1 });
  });

  it("refuses a malformed day in one line, exit 2", () => {
    expect(runs.malformed).toMatchObject({ code: 2, stdout: "", stderr: "hdh-policy: HDH_TODAY: '16/12/2026' is not a calendar date (expected YYYY-MM-DD)\n" });
    expect(runs.badOption.code).toBe(2);
    expect(runs.badOption.stderr).toBe("error: option '--today <date>' argument '2026-02-30' is invalid. expected a calendar date YYYY-MM-DD\n");
  });
});
