import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { ConfigError } from "../../config/config-error";
import { countChanges, primaryAction, readPlanDocument, readPlanFile, SENSITIVE_TEXT, UNKNOWN_TEXT } from "../../policy/review/plan-file";
import { derived, readJson, real } from "./helpers";

function changeOf(file: string, address: string, section: "changes" | "drift" = "changes") {
  const found = readPlanFile(file)[section].filter((c) => c.address === address);
  if (found.length === 0) throw new Error(`no ${address} in ${file}`);
  return found[0];
}

describe("reading plans", () => {
  it("reads a real offline plan of the sovereign stack: format 1.2, every change a create", () => {
    const plan = readPlanFile(real("sovereign-dev"));
    expect(plan).toMatchObject({ stack: "sovereign-dev", formatVersion: "1.2", terraformVersion: "1.11.4", errored: false });
    expect(plan.changes.length).toBeGreaterThan(100);
    expect(countChanges(plan.changes)).toMatchObject({ create: plan.changes.length, update: 0, delete: 0, replace: 0 });
  });

  it("reduces Terraform's action lists to one action", () => {
    expect(primaryAction(["delete", "create"])).toBe("replace");
    expect(primaryAction(["create", "delete"])).toBe("replace");
    expect(primaryAction(["no-op"])).toBe("no-op");
    expect(primaryAction(["read"])).toBe("read");
    expect(primaryAction(["forget"])).toBe("forget");
    expect(primaryAction(["update", "create"])).toBeUndefined();
  });

  it("counts create, update, replace, delete, read and no-op", () => {
    expect(countChanges(readPlanFile(derived("sovereign-changes")).changes)).toEqual({
      create: 3, update: 2, replace: 2, delete: 1, import: 0, move: 0, read: 1, "no-op": 1, forget: 0,
    });
  });

  it("counts imports and moves beside the action they come with", () => {
    const plan = readPlanFile(derived("legacy-import-move"));
    expect(countChanges(plan.changes)).toMatchObject({ import: 2, move: 2, update: 1, "no-op": 4 });
    const imported = changeOf(derived("legacy-import-move"), "azurerm_storage_account.health_data");
    expect(imported).toMatchObject({ action: "no-op", importing: true, moved: false });
    expect(imported.importId).toMatch(/storageAccounts\/sthdhprodhealth$/);
    const moved = changeOf(derived("legacy-import-move"), "module.network.azurerm_subnet.gateway");
    expect(moved).toMatchObject({ action: "no-op", moved: true, previousAddress: "azurerm_subnet.gateway", modulePath: "module.network" });
  });

  it("shows values known only after apply as (known after apply)", () => {
    const portal = changeOf(derived("sovereign-changes"), "openstack_compute_instance_v2.portal");
    expect(portal.attributes.find((a) => a.name === "all_metadata")).toMatchObject({ after: UNKNOWN_TEXT });
    expect(portal.attributes.find((a) => a.name === "metadata")).toMatchObject({ before: '{"tier":"application"}', after: '{"tier":"application","backup":"daily"}' });
  });

  it("puts the attributes that force a replacement first", () => {
    const volume = changeOf(derived("sovereign-changes"), "openstack_blockstorage_volume_v3.db_data");
    expect(volume.action).toBe("replace");
    expect(volume.attributes[0]).toEqual({ name: "volume_type", before: '"classic"', after: '"classic-luks"', forcesReplacement: true });
  });

  it("withholds sensitive values and records every one of them for scrubbing", () => {
    const plan = readPlanFile(derived("sensitive"));
    const secret = plan.changes.find((c) => c.address === "openstack_keymanager_secret_v1.portal_key");
    expect(secret?.attributes.find((a) => a.name === "payload")).toEqual({ name: "payload", before: SENSITIVE_TEXT, after: SENSITIVE_TEXT, forcesReplacement: true });
    for (const value of [
      "hdh-fixture-secret-payload-before-1111",
      "hdh-fixture-secret-payload-after-2222",
      "hdh-fixture-secret-admin-pass-3333",
      "hdh-fixture-secret-variable-4444",
      "postgres://hdh:hdh-fixture-secret-output-5555@db.hdh.internal:5432/hdh",
    ]) {
      expect(plan.sensitiveStrings).toContain(value);
    }
    expect(plan.outputs.db_connection).toEqual({ value: undefined, sensitive: true, unknown: false });
  });

  it("reads deposed objects, drift, data sources and nested modules", () => {
    const deposed = readPlanFile(derived("legacy-delete")).changes.filter((c) => c.address === "azurerm_managed_disk.db");
    expect(deposed.map((c) => [c.action, c.deposed])).toEqual([["no-op", undefined], ["delete", "a1b2c3d4"]]);
    expect(changeOf(derived("drift"), "openstack_networking_secgroup_v2.admin", "drift").attributes).toEqual([
      { name: "description", before: '"Administration tier"', after: '"edited in the console"', forcesReplacement: false },
    ]);
    expect(changeOf(derived("sovereign-changes"), "data.openstack_images_image_v2.debian")).toMatchObject({ mode: "data", action: "read", actionReason: "read_because_dependency_pending" });
    expect(changeOf(derived("nested-modules"), 'module.workspace["cohort-a"].module.storage.openstack_objectstorage_container_v1.extract')).toMatchObject({
      modulePath: 'module.workspace["cohort-a"].module.storage',
      type: "openstack_objectstorage_container_v1",
      provider: "openstack",
    });
  });

  it("reads an empty plan", () => {
    const plan = readPlanFile(derived("empty"));
    expect(plan.changes).toEqual([]);
    expect(plan.drift).toEqual([]);
  });
});

describe("bad plans: one line naming the file and the problem", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "hdh-review-"));
  const write = (name: string, text: string): string => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const problem = (file: string): string => {
    try {
      readPlanFile(file);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error("no error");
  };
  const valid = readJson(derived("sovereign-changes"));

  it.each([
    ["not JSON", "broken.json", "{ not json", /^.*broken\.json: not valid JSON/],
    ["not an object", "list.json", "[]", /list\.json: not `terraform show -json` output \(expected a JSON object\)/],
    ["no format_version", "noversion.json", JSON.stringify({ planned_values: {} }), /noversion\.json: format_version: is required/],
    ["format 2.0", "v2.json", JSON.stringify({ ...valid, format_version: "2.0" }), /v2\.json: format_version: unsupported version 2\.0: this reader knows Terraform's JSON format >= 0\.1, < 2\.0/],
    // terraform-json reads `>= 0.1, < 2.0`: 0.1 (Terraform 0.12) is known, 0.0 is not.
    ["format 0.0", "v0.json", JSON.stringify({ ...valid, format_version: "0.0" }), /v0\.json: format_version: unsupported version 0\.0/],
    ["a version that is not MAJOR.MINOR", "vx.json", JSON.stringify({ ...valid, format_version: "one" }), /vx\.json: format_version: is not a MAJOR\.MINOR version$/],
    ["a state, not a plan", "state.json", JSON.stringify({ format_version: "1.0", values: { root_module: {} } }), /state\.json: planned_values: is missing: this is a state/],
    ["resource_changes not a list", "rc.json", JSON.stringify({ ...valid, resource_changes: {} }), /rc\.json: resource_changes: must be a list/],
    ["a change without actions", "noactions.json", JSON.stringify({ ...valid, resource_changes: [{ address: "a.b", mode: "managed", type: "a", name: "b", change: {} }] }), /noactions\.json: resource_changes\[0\]\.change\.actions: is required/],
    ["an unknown action", "badaction.json", JSON.stringify({ ...valid, resource_changes: [{ address: "a.b", mode: "managed", type: "a", name: "b", change: { actions: ["explode"] } }] }), /badaction\.json: resource_changes\[0\]\.change\.actions/],
    ["a change without address", "noaddress.json", JSON.stringify({ ...valid, resource_drift: [{ mode: "managed", type: "a", change: { actions: ["update"] } }] }), /noaddress\.json: resource_drift\[0\]\.address: is required/],
  ])("%s", (_label, name, text, expected) => {
    const message = problem(write(name, text));
    expect(message).toMatch(expected);
    expect(message).not.toContain("\n");
  });

  it("a missing file", () => {
    expect(problem(path.join(dir, "absent.json"))).toMatch(/absent\.json: file not found$/);
  });

  it("a parsed document is checked the same way", () => {
    expect(() => readPlanDocument({ format_version: "3.1", planned_values: {} }, "inline.json")).toThrow("inline.json: format_version: unsupported version 3.1");
  });
});
