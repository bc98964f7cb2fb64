/**
 * How a resource type finds the region it lives in. Derived from the provider schemas by
 * policy/generate-classification.ts into classification.generated.json (loaded once, cached).
 */
import generated from "./classification.generated.json";

/** A parent a resource inherits its region from, e.g. a subnet's `virtual_network_name`. */
export interface ParentReference {
  /** The argument that names or references the parent. */
  attribute: string;
  /** The parent's resource type, when the argument's name tells it (to find a parent given by literal name). */
  type?: string;
}

export interface TypeClassification {
  /** The argument that holds the region (`location`, `region`). */
  regionAttribute?: string;
  /** When the region argument is unset, the provider configuration's region applies (OpenStack). */
  providerDefault?: boolean;
  /** Parents to inherit the region from, most specific first. */
  parents?: ParentReference[];
  /** Lives in the provider's global control plane (role assignments, policy definitions): no region. */
  global?: boolean;
  /** A data source whose location is only known once read. */
  readOnly?: boolean;
}

export interface ClassificationFile {
  comment: string;
  sources: Record<string, string>;
  /** Providers whose resources exist only in Terraform state (random, time, null ...). */
  regionLessProviders: string[];
  providers: Record<string, { resources: Record<string, TypeClassification>; dataSources: Record<string, TypeClassification> }>;
}

/** What the policy knows about a type. */
export type ClassificationResult =
  | { kind: "region-less" }
  | { kind: "classified"; classification: TypeClassification }
  | { kind: "unclassified" };

const classificationFile = generated as ClassificationFile;
const regionLess = new Set(classificationFile.regionLessProviders);

/** The classification of one resource (mode managed) or data source (mode data) type. */
export function classify(providerType: string, type: string, mode: "managed" | "data" = "managed"): ClassificationResult {
  if (regionLess.has(providerType)) return { kind: "region-less" };
  const provider = classificationFile.providers[providerType];
  const classification = provider ? (mode === "managed" ? provider.resources : provider.dataSources)[type] : undefined;
  return classification ? { kind: "classified", classification } : { kind: "unclassified" };
}

/** Whether the classification covers this provider at all. */
export function isClassifiedProvider(providerType: string): boolean {
  return regionLess.has(providerType) || providerType in classificationFile.providers;
}

export function classificationSources(): Record<string, string> {
  return classificationFile.sources;
}
