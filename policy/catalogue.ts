import * as path from "node:path";
import { ConfigError } from "../config/config-error";
import { readJsonFile, validateAgainstSchema } from "../config/validate-json";
import catalogueSchema from "../config/region-catalogue.schema.json";

/** Status of one qualification for one region. */
export type QualificationStatus = "qualified" | "in-progress" | "none";

export interface QualificationEvidence {
  readonly status: QualificationStatus;
  /** Where the fact comes from. */
  readonly evidence: string;
  /** The day the fact was last checked (YYYY-MM-DD). */
  readonly asOf: string;
  /** End of validity of the certificate, if known (YYYY-MM-DD). */
  readonly expires?: string;
  readonly note?: string;
}

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
  readonly qualifications: Readonly<Record<string, QualificationEvidence>>;
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
}

export interface Offer {
  readonly id: string;
  readonly operator: string;
  readonly platform: string;
  readonly name: string;
  readonly identityEndpoints: readonly string[];
  /** Block storage volume types the offer encrypts at rest. */
  readonly encryptedVolumeTypes?: readonly string[];
  /** Whether the offer encrypts all object storage at rest (see encryptionEvidence). */
  readonly encryptsObjectStorageAtRest?: boolean;
  readonly encryptionEvidence?: string;
  readonly encryptionNote?: string;
  readonly evidence: string;
  readonly asOf: string;
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

export interface QualificationDefinition {
  readonly name: string;
  readonly authority: string;
  readonly meaning: string;
  readonly evidence: string;
  readonly asOf: string;
}

/** The shape of one catalogue file (config/region-catalogue.schema.json). */
export interface CatalogueFile {
  readonly schemaVersion: 1;
  readonly asOf: string;
  readonly description?: string;
  readonly qualifications?: Readonly<Record<string, QualificationDefinition>>;
  readonly operators?: readonly Operator[];
  readonly offers?: readonly Offer[];
  readonly terraformProviders?: readonly { type: string; operator: string | null; note?: string }[];
  readonly terraformBackends?: readonly BackendOperator[];
  readonly requirements?: Requirements;
  readonly regions: readonly RegionEntry[];
}

/** The pseudo-qualification "eu": the region's location is in the European Union. */
export const EU_QUALIFICATION = "eu";

/** The built-in catalogue shipped with the project. */
export const BUILTIN_CATALOGUE_FILE = path.resolve(__dirname, "..", "config", "catalogues", "builtin.json");

/** Region spellings differ by service (France Central / francecentral, EU-WEST-PAR / eu-west-par): compare this form. */
export function normaliseRegionName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_]+/g, "");
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

function normaliseEndpoint(url: string): string {
  return url.trim().toLowerCase().replace(/\/+$/, "");
}

/**
 * The merged, validated region catalogue. A region it does not list is unqualified (fail closed).
 */
export class RegionCatalogue {
  private readonly regionsByKey = new Map<string, RegionEntry[]>();
  private readonly operatorsById = new Map<string, Operator>();
  private readonly offersById = new Map<string, Offer>();
  private readonly providerOperators = new Map<string, string | null>();
  private readonly qualificationDefinitions = new Map<string, QualificationDefinition>();
  private readonly backendOperators = new Map<string, BackendOperator>();
  private readonly lookups = new Map<string, Map<string, Map<string, RegionEntry | undefined>>>();
  private readonly endpointOperators = new Map<string, Operator | undefined>();
  private readonly requirementsCache = new Map<string, { requires: readonly string[]; basis: string }>();
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
    const parsed = validateAgainstSchema<CatalogueFile>(catalogueSchema, readJsonFile(file), file);
    this.add(parsed, file);
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
      this.offersById.set(offer.id, offer);
    });
    (data.terraformProviders ?? []).forEach((p, i) => {
      if (p.operator !== null && !this.operatorsById.has(p.operator)) {
        throw new ConfigError(source, `terraformProviders.${i}.operator`, `unknown operator '${p.operator}'`);
      }
      this.providerOperators.set(p.type, p.operator);
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
      for (const spelling of new Set([entry.region, ...entry.aliases].map(normaliseRegionName))) {
        const key = `${entry.provider}/${spelling}`;
        const sameKey = this.regionsByKey.get(key) ?? [];
        if (sameKey.some((other) => other.offer === entry.offer)) {
          throw new ConfigError(source, `regions.${i}`, `region '${spelling}' of offer '${entry.offer}' is already in the catalogue`);
        }
        sameKey.push(entry);
        this.regionsByKey.set(key, sameKey);
      }
      this.regions.push(entry);
    });
    this.sources.push(source);
    this.lookups.clear();
    this.endpointOperators.clear();
    this.requirementsCache.clear();
  }

  /**
   * The catalogue entry of a provider's region, or undefined (unqualified). The identity endpoint
   * (an OpenStack provider's auth_url) tells which offer, hence which entry, a region name means.
   */
  lookup(provider: string, region: string, identityEndpoint?: string): RegionEntry | undefined {
    // Scans ask the same few questions thousands of times: answer from nested maps, no key strings.
    let byRegion = this.lookups.get(provider);
    if (!byRegion) this.lookups.set(provider, (byRegion = new Map()));
    let byEndpoint = byRegion.get(region);
    if (!byEndpoint) byRegion.set(region, (byEndpoint = new Map()));
    const endpointKey = identityEndpoint ?? "";
    if (byEndpoint.has(endpointKey)) return byEndpoint.get(endpointKey);
    const entry = this.lookupUncached(provider, region, identityEndpoint);
    byEndpoint.set(endpointKey, entry);
    return entry;
  }

  private lookupUncached(provider: string, region: string, identityEndpoint?: string): RegionEntry | undefined {
    const candidates = this.regionsByKey.get(`${provider}/${normaliseRegionName(region)}`) ?? [];
    if (identityEndpoint === undefined) {
      // Ambiguous without an endpoint: fail closed rather than pick one.
      return candidates.length === 1 ? candidates[0] : undefined;
    }
    // With an endpoint, the region must belong to the offer behind it: a cloud the catalogue does not
    // know cannot borrow a known region's name. Offers that list no endpoint accept any.
    const offer = this.offerForIdentityEndpoint(identityEndpoint);
    const matches = candidates.filter((c) =>
      offer ? c.offer === offer.id : (this.offersById.get(c.offer)?.identityEndpoints.length ?? 0) === 0,
    );
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** The offer whose identity endpoint (e.g. Keystone auth_url) this is, if the catalogue knows it. */
  offerForIdentityEndpoint(url: string): Offer | undefined {
    const wanted = normaliseEndpoint(url);
    for (const offer of this.offersById.values()) {
      if (offer.identityEndpoints.some((e) => normaliseEndpoint(e) === wanted)) return offer;
    }
    return undefined;
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
   * The operator that always stands behind a Terraform provider type (azurerm: Microsoft), null when
   * it depends on the endpoint (openstack), undefined when the catalogue does not know the provider.
   */
  operatorOfProvider(providerType: string): Operator | null | undefined {
    if (!this.providerOperators.has(providerType)) return undefined;
    const id = this.providerOperators.get(providerType);
    return id === null || id === undefined ? null : this.operatorsById.get(id);
  }

  /** The operator whose service domain an endpoint URL (or host) is under, e.g. `*.blob.core.windows.net`: Microsoft. */
  operatorOfEndpoint(urlOrHost: string): Operator | undefined {
    if (this.endpointOperators.has(urlOrHost)) return this.endpointOperators.get(urlOrHost);
    const operator = this.operatorOfEndpointUncached(urlOrHost);
    this.endpointOperators.set(urlOrHost, operator);
    return operator;
  }

  private operatorOfEndpointUncached(urlOrHost: string): Operator | undefined {
    const host = hostOf(urlOrHost) ?? urlOrHost.toLowerCase();
    for (const operator of this.operatorsById.values()) {
      if ((operator.serviceDomains ?? []).some((d) => host === d || host.endsWith(`.${d}`))) return operator;
    }
    return undefined;
  }

  /** Whether the operator is reached by a non-EU law (the US CLOUD Act for a US company). */
  static isExtraterritorial(operator: Operator): boolean {
    return operator.extraterritorialLaws.length > 0;
  }

  /**
   * The qualifications required of a stack's resources: by its role if the catalogue has one for it,
   * else by its data classification, else the catalogue's default (the strictest; fail closed).
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
    return { requires: [...this.defaultRequirement], basis: stack.dataClassification ? `unknown data classification '${stack.dataClassification}': default` : "no stack metadata: default" };
  }

  /** The requirement of a data classification, if the catalogue knows it. */
  classificationRequirement(id: string): Requirement | undefined {
    return this.classificationRequirements.get(id);
  }

  /**
   * The operator that holds a state backend of this type: null when there is none (local) or it
   * depends on an endpoint the caller must check; undefined when the catalogue does not know the type.
   */
  backendOperator(type: string): BackendOperator | undefined {
    return this.backendOperators.get(type);
  }

  /** The region entry with this spelling, for any provider (S3 APIs spell OpenStack regions their own way). */
  findAnyRegion(spelling: string): RegionEntry | undefined {
    const wanted = normaliseRegionName(spelling);
    return this.regions.find((r) => [r.region, ...r.aliases].some((s) => normaliseRegionName(s) === wanted));
  }

  qualificationDefinition(id: string): QualificationDefinition | undefined {
    return this.qualificationDefinitions.get(id);
  }

  /**
   * The qualifications a region holds on a given day: "eu" when it lies in the EU, plus each
   * qualification whose status is "qualified" and whose certificate has not expired.
   */
  static heldQualifications(entry: RegionEntry, today: string = new Date().toISOString().slice(0, 10)): string[] {
    const held = entry.jurisdiction === "EU" ? [EU_QUALIFICATION] : [];
    for (const [id, q] of Object.entries(entry.qualifications)) {
      if (q.status === "qualified" && (q.expires === undefined || q.expires >= today)) held.push(id);
    }
    return held;
  }
}
