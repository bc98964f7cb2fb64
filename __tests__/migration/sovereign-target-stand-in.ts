// A minimal sovereign target for the migration tests: the members the migration needs, built inside the
// migration stack so a test can synthesize that stack alone. The app passes the real SovereignStack.
import { Construct } from "constructs";
import { DataOpenstackNetworkingNetworkV2 } from "../../.gen/providers/openstack/data-openstack-networking-network-v2";
import { DnsZoneV2 } from "../../.gen/providers/openstack/dns-zone-v2";
import { IdentityProjectV3 } from "../../.gen/providers/openstack/identity-project-v3";
import { LbLoadbalancerV2 } from "../../.gen/providers/openstack/lb-loadbalancer-v2";
import { NetworkingNetworkV2 } from "../../.gen/providers/openstack/networking-network-v2";
import { NetworkingRouterInterfaceV2 } from "../../.gen/providers/openstack/networking-router-interface-v2";
import { NetworkingRouterV2 } from "../../.gen/providers/openstack/networking-router-v2";
import { NetworkingSubnetV2 } from "../../.gen/providers/openstack/networking-subnet-v2";
import { ObjectstorageContainerV1 } from "../../.gen/providers/openstack/objectstorage-container-v1";
import type { EnvironmentConfig } from "../../config/environment";
import { carveSubnet } from "../../constructs/legacy/network";
import { Password } from "@cdktf/provider-random/lib/password";
import { KeymanagerSecretV1 } from "../../.gen/providers/openstack/keymanager-secret-v1";
import { NetworkingSecgroupRuleV2 } from "../../.gen/providers/openstack/networking-secgroup-rule-v2";
import { NetworkingSecgroupV2 } from "../../.gen/providers/openstack/networking-secgroup-v2";
import { NetworkingPortV2 } from "../../.gen/providers/openstack/networking-port-v2";
import type { MigrationTargetSource, SovereignDatabaseTarget, StoredSecretProps } from "../../constructs/migration/sovereign-target";
import { OpenStackMigrationTarget } from "../../constructs/sovereign/openstack/migration-target";
import { pgdgInstallScript } from "../../constructs/sovereign/openstack/postgres-cloud-init";
import { openStackEnvironment } from "../../config/sovereign-cloud";
import { Fn } from "cdktf";

type SovereignSubnetRole = "ingress" | "application" | "data" | "administration";

export interface SovereignTargetStandInProps {
  readonly environment: EnvironmentConfig;
  /** Logical names of the data containers to declare. Default raw, pseudonymised, extracts. */
  readonly dataContainers?: readonly string[];
  /** Name of the provider's external network. Default `Ext-Net`. */
  readonly externalNetworkName?: string;
}

/**
 * A minimal OpenStack landing zone with the members the migration needs, used by the tests: its
 * `migrationTarget` is the OpenStack family's, as SovereignStack builds it. Not meant to be deployed.
 */
export class SovereignTargetStandIn extends Construct implements MigrationTargetSource {
  readonly router: NetworkingRouterV2;
  readonly subnets: Record<SovereignSubnetRole, NetworkingSubnetV2>;
  readonly dataContainers: Record<string, ObjectstorageContainerV1>;
  readonly portalLoadBalancer: LbLoadbalancerV2;
  readonly dnsZone: DnsZoneV2;
  readonly project: IdentityProjectV3;
  readonly database: SovereignDatabaseTarget;
  readonly migrationTarget: OpenStackMigrationTarget;

  constructor(scope: Construct, id: string, props: SovereignTargetStandInProps) {
    super(scope, id);
    const env = props.environment.name;
    this.project = new IdentityProjectV3(this, "project", { name: `hdh-${env}` });
    const network = new NetworkingNetworkV2(this, "network", { name: `hdh-${env}-stand-in`, adminStateUp: true, portSecurityEnabled: true });
    const external = new DataOpenstackNetworkingNetworkV2(this, "external", { name: props.externalNetworkName ?? "Ext-Net", external: true });
    this.router = new NetworkingRouterV2(this, "router", { name: `hdh-${env}-router`, externalNetworkId: external.id, adminStateUp: true });
    const roles: SovereignSubnetRole[] = ["ingress", "application", "data", "administration"];
    this.subnets = {} as Record<SovereignSubnetRole, NetworkingSubnetV2>;
    roles.forEach((role, index) => {
      const subnet = new NetworkingSubnetV2(this, `subnet-${role}`, {
        name: `hdh-${env}-${role}`,
        networkId: network.id,
        cidr: carveSubnet(props.environment.sovereign.networkCidr, 24, index, `environment ${env}`, "sovereign.networkCidr"),
        ipVersion: 4,
      });
      new NetworkingRouterInterfaceV2(this, `router-${role}`, { routerId: this.router.id, subnetId: subnet.id });
      this.subnets[role] = subnet;
    });
    this.dataContainers = {};
    for (const name of props.dataContainers ?? ["raw", "pseudonymised", "extracts"]) {
      this.dataContainers[name] = new ObjectstorageContainerV1(this, `container-${name}`, { name: `hdh-${env}-${name}`, versioning: true });
    }
    this.portalLoadBalancer = new LbLoadbalancerV2(this, "portal-lb", { name: `hdh-${env}-portal`, vipSubnetId: this.subnets.ingress.id });
    this.dnsZone = new DnsZoneV2(this, "zone", { name: `${env}.hdh.example.`, email: "dns@hdh.example", ttl: 300 });
    const primary = new NetworkingPortV2(this, "database-primary", { name: `hdh-${env}-database-0`, networkId: network.id, fixedIp: [{ subnetId: this.subnets.data.id }] });
    const group = new NetworkingSecgroupV2(this, "database-group", { name: `hdh-${env}-data`, deleteDefaultRules: true });
    const admin = new Password(this, "database-admin", { length: 40, special: false });
    this.database = {
      copyMethod: "logical-replication",
      primaryAddress: Fn.element(primary.allFixedIps, 0),
      port: 5432,
      adminUsername: "postgres",
      adminPassword: admin.result,
      postgresVersion: "16",
      clientCidr: this.subnets.data.cidr,
      tls: { sslMode: "require" },
      ensureDatabase: () => undefined,
      clientInstallScript: (packages) => pgdgInstallScript({ repository: "https://apt.postgresql.org/pub/repos/apt", signingKeyUrl: "https://www.postgresql.org/media/keys/ACCC4CF8.asc" }, packages),
      allowSubscriberEgress: (scope, ruleId, cidr) => {
        new NetworkingSecgroupRuleV2(scope, ruleId, { securityGroupId: group.id, direction: "egress", ethertype: "IPv4", protocol: "tcp", portRangeMin: 5432, portRangeMax: 5432, remoteIpPrefix: cidr });
      },
    };
    const sovereign = openStackEnvironment(props.environment, "the stand-in", "the stand-in target").sovereign;
    this.migrationTarget = OpenStackMigrationTarget.ofLandingZone(this, sovereign);
  }

  storeSecret(scope: Construct, id: string, props: StoredSecretProps): string {
    return new KeymanagerSecretV1(scope, id, { name: props.name, payload: props.payload, payloadContentType: "text/plain", secretType: "passphrase" }).secretRef;
  }
}
