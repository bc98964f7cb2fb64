import { TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { NetworkingSecgroupRuleV2 } from "../.gen/providers/openstack/networking-secgroup-rule-v2";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import type { OpenStackEnvironmentConfig } from "../config/environment";
import type { DnsZoneV2 } from "../.gen/providers/openstack/dns-zone-v2";
import type { IdentityProjectV3 } from "../.gen/providers/openstack/identity-project-v3";
import type { LbLoadbalancerV2 } from "../.gen/providers/openstack/lb-loadbalancer-v2";
import type { NetworkingRouterV2 } from "../.gen/providers/openstack/networking-router-v2";
import type { NetworkingSubnetV2 } from "../.gen/providers/openstack/networking-subnet-v2";
import type { ObjectstorageContainerV1 } from "../.gen/providers/openstack/objectstorage-container-v1";
import { OpenstackProvider } from "../.gen/providers/openstack/provider";
import { NETWORK_TIERS, type NetworkTierName } from "../constructs/sovereign/address-plan";
import { landingZoneBlueprint, type LandingZoneBlueprint } from "../constructs/sovereign/blueprint";
import type { SovereignContext } from "../constructs/sovereign/context";
import { POSTGRESQL_PORT } from "../constructs/sovereign/ports";
import { Bastion, SSH_PORT } from "../constructs/sovereign/openstack/bastion";
import { ComputeCatalog, ServerFleet } from "../constructs/sovereign/openstack/compute";
import { DataLake } from "../constructs/sovereign/openstack/data-lake";
import { KeystoneRoles, keystoneTeams, ProjectIdentity } from "../constructs/sovereign/openstack/identity";
import { EdgeRouter, PrivateNetwork, TIERS_ALLOWING_FLOATING_IPS } from "../constructs/sovereign/openstack/network";
import { ResearcherPortal } from "../constructs/sovereign/openstack/portal";
import { ResearchWorkspace } from "../constructs/sovereign/openstack/research-workspace";
import { POSTGRES_ADMIN_USERNAME, PostgresDataTier } from "../constructs/sovereign/openstack/postgres-data-tier";
import { EncryptionKey, ServiceCredential, TlsCertificate, VaultSecret } from "../constructs/sovereign/openstack/secrets";
import { DATABASE_COPY_METHODS } from "../constructs/migration/copy-method";
import type { MigrationTargetSource, SovereignDatabaseTarget, StoredSecretProps } from "../constructs/migration/sovereign-target";
import { OpenStackMigrationTarget } from "../constructs/sovereign/openstack/migration-target";
import { HTTPS_PORT, LeastPrivilegeSecurityGroup } from "../constructs/sovereign/openstack/security-group";
import { keepProviderLockFile } from "./provider-lock";
import { convertOnceAtSynth } from "./one-conversion";
import { configureStateBackend, configureStateEncryption, requireTerraformVersion } from "./state-backend";
import { declareStackPolicy, environmentPolicy } from "../policy/stack-policy";

/** PostgreSQL, the data tier's database servers. */
const DATABASE_PORT = POSTGRESQL_PORT;

export interface SovereignStackProps {
  /** An environment whose landing zone is on OpenStack (`sovereign.cloud` absent or `openstack`). */
  readonly environment: OpenStackEnvironmentConfig;
}

/**
 * The sovereign OpenStack landing zone of one environment, the OpenStack family's implementation of the
 * blueprint (constructs/sovereign/blueprint.ts): Keystone project and teams, four network tiers behind one
 * edge router, bastion, researcher portal (Octavia + Designate), data tier servers on encrypted volumes,
 * the data lake in Swift, keys and credentials in Barbican, and one isolated research workspace per
 * approved project. Credentials come from the usual OS_* variables, never from code.
 */
export class SovereignStack extends TerraformStack implements MigrationTargetSource {
  /** What the landing zone is meant to be, cloud-neutral. */
  readonly blueprint: LandingZoneBlueprint;
  /** The edge router, the only one with an external gateway. */
  readonly router: NetworkingRouterV2;
  readonly subnets: Record<NetworkTierName, NetworkingSubnetV2>;
  /** The data lake's containers by zone: raw, pseudonymised, extracts. */
  readonly dataContainers: Record<string, ObjectstorageContainerV1>;
  readonly portalLoadBalancer: LbLoadbalancerV2;
  readonly dnsZone: DnsZoneV2;
  /** The environment's Keystone project. */
  readonly project: IdentityProjectV3;
  readonly tiers: Record<NetworkTierName, PrivateNetwork>;
  readonly securityGroups: Record<NetworkTierName, LeastPrivilegeSecurityGroup>;
  readonly bastion: Bastion;
  readonly portal: ResearcherPortal;
  readonly workspaces: ResearchWorkspace[];
  /** PostgreSQL on the data tier (the portal's database, the target of the database copy). */
  readonly databaseTier: PostgresDataTier;
  /** What the database copy needs of the data tier. */
  readonly database: SovereignDatabaseTarget;
  /** What the migration stack knows of this landing zone (its resources are referenced across stacks). */
  readonly migrationTarget: OpenStackMigrationTarget;
  private readonly context: SovereignContext;

  constructor(scope: Construct, id: string, props: SovereignStackProps) {
    super(scope, id);
    const { environment } = props;
    const sovereign = environment.sovereign;
    const blueprint = landingZoneBlueprint(environment, this.node.path);
    this.blueprint = blueprint;
    configureStateBackend(this, id, environment.stateBackend);
    configureStateEncryption(this, environment.stateEncryption);
    keepProviderLockFile(this, "sovereign");
    convertOnceAtSynth(this);
    requireTerraformVersion(this);
    declareStackPolicy(this, { role: "sovereign", ...environmentPolicy(environment) });
    new OpenstackProvider(this, "openstack", { authUrl: sovereign.authUrl, region: sovereign.region });
    new RandomProvider(this, "random");

    const context: SovereignContext = blueprint.context;
    this.context = context;
    const catalog = new ComputeCatalog(this, "catalog");
    const roles = new KeystoneRoles(this, "roles");
    const volumeType = sovereign.encryptedVolumeType;

    const identity = new ProjectIdentity(this, "identity", {
      context,
      name: blueprint.identity.project,
      description: `Health Data Hub, ${environment.name} environment`,
      roles,
      teams: keystoneTeams(blueprint.identity.teams),
    });
    this.project = identity.project;

    const edge = new EdgeRouter(this, "edge", { context, externalNetworkName: sovereign.externalNetworkName });
    this.router = edge.router;
    this.tiers = {} as Record<NetworkTierName, PrivateNetwork>;
    for (const tier of NETWORK_TIERS) {
      this.tiers[tier] = new PrivateNetwork(this, `tier-${tier}`, {
        context,
        name: tier,
        tier,
        cidr: blueprint.network.tiers[tier].cidr,
        allowFloatingIps: TIERS_ALLOWING_FLOATING_IPS.includes(tier),
        router: edge,
      });
    }
    this.subnets = mapTiers((tier) => this.tiers[tier].subnet);

    this.bastion = new Bastion(this, "bastion", {
      context,
      network: this.tiers.administration,
      adminSourceCidrs: blueprint.bastion.sourceCidrs,
      reachableCidr: blueprint.network.cidr,
      catalog,
      flavorName: sovereign.compute.bastionFlavor,
      imageName: sovereign.compute.imageName,
      volumeType,
      externalNetworkName: sovereign.externalNetworkName,
    });
    this.securityGroups = this.tierSecurityGroups(context, this.bastion.securityGroup, sovereign.httpsEgressCidrs, blueprint.network.cidr);

    const portalFleet = blueprint.portal.servers;
    const portalServers = new ServerFleet(this, "portal-servers", {
      context,
      name: portalFleet.name,
      catalog,
      flavorName: portalFleet.size,
      imageName: portalFleet.image,
      instanceCount: portalFleet.instanceCount,
      network: this.tiers.application,
      securityGroups: [this.securityGroups.application],
      volumeType,
      labels: { role: "portal" },
    });
    const database = blueprint.database;
    this.databaseTier = new PostgresDataTier(this, "database-tier", {
      context,
      config: sovereign.database,
      projectId: this.project.id,
      dataTierCidr: this.tiers.data.cidr,
      applicationTierCidr: this.tiers.application.cidr,
      swiftAuthUrl: sovereign.authUrl,
      swiftRegion: sovereign.region,
    });
    new ServerFleet(this, "database-servers", {
      context,
      name: "database",
      catalog,
      flavorName: database.size,
      imageName: sovereign.compute.imageName,
      instanceCount: database.nodes,
      network: this.tiers.data,
      securityGroups: [this.securityGroups.data],
      volumeType,
      dataVolumeSizeGb: database.storageGb,
      labels: { role: "database" },
      userData: (server) => this.databaseTier.cloudInit(server),
    });
    this.database = this.databaseTarget();

    const secrets = blueprint.secrets;
    new ServiceCredential(this, "portal-database-credential", { context, name: secrets.portalDatabase.name, username: secrets.portalDatabase.username });
    new EncryptionKey(this, "datalake-key", { context, name: secrets.dataLakeKey.name, bitLength: secrets.dataLakeKey.bits });
    const certificate = new TlsCertificate(this, "portal-certificate", { context, name: secrets.portalCertificate.name });
    this.portal = new ResearcherPortal(this, "portal", {
      context,
      ingressNetwork: this.tiers.ingress,
      vipSecurityGroup: this.securityGroups.ingress,
      memberNetwork: this.tiers.application,
      members: portalServers.instances.map((server, i) => ({ name: `portal-${i}`, address: server.accessIpV4 })),
      tlsContainerRef: certificate.containerRef,
      healthCheckPath: blueprint.portal.healthCheckPath,
      externalNetworkName: sovereign.externalNetworkName,
      // Designate spells zones fully qualified, with the trailing dot.
      zone: `${blueprint.portal.zone}.`,
      email: sovereign.portal.email,
      hostname: blueprint.portal.hostname,
    });
    this.portalLoadBalancer = this.portal.loadBalancer;
    this.dnsZone = this.portal.zone;

    this.dataContainers = new DataLake(this, "datalake", { context, projectId: this.project.id }).containers;

    this.workspaces = blueprint.workspaces.map(
      (workspace) =>
        new ResearchWorkspace(this, `workspace-${workspace.id}`, {
          context,
          workspaceId: workspace.id,
          title: workspace.title,
          cidr: workspace.cidr,
          flavorName: workspace.servers.size,
          imageName: workspace.servers.image,
          instanceCount: workspace.servers.instanceCount,
          volumeSizeGb: workspace.volumeSizeGb,
          sshPublicKey: workspace.sshPublicKey,
          catalog,
          volumeType,
          router: edge,
          bastionGroup: this.bastion.securityGroup,
          portalGroup: this.securityGroups.application,
          httpsEgressCidrs: sovereign.httpsEgressCidrs,
          parentProject: this.project,
          roles,
        }),
    );
    this.migrationTarget = OpenStackMigrationTarget.ofLandingZone(this, sovereign);
  }

  /** Stores a generated secret in Barbican, in the caller's stack. */
  storeSecret(scope: Construct, id: string, props: StoredSecretProps): string {
    return new VaultSecret(scope, id, { context: this.context, name: props.name, payload: props.payload, payloadContentType: "text/plain", secretType: "passphrase" }).secretRef;
  }

  private databaseTarget(): SovereignDatabaseTarget {
    const tier = this.databaseTier;
    const dataGroup = this.securityGroups.data;
    return {
      copyMethod: DATABASE_COPY_METHODS.openstack,
      primaryAddress: tier.primaryAddress,
      port: tier.port,
      adminUsername: POSTGRES_ADMIN_USERNAME,
      adminPassword: tier.adminPassword,
      postgresVersion: tier.version,
      clientCidr: this.subnets.data.cidr,
      // The server certificate is made on the server at first boot: encrypted, not verified (no internal CA yet).
      tls: { sslMode: "require" },
      clientInstallScript: (packages) => tier.clientInstallScript(packages),
      // The copy creates its database itself (CREATE DATABASE as the superuser).
      ensureDatabase: () => undefined,
      allowSubscriberEgress: (scope, id, cidr) => {
        new NetworkingSecgroupRuleV2(scope, id, {
          securityGroupId: dataGroup.id,
          direction: "egress",
          ethertype: "IPv4",
          protocol: "tcp",
          portRangeMin: DATABASE_PORT,
          portRangeMax: DATABASE_PORT,
          remoteIpPrefix: cidr,
          description: "PostgreSQL subscriptions of the database copy to the legacy server, through the IPsec tunnel",
        });
      },
    };
  }

  /**
   * The tiers' groups: HTTPS from anywhere only to the portal's VIP; the portal's servers only from the
   * load balancer; the databases only from the portal's servers; SSH everywhere only from the bastion.
   */
  private tierSecurityGroups(
    context: SovereignContext,
    bastion: LeastPrivilegeSecurityGroup,
    httpsEgressCidrs: readonly string[],
    environmentCidr: string,
  ): Record<NetworkTierName, LeastPrivilegeSecurityGroup> {
    const group = (tier: NetworkTierName, description: string, allowPublicHttps = false) =>
      new LeastPrivilegeSecurityGroup(this, `security-group-${tier}`, { context, name: tier, tier, description, allowPublicHttps });
    const ingress = group("ingress", "Portal VIP: HTTPS from the Internet", true)
      .allowFromCidr("0.0.0.0/0", { port: HTTPS_PORT, description: "HTTPS from the Internet (IPv4)" })
      .allowFromCidr("::/0", { port: HTTPS_PORT, description: "HTTPS from the Internet (IPv6)" })
      .allowToCidr(this.tiers.application.cidr, { port: HTTPS_PORT, description: "HTTPS to the portal's servers" });
    // Octavia plugs its amphorae into the members' subnet: HTTPS to the portal's servers comes from there.
    const application = group("application", "Portal servers: HTTPS from the load balancer, SSH from the bastion")
      .allowFromCidr(this.tiers.application.cidr, { port: HTTPS_PORT, description: "HTTPS from the load balancer's amphorae" })
      .allowFromGroup(bastion, { port: SSH_PORT, description: "SSH from the bastion" })
      .allowToCidr(this.tiers.data.cidr, { port: DATABASE_PORT, description: "PostgreSQL on the data tier" })
      .allowToCidr(environmentCidr, { port: HTTPS_PORT, description: "HTTPS to the research workspaces" })
      .allowToCidr(this.tiers.application.cidr, { port: 53, protocol: "udp", description: "DNS from the subnet's resolver" });
    const data = group("data", "Databases: PostgreSQL from the portal's servers, SSH from the bastion")
      .allowFromGroup(application, { port: DATABASE_PORT, description: "PostgreSQL from the portal's servers" })
      .allowFromGroup(bastion, { port: SSH_PORT, description: "SSH from the bastion" })
      .allowToCidr(this.tiers.data.cidr, { port: 53, protocol: "udp", description: "DNS from the subnet's resolver" });
    for (const cidr of httpsEgressCidrs) {
      application.allowToCidr(cidr, { port: HTTPS_PORT, description: "HTTPS to the cloud's services" });
      data.allowToCidr(cidr, { port: HTTPS_PORT, description: "HTTPS to the cloud's services (backups to object storage)" });
    }
    // Added last, so the rules above keep their names.
    data
      .allowFromCidr(this.tiers.data.cidr, { port: DATABASE_PORT, description: "PostgreSQL within the data tier (standbys, the database copy's workers)" })
      .allowToCidr(this.tiers.data.cidr, { port: DATABASE_PORT, description: "PostgreSQL within the data tier (standbys streaming from the primary)" });
    return { ingress, application, data, administration: bastion };
  }
}

function mapTiers<T>(value: (tier: NetworkTierName) => T): Record<NetworkTierName, T> {
  return Object.fromEntries(NETWORK_TIERS.map((tier) => [tier, value(tier)])) as Record<NetworkTierName, T>;
}
