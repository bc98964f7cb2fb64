import * as path from "node:path";
import * as ipaddr from "ipaddr.js";
import { AddressPlan } from "../constructs/sovereign/address-plan";
import { RegionCatalogue, type RegionEntry } from "../policy/catalogue";
import { ConfigError } from "./config-error";
import type { EnvironmentConfig, S3StateBackendConfig, SovereignTargetConfig } from "./environment";
import { DEFAULT_ENVIRONMENT, displayPath, readEnvironmentConfig } from "./environment-file";
import { isOpenStackTarget, isScalewayTarget, sovereignCloudOf } from "./sovereign-cloud";
import { resolveToday } from "./today";

export { DEFAULT_ENVIRONMENT, displayPath, ENVIRONMENTS_DIR, environmentFile, knownEnvironments, readEnvironmentConfig } from "./environment-file";

/** An environment file, validated against its schema and checked for what the schema cannot say. */
export interface ReadEnvironment {
  readonly config: EnvironmentConfig;
  /** The file it was read from. */
  readonly file: string;
}

/** An environment ready to build stacks from: its validated configuration and its region catalogue. */
export interface LoadedEnvironment extends ReadEnvironment {
  /** Built-in catalogue plus the environment's contracted regions. */
  readonly catalogue: RegionCatalogue;
  /** The day the sovereignty policy judges as of (YYYY-MM-DD): the option, else HDH_TODAY, else the current UTC date. */
  readonly today: string;
}

/** How to load an environment. Code passes these; nothing read from a synthesized artefact can. */
export interface LoadEnvironmentOptions {
  /**
   * Catalogue files replacing the environment's own `regionCatalogues` (its contract catalogues). Tests pass
   * the TEST contract catalogue of `__tests__/helpers/` here to build prod while its contract is pending.
   */
  readonly contractCatalogues?: readonly string[];
  /** The day to judge as of (YYYY-MM-DD); default HDH_TODAY, else the current UTC date. */
  readonly today?: string;
}

/**
 * A region waiting for its contract is not qualified: refuse the environment with one line naming the
 * contract catalogue and the fields to fill there, and the environment's fields that must match them.
 */
function refusePendingContract(catalogue: RegionCatalogue, entry: RegionEntry, file: string, environmentFields: string): void {
  const pending = catalogue.pendingContract(entry);
  if (!pending) return;
  throw new ConfigError(
    displayPath(pending.file),
    "",
    `pending contract: region '${pending.region}' cannot count as qualified until the contract's facts are filled in: fill ${pending.fields.join(", ")} and set those qualifications' status to qualified, then match ${displayPath(file)} (${environmentFields}) (README.md, "prod's pending contract")`,
  );
}

/** Parses a CIDR strictly: it must parse and be a network address (no host bits set). */
export function parseNetworkCidr(value: string, source: string, field: string): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  let parsed: [ipaddr.IPv4 | ipaddr.IPv6, number];
  try {
    parsed = ipaddr.parseCIDR(value);
  } catch {
    throw new ConfigError(source, field, `'${value}' is not a CIDR (expected e.g. 10.0.0.0/16)`);
  }
  const network = ipaddr.IPv4.isValid(value.split("/")[0])
    ? ipaddr.IPv4.networkAddressFromCIDR(value)
    : ipaddr.IPv6.networkAddressFromCIDR(value);
  if (network.toString() !== parsed[0].toString()) {
    throw new ConfigError(source, field, `'${value}' has host bits set (network address is ${network.toString()}/${parsed[1]})`);
  }
  return parsed;
}

function checkRegion(catalogue: RegionCatalogue, provider: string, region: string, file: string, field: string, endpoint?: string): RegionEntry {
  if (region.trim() === "") throw new ConfigError(file, field, "must not be empty");
  const match = catalogue.match(provider, region, endpoint === undefined ? { kind: "unset" } : { kind: "set", value: endpoint });
  if (!match.entry) {
    throw new ConfigError(file, field, `region '${region}' ${match.reason ?? "is not in the region catalogue"} (${catalogue.sources.map((s) => path.basename(s)).join(", ")})`);
  }
  return match.entry;
}

/**
 * The state must stay under EU law, and its place is known only through its endpoint: refuse an endpoint
 * of an extraterritorial operator (Azure storage, AWS, GCP ...), an endpoint that is no catalogue region's
 * S3 endpoint, a region that is not that endpoint's, and a region outside the EU.
 */
export function checkStateBackend(backend: S3StateBackendConfig, catalogue: RegionCatalogue, file: string): RegionEntry {
  const operator = catalogue.operatorOfEndpoint(backend.endpoint);
  if (operator && RegionCatalogue.isExtraterritorial(operator)) {
    throw new ConfigError(
      file,
      "stateBackend.endpoint",
      `'${backend.endpoint}' is a ${operator.name} service, subject to ${operator.extraterritorialLaws.join(", ")}: state must stay on the sovereign object storage`,
    );
  }
  const entry = catalogue.regionOfS3Endpoint(backend.endpoint);
  if (!entry) {
    throw new ConfigError(file, "stateBackend.endpoint", `'${backend.endpoint}' is not the S3 endpoint of any region of the catalogue: where the state lives cannot be proven (a region's s3Endpoints name it)`);
  }
  if (!RegionCatalogue.spells(entry, backend.region)) {
    throw new ConfigError(file, "stateBackend.region", `region '${backend.region}' is not the region of ${backend.endpoint}, which serves '${entry.region}'`);
  }
  const regionOperator = catalogue.operatorOfRegion(entry);
  if (entry.jurisdiction !== "EU" || (regionOperator && RegionCatalogue.isExtraterritorial(regionOperator))) {
    throw new ConfigError(file, "stateBackend.region", `region '${backend.region}' is not an EU region of a non-extraterritorial operator`);
  }
  return entry;
}

/** The key must stay on the sovereign side: refuse an OpenBao server run by an extraterritorial operator. */
export function checkStateEncryption(config: EnvironmentConfig, catalogue: RegionCatalogue, file: string): void {
  const encryption = config.stateEncryption;
  if (encryption?.keyProvider !== "openbao") return;
  const operator = catalogue.operatorOfEndpoint(encryption.address);
  if (operator && RegionCatalogue.isExtraterritorial(operator)) {
    throw new ConfigError(
      file,
      "stateEncryption.address",
      `'${encryption.address}' is a ${operator.name} service, subject to ${operator.extraterritorialLaws.join(", ")}: the state key must stay on the sovereign side`,
    );
  }
}

/** parseNetworkCidr, refusing the legacy short IPv4 forms (`10.0.0/8`) that ipaddr.js accepts. */
function parseStrictCidr(value: string, source: string, field: string): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  const address = value.split("/")[0];
  if (!ipaddr.IPv4.isValidFourPartDecimal(address) && !ipaddr.IPv6.isValid(address)) {
    throw new ConfigError(source, field, `'${value}' is not a CIDR (expected e.g. 10.0.0.0/16)`);
  }
  return parseNetworkCidr(value, source, field);
}

/** The narrowest admin source ranges accepted, per family: wider would open SSH to whole networks. */
const WIDEST_ADMIN_PREFIX = { ipv4: 16, ipv6: 48 };

/**
 * Checks what the schema cannot: CIDRs parse, the private range can hold the tiers and the workspaces,
 * admin sources are narrow, workspace ids and network slots are unique, and (Scaleway) every zone is one
 * of the region's.
 */
export function checkSovereignTarget(sovereign: SovereignTargetConfig, file: string): void {
  let plan: AddressPlan;
  try {
    plan = new AddressPlan(sovereign.networkCidr);
  } catch (error) {
    throw new ConfigError(file, "sovereign.networkCidr", (error as Error).message);
  }
  sovereign.adminSourceCidrs.forEach((cidr, i) => {
    const field = `sovereign.adminSourceCidrs[${i}]`;
    const [address, prefix] = parseStrictCidr(cidr, file, field);
    const widest = address.kind() === "ipv4" ? WIDEST_ADMIN_PREFIX.ipv4 : WIDEST_ADMIN_PREFIX.ipv6;
    if (prefix < widest) {
      throw new ConfigError(file, field, `'${cidr}' is too wide for SSH to the bastion (at most a /${widest}: the operators' VPN egress)`);
    }
  });
  if (isOpenStackTarget(sovereign)) {
    sovereign.httpsEgressCidrs.forEach((cidr, i) => parseStrictCidr(cidr, file, `sovereign.httpsEgressCidrs[${i}]`));
  } else {
    // Scaleway names a zone after its region: fr-par-1 is in fr-par.
    sovereign.zones.forEach((zone, i) => {
      if (!zone.startsWith(`${sovereign.region}-`)) throw new ConfigError(file, `sovereign.zones[${i}]`, `zone '${zone}' is not in region '${sovereign.region}'`);
    });
  }
  const ids = new Set<string>();
  const slots = new Map<number, string>();
  sovereign.workspaces.forEach((workspace, i) => {
    const field = `sovereign.workspaces[${i}]`;
    if (ids.has(workspace.id)) throw new ConfigError(file, `${field}.id`, `workspace '${workspace.id}' is listed twice`);
    ids.add(workspace.id);
    if (workspace.networkSlot >= plan.workspaceCapacity) {
      throw new ConfigError(file, `${field}.networkSlot`, `${workspace.networkSlot} is outside 0..${plan.workspaceCapacity - 1} (the capacity of ${sovereign.networkCidr})`);
    }
    const holder = slots.get(workspace.networkSlot);
    if (holder) throw new ConfigError(file, `${field}.networkSlot`, `slot ${workspace.networkSlot} is already used by workspace '${holder}'`);
    slots.set(workspace.networkSlot, workspace.id);
  });
}

/**
 * Reads one environment file: validates it against its schema and checks what the schema cannot (CIDRs,
 * address plan, admin ranges, workspaces, zones). Regions are not looked up: loadEnvironment does that.
 * Every problem is a ConfigError naming file and field.
 */
export function readEnvironment(selector: string = process.env.HDH_ENV || DEFAULT_ENVIRONMENT): ReadEnvironment {
  const { config, file } = readEnvironmentConfig(selector);
  parseNetworkCidr(config.legacy.addressSpace, file, "legacy.addressSpace");
  parseNetworkCidr(config.sovereign.networkCidr, file, "sovereign.networkCidr");
  checkSovereignTarget(config.sovereign, file);
  checkMigrationNetwork(config, file);
  return { config, file };
}

/**
 * On Scaleway the migration's workers get a private network of their own, the range's last workspace slot
 * (AddressPlan.migrationSlot): no workspace may hold it while the environment migrates.
 */
export function checkMigrationNetwork(config: EnvironmentConfig, file: string): void {
  if (!config.migration || !isScalewayTarget(config.sovereign)) return;
  const plan = new AddressPlan(config.sovereign.networkCidr);
  config.sovereign.workspaces.forEach((workspace, i) => {
    if (workspace.networkSlot === plan.migrationSlot) {
      throw new ConfigError(
        file,
        `sovereign.workspaces[${i}].networkSlot`,
        `slot ${plan.migrationSlot} (${plan.migrationCidr()}) is the migration workers' network while the environment has a migration section: give workspace '${workspace.id}' another slot`,
      );
    }
  });
}

/**
 * Loads, validates and checks one environment, then places its regions in the region catalogue (built-in
 * plus its contracted regions): a region the catalogue does not know stops the load (fail closed), and a
 * region whose contract is pending stops it with one line naming the contract file and the fields to fill.
 * Every problem is a ConfigError naming file and field.
 */
export function loadEnvironment(selector: string = process.env.HDH_ENV || DEFAULT_ENVIRONMENT, options: LoadEnvironmentOptions = {}): LoadedEnvironment {
  const { config, file } = readEnvironment(selector);
  const today = resolveToday(options.today, "today");
  const contractFiles = options.contractCatalogues?.map((f) => path.resolve(f)) ?? config.regionCatalogues.map((f) => path.resolve(path.dirname(file), f));
  const catalogue = RegionCatalogue.load({ extraFiles: contractFiles });
  checkRegion(catalogue, "azurerm", config.legacy.location, file, "legacy.location");
  checkRegion(catalogue, "azurerm", config.legacy.disasterRecoveryLocation, file, "legacy.disasterRecoveryLocation");
  const target = config.sovereign;
  // An OpenStack region name means something only with the cloud's identity endpoint; Scaleway's provider names its cloud.
  const endpoint = isOpenStackTarget(target) ? target.authUrl : undefined;
  const sovereign = checkRegion(catalogue, sovereignCloudOf(target), target.region, file, "sovereign.region", endpoint);
  const matching = `sovereign.region${endpoint !== undefined ? ", sovereign.authUrl" : ""}${config.stateBackend.type === "s3" ? ", stateBackend.endpoint, stateBackend.region" : ""}`;
  refusePendingContract(catalogue, sovereign, file, matching);
  if (config.stateBackend.type === "s3") refusePendingContract(catalogue, checkStateBackend(config.stateBackend, catalogue, file), file, matching);
  checkStateEncryption(config, catalogue, file);
  return { config, file, catalogue, today };
}
