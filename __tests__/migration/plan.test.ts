import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ConfigError } from "../../config/config-error";
import { checkMigrationPlan, loadMigrationPlan } from "../../config/migration/load-plan";
import { errorOf, fixture } from "./plan-helpers";

const FILE = "config/migration/test.json";

/** A valid plan with one dataset, to break one field at a time. */
function planWith(dataset: Record<string, unknown> = {}, more: Record<string, unknown>[] = []) {
  return {
    datasets: [
      {
        id: "snds-dcir",
        kind: "dataset",
        legacyStore: { dataStore: "raw", container: "snds-dcir" },
        sovereignContainer: "raw",
        sizeGiB: 100,
        phase: "replicating",
        phaseHistory: [
          { phase: "legacy", since: "2026-03-01" },
          { phase: "replicating", since: "2026-10-05" },
        ],
        ...dataset,
      },
      ...more,
    ],
  };
}

function problem(data: unknown): string {
  const error = errorOf(() => checkMigrationPlan(data, FILE));
  expect(error).toBeInstanceOf(ConfigError);
  expect(error.message).not.toContain("\n");
  return error.message;
}

describe("the migration plans", () => {
  it.each(["dev", "prod"] as const)("loads the %s plan", (name) => {
    const { plan } = fixture(name);
    expect(plan.datasets.length).toBeGreaterThan(0);
    expect(plan.datasets.map((d) => d.phase)).toContain("replicating");
  });

  it("accepts a valid plan", () => {
    expect(checkMigrationPlan(planWith(), FILE).datasets[0].id).toBe("snds-dcir");
  });

  it("names a missing plan file", () => {
    const { loaded } = fixture("dev");
    const environment = { ...loaded.config, migration: { ...loaded.config.migration!, plan: "../migration/missing.json" } };
    expect(errorOf(() => loadMigrationPlan(environment, loaded.file)).message).toMatch(/config\/migration\/missing\.json: file not found$/);
  });

  it("names the file of a plan that is not JSON", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-"));
    fs.writeFileSync(path.join(dir, "plan.json"), "{ not json");
    const { loaded } = fixture("dev");
    const environment = { ...loaded.config, migration: { ...loaded.config.migration!, plan: "plan.json" } };
    expect(errorOf(() => loadMigrationPlan(environment, path.join(dir, "env.json"))).message).toMatch(/plan\.json: not valid JSON/);
  });
});

describe("phase transitions", () => {
  it("refuses skipping replication (legacy → cutover)", () => {
    expect(
      problem(planWith({ phase: "cutover", phaseHistory: [{ phase: "legacy", since: "2026-03-01" }, { phase: "cutover", since: "2026-10-05" }] })),
    ).toBe(`${FILE}: datasets[0].phaseHistory[1].phase: invalid transition legacy → cutover (from legacy only replicating may follow)`);
  });

  it("refuses going back from replicating to legacy", () => {
    expect(
      problem(
        planWith({
          phase: "legacy",
          phaseHistory: [
            { phase: "legacy", since: "2026-03-01" },
            { phase: "replicating", since: "2026-04-01" },
            { phase: "legacy", since: "2026-05-01" },
          ],
        }),
      ),
    ).toBe(`${FILE}: datasets[0].phaseHistory[2].phase: invalid transition replicating → legacy (from replicating only cutover may follow)`);
  });

  it("refuses anything after decommissioned", () => {
    const history = [
      { phase: "legacy", since: "2026-03-01" },
      { phase: "replicating", since: "2026-04-01" },
      { phase: "cutover", since: "2026-05-01" },
      { phase: "decommissioned", since: "2026-06-01" },
      { phase: "replicating", since: "2026-07-01" },
    ];
    expect(problem(planWith({ phase: "replicating", phaseHistory: history }))).toMatch(/phaseHistory\[4\]\.phase: invalid transition decommissioned → replicating \(from decommissioned only nothing may follow\)/);
  });

  it("allows a failed cutover to return to replicating", () => {
    const history = [
      { phase: "legacy", since: "2026-03-01" },
      { phase: "replicating", since: "2026-04-01" },
      { phase: "cutover", since: "2026-05-01" },
      { phase: "replicating", since: "2026-05-02" },
    ];
    expect(checkMigrationPlan(planWith({ phase: "replicating", phaseHistory: history }), FILE).datasets[0].phase).toBe("replicating");
  });

  it("refuses a phase that is not the last recorded one", () => {
    expect(problem(planWith({ phase: "cutover" }))).toBe(
      `${FILE}: datasets[0].phase: is 'cutover' but the last phaseHistory entry is 'replicating': record the phase change in phaseHistory`,
    );
  });

  it("refuses a history that does not start on the legacy estate", () => {
    expect(problem(planWith({ phaseHistory: [{ phase: "replicating", since: "2026-03-01" }] }))).toMatch(/datasets\[0\]\.phaseHistory\[0\]\.phase: must be 'legacy'/);
  });

  it("refuses phase changes out of date order and impossible dates", () => {
    expect(
      problem(planWith({ phaseHistory: [{ phase: "legacy", since: "2026-03-01" }, { phase: "replicating", since: "2026-02-01" }] })),
    ).toBe(`${FILE}: datasets[0].phaseHistory[1].since: 2026-02-01 is before the previous phase change (2026-03-01)`);
    expect(problem(planWith({ phaseHistory: [{ phase: "legacy", since: "2026-02-30" }, { phase: "replicating", since: "2026-03-01" }] }))).toBe(
      `${FILE}: datasets[0].phaseHistory[0].since: '2026-02-30' is not a calendar date (YYYY-MM-DD)`,
    );
  });
});

describe("decommissioning needs a verification", () => {
  const decommissioned = {
    phase: "decommissioned",
    phaseHistory: [
      { phase: "legacy", since: "2026-03-01" },
      { phase: "replicating", since: "2026-04-01" },
      { phase: "cutover", since: "2026-05-01" },
      { phase: "decommissioned", since: "2026-06-01" },
    ],
  };

  it("refuses a decommissioned dataset without a checksum report", () => {
    expect(problem(planWith(decommissioned))).toBe(
      `${FILE}: datasets[0].verification: is required for a decommissioned dataset (checksum report reference and date)`,
    );
  });

  it("refuses a verification made before the cutover", () => {
    expect(problem(planWith({ ...decommissioned, verification: { checksumReport: "swift://raw/_migration/snds-dcir/checksum-report.txt", verifiedOn: "2026-04-15" } }))).toMatch(
      /datasets\[0\]\.verification\.verifiedOn: 2026-04-15 is before the cutover \(2026-05-01\)/,
    );
  });

  it("refuses a verification made after the decommissioning", () => {
    expect(problem(planWith({ ...decommissioned, verification: { checksumReport: "r", verifiedOn: "2026-07-01" } }))).toMatch(/is after the decommissioning \(2026-06-01\)/);
  });

  it("accepts a verification between cutover and decommissioning", () => {
    const plan = checkMigrationPlan(planWith({ ...decommissioned, verification: { checksumReport: "r", verifiedOn: "2026-05-20" } }), FILE);
    expect(plan.datasets[0].verification?.verifiedOn).toBe("2026-05-20");
  });
});

describe("duplicates and malformed entries", () => {
  it("refuses a duplicate dataset id", () => {
    const other = { ...planWith().datasets[0], legacyStore: { dataStore: "raw", container: "snds-pmsi" } };
    expect(problem(planWith({}, [other]))).toBe(`${FILE}: datasets[1].id: duplicate id 'snds-dcir' (also datasets[0])`);
  });

  it("refuses two datasets migrating the same legacy container", () => {
    const other = { ...planWith().datasets[0], id: "snds-dcir-bis" };
    expect(problem(planWith({}, [other]))).toBe(`${FILE}: datasets[1].legacyStore: duplicate legacy store 'raw/snds-dcir' (already migrated by dataset 'snds-dcir')`);
  });

  it("refuses an unknown phase and an unknown field, naming them", () => {
    expect(problem(planWith({ phase: "archived" }))).toMatch(/^config\/migration\/test\.json: datasets\.0\.phase: must be one of "legacy", "replicating", "cutover", "decommissioned"$/);
    expect(problem(planWith({ owner: "x" }))).toBe(`${FILE}: datasets.0.owner: unknown field`);
  });

  it("refuses more replicated than the size", () => {
    expect(problem(planWith({ replicatedGiB: 101 }))).toBe(`${FILE}: datasets[0].replicatedGiB: 101 is more than sizeGiB (100)`);
  });
});

/** A valid database dataset, to break one field at a time. */
function database(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "portal-db",
    kind: "database",
    legacyDatabase: { server: "psql-hdh-prod", database: "portal" },
    sovereignDatabase: { database: "portal", reportContainer: "pseudonymised" },
    sizeGiB: 180,
    phase: "replicating",
    phaseHistory: [
      { phase: "legacy", since: "2026-03-01" },
      { phase: "replicating", since: "2026-11-16" },
    ],
    ...fields,
  };
}

describe("database datasets", () => {
  it("accepts a database dataset beside blob datasets, with the phases and history of any dataset", () => {
    const plan = checkMigrationPlan(planWith({}, [database()]), FILE);
    expect(plan.datasets.map((d) => d.kind)).toEqual(["dataset", "database"]);
  });

  it("requires the legacy server and database, and the sovereign database", () => {
    const { legacyDatabase, ...withoutSource } = database();
    expect(legacyDatabase).toBeDefined();
    expect(problem(planWith({}, [withoutSource]))).toBe(`${FILE}: datasets.1.legacyDatabase: is required`);
    expect(problem(planWith({}, [database({ sovereignDatabase: { database: "portal" } })]))).toBe(`${FILE}: datasets.1.sovereignDatabase.reportContainer: is required`);
  });

  it("refuses the fields of the other kind, so a half-converted entry never passes", () => {
    expect(problem(planWith({}, [database({ sovereignContainer: "raw" })]))).toBe(
      `${FILE}: datasets[1].sovereignContainer: a database dataset has no sovereignContainer (it has legacyDatabase and sovereignDatabase)`,
    );
    expect(problem(planWith({ legacyDatabase: { server: "psql-hdh-prod", database: "portal" } }))).toBe(
      `${FILE}: datasets[0].legacyDatabase: a dataset dataset has no legacyDatabase (only a database dataset has one)`,
    );
  });

  it("refuses two datasets copying the same legacy database", () => {
    expect(problem(planWith({}, [database(), database({ id: "portal-db-bis" })]))).toBe(
      `${FILE}: datasets[2].legacyDatabase: duplicate legacy database 'psql-hdh-prod/portal' (already migrated by dataset 'portal-db')`,
    );
  });

  it("needs the copy's own table report as the verification of a decommissioned database", () => {
    const decommissioned = {
      phase: "decommissioned",
      phaseHistory: [
        { phase: "legacy", since: "2026-03-01" },
        { phase: "replicating", since: "2026-11-16" },
        { phase: "cutover", since: "2026-11-30" },
        { phase: "decommissioned", since: "2026-12-10" },
      ],
    };
    expect(problem(planWith({}, [database(decommissioned)]))).toBe(
      `${FILE}: datasets[1].verification: is required for a decommissioned dataset (checksum report reference and date)`,
    );
    const elsewhere = { checksumReport: "swift://raw/_migration/portal-db/checksum-report.txt", verifiedOn: "2026-12-01" };
    expect(problem(planWith({}, [database({ ...decommissioned, verification: elsewhere })]))).toBe(
      `${FILE}: datasets[1].verification.checksumReport: 'swift://raw/_migration/portal-db/checksum-report.txt' is not the report of the database copy: the copy writes per-table row counts and checksums to 'swift://pseudonymised/_migration/portal-db/table-checksums.tsv'`,
    );
    const report = { checksumReport: "swift://pseudonymised/_migration/portal-db/table-checksums.tsv", verifiedOn: "2026-12-01" };
    expect(checkMigrationPlan(planWith({}, [database({ ...decommissioned, verification: report })]), FILE).datasets[1].verification).toEqual(report);
  });
});

describe("decisions not to copy", () => {
  const decision = { type: "Microsoft.KeyVault/vaults", name: "kv-hdh-prod", reason: "HSM keys cannot leave the HSM; new keys live in Barbican", owner: "plateforme", decidedOn: "2026-03-01" };

  it("accepts a reasoned, owned and dated decision about a data-bearing type", () => {
    expect(checkMigrationPlan({ ...planWith(), notCopied: [decision] }, FILE).notCopied).toEqual([decision]);
  });

  it("refuses a decision without a real reason, owner or date", () => {
    expect(problem({ ...planWith(), notCopied: [{ ...decision, reason: "no" }] })).toBe(`${FILE}: notCopied.0.reason: must NOT have fewer than 20 characters`);
    const { owner, ...unowned } = decision;
    expect(owner).toBeDefined();
    expect(problem({ ...planWith(), notCopied: [unowned] })).toBe(`${FILE}: notCopied.0.owner: is required`);
    expect(problem({ ...planWith(), notCopied: [{ ...decision, decidedOn: "2026-02-30" }] })).toBe(`${FILE}: notCopied[0].decidedOn: '2026-02-30' is not a calendar date (YYYY-MM-DD)`);
  });

  it("refuses a decision about a type that holds no data, and a second decision about one resource", () => {
    expect(problem({ ...planWith(), notCopied: [{ ...decision, type: "Microsoft.Network/virtualNetworks" }] })).toBe(
      `${FILE}: notCopied[0].type: 'Microsoft.Network/virtualNetworks' is not a data-bearing Azure type (config/azure-resource-types.json): there is no data to decide about`,
    );
    expect(problem({ ...planWith(), notCopied: [decision, { ...decision, type: "microsoft.keyvault/VAULTS", name: "KV-HDH-PROD" }] })).toBe(
      `${FILE}: notCopied[1]: duplicate decision for microsoft.keyvault/VAULTS 'KV-HDH-PROD' (also notCopied[0])`,
    );
  });
});
