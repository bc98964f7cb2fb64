import type { TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { Password } from "@cdktf/provider-random/lib/password";
import { ComputeInstanceV2 } from "../../../.gen/providers/openstack/compute-instance-v2";
import { DnsRecordsetV2 } from "../../../.gen/providers/openstack/dns-recordset-v2";
import type { DnsZoneV2 } from "../../../.gen/providers/openstack/dns-zone-v2";
import { IdentityApplicationCredentialV3 } from "../../../.gen/providers/openstack/identity-application-credential-v3";
import type { IdentityProjectV3 } from "../../../.gen/providers/openstack/identity-project-v3";
import type { LbLoadbalancerV2 } from "../../../.gen/providers/openstack/lb-loadbalancer-v2";
import type { NetworkingRouterV2 } from "../../../.gen/providers/openstack/networking-router-v2";
import type { NetworkingSubnetV2 } from "../../../.gen/providers/openstack/networking-subnet-v2";
import type { ObjectstorageContainerV1 } from "../../../.gen/providers/openstack/objectstorage-container-v1";
import { OpenstackProvider } from "../../../.gen/providers/openstack/provider";
import { VpnaasEndpointGroupV2 } from "../../../.gen/providers/openstack/vpnaas-endpoint-group-v2";
import { VpnaasIkePolicyV2 } from "../../../.gen/providers/openstack/vpnaas-ike-policy-v2";
import { VpnaasIpsecPolicyV2 } from "../../../.gen/providers/openstack/vpnaas-ipsec-policy-v2";
import { VpnaasServiceV2 } from "../../../.gen/providers/openstack/vpnaas-service-v2";
import { VpnaasSiteConnectionV2 } from "../../../.gen/providers/openstack/vpnaas-site-connection-v2";
import { OBJECT_URL_SCHEMES } from "../../../config/sovereign-cloud";
import { OPENSTACK_SPELLING } from "../../migration/ipsec-parameters";
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
import { swiftContainerPaths } from "./storage";
import { workerSecurityGroup } from "./worker-security-group";

/**
 * Construct ids the OpenStack migration stacks were first deployed with, where the migration's neutral id
 * differs: a resource's logical ID derives from its construct path, and a new logical ID would make Terraform
 * replace the deployed credential.
 */
const DEPLOYED_CONSTRUCT_IDS: Readonly<Record<string, string>> = { "store-credential": "swift-credential" };

/** What the OpenStack landing zone (SovereignStack) gives the migration. */
export interface OpenStackMigrationTargetProps {
  /** Keystone endpoint and region: the migration stack's provider, and rclone's Swift remote. */
  readonly authUrl: string;
  readonly region: string;
  /** The edge router with the external gateway: the VPN service runs on it. */
  readonly router: NetworkingRouterV2;
  /** The data subnet: the only one the tunnel reaches; the workers run there. */
  readonly dataSubnet: NetworkingSubnetV2;
  /** The data lake's containers by logical name. */
  readonly containers: Readonly<Record<string, ObjectstorageContainerV1>>;
  readonly portalLoadBalancer: LbLoadbalancerV2;
  /** The platform's Designate zone. */
  readonly dnsZone: DnsZoneV2;
  /** The environment's Keystone project: its ID scopes the workers' Swift credentials. */
  readonly project: IdentityProjectV3;
  readonly database: SovereignDatabaseTarget;
  /** Stores a generated secret in Barbican, in the caller's scope. */
  readonly storeSecret: (scope: Construct, id: string, props: StoredSecretProps) => string;
}

/** What an OpenStack landing zone (the sovereign stack, or a test's stand-in of it) hands its migration target. */
export interface OpenStackLandingZoneParts {
  readonly router: NetworkingRouterV2;
  readonly subnets: { readonly data: NetworkingSubnetV2 };
  readonly dataContainers: Readonly<Record<string, ObjectstorageContainerV1>>;
  readonly portalLoadBalancer: LbLoadbalancerV2;
  readonly dnsZone: DnsZoneV2;
  readonly project: IdentityProjectV3;
  readonly database: SovereignDatabaseTarget;
  storeSecret(scope: Construct, id: string, props: StoredSecretProps): string;
}

/**
 * The OpenStack family's migration target: Neutron VPNaaS on the edge router (policy-based, one child SA per
 * subnet pair), workers as Nova instances in the data subnet behind an egress-only security group, Keystone
 * application credentials whose access rules reach one Swift container without DELETE, Barbican, Designate.
 */
export class OpenStackMigrationTarget implements SovereignMigrationTarget {
  readonly cloud = "openstack" as const;
  readonly objectUrlScheme = OBJECT_URL_SCHEMES.openstack;
  readonly objectStorage = { service: "Swift", store: "Swift container" };
  readonly dataStores: readonly string[];
  readonly database: SovereignDatabaseTarget;

  /** The target of a landing zone's parts, on its Keystone endpoint and region. */
  static ofLandingZone(zone: OpenStackLandingZoneParts, cloud: { readonly authUrl: string; readonly region: string }): OpenStackMigrationTarget {
    return new OpenStackMigrationTarget({
      authUrl: cloud.authUrl,
      region: cloud.region,
      router: zone.router,
      dataSubnet: zone.subnets.data,
      containers: zone.dataContainers,
      portalLoadBalancer: zone.portalLoadBalancer,
      dnsZone: zone.dnsZone,
      project: zone.project,
      database: zone.database,
      storeSecret: (scope, id, secret) => zone.storeSecret(scope, id, secret),
    });
  }

  constructor(private readonly props: OpenStackMigrationTargetProps) {
    this.dataStores = Object.keys(props.containers);
    this.database = props.database;
  }

  configureProvider(stack: TerraformStack): void {
    new OpenstackProvider(stack, "openstack", { authUrl: this.props.authUrl, region: this.props.region });
  }

  /**
   * Neutron VPNaaS on the edge router: IKE and IPsec policies from the parameter set, the data subnet as the
   * local endpoint group and Azure's ranges as the peer group; the pre-shared key is a random_password.
   */
  vpnEndpoint(scope: Construct, props: VpnEndpointProps): SovereignVpnEndpoint {
    const { name, parameters } = props;
    const sovereignSubnet = this.props.dataSubnet;
    // Printable, unambiguous characters that both clouds accept in a PSK without escaping.
    const preSharedKey = new Password(scope, "psk", { length: 64, special: false });
    const ike = new VpnaasIkePolicyV2(scope, "ike-policy", {
      name: `${name}-ike`,
      ikeVersion: parameters.ike.version,
      encryptionAlgorithm: OPENSTACK_SPELLING.cipher[parameters.ike.encryption],
      authAlgorithm: OPENSTACK_SPELLING.integrity[parameters.ike.integrity],
      pfs: OPENSTACK_SPELLING.group[parameters.ike.dhGroup],
      phase1NegotiationMode: "main",
      lifetime: [{ units: "seconds", value: parameters.ike.lifetimeSeconds }],
    });
    const ipsec = new VpnaasIpsecPolicyV2(scope, "ipsec-policy", {
      name: `${name}-ipsec`,
      encryptionAlgorithm: OPENSTACK_SPELLING.cipher[parameters.ipsec.encryption],
      authAlgorithm: OPENSTACK_SPELLING.integrity[parameters.ipsec.integrity],
      pfs: OPENSTACK_SPELLING.group[parameters.ipsec.pfsGroup],
      transformProtocol: "esp",
      encapsulationMode: "tunnel",
      lifetime: [{ units: "seconds", value: parameters.ipsec.lifetimeSeconds }],
    });
    const vpnService = new VpnaasServiceV2(scope, "vpn-service", { name, routerId: this.props.router.id, adminStateUp: true });
    const localGroup = new VpnaasEndpointGroupV2(scope, "local-endpoints", { name: `${name}-local`, type: "subnet", endpoints: [sovereignSubnet.id] });
    const peerGroup = new VpnaasEndpointGroupV2(scope, "peer-endpoints", { name: `${name}-peer`, type: "cidr", endpoints: [...props.azureCidrs] });
    return {
      publicAddress: vpnService.externalV4Ip,
      sovereignCidrs: [sovereignSubnet.cidr],
      routing: { kind: "policy-based" },
      connect: (peer) => {
        new VpnaasSiteConnectionV2(scope, "site-connection", {
          name,
          vpnserviceId: vpnService.id,
          ikepolicyId: ike.id,
          ipsecpolicyId: ipsec.id,
          localEpGroupId: localGroup.id,
          peerEpGroupId: peerGroup.id,
          peerAddress: peer.publicAddress,
          peerId: peer.publicAddress,
          psk: preSharedKey.result,
          initiator: "bi-directional",
          adminStateUp: true,
          dpd: [{ action: "restart", interval: Math.floor(parameters.dpdTimeoutSeconds / 3), timeout: parameters.dpdTimeoutSeconds }],
        });
        return { preSharedKey: preSharedKey.result };
      },
    };
  }

  /** An egress-only security group; each worker a Nova instance in the data subnet's network. */
  workerGroup(scope: Construct, props: WorkerGroupProps): SovereignWorkerGroup {
    const group = workerSecurityGroup(scope, { name: props.name, description: props.description, tags: props.tags, egress: props.egress });
    const network = this.props.dataSubnet.networkId;
    return {
      addWorker: (workerScope, id, worker) =>
        new ComputeInstanceV2(workerScope, id, {
          name: worker.name,
          imageName: props.worker.imageName,
          flavorName: props.worker.flavorName,
          securityGroups: [group.name],
          network: [{ uuid: network }],
          metadata: { ...worker.metadata },
          tags: [...worker.tags],
          userData: worker.userData,
        }),
    };
  }

  /** A Keystone application credential whose access rules allow GET/HEAD/PUT on one Swift container (and its segments) only. */
  objectStoreAccess(scope: Construct, id: string, props: ObjectStoreAccessProps): ObjectStoreAccess {
    const container = this.container(props.store);
    const credential = new IdentityApplicationCredentialV3(scope, DEPLOYED_CONSTRUCT_IDS[id] ?? id, {
      name: props.name,
      description: props.description,
      unrestricted: false,
      expiresAt: props.expiresAt,
      accessRules: ["GET", "HEAD", "PUT"].flatMap((method) => swiftContainerPaths(this.props.project.id, container.name).map((path) => ({ method, path, service: "object-store" }))),
    });
    return {
      bucket: container.name,
      rcloneRemote: [
        "type = swift",
        "env_auth = false",
        "auth_version = 3",
        `auth = ${this.props.authUrl}`,
        `region = ${this.props.region}`,
        `application_credential_id = ${credential.id}`,
        `application_credential_secret = ${credential.secret}`,
      ],
    };
  }

  storeSecret(scope: Construct, id: string, props: StoredSecretProps): string {
    return this.props.storeSecret(scope, id, props);
  }

  /** The portal's Designate record set, an A record on the Octavia VIP. */
  portalRecord(scope: Construct, id: string, recordName: string): DnsRecordsetV2 {
    const { dnsZone, portalLoadBalancer } = this.props;
    return new DnsRecordsetV2(scope, id, {
      zoneId: dnsZone.id,
      name: `${recordName}.${dnsZone.name}`,
      type: "A",
      ttl: 300,
      records: [portalLoadBalancer.vipAddress],
      description: "Portal, cut over to the sovereign cloud",
    });
  }

  private container(store: string): ObjectstorageContainerV1 {
    const container = this.props.containers[store];
    if (!container) throw new Error(`no data container '${store}' in the OpenStack target`); // the migration stack checks the plan first
    return container;
  }
}
