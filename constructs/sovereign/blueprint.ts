/**
 * The landing zone's intent, said once for every sovereign cloud: network tiers and who may reach what,
 * compute fleets, encrypted volumes, the data lake's zones, keys and credentials, the researcher portal,
 * identity and teams, research workspaces, tags, and the protection of data stores.
 *
 * The blueprint is plain typed data built from the environment file (`landingZoneBlueprint`); it holds no
 * construct and names no provider. Each cloud implements it with its own construct family:
 * constructs/sovereign/openstack/ (stacks/sovereign-stack.ts) and constructs/sovereign/scaleway/
 * (stacks/scaleway-sovereign-stack.ts). Sizes and images are the one cloud-specific thing it carries, as
 * strings the cloud understands (an OpenStack flavor, a Scaleway commercial type).
 */
import type { EnvironmentConfig, SovereignCloud } from "../../config/environment";
import { isOpenStackTarget, sovereignCloudOf } from "../../config/sovereign-cloud";
import { AddressPlan, NETWORK_TIERS, type NetworkTierName } from "./address-plan";
import { resourceMetadata, type SovereignContext } from "./context";
import { InsecurePropsError } from "./errors";
import { HTTPS_PORT, POSTGRESQL_PORT, SSH_PORT } from "./ports";

/** Something a network flow starts from or goes to. */
export type FlowPeer =
  /** One of the four tiers. */
  | NetworkTierName
  /** Anyone on the Internet, IPv4 and IPv6. */
  | "internet"
  /** The operators' ranges (`sovereign.adminSourceCidrs`, their VPN egress). */
  | "operators"
  /** Each research workspace on its own: a flow to or from `workspaces` never joins two workspaces. */
  | "workspaces"
  /** The cloud's own services over HTTPS: object storage, key and secret managers, package mirrors. */
  | "cloud-services";

/** One allowed flow. Everything the blueprint does not list is refused: every family starts closed. */
export interface NetworkFlow {
  readonly from: FlowPeer;
  readonly to: FlowPeer;
  readonly protocol: "tcp" | "udp";
  readonly port: number;
  /** Why the flow exists, in a few words (rule descriptions). */
  readonly purpose: string;
}

export interface TierBlueprint {
  readonly name: NetworkTierName;
  /** The tier's range, carved from the environment's by the AddressPlan. */
  readonly cidr: string;
  readonly purpose: string;
}

export interface NetworkBlueprint {
  /** The environment's private range: tiers in its first half, one range per workspace slot in its second. */
  readonly cidr: string;
  readonly tiers: Readonly<Record<NetworkTierName, TierBlueprint>>;
  /** Who may reach the bastion: the operators' ranges, each a /16 or narrower. */
  readonly adminSourceCidrs: readonly string[];
  /** Who may reach what. Internet-wide ingress exists for HTTPS to the ingress tier only. */
  readonly flows: readonly NetworkFlow[];
}

/** Identical servers of one role. */
export interface FleetBlueprint {
  /** Name suffix of the servers, e.g. `portal`. */
  readonly name: string;
  readonly tier: NetworkTierName;
  /** The cloud's name for the servers' size (OpenStack flavor, Scaleway commercial type). */
  readonly size: string;
  /** The cloud's name for the image every server boots from. */
  readonly image: string;
  readonly instanceCount: number;
  /** Boot disks sit on encrypted volumes too. */
  readonly bootVolumeSizeGb: number;
}

/** The only way in for administration: SSH, from the operators' ranges, to the bastion; from there to the servers. */
export interface BastionBlueprint {
  readonly tier: "administration";
  readonly sourceCidrs: readonly string[];
  readonly port: number;
}

/**
 * The data tier's PostgreSQL: the portal's database and, after the migration, the copy of the legacy
 * one. On OpenStack a fleet of servers; on Scaleway the managed service.
 */
export interface DatabaseBlueprint {
  readonly engine: "postgresql";
  readonly port: number;
  readonly tier: "data";
  /** The tiers whose servers may connect. */
  readonly clients: readonly NetworkTierName[];
  /** The cloud's name for the node size (flavor, node type). */
  readonly size: string;
  /** Servers (OpenStack) or nodes (2 for a Scaleway HA cluster). */
  readonly nodes: number;
  readonly storageGb: number;
  /** Storage encrypted at rest, backups kept in the same region, no public endpoint: not negotiable. */
  readonly encryptedAtRest: true;
  readonly backups: "same-region";
  readonly publicEndpoint: false;
  /** Logical databases and the user owning each. */
  readonly databases: readonly { readonly name: string; readonly owner: CredentialBlueprint }[];
}

/** The data lake's zones, from what the platform receives to what it hands to research projects. */
export const DATA_LAKE_ZONES = ["raw", "pseudonymised", "extracts"] as const;
export type DataLakeZone = (typeof DATA_LAKE_ZONES)[number];

export interface DataLakeZoneBlueprint {
  readonly name: DataLakeZone;
  /** What the zone holds, written on the store. */
  readonly contents: string;
  /** Data that must never change once written: object lock where the cloud has it, versioning always. */
  readonly immutable: boolean;
}

export interface DataLakeBlueprint {
  readonly zones: readonly DataLakeZoneBlueprint[];
  /** Every zone keeps object versions, is private to the environment's identities and encrypted at rest. */
  readonly versioned: true;
  readonly private: true;
  /** The key the zones are encrypted with, where the cloud encrypts object storage with a key of ours. */
  readonly encryptionKey: KeyBlueprint;
}

/** An encryption key, generated by the cloud's key manager or the random provider, never written in configuration. */
export interface KeyBlueprint {
  readonly name: string;
  readonly purpose: string;
  readonly bits: 256;
}

/** A service account's password: generated, stored in the cloud's secret store, passed by reference. */
export interface CredentialBlueprint {
  readonly name: string;
  readonly username: string;
  readonly purpose: string;
}

/** A TLS certificate and key, given as the sensitive Terraform variables TF_VAR_<name>_certificate / _private_key. */
export interface CertificateBlueprint {
  readonly name: string;
  readonly purpose: string;
}

export interface SecretsBlueprint {
  /** The data lake's encryption key. */
  readonly dataLakeKey: KeyBlueprint;
  /** The portal's database user. */
  readonly portalDatabase: CredentialBlueprint;
  /** The portal's public certificate. */
  readonly portalCertificate: CertificateBlueprint;
}

/** The researcher portal: HTTPS only (TLS 1.2 and later), a health check, and its public name. */
export interface PortalBlueprint {
  readonly hostname: string;
  /** The DNS zone, without its trailing dot, e.g. `dev.hdh.example`. */
  readonly zone: string;
  /** `<hostname>.<zone>`. */
  readonly fqdn: string;
  readonly healthCheckPath: string;
  readonly minimumTlsVersion: "1.2";
  readonly servers: FleetBlueprint;
}

/** What a team may do on the cloud's control plane: `read` sees, `operate` acts. */
export type TeamAccess = "read" | "operate";
/** What a team may do with the data itself (objects, keys that decrypt them). */
export type DataAccess = "none" | "read-write";

export interface TeamBlueprint {
  readonly name: string;
  readonly access: TeamAccess;
  readonly data: DataAccess;
}

/** A service (not a person) that needs an identity of its own, e.g. the portal reading its credentials. */
export interface ServiceBlueprint {
  readonly name: string;
  readonly purpose: string;
  /** Credentials it reads at start-up; nothing else. */
  readonly credentials: readonly CredentialBlueprint[];
}

export interface IdentityBlueprint {
  /** Name suffix of the environment's project, e.g. `platform` gives `hdh-dev-platform`. */
  readonly project: string;
  readonly teams: readonly TeamBlueprint[];
  readonly services: readonly ServiceBlueprint[];
}

/**
 * An approved research project's isolated workspace: its own project and researchers, network range,
 * servers with encrypted data volumes, extract store and key. Reachable only through the bastion (SSH)
 * and the portal (HTTPS); never from or to another workspace.
 */
export interface WorkspaceBlueprint {
  readonly id: string;
  readonly title?: string;
  /** Kept for the workspace's life: its range never moves. */
  readonly networkSlot: number;
  readonly cidr: string;
  readonly servers: Omit<FleetBlueprint, "tier">;
  /** Size of each server's encrypted data volume. */
  readonly volumeSizeGb: number;
  readonly sshPublicKey?: string;
  readonly teams: readonly TeamBlueprint[];
  /** Name suffix of the workspace's extract store and of its key. */
  readonly extract: string;
  readonly key: string;
}

/** Data stores are never destroyed by a plan: volumes, object stores, databases, keys, secrets and their generators. */
export interface ProtectionBlueprint {
  readonly preventDestroy: true;
}

export interface LandingZoneBlueprint {
  /** The cloud whose construct family implements the blueprint. */
  readonly cloud: SovereignCloud;
  /** Names (`hdh-<environment>-...`) and the facts every tag carries. */
  readonly context: SovereignContext;
  /** Tags of every resource that takes tags: environment, data_classification, owner, migration_wave. */
  readonly tags: Readonly<Record<string, string>>;
  readonly network: NetworkBlueprint;
  readonly bastion: BastionBlueprint;
  readonly portal: PortalBlueprint;
  readonly database: DatabaseBlueprint;
  readonly dataLake: DataLakeBlueprint;
  readonly secrets: SecretsBlueprint;
  readonly identity: IdentityBlueprint;
  readonly workspaces: readonly WorkspaceBlueprint[];
  readonly protection: ProtectionBlueprint;
}

/** What each tier is for. */
export const TIER_PURPOSES: Readonly<Record<NetworkTierName, string>> = {
  ingress: "the portal's public entry point (load balancer)",
  application: "the researcher portal's servers",
  data: "the databases",
  administration: "the bastion, the only way in for administration",
};

/** The teams working in an environment: operators and data engineers act, researchers only see. */
export const PLATFORM_TEAMS: readonly TeamBlueprint[] = [
  { name: "operators", access: "operate", data: "none" },
  { name: "data-engineers", access: "operate", data: "read-write" },
  { name: "researchers", access: "read", data: "none" },
];

/** A workspace's researchers act in their own project and use their own data, nothing else. */
export const WORKSPACE_TEAMS: readonly TeamBlueprint[] = [{ name: "researchers", access: "operate", data: "read-write" }];

/** What each zone of the data lake holds. */
export const DATA_LAKE_CONTENTS: Readonly<Record<DataLakeZone, string>> = {
  raw: "raw health data as received",
  pseudonymised: "pseudonymised health data",
  extracts: "per-project extracts before delivery",
};

/** The data lake's zones: only the raw zone is immutable (pseudonymised data and extracts are recomputed). */
export function dataLakeZones(): DataLakeZoneBlueprint[] {
  return DATA_LAKE_ZONES.map((zone) => ({ name: zone, contents: DATA_LAKE_CONTENTS[zone], immutable: zone === "raw" }));
}

/** The keys and credentials of every landing zone. */
export const LANDING_ZONE_SECRETS: SecretsBlueprint = {
  dataLakeKey: { name: "datalake-key", purpose: "encrypts the data lake", bits: 256 },
  portalDatabase: { name: "portal-db", username: "portal", purpose: "the portal's database user" },
  portalCertificate: { name: "portal-tls", purpose: "the portal's public certificate" },
};

/** Who may reach what, on every cloud. Anything not listed stays closed. */
export function networkFlows(): NetworkFlow[] {
  const flow = (from: FlowPeer, to: FlowPeer, port: number, purpose: string): NetworkFlow => ({ from, to, protocol: "tcp", port, purpose });
  return [
    flow("internet", "ingress", HTTPS_PORT, "researchers reach the portal's entry point"),
    flow("ingress", "application", HTTPS_PORT, "the entry point forwards to the portal's servers, re-encrypted"),
    flow("application", "data", POSTGRESQL_PORT, "the portal's servers use the database"),
    flow("application", "workspaces", HTTPS_PORT, "the portal reaches the research workspaces"),
    flow("operators", "administration", SSH_PORT, "operators reach the bastion"),
    flow("administration", "application", SSH_PORT, "SSH from the bastion"),
    flow("administration", "data", SSH_PORT, "SSH from the bastion"),
    flow("administration", "workspaces", SSH_PORT, "SSH from the bastion"),
    flow("application", "cloud-services", HTTPS_PORT, "HTTPS to the cloud's services"),
    flow("data", "cloud-services", HTTPS_PORT, "HTTPS to the cloud's services (backups to object storage)"),
    flow("workspaces", "cloud-services", HTTPS_PORT, "HTTPS to the cloud's services"),
  ];
}

/** The cloud-specific names and sizes a blueprint carries, read from the environment's sovereign section. */
interface Sizing {
  readonly image: string;
  readonly bootVolumeSizeGb: number;
  readonly portal: { readonly size: string; readonly count: number };
  readonly database: { readonly size: string; readonly nodes: number; readonly storageGb: number };
  readonly zone: string;
  readonly healthCheckPath?: string;
  /** Per workspace id, the servers' size. */
  readonly workspaceSize: (id: string) => string;
}

const DEFAULT_BOOT_VOLUME_GB = 20;
const DEFAULT_HEALTH_CHECK_PATH = "/healthz";

function sizingOf(environment: EnvironmentConfig): Sizing {
  const sovereign = environment.sovereign;
  if (isOpenStackTarget(sovereign)) {
    const flavors = new Map(sovereign.workspaces.map((w) => [w.id, w.flavorName]));
    return {
      image: sovereign.compute.imageName,
      bootVolumeSizeGb: DEFAULT_BOOT_VOLUME_GB,
      portal: { size: sovereign.compute.portalFlavor, count: sovereign.compute.portalInstances },
      database: { size: sovereign.compute.dataFlavor, nodes: sovereign.compute.dataInstances, storageGb: sovereign.compute.dataVolumeSizeGb },
      zone: sovereign.portal.zone.replace(/\.$/, ""),
      healthCheckPath: sovereign.portal.healthCheckPath,
      workspaceSize: (id) => flavors.get(id) ?? "",
    };
  }
  const types = new Map(sovereign.workspaces.map((w) => [w.id, w.instanceType]));
  return {
    image: sovereign.compute.image,
    bootVolumeSizeGb: sovereign.compute.bootVolumeSizeGb ?? DEFAULT_BOOT_VOLUME_GB,
    portal: { size: sovereign.compute.portalType, count: sovereign.compute.portalInstances },
    database: { size: sovereign.database.nodeType, nodes: sovereign.database.highAvailability ? 2 : 1, storageGb: sovereign.database.volumeSizeGb },
    zone: sovereign.portal.subdomain ? `${sovereign.portal.subdomain}.${sovereign.portal.domain}` : sovereign.portal.domain,
    healthCheckPath: sovereign.portal.healthCheckPath,
    workspaceSize: (id) => types.get(id) ?? "",
  };
}

/**
 * The blueprint of an environment's landing zone. `errorSource` (the stack's path) names the input in the
 * one-line refusal of a range that cannot hold the tiers, or of a workspace slot outside it.
 */
export function landingZoneBlueprint(environment: EnvironmentConfig, errorSource: string): LandingZoneBlueprint {
  const sovereign = environment.sovereign;
  const sizing = sizingOf(environment);
  const plan = addressPlan(sovereign.networkCidr, errorSource);
  const context: SovereignContext = {
    environment: environment.name,
    dataClassification: environment.dataClassification,
    owner: environment.owner,
    migrationWave: environment.migrationWave,
  };
  const tiers = Object.fromEntries(
    NETWORK_TIERS.map((tier) => [tier, { name: tier, cidr: plan.tierCidr(tier), purpose: TIER_PURPOSES[tier] }]),
  ) as Record<NetworkTierName, TierBlueprint>;
  const fleet = (name: string, tier: NetworkTierName, size: string, instanceCount: number): FleetBlueprint => ({
    name,
    tier,
    size,
    image: sizing.image,
    instanceCount,
    bootVolumeSizeGb: sizing.bootVolumeSizeGb,
  });
  const hostname = sovereign.portal.hostname;
  const secrets = LANDING_ZONE_SECRETS;
  return {
    cloud: sovereignCloudOf(sovereign),
    context,
    tags: resourceMetadata(context),
    network: { cidr: sovereign.networkCidr, tiers, adminSourceCidrs: sovereign.adminSourceCidrs, flows: networkFlows() },
    bastion: { tier: "administration", sourceCidrs: sovereign.adminSourceCidrs, port: SSH_PORT },
    portal: {
      hostname,
      zone: sizing.zone,
      fqdn: `${hostname}.${sizing.zone}`,
      healthCheckPath: sizing.healthCheckPath ?? DEFAULT_HEALTH_CHECK_PATH,
      minimumTlsVersion: "1.2",
      servers: fleet("portal", "application", sizing.portal.size, sizing.portal.count),
    },
    database: {
      engine: "postgresql",
      port: POSTGRESQL_PORT,
      tier: "data",
      clients: ["application"],
      size: sizing.database.size,
      nodes: sizing.database.nodes,
      storageGb: sizing.database.storageGb,
      encryptedAtRest: true,
      backups: "same-region",
      publicEndpoint: false,
      databases: [{ name: "portal", owner: secrets.portalDatabase }],
    },
    dataLake: { zones: dataLakeZones(), versioned: true, private: true, encryptionKey: secrets.dataLakeKey },
    secrets,
    identity: {
      project: "platform",
      teams: PLATFORM_TEAMS,
      services: [{ name: "portal", purpose: "the researcher portal's servers", credentials: [secrets.portalDatabase] }],
    },
    workspaces: sovereign.workspaces.map((workspace) => ({
      id: workspace.id,
      title: workspace.title,
      networkSlot: workspace.networkSlot,
      cidr: workspaceCidr(plan, workspace.id, workspace.networkSlot, errorSource),
      servers: {
        name: `ws-${workspace.id}`,
        size: sizing.workspaceSize(workspace.id),
        image: sizing.image,
        instanceCount: workspace.instanceCount,
        bootVolumeSizeGb: sizing.bootVolumeSizeGb,
      },
      volumeSizeGb: workspace.volumeSizeGb,
      sshPublicKey: workspace.sshPublicKey,
      teams: WORKSPACE_TEAMS,
      extract: `ws-${workspace.id}-extract`,
      key: `ws-${workspace.id}-key`,
    })),
    protection: { preventDestroy: true },
  };
}

function addressPlan(networkCidr: string, errorSource: string): AddressPlan {
  try {
    return new AddressPlan(networkCidr);
  } catch (error) {
    throw new InsecurePropsError(errorSource, "sovereign.networkCidr", (error as Error).message);
  }
}

function workspaceCidr(plan: AddressPlan, workspaceId: string, slot: number, errorSource: string): string {
  try {
    return plan.workspaceCidr(slot);
  } catch (error) {
    throw new InsecurePropsError(errorSource, `sovereign.workspaces[${workspaceId}].networkSlot`, (error as Error).message);
  }
}
