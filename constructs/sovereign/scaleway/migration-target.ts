import { Fn, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { DataScalewaySecretVersion } from "../../../.gen/providers/scaleway/data-scaleway-secret-version";
import { DomainRecord } from "../../../.gen/providers/scaleway/domain-record";
import type { DomainZone } from "../../../.gen/providers/scaleway/domain-zone";
import { IamApiKey } from "../../../.gen/providers/scaleway/iam-api-key";
import { IamApplication } from "../../../.gen/providers/scaleway/iam-application";
import { InstancePrivateNic } from "../../../.gen/providers/scaleway/instance-private-nic";
import { InstanceServer } from "../../../.gen/providers/scaleway/instance-server";
import { IpamIp } from "../../../.gen/providers/scaleway/ipam-ip";
import type { ObjectBucket } from "../../../.gen/providers/scaleway/object-bucket";
import { ScalewayProvider } from "../../../.gen/providers/scaleway/provider";
import { RdbDatabase } from "../../../.gen/providers/scaleway/rdb-database";
import { S2SVpnConnection } from "../../../.gen/providers/scaleway/s2s-vpn-connection";
import { S2SVpnCustomerGateway } from "../../../.gen/providers/scaleway/s2s-vpn-customer-gateway";
import { S2SVpnGateway } from "../../../.gen/providers/scaleway/s2s-vpn-gateway";
import { S2SVpnRoutingPolicy } from "../../../.gen/providers/scaleway/s2s-vpn-routing-policy";
import { OBJECT_URL_SCHEMES } from "../../../config/sovereign-cloud";
import { DATABASE_COPY_METHODS } from "../../migration/copy-method";
import { bgpPeerAddresses, SCALEWAY_SPELLING } from "../../migration/ipsec-parameters";
import type {
  ObjectStoreAccess,
  ObjectStoreAccessProps,
  SovereignDatabaseTarget,
  SovereignMigrationTarget,
  SovereignVpnEndpoint,
  SovereignWorkerGroup,
  StoredSecretProps,
  VpnEndpointProps,
  WorkerGroupProps,
} from "../../migration/sovereign-target";
import { protectFromDestroy, resourceName, resourceTags, type SovereignContext } from "../context";
import { InsecurePropsError } from "../errors";
import { POSTGRESQL_PORT } from "../ports";
import { DEFAULT_APT_REPOSITORY, DEFAULT_APT_SIGNING_KEY_URL, pgdgInstallScript } from "../postgres-packages";
import { ADMIN_USER, type ManagedPostgres } from "./database";
import { ProjectPolicy } from "./identity";
import { bareId, type ScalewayLocality } from "./locality";
import { ScalewayPrivateNetwork, type LandingZoneVpc, type PublicGateway } from "./network";
import { StoredSecret } from "./secrets";
import { ClosedSecurityGroup } from "./security-group";

/** Scaleway's Site-to-Site VPN gateway offer used for the interconnect (one connection, enough bandwidth for the copy). */
export const VPN_GATEWAY_TYPE = "VGW-S";
const WORKER_BOOT_VOLUME_GB = 20;
const WORKER_VOLUME_IOPS = 5000;
/** The Object Storage rights a copy needs: read its target and write objects there. No deletion, no bucket configuration. */
const OBJECT_COPY_PERMISSION_SETS = ["ObjectStorageBucketsRead", "ObjectStorageObjectsRead", "ObjectStorageObjectsWrite"];
/** SSE-KMS: writing an object encrypts it with the data lake's key, reading it back (the checksum pass) decrypts it. */
const KEY_USE_PERMISSION_SETS = ["KeyManagerKeyEncrypt", "KeyManagerKeyDecrypt"];

export interface ScalewayMigrationTargetProps {
  readonly context: SovereignContext;
  readonly locality: ScalewayLocality;
  /** The platform's project: the migration's resources and credentials belong to it. */
  readonly projectId: string;
  readonly vpc: LandingZoneVpc;
  /** The landing zone's public gateway: the workers' way out (Object Storage, packages) through its NAT. */
  readonly gateway: PublicGateway;
  /**
   * The range of the workers' private network (and the tunnel's sovereign end), inside the environment's range
   * (the legacy side admits the environment's range only). No other resource of the landing zone may use it.
   */
  readonly workerNetworkCidr: string;
  /** The data tier's network, where the managed database's endpoint is (database copy workers join it). */
  readonly dataNetwork: ScalewayPrivateNetwork;
  /** The data lake's buckets by logical name. */
  readonly buckets: Readonly<Record<string, ObjectBucket>>;
  /** The Key Manager key the data lake is encrypted with (SSE-KMS). */
  readonly dataLakeKeyId: string;
  /** Object Storage's S3 endpoint of the region, from the region catalogue (e.g. `https://s3.fr-par.scw.cloud`); asked when a credential is made. */
  readonly objectStorageEndpoint: () => string;
  readonly database: ManagedPostgres;
  /** `PostgreSQL-<major>`, e.g. `PostgreSQL-16`. */
  readonly databaseEngine: string;
  /** The databases the landing zone declares already (`scaleway_rdb_database`). */
  readonly landingZoneDatabases: readonly string[];
  /** The portal's load balancer's public address, and the platform's DNS zone. */
  readonly portalAddress: string;
  readonly dnsZone: DomainZone;
}

/**
 * The Scaleway family's migration target:
 * - a private network of its own for the migration's workers (`workerNetworkCidr`), attached to the landing
 *   zone's public gateway (NAT out, to Object Storage and the packages) and holding the tunnel's sovereign end:
 *   the Site-to-Site VPN gateway (route-based, BGP inside the tunnel, a routing policy announcing that network
 *   alone and accepting Azure's networks alone). Scaleway advertises the VPN's routes to every network of the
 *   VPC, but the VPC's network ACL (default drop) lets no other network through: only the workers' network,
 *   where the VPN gateway sits, reaches Azure;
 * - workers as instances without public address, closed security group, a NIC on the workers' network and, for
 *   the database copy, one on the data tier (Managed Databases are not routed between networks);
 * - per copy, an IAM application whose policy lets it read and write objects (no deletion, no bucket settings),
 *   only from the landing zone's NAT address, and use the data lake's key only; its API key expires;
 * - Managed PostgreSQL as the database target, by snapshots (copy-method.ts), TLS verified against the
 *   instance's certificate; Secret Manager; the portal's record in Scaleway Domains and DNS.
 */
export class ScalewayMigrationTarget implements SovereignMigrationTarget {
  readonly cloud = "scaleway" as const;
  readonly objectUrlScheme = OBJECT_URL_SCHEMES.scaleway;
  readonly objectStorage = { service: "Object Storage", store: "bucket" };
  readonly dataStores: readonly string[];
  readonly database: SovereignDatabaseTarget;
  private readonly networks = new WeakMap<TerraformStack, ScalewayPrivateNetwork>();

  constructor(private readonly props: ScalewayMigrationTargetProps) {
    this.dataStores = Object.keys(props.buckets);
    const version = /^PostgreSQL-(\d+)$/.exec(props.databaseEngine)?.[1];
    if (!version) throw new InsecurePropsError("the Scaleway migration target", "databaseEngine", `'${props.databaseEngine}' is not PostgreSQL-<major version>`);
    const instance = props.database.instance;
    const landingZoneDatabases = new Set(props.landingZoneDatabases);
    this.database = {
      copyMethod: DATABASE_COPY_METHODS.scaleway,
      primaryAddress: instance.privateNetwork.ip,
      port: POSTGRESQL_PORT,
      adminUsername: ADMIN_USER,
      adminPassword: props.database.adminPassword.value,
      postgresVersion: version,
      clientCidr: props.dataNetwork.cidr,
      // The instance's own CA certificate: the copy verifies whom it writes to.
      tls: { sslMode: "verify-ca", rootCertificate: instance.certificate },
      clientInstallScript: (packages) => pgdgInstallScript({ repository: DEFAULT_APT_REPOSITORY, signingKeyUrl: DEFAULT_APT_SIGNING_KEY_URL }, packages),
      ensureDatabase: (scope, id, name) => {
        if (landingZoneDatabases.has(name)) return;
        protectFromDestroy(new RdbDatabase(scope, id, { instanceId: instance.id, region: props.locality.region, name }));
      },
    };
  }

  configureProvider(stack: TerraformStack): void {
    new ScalewayProvider(stack, "scaleway", { region: this.props.locality.region, zone: this.props.locality.zones[0] });
  }

  /**
   * Scaleway's Site-to-Site VPN: a VPN gateway on the workers' network with a public IPv4 of its own; once Azure's
   * end exists, a customer gateway standing for it, a routing policy (announce the workers' network, accept
   * Azure's networks) and the connection (IKEv2 and ESP ciphers from the parameter set, BGP on the parameter set's
   * inside /30). Scaleway generates the pre-shared key and keeps it in Secret Manager: Azure reads it from there.
   */
  vpnEndpoint(scope: Construct, props: VpnEndpointProps): SovereignVpnEndpoint {
    const { locality, projectId } = this.props;
    const { name, parameters } = props;
    const where = { region: locality.region, projectId };
    const addresses = bgpPeerAddresses(parameters);
    const network = this.workerNetwork(scope);
    const publicIp = new IpamIp(scope, "vpn-gateway-ip", { ...where, source: [{ zonal: locality.zones[0] }], tags: this.tags(props.tags) });
    const gateway = new S2SVpnGateway(scope, "vpn-gateway", {
      name,
      ...where,
      zone: locality.zones[0],
      gatewayType: VPN_GATEWAY_TYPE,
      privateNetworkId: network.id,
      publicConfig: [{ ipamIpv4Id: publicIp.id }],
      tags: this.tags(props.tags),
    });
    return {
      publicAddress: publicIp.address,
      sovereignCidrs: [network.cidr],
      routing: { kind: "bgp", asn: gateway.asn, peeringAddress: addresses.sovereign },
      connect: (peer) => {
        const customerGateway = new S2SVpnCustomerGateway(scope, "azure-gateway", {
          name: `${name}-azure`,
          ...where,
          ipv4Public: peer.publicAddress,
          asn: parameters.bgp.azureAsn,
          tags: this.tags(props.tags),
        });
        const routingPolicy = new S2SVpnRoutingPolicy(scope, "routing-policy", {
          name: `${name}-routes`,
          ...where,
          isIpv6: false,
          // Azure's networks in; the workers' network alone out.
          prefixFilterIn: [...props.azureNetworks],
          prefixFilterOut: [network.cidr],
          tags: this.tags(props.tags),
        });
        const connection = new S2SVpnConnection(scope, "connection", {
          name,
          ...where,
          vpnGatewayId: gateway.id,
          customerGatewayId: customerGateway.id,
          initiationPolicy: "customer_gateway",
          enableRoutePropagation: true,
          isIpv6: false,
          bgpConfigIpv4: [
            {
              routingPolicyId: routingPolicy.id,
              privateIp: `${addresses.sovereign}/${addresses.prefix}`,
              peerPrivateIp: `${addresses.azure}/${addresses.prefix}`,
            },
          ],
          ikev2Ciphers: [
            {
              encryption: SCALEWAY_SPELLING.cipher[parameters.ike.encryption],
              integrity: SCALEWAY_SPELLING.integrity[parameters.ike.integrity],
              dhGroup: SCALEWAY_SPELLING.group[parameters.ike.dhGroup],
            },
          ],
          espCiphers: [
            {
              encryption: SCALEWAY_SPELLING.cipher[parameters.ipsec.encryption],
              integrity: SCALEWAY_SPELLING.integrity[parameters.ipsec.integrity],
              dhGroup: SCALEWAY_SPELLING.group[parameters.ipsec.pfsGroup],
            },
          ],
          tags: this.tags(props.tags),
        });
        // The key Scaleway generated, read from Secret Manager by reference (base64 there).
        const psk = new DataScalewaySecretVersion(scope, "psk", { secretId: connection.secretId, revision: Fn.tostring(connection.secretVersion), region: locality.region });
        return { preSharedKey: Fn.base64decode(psk.data) };
      },
    };
  }

  /**
   * A closed security group (Scaleway's groups filter public interfaces, and the workers have none; their flows are
   * bounded by their networks: the tunnel to Azure's ranges, the public gateway's NAT, the database's allowed
   * ranges); each worker an instance on the workers' network, and on the data tier's when it reaches the database.
   */
  workerGroup(scope: Construct, props: WorkerGroupProps): SovereignWorkerGroup {
    const { context, locality, projectId } = this.props;
    const zone = locality.zones[0];
    const group = new ClosedSecurityGroup(scope, "security-group", { context, name: nameSuffix(context, props.name), description: props.description, zone, projectId });
    const network = this.workerNetwork(scope);
    return {
      addWorker: (workerScope, id, worker) => {
        const labels = Object.entries(worker.metadata).map(([key, value]) => `${key}=${value}`);
        const server = new InstanceServer(workerScope, id, {
          name: worker.name,
          type: props.worker.flavorName,
          image: props.worker.imageName,
          zone,
          projectId,
          rootVolume: { sizeInGb: WORKER_BOOT_VOLUME_GB, volumeType: "sbs_volume", sbsIops: WORKER_VOLUME_IOPS, deleteOnTermination: true },
          enableDynamicIp: false,
          securityGroupId: group.id,
          state: "started",
          cloudInit: worker.userData,
          tags: this.tags([...worker.tags, ...labels]),
        });
        const nicTags = resourceTags(context, { role: worker.metadata.role ?? "migration-worker" });
        new InstancePrivateNic(workerScope, `${id}-nic`, { serverId: server.id, privateNetworkId: network.id, zone, tags: nicTags });
        if (props.reachesDatabase) {
          new InstancePrivateNic(workerScope, `${id}-database-nic`, { serverId: server.id, privateNetworkId: this.props.dataNetwork.id, zone, tags: nicTags });
        }
        return server;
      },
    };
  }

  /**
   * An IAM application allowed to read and write objects of the platform's project (never delete them nor change
   * a bucket), only from the landing zone's NAT address, and to use the data lake's key alone; its API key (the
   * secret by reference, in the state only) expires at `expiresAt`. Scaleway's IAM scopes Object Storage to a
   * project, not a bucket (its resource-level conditions cover IAM, Key Manager and Secret Manager only), so the
   * bucket is the worker's own configuration: rclone writes to `<bucket>/<dataset>/` and nowhere else.
   */
  objectStoreAccess(scope: Construct, id: string, props: ObjectStoreAccessProps): ObjectStoreAccess {
    const { context, projectId } = this.props;
    const bucket = this.props.buckets[props.store];
    if (!bucket) throw new Error(`no data lake bucket '${props.store}' in the Scaleway target`); // the migration stack checks the plan first
    const credential = new Construct(scope, id);
    const application = new IamApplication(credential, "application", { name: props.name, description: props.description, tags: resourceTags(context) });
    const natAddress = this.props.gateway.ip.address;
    new ProjectPolicy(credential, "objects", {
      context,
      name: `${nameSuffix(context, props.name)}-objects`,
      description: `${props.description}: objects of the platform's project, from the landing zone's NAT address only`,
      projectId,
      permissionSets: OBJECT_COPY_PERMISSION_SETS,
      applicationId: application.id,
      condition: `inIpRange(request.ip, "${natAddress}/32")`,
    });
    new ProjectPolicy(credential, "key", {
      context,
      name: `${nameSuffix(context, props.name)}-key`,
      description: `${props.description}: the data lake's key only (SSE-KMS)`,
      projectId,
      permissionSets: KEY_USE_PERMISSION_SETS,
      applicationId: application.id,
      condition: `resource.id == "${bareId(this.props.dataLakeKeyId)}"`,
    });
    const apiKey = new IamApiKey(credential, "api-key", {
      applicationId: application.id,
      defaultProjectId: projectId,
      description: props.description,
      expiresAt: props.expiresAt,
    });
    return {
      bucket: bucket.name,
      rcloneRemote: [
        "type = s3",
        "provider = Scaleway",
        "env_auth = false",
        `access_key_id = ${apiKey.accessKey}`,
        `secret_access_key = ${apiKey.secretKey}`,
        `region = ${this.props.locality.region}`,
        `endpoint = ${this.props.objectStorageEndpoint()}`,
        // The application may not create buckets: never try.
        "no_check_bucket = true",
      ],
    };
  }

  storeSecret(scope: Construct, id: string, props: StoredSecretProps): string {
    const { context, locality, projectId } = this.props;
    return new StoredSecret(scope, id, {
      context,
      name: props.name,
      description: `Generated by the migration: ${props.name}`,
      region: locality.region,
      projectId,
      data: props.payload,
    }).secret.id;
  }

  /** The portal's A record in the platform's Scaleway DNS zone, on the load balancer's flexible IP. */
  portalRecord(scope: Construct, id: string, recordName: string): DomainRecord {
    return new DomainRecord(scope, id, {
      dnsZone: this.props.dnsZone.id,
      projectId: this.props.projectId,
      name: recordName,
      type: "A",
      data: this.props.portalAddress,
      ttl: 300,
    });
  }

  /** The landing zone's tags (environment, data classification, owner, wave) and the migration's, once each. */
  private tags(extra: readonly string[]): string[] {
    return [...new Set([...resourceTags(this.props.context), ...extra])];
  }

  /** The workers' private network, built once in the migration stack: attached to the public gateway (NAT out). */
  private workerNetwork(scope: Construct): ScalewayPrivateNetwork {
    const stack = TerraformStack.of(scope);
    let network = this.networks.get(stack);
    if (!network) {
      const { context, vpc, projectId } = this.props;
      network = new ScalewayPrivateNetwork(stack, "migration-network", { context, vpc, projectId, name: "migration", tier: "migration", cidr: this.props.workerNetworkCidr });
      this.props.gateway.attach(stack, "migration-network-gateway", network);
      this.networks.set(stack, network);
    }
    return network;
  }
}

/** A full name (`hdh-<environment>-replication-workers`) without the prefix the family's constructs add themselves. */
function nameSuffix(context: SovereignContext, name: string): string {
  const prefix = `${resourceName(context)}-`;
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}
