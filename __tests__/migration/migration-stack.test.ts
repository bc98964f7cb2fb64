import { ConfigError } from "../../config/config-error";
import { blobAt, checkedPlan, errorOf, fixture, synthMigration } from "./helpers";

describe.each(["dev", "prod"] as const)("the %s migration stack", (name) => {
  it("synthesizes as a snapshot", () => {
    const { environment, plan, planFile } = fixture(name);
    expect(synthMigration(environment, checkedPlan(plan, `config/migration/${name}.json`))).toMatchSnapshot();
    expect(planFile.endsWith(`config/migration/${name}.json`)).toBe(true);
  });
});

describe("references to the sovereign target", () => {
  it("refuses a dataset bound for a container the target does not have", () => {
    const { environment, plan } = fixture("dev");
    blobAt(plan, 1).sovereignContainer = "archive";
    const error = errorOf(() => synthMigration(environment, checkedPlan(plan)));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe("config/migration/test.json: datasets[1].sovereignContainer: unknown sovereign data container 'archive' (known: extracts, pseudonymised, raw)");
  });

  it("requires the environment's migration section", () => {
    const { environment, plan } = fixture("dev");
    delete environment.migration;
    expect(errorOf(() => synthMigration(environment, checkedPlan(plan))).message).toBe("config/environments/test.json: migration: is required for the migration stack");
  });
});

describe("the migration progress output", () => {
  it("carries each dataset's phase, size and target, and the deadline, for the plan review", () => {
    const { environment, plan, planFile } = fixture("prod");
    const json = synthMigration(environment, checkedPlan(plan, planFile));
    const progress = json.output.hdh_migration_progress.value;
    expect(progress.deadline).toBe(environment.migration?.deadline ?? "2026-12-31");
    expect(progress.datasets.map((d: { id: string }) => d.id)).toEqual(plan.datasets.map((d) => d.id));
    const first = blobAt(plan, 0);
    expect(progress.datasets[0]).toEqual({
      id: first.id,
      kind: first.kind,
      phase: first.phase,
      sizeGb: Math.round(first.sizeGiB * 1.073741824 * 10) / 10,
      target: first.sovereignContainer,
    });
  });
});
