import { ConfigError } from "../../config/config-error";
import { legacySourceOf, sovereignTargetOf } from "../../config/migration/plan";
import * as path from "node:path";
import { readEnvironment } from "../../config/load-environment";
import { resolveToday } from "../../config/today";
import { estimateMigration, formatSize, renderEnvironmentMigrationReport, renderMigrationReport } from "../../tools/migration-report";
import { checkedPlan, errorOf, fixture } from "./plan-helpers";

const TODAY = "2026-11-29";

describe("the migration report", () => {
  it("reports the prod plan (snapshot)", () => {
    const { loaded, plan } = fixture("prod");
    const migration = loaded.config.migration!;
    const report = renderMigrationReport(plan, {
      today: TODAY,
      deadline: migration.deadline,
      transferRateGiBPerDay: migration.transferRateGiBPerDay,
      cutoverDays: migration.cutoverDays,
      environmentName: "prod",
      planFile: "config/migration/prod.json",
    });
    expect(report).toMatchSnapshot();
    expect(report).toContain("| snds-dcir | dataset | replicating | 37.1 TiB | raw/snds-dcir | raw | 16.1 TiB |");
  });

  it("lists every dataset with its phase, size and target", () => {
    const { plan } = fixture("dev");
    const report = renderMigrationReport(plan, { today: TODAY, transferRateGiBPerDay: 400 });
    for (const dataset of plan.datasets) {
      expect(report).toContain(`| ${dataset.id} | ${dataset.kind} | ${dataset.phase} | ${formatSize(dataset.sizeGiB)} | ${legacySourceOf(dataset)} | ${sovereignTargetOf(dataset)} |`);
    }
  });

  it("estimates cutover dates from the remaining volume and the transfer rate, copies one after another", () => {
    const { plan } = fixture("prod");
    const estimate = estimateMigration(plan, { today: TODAY, transferRateGiBPerDay: 1500, cutoverDays: 7 });
    const byId = Object.fromEntries(estimate.datasets.map((d) => [d.dataset.id, d]));
    // snds-dcir: 16,500 GiB left → 11 days → Dec 10, + 7 → Dec 17.
    expect(byId["snds-dcir"]).toMatchObject({ remainingGiB: 16500, cutoverDay: "2026-12-17", atRisk: false });
    // then snds-pmsi: 16,500 + 19,000 = 35,500 GiB → 24 days → Dec 23, + 7 → Dec 30.
    expect(byId["snds-pmsi"]).toMatchObject({ remainingGiB: 19000, cutoverDay: "2026-12-30", atRisk: false });
    // then project-extracts (still on legacy): 38,000 GiB → 26 days → Dec 25, + 7 → Jan 1: too late.
    expect(byId["project-extracts"]).toMatchObject({ remainingGiB: 2500, cutoverDay: "2027-01-01", atRisk: true });
    expect(byId.cohorts).toMatchObject({ done: true, cutoverDay: "2026-10-19", atRisk: false });
    expect(estimate).toMatchObject({ deadline: "2026-12-31", daysLeft: 32, atRisk: true });
  });

  it("says the deadline is at risk, naming the late datasets", () => {
    const { plan } = fixture("prod");
    expect(renderMigrationReport(plan, { today: TODAY, transferRateGiBPerDay: 1500 })).toContain(
      "**Deadline at risk**: 2 of 7 datasets are estimated to be cut over after 2026-12-31 (project-extracts, catalogue-db).",
    );
  });

  it("says the plan is on track when the rate is enough, and honours a configured deadline", () => {
    const { plan } = fixture("prod");
    expect(renderMigrationReport(plan, { today: TODAY, transferRateGiBPerDay: 5000 })).toContain("**On track**: every dataset is estimated to be cut over by 2026-12-31.");
    const early = estimateMigration(plan, { today: TODAY, transferRateGiBPerDay: 5000, deadline: "2026-12-12" });
    expect(early.datasets.filter((d) => d.atRisk).map((d) => d.dataset.id)).toEqual(["snds-pmsi", "portal-db", "project-extracts", "catalogue-db"]);
  });

  it("refuses an impossible day or rate with one line", () => {
    const { plan } = fixture("dev");
    const error = errorOf(() => renderMigrationReport(plan, { today: "2026-11-31", transferRateGiBPerDay: 400 }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe("migration report: today: '2026-11-31' is not a calendar date (YYYY-MM-DD)");
    expect(errorOf(() => renderMigrationReport(plan, { today: TODAY, transferRateGiBPerDay: 0 })).message).toBe("migration report: transferRateGiBPerDay: must be a positive number");
  });

  it("lists the recorded verifications of decommissioned datasets", () => {
    const { plan, planFile } = fixture("prod");
    const report = renderMigrationReport(checkedPlan(plan, planFile).plan, { today: TODAY, transferRateGiBPerDay: 1500 });
    expect(report).toContain("- registries: checksum report `swift://pseudonymised/_migration/registries/checksum-report.txt`, verified on 2026-08-24");
  });
});

describe("the migration report's day and inventory", () => {
  it("is made for --today, else HDH_TODAY, else today's date (never the wall clock in tests)", () => {
    const saved = process.env.HDH_TODAY;
    jest.useFakeTimers({ now: new Date("2026-12-03T10:00:00Z") });
    try {
      process.env.HDH_TODAY = "2026-12-01";
      expect(resolveToday("2026-11-29")).toBe("2026-11-29");
      expect(resolveToday(undefined)).toBe("2026-12-01");
      delete process.env.HDH_TODAY;
      expect(resolveToday(undefined)).toBe("2026-12-03");
      process.env.HDH_TODAY = "2026-12-32";
      expect(errorOf(() => resolveToday(undefined)).message).toBe("HDH_TODAY: '2026-12-32' is not a calendar date (expected YYYY-MM-DD)");
    } finally {
      jest.useRealTimers();
      process.env.HDH_TODAY = saved;
    }
  });

  it("adds the reconciliation's summary when an inventory is given, and says when data would be left behind", () => {
    const inventory = path.join(__dirname, "..", "reconcile", "fixtures", "prod-inventory.json");
    const report = renderEnvironmentMigrationReport(readEnvironment("prod"), TODAY, inventory) ?? "";
    expect(report).toContain("## Legacy estate vs the Azure inventory");
    expect(report).toMatch(/⛔ BLOCKING: \d+ data-bearing resources would be left behind in Azure/);
    expect(report).toContain("| `/subscriptions/7c9e2a41-5b3d-4e8f-a6c1-2d4f8b0e9a37/resourceGroups/rg-hdh-prod/providers/Microsoft.RecoveryServices/vaults/rsv-hdh-prod` |");
    expect(renderEnvironmentMigrationReport(readEnvironment("prod"), TODAY)).not.toContain("Azure inventory");
  });
});
