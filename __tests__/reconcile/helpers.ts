// Shared helpers of the reconciliation tests: the fixtures, the legacy stack's declaration from an environment
// and plan changed in memory, and a plan whose every dataset is cut over with a recorded verification.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { EnvironmentConfig } from "../../config/environment";
import { AzureResourceTypes } from "../../config/load-azure-resource-types";
import { databaseReportReference, type DatabaseDataset, type MigrationPlan } from "../../config/migration/plan";
import { parseInventory, type Inventory, type InventoryResource } from "../../policy/review/reconciliation/inventory";
import { readLegacyDeclaration, reconcile, type LegacyDeclaration, type Reconciliation } from "../../policy/review/reconciliation/reconcile";
import { App, Testing } from "cdktf";
import { LegacyAzureStack } from "../../stacks/legacy-azure-stack";
import { checkedPlan, type Mutable } from "../migration/helpers";

export const FIXTURES = path.join(__dirname, "fixtures");
export const types = AzureResourceTypes.load();

export function fixtureFile(name: string): string {
  return path.join(FIXTURES, name);
}

/** A committed inventory fixture, as parsed JSON. */
export function inventoryData(name: string): InventoryResource[] {
  return JSON.parse(readFileSync(fixtureFile(name), "utf8")) as InventoryResource[];
}

export function inventoryOf(resources: readonly unknown[], file = "inventory.json"): Inventory {
  return parseInventory(resources, file);
}

/** The deliberate extras and missing resources of an environment's fixture. */
export function expectedOf(environment: "dev" | "prod"): { extra: string[]; missing: { address: string; azureId: string }[] } {
  return JSON.parse(readFileSync(fixtureFile(`${environment}-inventory.expected.json`), "utf8"));
}

/**
 * What the legacy stack of this environment and plan declares, from its synthesized JSON (`toTerraform()`: the
 * testing synth drops the "//" metadata the coverage lives in).
 */
export function declarationOf(environment: EnvironmentConfig, plan: MigrationPlan): LegacyDeclaration {
  const stack = new LegacyAzureStack(Testing.app() as App, "legacy-azure-test", { environment, environmentFile: "config/environments/test.json", migrationPlan: checkedPlan(plan) });
  return readLegacyDeclaration(JSON.parse(JSON.stringify(stack.toTerraform())), "stacks/legacy-azure-test/cdk.tf.json", "legacy-azure-test");
}

export function reconcileWith(environment: EnvironmentConfig, plan: MigrationPlan, inventory: readonly unknown[]): Reconciliation {
  return reconcile(declarationOf(environment, plan), inventoryOf(inventory), types);
}

/** Every dataset cut over with a recorded verification of its final copy (the day after its cutover). */
export function verifyAll(plan: Mutable<MigrationPlan>): void {
  for (const dataset of plan.datasets) {
    if (dataset.phase === "legacy") dataset.phaseHistory.push({ phase: "replicating", since: "2026-11-24" });
    if (dataset.phase === "legacy" || dataset.phase === "replicating") {
      dataset.phaseHistory.push({ phase: "cutover", since: "2026-11-28" });
      dataset.phase = "cutover";
    }
    if (dataset.phase === "decommissioned") continue; // already verified
    const report = dataset.kind === "database" ? databaseReportReference(dataset as DatabaseDataset) : `swift://${dataset.sovereignContainer}/_migration/${dataset.id}/checksum-report.txt`;
    dataset.verification = { checksumReport: report, verifiedOn: "2026-11-29" };
  }
}
