import { ConfigError } from "../../config/config-error";
import { checkedPlan, errorOf, fixture, synthMigration } from "./helpers";

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
    plan.datasets[1].sovereignContainer = "archive";
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
