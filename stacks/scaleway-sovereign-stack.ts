import { TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import type { AccountProject } from "../.gen/providers/scaleway/account-project";
import type { DomainZone } from "../.gen/providers/scaleway/domain-zone";
import { IamSshKey } from "../.gen/providers/scaleway/iam-ssh-key";
import type { Lb } from "../.gen/providers/scaleway/lb";
import type { ObjectBucket } from "../.gen/providers/scaleway/object-bucket";
import { ScalewayProvider } from "../.gen/providers/scaleway/provider";
import type { VpcPrivateNetwork } from "../.gen/providers/scaleway/vpc-private-network";
import type { VpcPublicGateway } from "../.gen/providers/scaleway/vpc-public-gateway";
import { ConfigError } from "../config/config-error";
import type { ScalewayEnvironmentConfig } from "../config/environment";
import type { MigrationTargetSource } from "../constructs/migration/sovereign-target";
import { AddressPlan, NETWORK_TIERS, type NetworkTierName } from "../constructs/sovereign/address-plan";
import { landingZoneBlueprint, type FlowPeer, type LandingZoneBlueprint } from "../constructs/sovereign/blueprint";
import { resourceName } from "../constructs/sovereign/context";
import { ScalewayServerFleet } from "../constructs/sovereign/scaleway/compute";
import { ScalewayDataLake } from "../constructs/sovereign/scaleway/data-lake";
import { ManagedPostgres } from "../constructs/sovereign/scaleway/database";
import { ScalewayProject, ServiceApplication, TeamGroups } from "../constructs/sovereign/scaleway/identity";
import type { ScalewayLocality } from "../constructs/sovereign/scaleway/locality";
import { LandingZoneVpc, NetworkAcl, PublicGateway, ScalewayPrivateNetwork, type AclFlow } from "../constructs/sovereign/scaleway/network";
import { ScalewayResearcherPortal } from "../constructs/sovereign/scaleway/portal";
import { ScalewayMigrationTarget } from "../constructs/sovereign/scaleway/migration-target";
import { ScalewayResearchWorkspace } from "../constructs/sovereign/scaleway/research-workspace";
import { ManagedKey } from "../constructs/sovereign/scaleway/secrets";
import { RegionCatalogue } from "../policy/catalogue";
import { declareStackPolicy, environmentPolicy } from "../policy/stack-policy";
import { keepProviderLockFile } from "./provider-lock";
import { convertOnceAtSynth } from "./one-conversion";
import { configureStateBackend, configureStateEncryption, requireTerraformVersion } from "./state-backend";

export interface ScalewaySovereignStackProps {
  /** An environment whose landing zone is on Scaleway (`sovereign.cloud: "scaleway"`). */
  readonly environment: ScalewayEnvironmentConfig;
  /**
   * The region catalogue the environment was loaded with: it gives Object Storage's S3 endpoint of the region
   * (the migration's workers write there). Default: the built-in catalogue, read when first needed.
   */
  readonly catalogue?: RegionCatalogue;
}

/**
 * The sovereign landing zone of one environment on Scaleway, the Scaleway family's implementation of the
 * blueprint (constructs/sovereign/blueprint.ts): the platform's project and teams, a VPC with one private
 * network per tier under network ACLs that drop what no flow allows, one public gateway (the only way out,
 * and the SSH bastion), the researcher portal (load balancer with TLS, servers without public IP,
 * DNS), Managed PostgreSQL on the data tier, the data lake in Object Storage (SSE-KMS with a Key Manager
 * key, object lock on the raw zone), credentials in Secret Manager, and one research workspace per
 * approved project, each in a Scaleway project of its own. Credentials come from the SCW_* variables
 * (SCW_ACCESS_KEY, SCW_SECRET_KEY, SCW_DEFAULT_ORGANIZATION_ID), never from code.
 */
export class ScalewaySovereignStack extends TerraformStack implements MigrationTargetSource {
  /** What the landing zone is meant to be, cloud-neutral. */
  readonly blueprint: LandingZoneBlueprint;
  /** The public gateway: the landing zone's edge. */
  readonly router: VpcPublicGateway;
  readonly subnets: Record<NetworkTierName, VpcPrivateNetwork>;
  /** The data lake's buckets by zone: raw, pseudonymised, extracts. */
  readonly dataContainers: Record<string, ObjectBucket>;
  readonly portalLoadBalancer: Lb;
  readonly dnsZone: DomainZone;
  /** The platform's Scaleway project. */
  readonly project: AccountProject;
  readonly tiers: Record<NetworkTierName, ScalewayPrivateNetwork>;
  readonly gateway: PublicGateway;
  readonly networkAcl: NetworkAcl;
  readonly managedDatabase: ManagedPostgres;
  readonly portal: ScalewayResearcherPortal;
  readonly workspaces: ScalewayResearchWorkspace[];
  /** What the migration stack knows of this landing zone (its resources are referenced across stacks). */
  readonly migrationTarget: ScalewayMigrationTarget;

  constructor(scope: Construct, id: string, props: ScalewaySovereignStackProps) {
    super(scope, id);
    const { environment } = props;
    const sovereign = environment.sovereign;
    const blueprint = landingZoneBlueprint(environment, this.node.path);
    this.blueprint = blueprint;
    configureStateBackend(this, id, environment.stateBackend);
    configureStateEncryption(this, environment.stateEncryption);
    keepProviderLockFile(this, "sovereign-scaleway");
    convertOnceAtSynth(this);
    requireTerraformVersion(this);
    declareStackPolicy(this, { role: "sovereign", ...environmentPolicy(environment) });
    const locality: ScalewayLocality = { region: sovereign.region, zones: sovereign.zones };
    new ScalewayProvider(this, "scaleway", { region: locality.region, zone: locality.zones[0] });
    new RandomProvider(this, "random");
    const context = blueprint.context;
    const { region } = locality;

    const platform = new ScalewayProject(this, "project", { context, name: blueprint.identity.project, description: `Health Data Hub, ${environment.name} environment` });
    this.project = platform.project;
    const projectId = platform.id;
    new TeamGroups(this, "teams", { context, name: blueprint.identity.project, project: platform, holds: "infrastructure", teams: blueprint.identity.teams });
    sovereign.adminSshPublicKeys.forEach(
      (publicKey, i) => new IamSshKey(this, `operator-ssh-key-${i}`, { name: resourceName(context, "operator", String(i)), publicKey, projectId }),
    );

    const vpc = new LandingZoneVpc(this, "vpc", { context, locality, projectId });
    this.tiers = mapTiers(
      (tier) => new ScalewayPrivateNetwork(this, `tier-${tier}`, { context, vpc, projectId, name: tier, tier, cidr: blueprint.network.tiers[tier].cidr }),
    );
    this.subnets = mapTiers((tier) => this.tiers[tier].network);

    this.gateway = new PublicGateway(this, "gateway", {
      context,
      locality,
      projectId,
      type: sovereign.gateway.type,
      adminSourceCidrs: blueprint.bastion.sourceCidrs,
      bastionPort: sovereign.gateway.bastionPort,
    });
    this.router = this.gateway.gateway;
    for (const tier of gatewayTiers(blueprint)) this.gateway.attach(this, `gateway-${tier}`, this.tiers[tier]);

    const secrets = blueprint.secrets;
    const dataLakeKey = new ManagedKey(this, "datalake-key", {
      context,
      name: secrets.dataLakeKey.name,
      description: secrets.dataLakeKey.purpose,
      region,
      projectId,
      rotationDays: sovereign.dataLake.keyRotationDays,
    });

    this.managedDatabase = new ManagedPostgres(this, "database", {
      context,
      region,
      projectId,
      nodeType: blueprint.database.size,
      engine: sovereign.database.engine,
      highAvailability: sovereign.database.highAvailability,
      volumeSizeGb: blueprint.database.storageGb,
      volumeType: sovereign.compute.volumeIops === 15000 ? "sbs_15k" : "sbs_5k",
      network: this.tiers[blueprint.database.tier],
      allowedCidrs: [blueprint.network.tiers[blueprint.database.tier].cidr],
      backupRetentionDays: sovereign.database.backupRetentionDays,
      backupFrequencyHours: sovereign.database.backupFrequencyHours,
    });
    for (const database of blueprint.database.databases) this.managedDatabase.addDatabase(database.name, database.owner);

    const portalFleet = blueprint.portal.servers;
    const portalServers = new ScalewayServerFleet(this, "portal-servers", {
      context,
      name: portalFleet.name,
      locality,
      projectId,
      type: portalFleet.size,
      image: portalFleet.image,
      instanceCount: portalFleet.instanceCount,
      bootVolumeSizeGb: portalFleet.bootVolumeSizeGb,
      volumeIops: sovereign.compute.volumeIops,
      network: this.tiers[portalFleet.tier],
      // Managed Databases are not routed between private networks: their clients join the data tier's.
      extraNetworks: blueprint.database.clients.includes(portalFleet.tier) ? [this.tiers[blueprint.database.tier]] : [],
      labels: { role: "portal" },
    });
    for (const service of blueprint.identity.services) {
      new ServiceApplication(this, `application-${service.name}`, {
        context,
        name: service.name,
        description: `${service.purpose}: reads its credentials (${service.credentials.map((c) => c.name).join(", ")}) from Secret Manager`,
        projectId,
        permissionSets: ["SecretManagerSecretAccess"],
      });
    }
    this.portal = new ScalewayResearcherPortal(this, "portal", {
      context,
      zone: locality.zones[0],
      projectId,
      type: sovereign.loadBalancer.type,
      ingressNetwork: this.tiers.ingress,
      memberAddresses: portalServers.addresses,
      certificateName: secrets.portalCertificate.name,
      healthCheckPath: blueprint.portal.healthCheckPath,
      domain: sovereign.portal.domain,
      subdomain: sovereign.portal.subdomain,
      hostname: blueprint.portal.hostname,
    });
    this.portalLoadBalancer = this.portal.loadBalancer;
    this.dnsZone = this.portal.zone;

    this.dataContainers = new ScalewayDataLake(this, "datalake", {
      context,
      region,
      projectId,
      zones: blueprint.dataLake.zones,
      encryptionKeyId: dataLakeKey.id,
      immutableRetention: sovereign.dataLake.immutableRetention,
    }).buckets;

    this.workspaces = blueprint.workspaces.map(
      (workspace) =>
        new ScalewayResearchWorkspace(this, `workspace-${workspace.id}`, {
          context,
          locality,
          workspace,
          platformProjectId: projectId,
          vpc,
          gateway: this.gateway,
          volumeIops: sovereign.compute.volumeIops,
          keyRotationDays: sovereign.dataLake.keyRotationDays,
        }),
    );
    const workspaceCidrs = blueprint.workspaces.map((workspace) => workspace.cidr);
    this.networkAcl = new NetworkAcl(this, "network-acl", { vpc, flows: aclFlows(blueprint, workspaceCidrs) });

    this.migrationTarget = new ScalewayMigrationTarget({
      context,
      locality,
      projectId,
      vpc,
      gateway: this.gateway,
      workerNetworkCidr: new AddressPlan(blueprint.network.cidr).migrationCidr(),
      dataNetwork: this.tiers[blueprint.database.tier],
      buckets: this.dataContainers,
      dataLakeKeyId: dataLakeKey.id,
      objectStorageEndpoint: () => objectStorageEndpoint(props.catalogue ?? RegionCatalogue.load(), region, this.node.path),
      database: this.managedDatabase,
      databaseEngine: sovereign.database.engine,
      landingZoneDatabases: blueprint.database.databases.map((database) => database.name),
      portalAddress: this.portal.ip.ipAddress,
      dnsZone: this.dnsZone,
    });
  }
}

/** Object Storage's S3 endpoint of a Scaleway region, as the region catalogue records it. */
function objectStorageEndpoint(catalogue: RegionCatalogue, region: string, source: string): string {
  const endpoint = catalogue.lookup("scaleway", region)?.s3Endpoints?.[0];
  if (!endpoint) throw new ConfigError(source, "sovereign.region", `the region catalogue gives no Object Storage (S3) endpoint for Scaleway region '${region}'`);
  return endpoint;
}

/**
 * The tiers the gateway is attached to: the administration tier (the bastion's home) and every tier whose
 * servers the blueprint reaches over SSH from the bastion or lets out to the cloud's services. On
 * Scaleway the data tier holds only the managed database and the ingress tier only the load balancer:
 * neither gets a way out.
 */
export function gatewayTiers(blueprint: LandingZoneBlueprint): NetworkTierName[] {
  const serverTiers = new Set<FlowPeer>([blueprint.portal.servers.tier]);
  return NETWORK_TIERS.filter(
    (tier) =>
      tier === blueprint.bastion.tier ||
      (serverTiers.has(tier) && blueprint.network.flows.some((f) => (f.from === blueprint.bastion.tier && f.to === tier) || (f.from === tier && f.to === "cloud-services"))),
  );
}

/**
 * The blueprint's flows that the VPC's network ACL carries: those between two of its ranges. The others
 * are realised otherwise on Scaleway: from the Internet by the load balancer's frontend, from the
 * operators by the bastion's allowed ranges, SSH from the bastion and HTTPS out by the gateway on each
 * network it serves, and the database's clients by their NIC on the data tier (Managed Databases are not
 * routed between networks).
 */
export function aclFlows(blueprint: LandingZoneBlueprint, workspaceCidrs: readonly string[]): AclFlow[] {
  const rangesOf = (peer: FlowPeer): readonly string[] | undefined => {
    if (peer === "workspaces") return workspaceCidrs;
    if ((NETWORK_TIERS as readonly string[]).includes(peer)) return [blueprint.network.tiers[peer as NetworkTierName].cidr];
    return undefined;
  };
  const flows: AclFlow[] = [];
  for (const flow of blueprint.network.flows) {
    const sources = rangesOf(flow.from);
    const destinations = rangesOf(flow.to);
    if (!sources || !destinations) continue;
    if (flow.from === blueprint.bastion.tier) continue;
    if (flow.to === blueprint.database.tier && flow.port === blueprint.database.port) continue;
    for (const sourceCidr of sources) {
      for (const destinationCidr of destinations) {
        flows.push({ sourceCidr, destinationCidr, protocol: flow.protocol === "udp" ? "UDP" : "TCP", port: flow.port, description: `${flow.from} to ${flow.to}: ${flow.purpose}` });
      }
    }
  }
  return flows;
}

function mapTiers<T>(value: (tier: NetworkTierName) => T): Record<NetworkTierName, T> {
  return Object.fromEntries(NETWORK_TIERS.map((tier) => [tier, value(tier)])) as Record<NetworkTierName, T>;
}
