/**
 * Rule packs, as cdk-nag assembles its rules: `sovereignty` (where resources and state live, who
 * operates them) and `data-protection` (encryption, exposure, protection from destroy).
 */
import type { PolicyRule } from "./rule";
import { dataStoreEncrypted } from "./rules/data-store-encrypted";
import { extraterritorialExposure } from "./rules/extraterritorial-exposure";
import { moduleContentsKnown } from "./rules/module-contents-known";
import { noExtraterritorialProvider } from "./rules/no-extraterritorial-provider";
import { noPublicAdminIngress } from "./rules/no-public-admin-ingress";
import { preventDestroyOnData } from "./rules/prevent-destroy-on-data";
import { regionQualified } from "./rules/region-qualified";
import { stateBackendQualified } from "./rules/state-backend-qualified";

export const PACKS: Readonly<Record<string, readonly PolicyRule[]>> = {
  sovereignty: [regionQualified, noExtraterritorialProvider, stateBackendQualified, extraterritorialExposure, moduleContentsKnown],
  "data-protection": [dataStoreEncrypted, noPublicAdminIngress, preventDestroyOnData],
};

export const DEFAULT_PACKS: readonly string[] = Object.keys(PACKS);

/** The rules of the named packs, each once. */
export function rulesOfPacks(names: readonly string[]): PolicyRule[] {
  const rules = new Map<string, PolicyRule>();
  for (const name of names) {
    const pack = PACKS[name];
    if (!pack) throw new Error(`unknown rule pack '${name}' (known: ${Object.keys(PACKS).join(", ")})`);
    for (const rule of pack) rules.set(rule.id, rule);
  }
  return [...rules.values()];
}

/** Every rule of every pack. */
export function allRules(): PolicyRule[] {
  return rulesOfPacks(DEFAULT_PACKS);
}
