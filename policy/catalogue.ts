import * as path from "node:path";
import { ConfigError } from "../config/config-error";
import { readJsonFile, validateAgainstSchema } from "../config/validate-json";
import catalogueSchema from "../config/region-catalogue.schema.json";
import { endpointHost, evidenceProblems, placeholderEndpoint, qualificationHeld, type Qualification } from "./evidence";

export type { EvidenceItem, EvidenceKind, Qualification, QualificationStatus } from "./evidence";

/** The catalogue schema this loader reads (config/region-catalogue.schema.json). */
export const CATALOGUE_SCHEMA_VERSION = 2;

export interface RegionEntry {
  /** Terraform provider type whose resources name this region (openstack, azurerm, scaleway, ...). */
  readonly provider: string;
  /** Id of the cloud offer (see offers). */
  readonly offer: string;
  /** Canonical name. */
  readonly region: string;
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly jurisdiction: "EU" | "non-EU";
  readonly location?: string;
  /** For a zone: its region (same provider and offer), e.g. `fr-par` for `fr-par-1`. */
  readonly parent?: string;
  /** S3 API endpoints of the region's object storage: a state backend is here only through one of them. */
  readonly s3Endpoints?: readonly string[];
  /** Regions of the same provider the cloud replicates to (Azure region pairs). */
  readonly pairedRegions?: readonly string[];
  readonly qualifications: Readonly<Record<string, Qualification>>;
  readonly note?: string;
}

export interface Operator {
  readonly id: string;
  readonly name: string;
  readonly headquarters: string;
  /** Non-EU laws that reach data this operator holds, wherever it is; empty for none. */
  readonly extraterritorialLaws: readonly string[];
  readonly serviceDomains?: readonly string[];
  readonly evidence: string;
  readonly asOf: string;
  readonly note?: string;
}

export interface Offer {
  readonly id: string;
  readonly operator: string;
  readonly platform: string;
  readonly name: string;
  /** Endpoints (Keystone auth_url, Scaleway api_url, a Google universe_domain) that identify the offer. */
  readonly identityEndpoints: readonly string[];
  /** Block storage volume types the offer encrypts at rest. */
  readonly encryptedVolumeTypes?: readonly string[];
  /** Shared file system (Manila) share types the offer encrypts at rest. */
  readonly encryptedShareTypes?: readonly string[];
  /** Whether the offer encrypts all object storage at rest (see encryptionEvidence). */
  readonly encryptsObjectStorageAtRest?: boolean;
  readonly encryptionEvidence?: string;
  readonly encryptionNote?: string;
  /** Offer-level facts, for offers whose regions are per contract; never used to judge a resource. */
  readonly qualifications?: Readonly<Record<string, Qualification>>;
  readonly evidence: string;
  readonly asOf: string;
  readonly note?: string;
}

/** Qualifications required of resources, with the evidence for the requirement. */
export interface Requirement {
  readonly requires: readonly string[];
  readonly evidence: string;
  readonly asOf: string;
  readonly note?: string;
  /**
   * How a data store whose encryption at rest is the cloud's, with no evidence in the catalogue, is
   * judged: "error" (default) or "warning" for data that needs no confidentiality.
   */
  readonly unprovenCloudEncryption?: "error" | "warning";
  /**
   * How a data store that cannot be recovered after an overwrite or a deletion (no versioning) is judged:
   * "error" (default) or "warning" for data whose loss harms no one (synthetic).
   */
  readonly unrecoverableData?: "error" | "warning";
}

export interface Requirements {
  readonly description?: string;
  /** Required of stacks that declare no policy metadata (fail closed). */
  readonly default?: readonly string[];
  readonly dataClassifications?: Readonly<Record<string, Requirement>>;
  /** By stack role (sovereign | legacy | migration); wins over the data classification. */
  readonly roles?: Readonly<Record<string, Requirement>>;
}

export interface BackendOperator {
  readonly type: string;
  readonly operator: string | null;
  readonly defaultOperator?: string;
  readonly note?: string;
}

export interface ProviderOperator {
  readonly type: string;
  /** The operator behind every configuration of this provider, or null when the endpoint decides. */
  readonly operator: string | null;
  /** The provider argument that names the cloud's endpoint (auth_url, api_url, universe_domain). */
  readonly endpointArgument?: string;
  readonly note?: string;
}

export interface QualificationDefinition {
  readonly name: string;
  readonly authority: string;
  readonly meaning: string;
  readonly evidence: string;
  readonly asOf: string;
}

/** The shape of one catalogue file (config/region-catalogue.schema.json). */
export interface CatalogueFile {
  readonly schemaVersion: typeof CATALOGUE_SCHEMA_VERSION;
  readonly asOf: string;
  readonly description?: string;
  readonly qualifications?: Readonly<Record<string, QualificationDefinition>>;
  readonly operators?: readonly Operator[];
  readonly offers?: readonly Offer[];
  readonly terraformProviders?: readonly ProviderOperator[];
  readonly terraformBackends?: readonly BackendOperator[];
  readonly requirements?: Requirements;
  readonly regions: readonly RegionEntry[];
}

/**
 * What a provider configuration says about its cloud's endpoint (auth_url, api_url ...): a value, not
 * set (the provider's default cloud, or none), or set by an expression that cannot be evaluated.
 */
export type EndpointLookup = { readonly kind: "set"; readonly value: string } | { readonly kind: "unset" } | { readonly kind: "unresolved"; readonly reason: string };

export const ENDPOINT_UNSET: EndpointLookup = { kind: "unset" };

/** A region name matched with its cloud: the entry and offer, or why none counts. */
export interface RegionMatch {
  readonly entry?: RegionEntry;
  readonly offer?: Offer;
  /** Why no entry counts (a sentence that follows the region's description). */
  readonly reason?: string;
}

/** Where a contract catalogue is still waiting for its facts. */
export interface PendingContract {
  readonly file: string;
  readonly region: string;
  /** JSON paths in that file to fill or confirm. */
  readonly fields: readonly string[];
}

/** The pseudo-qualification "eu": the region's location is in the European Union. */
export const EU_QUALIFICATION = "eu";

/** ANSSI's SecNumCloud qualification: where a stack requires it, whatever cannot be placed in a region is an error, not a warning. */
export const SECNUMCLOUD_QUALIFICATION = "secnumcloud";

/** The built-in catalogue shipped with the project. */
export const BUILTIN_CATALOGUE_FILE = path.resolve(__dirname, "..", "config", "catalogues", "builtin.json");

/**
 * Region spellings differ by service (France Central / francecentral, EU-WEST-PAR / eu-west-par): compare
 * this form, without case and spaces, as azurerm normalises a location (go-azure-helpers `location.Normalize`: lowercase,
 * spaces removed). Nothing else is dropped: a region with a newline, a tab or an underscore is no region
 * any cloud knows.
 */
export function normaliseRegionName(name: string): string {
  return name.toLowerCase().replace(/ /g, "");
}

/** Endpoints compare without case, trailing slashes or a default https scheme. */
export function normaliseEndpoint(endpoint: string): string {
  const trimmed = endpoint.trim().toLowerCase().replace(/\/+$/, "");
  return trimmed.startsWith("https://") ? trimmed.slice("https://".length) : trimmed;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * The merged, validated region catalogue. A region it does not list is unqualified (fail closed); a
 * region name counts only with its cloud (the provider's endpoint, or the cloud its provider type fixes).
 */
export class RegionCatalogue {
  private readonly regionsByKey = new Map<string, RegionEntry[]>();
  private readonly operatorsById = new Map<string, Operator>();
  private readonly offersById = new Map<string, Offer>();
  private readonly providers = new Map<string, ProviderOperator>();
  private readonly qualificationDefinitions = new Map<string, QualificationDefinition>();
  private readonly backendOperators = new Map<string, BackendOperator>();
  private readonly matches = new Map<string, Map<string, Map<string, RegionMatch>>>();
  private readonly endpointOperators = new Map<string, Operator | undefined>();
  private readonly identityOffers = new Map<string, Offer | undefined>();
  private readonly requirementsCache = new Map<string, { requires: readonly string[]; basis: string }>();
  private readonly origins = new Map<object, { source: string; field: string; asOf: string }>();
  private readonly s3Regions = new Map<string, RegionEntry>();
  private defaultRequirement: readonly string[] = [EU_QUALIFICATION];
  private readonly classificationRequirements = new Map<string, Requirement>();
  private readonly roleRequirements = new Map<string, Requirement>();
  /** Every region entry, in file order. */
  readonly regions: RegionEntry[] = [];
  /** The files it was built from, in order. */
  readonly sources: string[] = [];

  /**
   * Loads catalogue files: by default the built-in one, then each extra file (contracted regions).
   * `replaceBuiltin` loads that file instead of the built-in one (the CLI's --catalogue).
   */
  static load(options: { extraFiles?: readonly string[]; replaceBuiltin?: string } = {}): RegionCatalogue {
    const catalogue = new RegionCatalogue();
    catalogue.addFile(options.replaceBuiltin ?? BUILTIN_CATALOGUE_FILE);
    for (const file of options.extraFiles ?? []) catalogue.addFile(file);
    return catalogue;
  }

  /** Parses, validates and adds one catalogue file; throws a ConfigError naming the file and field. */
  addFile(file: string): void {
    const raw = readJsonFile(file);
    const version = typeof raw === "object" && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
    if (version !== undefined && version !== CATALOGUE_SCHEMA_VERSION) {
      throw new ConfigError(file, "schemaVersion", `${JSON.stringify(version)} is not read any more: schema ${CATALOGUE_SCHEMA_VERSION} grades each qualification's evidence (see config/region-catalogue.schema.json)`);
    }
    this.add(validateAgainstSchema<CatalogueFile>(catalogueSchema, raw, file), file);
  }

  /** Adds an already-parsed catalogue (validated by the caller or built in code). */
  add(data: CatalogueFile, source: string): void {
    for (const [id, definition] of Object.entries(data.qualifications ?? {})) this.qualificationDefinitions.set(id, definition);
    (data.operators ?? []).forEach((operator, i) => {
      if (this.operatorsById.has(operator.id)) throw new ConfigError(source, `operators.${i}.id`, `duplicate operator '${operator.id}'`);
      this.operatorsById.set(operator.id, operator);
    });
    (data.offers ?? []).forEach((offer, i) => {
      if (this.offersById.has(offer.id)) throw new ConfigError(source, `offers.${i}.id`, `duplicate offer '${offer.id}'`);
      if (!this.operatorsById.has(offer.operator)) throw new ConfigError(source, `offers.${i}.operator`, `unknown operator '${offer.operator}'`);
      for (const [id, qualification] of Object.entries(offer.qualifications ?? {})) this.checkEvidence(qualification, source, `offers.${i}.qualifications.${id}`, data.asOf);
      for (const endpoint of offer.identityEndpoints) {
        const holder = this.offerForIdentityEndpoint(endpoint);
        if (holder) throw new ConfigError(source, `offers.${i}.identityEndpoints`, `'${endpoint}' is already the endpoint of offer '${holder.id}'`);
      }
      this.offersById.set(offer.id, offer);
      this.identityOffers.clear(); // answers given before this offer was known
      this.origins.set(offer, { source, field: `offers.${i}`, asOf: data.asOf });
    });
    (data.terraformProviders ?? []).forEach((p, i) => {
      if (p.operator !== null && !this.operatorsById.has(p.operator)) {
        throw new ConfigError(source, `terraformProviders.${i}.operator`, `unknown operator '${p.operator}'`);
      }
      this.providers.set(p.type, p);
    });
    (data.terraformBackends ?? []).forEach((b, i) => {
      for (const id of [b.operator, b.defaultOperator]) {
        if (id !== null && id !== undefined && !this.operatorsById.has(id)) {
          throw new ConfigError(source, `terraformBackends.${i}.operator`, `unknown operator '${id}'`);
        }
      }
      this.backendOperators.set(b.type, b);
    });
    const requirements = data.requirements;
    const checkIds = (ids: readonly string[], field: string): void => {
      const unknown = ids.find((id) => id !== EU_QUALIFICATION && !this.qualificationDefinitions.has(id));
      if (unknown) throw new ConfigError(source, field, `unknown qualification '${unknown}' (define it under qualifications)`);
    };
    if (requirements?.default) checkIds(requirements.default, "requirements.default");
    for (const [kind, byId] of [["dataClassifications", requirements?.dataClassifications], ["roles", requirements?.roles]] as const) {
      for (const [id, r] of Object.entries(byId ?? {})) checkIds(r.requires, `requirements.${kind}.${id}.requires`);
    }
    if (requirements?.default) this.defaultRequirement = requirements.default;
    for (const [id, r] of Object.entries(requirements?.dataClassifications ?? {})) this.classificationRequirements.set(id, r);
    for (const [role, r] of Object.entries(requirements?.roles ?? {})) this.roleRequirements.set(role, r);
    data.regions.forEach((entry, i) => {
      if (!this.offersById.has(entry.offer)) throw new ConfigError(source, `regions.${i}.offer`, `unknown offer '${entry.offer}'`);
      for (const [id, qualification] of Object.entries(entry.qualifications)) this.checkEvidence(qualification, source, `regions.${i}.qualifications.${id}`, data.asOf);
      for (const spelling of new Set([entry.region, ...entry.aliases].map(normaliseRegionName))) {
        const key = `${entry.provider}/${spelling}`;
        const sameKey = this.regionsByKey.get(key) ?? [];
        if (sameKey.some((other) => other.offer === entry.offer)) {
          throw new ConfigError(source, `regions.${i}`, `region '${spelling}' of offer '${entry.offer}' is already in the catalogue`);
        }
        sameKey.push(entry);
        this.regionsByKey.set(key, sameKey);
      }
      (entry.s3Endpoints ?? []).forEach((endpoint, j) => {
        const key = normaliseEndpoint(endpoint);
        const holder = this.s3Regions.get(key);
        if (holder) throw new ConfigError(source, `regions.${i}.s3Endpoints.${j}`, `'${endpoint}' already serves region '${holder.region}'`);
        this.s3Regions.set(key, entry);
      });
      this.regions.push(entry);
      this.origins.set(entry, { source, field: `regions.${i}`, asOf: data.asOf });
    });
    data.regions.forEach((entry, i) => {
      if (entry.parent === undefined) return;
      const parent = (this.regionsByKey.get(`${entry.provider}/${normaliseRegionName(entry.parent)}`) ?? []).find((r) => r.offer === entry.offer);
      if (!parent || parent === entry) throw new ConfigError(source, `regions.${i}.parent`, `no region '${entry.parent}' of offer '${entry.offer}' in the catalogue`);
      if (parent.parent !== undefined) throw new ConfigError(source, `regions.${i}.parent`, `'${entry.parent}' is itself a zone`);
    });
    this.sources.push(source);
    this.matches.clear();
    this.endpointOperators.clear();
    this.identityOffers.clear();
    this.requirementsCache.clear();
  }

  /** A placeholder can never be qualified: refuses a `qualified` status without real evidence, in one line. */
  private checkEvidence(qualification: Qualification, source: string, field: string, asOf: string): void {
    if (qualification.status !== "qualified") return;
    const [problem] = evidenceProblems(qualification, asOf);
    if (problem) throw new ConfigError(source, field, `status 'qualified' needs real evidence: ${problem}`);
  }

  /** The provider's entry in terraformProviders, if the catalogue knows it. */
  provider(type: string): ProviderOperator | undefined {
    return this.providers.get(type);
  }

  /**
   * The catalogue entry of a provider's region, matched with its cloud. For a provider whose cloud
   * depends on its endpoint (openstack: any cloud can call a region GRA7), only the entry of the offer
   * behind the endpoint counts, and an unknown or unresolved endpoint matches nothing (fail closed). For
   * a provider type with a fixed operator (azurerm: Microsoft), its entries count without endpoint; an
   * endpoint set to another offer's (a Scaleway api_url, a Google universe_domain) moves to that offer.
   */
  match(providerType: string, region: string, endpoint: EndpointLookup = ENDPOINT_UNSET): RegionMatch {
    // Scans ask the same few questions thousands of times: answer from nested maps, no key strings.
    let byRegion = this.matches.get(providerType);
    if (!byRegion) this.matches.set(providerType, (byRegion = new Map()));
    let byEndpoint = byRegion.get(region);
    if (!byEndpoint) byRegion.set(region, (byEndpoint = new Map()));
    const endpointKey = endpoint.kind === "set" ? `s ${endpoint.value}` : endpoint.kind === "unset" ? "" : `u ${endpoint.reason}`;
    let result = byEndpoint.get(endpointKey);
    if (!result) {
      result = this.matchUncached(providerType, region, endpoint);
      byEndpoint.set(endpointKey, result);
    }
    return result;
  }

  private matchUncached(providerType: string, region: string, endpoint: EndpointLookup): RegionMatch {
    const candidates = this.regionsByKey.get(`${providerType}/${normaliseRegionName(region)}`) ?? [];
    if (candidates.length === 0) return { reason: `of ${providerType} is not in the region catalogue: unqualified` };
    const provider = this.providers.get(providerType);
    const argument = provider?.endpointArgument ?? "endpoint";
    if (endpoint.kind === "unresolved") {
      return { reason: `counts only with its cloud, and the provider's ${argument} cannot be evaluated before apply (${endpoint.reason}): unqualified` };
    }
    if (endpoint.kind === "set") {
      const offer = this.offerForIdentityEndpoint(endpoint.value);
      if (!offer) return { reason: `counts only with its cloud, and ${argument} '${endpoint.value}' is not the endpoint of any offer of the catalogue: unqualified` };
      const entry = candidates.find((c) => c.offer === offer.id);
      return entry ? { entry, offer } : { offer, reason: `is not a region of ${offer.name} (${argument} '${endpoint.value}'): unqualified` };
    }
    if (!provider || provider.operator === null) {
      const clouds = [...new Set(candidates.map((c) => this.offersById.get(c.offer)?.name ?? c.offer))].join(", ");
      return {
        reason: `counts only with its cloud: the provider's ${argument} is not set, and any ${providerType} cloud can name a region '${region}' (the catalogue knows it at ${clouds}): unqualified`,
      };
    }
    const own = candidates.filter((c) => this.offersById.get(c.offer)?.operator === provider.operator);
    if (own.length === 1) return { entry: own[0], offer: this.offersById.get(own[0].offer) };
    if (own.length === 0) return { reason: `is not a region of ${this.operatorsById.get(provider.operator)?.name ?? provider.operator} without the provider's ${argument}: unqualified` };
    return { reason: `names ${own.length} offers of ${this.operatorsById.get(provider.operator)?.name ?? provider.operator}: set the provider's ${argument} to tell which: unqualified` };
  }

  /**
   * The region a zone of a provider belongs to (`fr-par-1` → the `fr-par` entry): where a zone-level resource
   * counts. Undefined for a name that is not a zone in the catalogue (a region, an unknown name), or one whose
   * entries of the same name disagree on their region.
   */
  parentRegionOf(provider: string, name: string): RegionEntry | undefined {
    const candidates = this.regionsByKey.get(`${provider}/${normaliseRegionName(name)}`) ?? [];
    const parents = new Set(
      candidates.map((zone) => (zone.parent === undefined ? undefined : (this.regionsByKey.get(`${provider}/${normaliseRegionName(zone.parent)}`) ?? []).find((r) => r.offer === zone.offer))),
    );
    const [parent] = parents;
    return parents.size === 1 ? parent : undefined;
  }

  /**
   * The catalogue entry of a provider's region, or undefined (unqualified): `match` with the endpoint
   * (e.g. an OpenStack auth_url) given as a value, or not set.
   */
  lookup(provider: string, region: string, endpoint?: string): RegionEntry | undefined {
    return this.match(provider, region, endpoint === undefined ? ENDPOINT_UNSET : { kind: "set", value: endpoint }).entry;
  }

  /** The offer whose identity endpoint (Keystone auth_url, api_url, universe_domain) this is, if the catalogue knows it. */
  offerForIdentityEndpoint(endpoint: string): Offer | undefined {
    // Asked once per resource of a scan, about a few endpoints: answered from a map.
    if (this.identityOffers.has(endpoint)) return this.identityOffers.get(endpoint);
    const wanted = normaliseEndpoint(endpoint);
    let found: Offer | undefined;
    for (const offer of this.offersById.values()) {
      if (offer.identityEndpoints.some((e) => normaliseEndpoint(e) === wanted)) {
        found = offer;
        break;
      }
    }
    this.identityOffers.set(endpoint, found);
    return found;
  }

  /** The region whose object storage this S3 endpoint serves, if the catalogue knows it. */
  regionOfS3Endpoint(endpoint: string): RegionEntry | undefined {
    return this.s3Regions.get(normaliseEndpoint(endpoint));
  }

  /** Whether a spelling (region name or alias) names this entry. */
  static spells(entry: RegionEntry, spelling: string): boolean {
    const wanted = normaliseRegionName(spelling);
    return [entry.region, ...entry.aliases].some((s) => normaliseRegionName(s) === wanted);
  }

  offer(id: string): Offer | undefined {
    return this.offersById.get(id);
  }

  operator(id: string): Operator | undefined {
    return this.operatorsById.get(id);
  }

  /** The operator behind a region entry. */
  operatorOfRegion(entry: RegionEntry): Operator | undefined {
    const offer = this.offersById.get(entry.offer);
    return offer ? this.operatorsById.get(offer.operator) : undefined;
  }

  /**
   * The operator that stands behind a Terraform provider type by default (azurerm: Microsoft), null
   * when it depends on the endpoint (openstack), undefined when the catalogue does not know the provider.
   */
  operatorOfProvider(providerType: string): Operator | null | undefined {
    const provider = this.providers.get(providerType);
    if (!provider) return undefined;
    return provider.operator === null ? null : this.operatorsById.get(provider.operator);
  }

  /** The operator whose service domain an endpoint URL (or host) is under, e.g. `*.blob.core.windows.net`: Microsoft. */
  operatorOfEndpoint(urlOrHost: string): Operator | undefined {
    if (this.endpointOperators.has(urlOrHost)) return this.endpointOperators.get(urlOrHost);
    const host = endpointHost(urlOrHost);
    let found: Operator | undefined;
    for (const operator of this.operatorsById.values()) {
      if ((operator.serviceDomains ?? []).some((d) => host === d || host.endsWith(`.${d}`))) {
        found = operator;
        break;
      }
    }
    this.endpointOperators.set(urlOrHost, found);
    return found;
  }

  /** Whether the operator is reached by a non-EU law (the US CLOUD Act for a US company). */
  static isExtraterritorial(operator: Operator): boolean {
    return operator.extraterritorialLaws.length > 0;
  }

  /**
   * The qualifications required of a stack's resources: by its role if the catalogue has one for it,
   * else by its data classification, else the catalogue's default (the strictest; fail closed). An
   * unknown data classification gets the default.
   */
  requiredQualifications(stack: { role?: string; dataClassification?: string } = {}): { requires: readonly string[]; basis: string } {
    const key = `${stack.role ?? ""}\u0000${stack.dataClassification ?? ""}`;
    let requirement = this.requirementsCache.get(key);
    if (!requirement) {
      requirement = this.requiredQualificationsUncached(stack);
      this.requirementsCache.set(key, requirement);
    }
    return requirement;
  }

  private requiredQualificationsUncached(stack: { role?: string; dataClassification?: string }): { requires: readonly string[]; basis: string } {
    const byRole = stack.role ? this.roleRequirements.get(stack.role) : undefined;
    if (byRole) return { requires: [...byRole.requires], basis: `role ${stack.role}` };
    const byClassification = stack.dataClassification ? this.classificationRequirements.get(stack.dataClassification) : undefined;
    if (byClassification) return { requires: [...byClassification.requires], basis: `data classification ${stack.dataClassification}` };
    return {
      requires: [...this.defaultRequirement],
      basis: stack.dataClassification ? `unknown data classification '${stack.dataClassification}': default` : "no data classification the repository vouches for: default",
    };
  }

  /** What a data classification requires; the default (strictest) for one the catalogue does not know. */
  classificationRequires(id: string | undefined): readonly string[] {
    return (id !== undefined ? this.classificationRequirements.get(id)?.requires : undefined) ?? this.defaultRequirement;
  }

  /**
   * The stricter of two data classifications: the one whose requirement includes the other's (the first
   * when they are equal), or undefined when neither includes the other (the caller then needs both).
   */
  stricterClassification(a: string | undefined, b: string | undefined): string | undefined {
    const ra = this.classificationRequires(a);
    const rb = this.classificationRequires(b);
    if (rb.every((q) => ra.includes(q))) return a;
    if (ra.every((q) => rb.includes(q))) return b;
    return undefined;
  }

  /** The requirement of a data classification, if the catalogue knows it. */
  classificationRequirement(id: string): Requirement | undefined {
    return this.classificationRequirements.get(id);
  }

  /** Whether two classifications require the same qualifications. */
  sameRequirement(a: string | undefined, b: string | undefined): boolean {
    return sameSet(this.classificationRequires(a), this.classificationRequires(b));
  }

  /**
   * The operator that holds a state backend of this type: null when there is none (local) or it
   * depends on an endpoint the caller must check; undefined when the catalogue does not know the type.
   */
  backendOperator(type: string): BackendOperator | undefined {
    return this.backendOperators.get(type);
  }

  qualificationDefinition(id: string): QualificationDefinition | undefined {
    return this.qualificationDefinitions.get(id);
  }

  /** The file and JSON path a region entry or offer was read from. */
  originOf(item: RegionEntry | Offer): { source: string; field: string } | undefined {
    return this.origins.get(item);
  }

  /**
   * Where a region waits for its contract: the file, and the fields to fill or confirm there (the region's
   * name, placeholder endpoints of the region and its offer, each pending qualification). Undefined when
   * none of the entry's qualifications is `pending-contract`.
   */
  pendingContract(entry: RegionEntry): PendingContract | undefined {
    const pending = Object.entries(entry.qualifications).filter(([, q]) => q.status === "pending-contract");
    if (pending.length === 0) return undefined;
    const origin = this.origins.get(entry);
    const offer = this.offersById.get(entry.offer);
    const offerOrigin = offer ? this.origins.get(offer) : undefined;
    const fields = [`${origin?.field}.region`];
    (entry.s3Endpoints ?? []).forEach((e, j) => placeholderEndpoint(e) && fields.push(`${origin?.field}.s3Endpoints.${j}`));
    if (offer && offerOrigin?.source === origin?.source) {
      offer.identityEndpoints.forEach((e, j) => placeholderEndpoint(e) && fields.push(`${offerOrigin?.field}.identityEndpoints.${j}`));
      if (offer.encryptionEvidence && placeholderEndpoint(offer.encryptionEvidence)) fields.push(`${offerOrigin?.field}.encryptionEvidence`);
      // Without these the policy has no evidence that the contracted cloud encrypts what it stores.
      if (offer.encryptedVolumeTypes === undefined) fields.push(`${offerOrigin?.field}.encryptedVolumeTypes`);
      if (offer.encryptsObjectStorageAtRest === undefined) fields.push(`${offerOrigin?.field}.encryptsObjectStorageAtRest`);
    }
    for (const [id] of pending) fields.push(`${origin?.field}.qualifications.${id}`);
    return { file: origin?.source ?? "(in code)", region: entry.region, fields };
  }

  /**
   * The qualifications a region holds on a given day: "eu" when it lies in the EU, plus each
   * qualification whose status is "qualified" with real evidence and that has not expired.
   */
  static heldQualifications(entry: RegionEntry, today: string): string[] {
    const held = entry.jurisdiction === "EU" ? [EU_QUALIFICATION] : [];
    for (const [id, q] of Object.entries(entry.qualifications)) {
      if (qualificationHeld(q, today)) held.push(id);
    }
    return held;
  }
}
