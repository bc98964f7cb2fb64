import { ConfigError } from "../../config/config-error";
import { evaluate } from "../../policy/engine";
import { fromPlanJson } from "../../policy/inputs";
import { formatReviewMarkdown } from "../../policy/review/markdown";
import { readMigrationProgress } from "../../policy/review/migration-progress";
import { readPlanDocument, readPlanFile, type Json } from "../../policy/review/plan-file";
import { reviewExitCode, reviewPlans } from "../../policy/review/review";
import { catalogue, derived, METADATA, readJson, real, review, TODAY } from "./helpers";

function changeIn(result: ReturnType<typeof review>, address: string, section: "changes" | "drift" = "changes") {
  const change = result.stacks.flatMap((s) => s[section]).find((c) => c.address === address && !c.deposed);
  if (!change) throw new Error(`no ${address}`);
  return change;
}

describe("effective region of each change", () => {
  it("matches what `hdh-policy check` resolves on the same plan (real offline plan)", () => {
    const file = real("sovereign-dev");
    const result = review([file]);
    const checked = evaluate({ stacks: [{ ...fromPlanJson(readJson(file), file, "sovereign-dev"), metadata: METADATA["sovereign-dev"] }] }, { catalogue, today: TODAY });
    const managed = result.stacks[0].changes.filter((c) => c.mode === "managed");
    expect(managed.length).toBe(checked.resources.length);
    for (const verdict of checked.resources) {
      const change = changeIn(result, verdict.address);
      expect([change.address, change.region, change.regionStatus]).toEqual([verdict.address, verdict.region, verdict.regionStatus]);
    }
    expect(new Set(managed.filter((c) => c.provider === "openstack").map((c) => c.catalogueRegion))).toEqual(new Set(["EU-WEST-PAR"]));
    expect(result.evaluation.findings).toEqual(checked.findings);
  });

  it("resolves what a deletion removes from the prior state, parents included", () => {
    const result = review([derived("legacy-delete")]);
    expect(changeIn(result, "azurerm_storage_account.health_data")).toMatchObject({ action: "delete", region: "francecentral", regionStatus: "resolved" });
    // A container has no location: it lives where its storage account (found by name) lives.
    expect(changeIn(result, "azurerm_storage_container.raw")).toMatchObject({ action: "delete", region: "francecentral" });
  });

  it("follows module calls to the root variable in nested modules, for creations and deletions", () => {
    const result = review([derived("nested-modules")]);
    for (const address of [
      'module.workspace["cohort-a"].module.storage.openstack_objectstorage_container_v1.extract',
      'module.workspace["cohort-a"].openstack_networking_network_v2.this',
      'module.workspace["cohort-old"].module.storage.openstack_objectstorage_container_v1.extract',
    ]) {
      expect(changeIn(result, address)).toMatchObject({ region: "GRA11", catalogueRegion: "GRA11", regionStatus: "resolved" });
    }
  });

  it("says why a region cannot be resolved instead of guessing", () => {
    const gateway = changeIn(review([derived("legacy-import-move")]), "module.network.azurerm_subnet.gateway");
    expect(gateway.region).toBeNull();
    expect(gateway.regionStatus).toBe("unresolved");
    expect(gateway.regionReason).toContain("virtual_network_name");
  });

  it("says when the plan leaves a region unknown until apply", () => {
    const worker = changeIn(review([derived("sovereign-changes")]), "openstack_compute_instance_v2.worker");
    expect(worker).toMatchObject({ region: null, regionStatus: "unresolved" });
    expect(worker.regionReason).toBe("region: known only after apply (from terraform_data.placement.output)");
  });

  it("places region-less resources (random_*) apart", () => {
    expect(changeIn(review([derived("sensitive")]), "random_password.db")).toMatchObject({ region: null, regionStatus: "region-less" });
  });
});

describe("blocking changes: data stores deleted or replaced", () => {
  it("blocks the replacement of a volume, not of an instance, nor the deletion of a floating IP", () => {
    const result = review([derived("sovereign-changes")]);
    expect(result.blocking.map((c) => `${c.action} ${c.address}`)).toEqual(["replace openstack_blockstorage_volume_v3.db_data"]);
    expect(changeIn(result, "openstack_compute_instance_v2.bastion")).toMatchObject({ action: "replace", dataStore: false, blocking: false });
    expect(changeIn(result, "openstack_networking_floatingip_v2.legacy_ingress")).toMatchObject({ action: "delete", blocking: false });
    expect(reviewExitCode(result)).toBe(1);
  });

  it("blocks deleted storage accounts, containers and a deposed disk; forgetting a key vault is not a deletion", () => {
    const result = review([derived("legacy-delete")]);
    expect(result.blocking.map((c) => [c.address, c.action, c.deposed ?? null])).toEqual([
      ["azurerm_managed_disk.db", "delete", "a1b2c3d4"],
      ["azurerm_storage_account.health_data", "delete", null],
      ["azurerm_storage_container.raw", "delete", null],
    ]);
    expect(changeIn(result, "azurerm_key_vault.legacy")).toMatchObject({ action: "forget", dataStore: true, blocking: false });
  });

  it("blocks a data store deleted with its module instance", () => {
    const result = review([derived("nested-modules")]);
    expect(result.blocking.map((c) => c.address)).toEqual(['module.workspace["cohort-old"].module.storage.openstack_objectstorage_container_v1.extract']);
  });

  it("never blocks on drift, imports, moves or reads", () => {
    for (const name of ["drift", "legacy-import-move", "migration"]) expect(review([derived(name)]).blocking).toEqual([]);
    expect(changeIn(review([derived("drift")]), "openstack_blockstorage_volume_v3.scratch", "drift")).toMatchObject({ action: "delete", dataStore: true, blocking: false });
  });
});

describe("exit code", () => {
  it("is 0 for an empty plan, and for changes with no policy error and nothing blocking", () => {
    expect(reviewExitCode(review([derived("empty")]))).toBe(0);
    expect(reviewExitCode(review([derived("drift")], { require: ["eu", "hds"] }))).toBe(0);
  });

  it("is 1 when the policy finds an error on the planned values", () => {
    const result = review([derived("drift")], { require: ["eu", "hds", "secnumcloud"] });
    expect(result.blocking).toEqual([]);
    expect(result.evaluation.summary.errors).toBeGreaterThan(0);
    expect(reviewExitCode(result)).toBe(1);
  });
});

describe("policy findings on the planned values", () => {
  it("judges a stack by the metadata its synthesized stack declares", () => {
    const withMetadata = review([derived("legacy-delete")]);
    const without = review([derived("legacy-delete")], { metadata: {} });
    // Legacy (HDS required) passes in francecentral; without metadata the default requirement fails closed.
    expect(withMetadata.evaluation.summary.errors).toBe(0);
    expect(without.evaluation.findings.map((f) => f.message)).toEqual(expect.arrayContaining([expect.stringContaining("lacks secnumcloud")]));
  });

  it("only judges what exists after the plan (deleted and forgotten resources are not findings)", () => {
    const result = review([derived("legacy-delete")], { metadata: {} });
    const judged = new Set(result.evaluation.findings.map((f) => f.address));
    for (const gone of ["azurerm_storage_account.health_data", "azurerm_storage_container.raw", "azurerm_key_vault.legacy"]) expect(judged.has(gone)).toBe(false);
    expect(judged.has("azurerm_resource_group.platform")).toBe(true);
    expect(result.evaluation.resources.map((r) => r.address).sort()).toEqual(["azurerm_managed_disk.db", "azurerm_resource_group.platform"]);
  });
});

describe("the rest of what a plan carries", () => {
  it("counts drift and locates it", () => {
    const stack = review([derived("drift")]).stacks[0];
    expect(stack.drift.map((c) => [c.address, c.action, c.region])).toEqual([
      ["openstack_blockstorage_volume_v3.scratch", "delete", "EU-WEST-PAR"],
      ["openstack_networking_secgroup_v2.admin", "update", "EU-WEST-PAR"],
    ]);
  });

  it("reviews an empty plan", () => {
    const result = review([derived("empty")]);
    expect(result.stacks[0]).toMatchObject({ resources: 0, changes: [], drift: [] });
    expect(result.estate).toEqual([]);
    expect(result.evaluation.summary).toMatchObject({ resources: 0, errors: 0 });
  });

  it("groups the estate by provider, then region, with the plan's changes", () => {
    const result = review([derived("sovereign-changes"), derived("legacy-delete"), derived("sensitive")]);
    expect(result.estate.map((e) => [e.provider, e.region, e.regionStatus, e.resources, e.create, e.update, e.replace, e.delete])).toEqual([
      ["azurerm", "francecentral", "resolved", 2, 0, 0, 0, 3],
      ["openstack", "EU-WEST-PAR", "resolved", 8, 1, 3, 3, 1],
      ["openstack", null, "unresolved", 1, 1, 0, 0, 0],
      ["random", null, "region-less", 1, 1, 0, 0, 0],
      ["terraform", null, "region-less", 1, 1, 0, 0, 0],
    ]);
  });

  it("refuses two plans of the same stack", () => {
    const plan = readPlanFile(derived("empty"));
    expect(() => reviewPlans([plan, { ...plan, file: "other/empty.json" }], { catalogue, today: TODAY })).toThrow(ConfigError);
  });
});

describe("migration progress", () => {
  const doc = readJson(derived("migration"));
  const progressOf = (outputs: Json, outputChanges?: Json) => {
    const changed: Json = { ...doc, planned_values: { ...(doc.planned_values as Json), outputs } };
    if (outputChanges) changed.output_changes = outputChanges;
    else delete changed.output_changes;
    const plan = readPlanDocument(changed, "migration.json");
    return readMigrationProgress(plan.stack, plan.file, plan.outputs);
  };
  const datasets = [{ id: "pmsi", phase: "cutover", sizeGb: 10, target: "datalake-raw" }];

  it("reads the output the migration stack emits (a JSON-encoded string)", () => {
    const [result] = review([derived("migration")]).migration;
    expect(result).toMatchObject({ kind: "progress", progress: { stack: "migration", deadline: "2026-12-31" } });
    expect(result.kind === "progress" && result.progress.datasets.map((d) => d.phase)).toEqual(["decommissioned", "cutover", "replicating", "legacy"]);
  });

  it("reads it as an object too", () => {
    expect(progressOf({ hdh_migration_progress: { sensitive: false, value: { deadline: "2026-12-31", datasets } } })).toEqual({
      kind: "progress",
      progress: { stack: "migration", deadline: "2026-12-31", datasets },
    });
  });

  it("is skipped silently when the plan has none", () => {
    expect(progressOf({})).toBeUndefined();
    expect(review([derived("sovereign-changes")]).migration).toEqual([]);
  });

  it("is withheld when sensitive, and waits when known only after apply", () => {
    expect(progressOf({ hdh_migration_progress: { sensitive: true, value: { deadline: "2026-12-31", datasets } } })).toMatchObject({ kind: "unavailable", reason: "the output is sensitive: not shown" });
    const unknown = { actions: ["create"], before: null, after: null, after_unknown: true, before_sensitive: false, after_sensitive: false };
    expect(progressOf({}, { hdh_migration_progress: unknown })).toMatchObject({ kind: "unavailable", reason: "known only after apply" });
  });

  it("says so when the output is not of the documented shape", () => {
    expect(progressOf({ hdh_migration_progress: { sensitive: false, value: { deadline: "soon", datasets } } })).toMatchObject({ kind: "unavailable", reason: expect.stringContaining("deadline") });
    expect(progressOf({ hdh_migration_progress: { sensitive: false, value: "{not json" } })).toMatchObject({ kind: "unavailable", reason: "the output is a string but not JSON" });
  });
});

describe("plans Terraform could not finish", () => {
  it("warns when planning errored or deferred changes", () => {
    const doc = readJson(derived("drift"));
    const errored = reviewPlans([readPlanDocument({ ...doc, errored: true }, "errored.json")], { catalogue, today: TODAY });
    const deferred = reviewPlans([readPlanDocument({ ...doc, complete: false }, "deferred.json")], { catalogue, today: TODAY });
    expect(errored.stacks[0]).toMatchObject({ stack: "errored", errored: true, incomplete: false });
    expect(deferred.stacks[0]).toMatchObject({ stack: "deferred", errored: false, incomplete: true });
    expect(formatReviewMarkdown(errored)).toContain("> ⚠️ **errored**: Terraform reported errors while planning");
    expect(formatReviewMarkdown(deferred)).toContain("> ⚠️ **deferred**: Terraform deferred some changes to a later plan");
  });
});
