import { ConfigError } from "../../config/config-error";
import { checkDecommissionGuard } from "../../constructs/migration/decommission-guard";
import { blobAt, checkedPlan, errorOf, fixture, synthLegacy, synthMigration } from "./helpers";

describe("the decommission guard", () => {
  it("refuses a legacy container leaving the configuration while its dataset is still replicating", () => {
    const { environment, plan } = fixture("prod");
    environment.legacy.dataStores[0].containers = ["snds-pmsi"]; // snds-dcir removed too early
    const error = errorOf(() => synthLegacy(environment, checkedPlan(plan)));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      "config/migration/test.json: datasets[0].legacyStore: legacy store 'raw/snds-dcir' is not in legacy.dataStores of config/environments/test.json: a legacy data store may leave the configuration only once its dataset is decommissioned with a recorded verification (dataset 'snds-dcir' is replicating); or the reference is mistyped",
    );
  });

  it("refuses a whole store leaving while a dataset is cut over but not decommissioned", () => {
    const { environment, plan } = fixture("prod");
    environment.legacy.dataStores = environment.legacy.dataStores.filter((s) => s.name !== "pseudonymised");
    expect(errorOf(() => synthMigration(environment, checkedPlan(plan))).message).toMatch(/legacy store 'pseudonymised\/cohorts' .* \(dataset 'cohorts' is cutover\)/);
  });

  it("lets a container leave once its dataset is decommissioned with a verification (prod's registries)", () => {
    const { environment, plan, planFile } = fixture("prod");
    expect(environment.legacy.dataStores[1].containers).not.toContain("registries");
    const destroyable = checkDecommissionGuard(environment.legacy, "env.json", checkedPlan(plan, planFile));
    expect(destroyable.size).toBe(0);
  });

  it("names a mistyped store reference", () => {
    const { environment, plan } = fixture("dev");
    blobAt(plan, 2).legacyStore.dataStore = "extract";
    expect(errorOf(() => synthLegacy(environment, checkedPlan(plan))).message).toMatch(/datasets\[2\]\.legacyStore: legacy store 'extract\/project-extracts' is not in legacy\.dataStores/);
  });

  it("refuses a legacy container that no dataset covers", () => {
    const { environment, plan } = fixture("dev");
    environment.legacy.dataStores[0].containers.push("forgotten");
    expect(errorOf(() => synthLegacy(environment, checkedPlan(plan))).message).toBe(
      "config/environments/test.json: legacy.dataStores[0].containers[1]: 'raw/forgotten' has no dataset in the migration plan config/migration/test.json: every legacy data store must be migrated or explicitly decommissioned",
    );
  });

  it("reports decommissioned containers still configured as destroyable", () => {
    const { environment, plan } = fixture("prod");
    environment.legacy.dataStores[1].containers.push("registries");
    const destroyable = checkDecommissionGuard(environment.legacy, "env.json", checkedPlan(plan));
    expect([...(destroyable.get("pseudonymised") ?? [])]).toEqual(["registries"]);
  });
});
