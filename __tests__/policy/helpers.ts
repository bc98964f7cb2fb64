/** Builders for policy tests: small Terraform JSON configurations and plans. */
import { RegionCatalogue } from "../../policy/catalogue";
import { evaluate, type EvaluateOptions } from "../../policy/engine";
import { fromPlanJson, fromTerraformJson } from "../../policy/inputs";
import type { PolicyStack, StackPolicyMetadata } from "../../policy/model";
import { TEST_CONTRACT_CATALOGUE } from "../helpers/environments";

export const TODAY = "2026-11-29";
export const catalogue = RegionCatalogue.load();
/** The built-in catalogue plus the TEST contract's pod (qualified, with invented evidence). */
export const podCatalogue = RegionCatalogue.load({ extraFiles: [TEST_CONTRACT_CATALOGUE] });
/** The built-in catalogue plus the shipped contract catalogue, pending its contract. */
export const pendingPodCatalogue = RegionCatalogue.load({ extraFiles: [`${__dirname}/../../config/catalogues/prod-bare-metal-pod.json`] });
export const POD_PROVIDER = { openstack: { auth_url: "https://keystone.snc-par-hdh1.pod.ovh.example/v3", region: "SNC-PAR-HDH1" } };

/** A tf.json stack with the given policy metadata. */
export function tfJson(doc: Record<string, unknown>, metadata?: StackPolicyMetadata, stack = "test-stack"): PolicyStack {
  const full = metadata ? { ...doc, "//": { hdhPolicy: metadata } } : doc;
  return fromTerraformJson(full, { stack, file: `${stack}.tf.json` });
}

export function plan(doc: Record<string, unknown>, stack = "plan"): PolicyStack {
  return fromPlanJson(doc, `${stack}.json`, stack);
}

export const OVH_PROVIDER = { openstack: { auth_url: "https://auth.cloud.ovh.net/v3", region: "GRA11" } };
export const SOVEREIGN_SYNTHETIC: StackPolicyMetadata = { role: "sovereign", dataClassification: "synthetic" };
export const SOVEREIGN_HEALTH: StackPolicyMetadata = { role: "sovereign", dataClassification: "health-data" };
export const LEGACY_HEALTH: StackPolicyMetadata = { role: "legacy", dataClassification: "health-data", owner: "legacy-team" };

export function run(stacks: PolicyStack[], options: EvaluateOptions = {}) {
  return evaluate({ stacks }, { catalogue, today: TODAY, ...options });
}

/** The active findings of one rule, as `address: message`. */
export function findingsOf(result: ReturnType<typeof run>, ruleId: string): string[] {
  return result.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.address}: ${f.message}`);
}
