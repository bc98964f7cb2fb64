/**
 * How a resource type finds the region it lives in, and every other place it puts its data. Derived
 * from the provider schemas by policy/generate-classification.ts into classification.generated.json
 * (loaded once, cached), with the few facts a schema cannot tell kept by hand there, documented.
 */
import generated from "./classification.generated.json";

/** A parent a resource inherits its region from, e.g. a subnet's `virtual_network_name`. */
export interface ParentReference {
  /** The argument that names or references the parent. */
  attribute: string;
  /** The parent's resource type, when the argument's name tells it (to find a parent given by literal name). */
  type?: string;
}

/**
 * A path into a resource's arguments: argument names, and `*` for every block of a nested block type
 * (`["geo_location", "*", "location"]`). cdktf writes a single block as an object, HCL and plans as a list:
 * `*` reads both.
 */
export type ArgumentPath = readonly string[];

/**
 * Another place a resource sends or keeps its data, besides its own region. Each is judged like the
 * resource's region (the same catalogue lookup and required qualifications); what cannot be resolved
 * is a finding. `why` says what it is, in the finding.
 */
export type SecondaryLocation =
  /** A region (or Scaleway zone) name at a path: a replica's, a failover location's, a linked service's (derived from the schemas). */
  | { readonly kind: "region"; readonly path: ArgumentPath; readonly why?: string }
  /**
   * Replication the cloud does on its own when a setting says so (geo-redundant storage, geo-redundant
   * backups): `when` lists the values (compared without case) that turn it on, `whenUnset` whether the
   * default does; no `setting`: always. The copy goes to the region's pair (`paired-region`, from the
   * catalogue's `pairedRegions`) or to a region the configuration does not name (`unnamed-region`).
   */
  | {
      readonly kind: "replication";
      readonly setting?: ArgumentPath;
      readonly when?: readonly string[];
      readonly whenUnset?: boolean;
      /** Another setting whose values (compared without case) turn it off, e.g. continuous backups, which stay in the account's regions. */
      readonly unless?: { readonly setting: ArgumentPath; readonly values: readonly string[] };
      readonly destination: "paired-region" | "unnamed-region";
      /** What happens in a region without a pair: by default the copy's place is unknown (a finding); `stays-in-region` for services that then replicate within the region. */
      readonly withoutPair?: "stays-in-region";
      readonly why: string;
    }
  /** An argument that names another resource holding a copy of the data (failover partner, replication destination): judged at that resource's region. */
  | { readonly kind: "partner"; readonly path: ArgumentPath; readonly why: string; /** The partner's type, to find one given by name. */ readonly type?: string }
  /** An argument that, when set, sends the data to a target no region name describes (a Swift container-sync URL): a finding whenever it is set. */
  | { readonly kind: "external-target"; readonly path: ArgumentPath; readonly why: string }
  /** An ARM template deployment: the `location` of each resource its template (a JSON string) declares. */
  | { readonly kind: "arm-template"; readonly template: string; readonly parameters: string; readonly scope: "resource-group" | "subscription" | "management-group" | "tenant" };

export interface TypeClassification {
  /** The argument that holds the region (`location`, `region`). */
  regionAttribute?: string;
  /** Scaleway: the argument that holds the zone; the catalogue gives its region. Read before `regionAttribute`. */
  zoneAttribute?: string;
  /** When the region (and zone) arguments are unset, the provider configuration's apply (OpenStack, Scaleway). */
  providerDefault?: boolean;
  /** Parents to inherit the region from, most specific first. */
  parents?: ParentReference[];
  /** Lives in the provider's global control plane or at its edge (role assignments, IAM, DNS, CDN): no region. */
  global?: boolean;
  /** Why it has no region (global types). */
  globalReason?: string;
  /** A data source whose location is only known once read. */
  readOnly?: boolean;
  /** Every other place its data goes (replicas, geo-redundant copies, failover partners, templates). */
  secondary?: SecondaryLocation[];
}

/** What a provider's configuration block says about where its resources go, beyond `region`. */
export interface ProviderLocationFacts {
  /** The provider arguments that give a region or zone default (`region`, `zone`). */
  readonly defaultArguments: readonly string[];
  /**
   * Environment variables of the machine that applies which override the provider block's defaults
   * (Scaleway reads its environment after its block): a resource relying on the block's default gets a warning.
   */
  readonly defaultsOverriddenBy?: readonly string[];
  /** Where that is written in the provider's source. */
  readonly defaultsSource?: string;
  /** A provider argument that maps services to endpoints of their own (OpenStack `endpoint_overrides`). */
  readonly endpointOverrides?: string;
}

export interface ClassificationFile {
  comment: string;
  sources: Record<string, string>;
  /** Providers whose resources exist only in Terraform state (random, time, null ...). */
  regionLessProviders: string[];
  /** Per provider: what its configuration block says about locations. */
  providerFacts: Record<string, ProviderLocationFacts>;
  providers: Record<string, { resources: Record<string, TypeClassification>; dataSources: Record<string, TypeClassification> }>;
}

/** What the policy knows about a type. */
export type ClassificationResult =
  | { kind: "region-less" }
  | { kind: "classified"; classification: TypeClassification }
  | { kind: "unclassified" };

const classificationFile = generated as unknown as ClassificationFile;
const regionLess = new Set(classificationFile.regionLessProviders);

const REGION_LESS: ClassificationResult = { kind: "region-less" };
const UNCLASSIFIED: ClassificationResult = { kind: "unclassified" };
/** Answers by mode, provider and type: scans ask about the same few types thousands of times. */
const answers = { managed: new Map<string, Map<string, ClassificationResult>>(), data: new Map<string, Map<string, ClassificationResult>>() };

/** The classification of one resource (mode managed) or data source (mode data) type. */
export function classify(providerType: string, type: string, mode: "managed" | "data" = "managed"): ClassificationResult {
  let byType = answers[mode].get(providerType);
  if (!byType) answers[mode].set(providerType, (byType = new Map()));
  let answer = byType.get(type);
  if (!answer) {
    answer = classifyUncached(providerType, type, mode);
    byType.set(type, answer);
  }
  return answer;
}

function classifyUncached(providerType: string, type: string, mode: "managed" | "data"): ClassificationResult {
  if (regionLess.has(providerType)) return REGION_LESS;
  const provider = Object.prototype.hasOwnProperty.call(classificationFile.providers, providerType) ? classificationFile.providers[providerType] : undefined;
  const types = provider ? (mode === "managed" ? provider.resources : provider.dataSources) : undefined;
  const classification = types && Object.prototype.hasOwnProperty.call(types, type) ? types[type] : undefined;
  return classification ? { kind: "classified", classification } : UNCLASSIFIED;
}

/** Whether the classification covers this provider at all. */
export function isClassifiedProvider(providerType: string): boolean {
  return regionLess.has(providerType) || Object.prototype.hasOwnProperty.call(classificationFile.providers, providerType);
}

/** What a provider's configuration block says about locations (default arguments, overrides), if known. */
export function providerFacts(providerType: string): ProviderLocationFacts | undefined {
  return Object.prototype.hasOwnProperty.call(classificationFile.providerFacts, providerType) ? classificationFile.providerFacts[providerType] : undefined;
}

/** Every classified type of a provider (managed resources), for coverage tests. */
export function classifiedTypes(providerType: string, mode: "managed" | "data" = "managed"): string[] {
  const provider = classificationFile.providers[providerType];
  return provider ? Object.keys(mode === "managed" ? provider.resources : provider.dataSources) : [];
}

export function classificationSources(): Record<string, string> {
  return classificationFile.sources;
}
