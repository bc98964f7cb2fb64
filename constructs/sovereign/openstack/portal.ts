import { Construct } from "constructs";
import { DnsRecordsetV2 } from "../../../.gen/providers/openstack/dns-recordset-v2";
import { DnsZoneV2 } from "../../../.gen/providers/openstack/dns-zone-v2";
import { LbListenerV2 } from "../../../.gen/providers/openstack/lb-listener-v2";
import { LbLoadbalancerV2 } from "../../../.gen/providers/openstack/lb-loadbalancer-v2";
import { LbMemberV2 } from "../../../.gen/providers/openstack/lb-member-v2";
import { LbMonitorV2 } from "../../../.gen/providers/openstack/lb-monitor-v2";
import { LbPoolV2 } from "../../../.gen/providers/openstack/lb-pool-v2";
import { NetworkingFloatingipV2 } from "../../../.gen/providers/openstack/networking-floatingip-v2";
import { resourceName, resourceTags, type SovereignContext } from "../context";
import { InsecurePropsError } from "../errors";
import type { PrivateNetwork } from "./network";
import { HTTPS_PORT, type LeastPrivilegeSecurityGroup } from "./security-group";

/** TLS versions the listener and the re-encrypting pool accept. */
export const TLS_VERSIONS = ["TLSv1.2", "TLSv1.3"];
/** One year, the HSTS max-age browsers' preload lists expect. */
const HSTS_MAX_AGE_SECONDS = 31_536_000;

/** A backend of the portal: its private address in the application tier. */
export interface PortalMember {
  readonly name: string;
  readonly address: string;
}

export interface ResearcherPortalProps {
  readonly context: SovereignContext;
  /** The ingress tier: the load balancer's VIP lives there; it must allow floating IPs. */
  readonly ingressNetwork: PrivateNetwork;
  /** The security group of the VIP (HTTPS from anywhere). */
  readonly vipSecurityGroup: LeastPrivilegeSecurityGroup;
  /** The application tier's subnet, where the members are. */
  readonly memberNetwork: PrivateNetwork;
  readonly members: readonly PortalMember[];
  /** Reference of the Barbican `certificate` container the listener terminates TLS with. */
  readonly tlsContainerRef: string;
  /** Listener protocol: only TLS-terminating or TLS pass-through protocols are accepted. Default TERMINATED_HTTPS. */
  readonly protocol?: "TERMINATED_HTTPS" | "HTTPS" | "HTTP" | "TCP";
  /** The members' port (they serve HTTPS: the pool re-encrypts). Default 443. */
  readonly memberPort?: number;
  readonly healthCheckPath?: string;
  /** External network the VIP's floating IP comes from. */
  readonly externalNetworkName: string;
  /** Designate zone with its trailing dot, its SOA e-mail, and the portal's host name in it. */
  readonly zone: string;
  readonly email: string;
  readonly hostname: string;
}

/**
 * The researcher portal's entry point: an Octavia load balancer in the ingress tier with an HTTPS
 * listener (TLS 1.2+, HSTS), a pool that re-encrypts to the application servers, a health monitor, a
 * public floating IP on the VIP, and the portal's name in a Designate zone.
 */
export class ResearcherPortal extends Construct {
  readonly loadBalancer: LbLoadbalancerV2;
  readonly listener: LbListenerV2;
  readonly pool: LbPoolV2;
  readonly monitor: LbMonitorV2;
  readonly members: LbMemberV2[];
  readonly floatingIp: NetworkingFloatingipV2;
  readonly zone: DnsZoneV2;
  readonly record: DnsRecordsetV2;

  constructor(scope: Construct, id: string, props: ResearcherPortalProps) {
    super(scope, id);
    const protocol = props.protocol ?? "TERMINATED_HTTPS";
    if (protocol !== "TERMINATED_HTTPS" && protocol !== "HTTPS") {
      throw new InsecurePropsError(this, "protocol", `listener protocol ${protocol} would serve the portal unencrypted (use TERMINATED_HTTPS or HTTPS)`);
    }
    if (!props.ingressNetwork.allowFloatingIps) {
      throw new InsecurePropsError(this, "ingressNetwork", "the load balancer's VIP must sit in the ingress tier, the only public one");
    }
    if (props.members.length === 0) throw new InsecurePropsError(this, "members", "the pool needs at least one member");
    const name = resourceName(props.context, "portal");
    const tags = resourceTags(props.context, { role: "portal" });
    const memberPort = props.memberPort ?? HTTPS_PORT;

    this.loadBalancer = new LbLoadbalancerV2(this, "load-balancer", {
      name,
      description: "Researcher portal",
      vipSubnetId: props.ingressNetwork.subnet.id,
      securityGroupIds: [props.vipSecurityGroup.id],
      adminStateUp: true,
      tags,
    });
    this.listener = new LbListenerV2(this, "listener", {
      name: `${name}-https`,
      loadbalancerId: this.loadBalancer.id,
      protocol,
      protocolPort: HTTPS_PORT,
      ...(protocol === "TERMINATED_HTTPS"
        ? {
            defaultTlsContainerRef: props.tlsContainerRef,
            tlsVersions: TLS_VERSIONS,
            hstsMaxAge: HSTS_MAX_AGE_SECONDS,
            hstsIncludeSubdomains: true,
            insertHeaders: { "X-Forwarded-For": "true", "X-Forwarded-Proto": "true" },
          }
        : {}),
      adminStateUp: true,
      tags,
    });
    this.pool = new LbPoolV2(this, "pool", {
      name,
      listenerId: this.listener.id,
      protocol: protocol === "TERMINATED_HTTPS" ? "HTTP" : "HTTPS",
      // Re-encrypt towards the members: data never crosses the network in clear, even inside.
      tlsEnabled: protocol === "TERMINATED_HTTPS" ? true : undefined,
      tlsVersions: protocol === "TERMINATED_HTTPS" ? TLS_VERSIONS : undefined,
      lbMethod: "LEAST_CONNECTIONS",
      adminStateUp: true,
      tags,
    });
    this.monitor = new LbMonitorV2(this, "monitor", {
      name,
      poolId: this.pool.id,
      type: protocol === "TERMINATED_HTTPS" ? "HTTPS" : "TLS-HELLO",
      delay: 10,
      timeout: 5,
      maxRetries: 3,
      maxRetriesDown: 3,
      ...(protocol === "TERMINATED_HTTPS" ? { urlPath: props.healthCheckPath ?? "/healthz", httpMethod: "GET", expectedCodes: "200" } : {}),
    });
    this.members = props.members.map(
      (member, i) =>
        new LbMemberV2(this, `member-${i}`, {
          name: member.name,
          poolId: this.pool.id,
          address: member.address,
          protocolPort: memberPort,
          subnetId: props.memberNetwork.subnet.id,
          adminStateUp: true,
          tags,
        }),
    );
    this.floatingIp = new NetworkingFloatingipV2(this, "floating-ip", {
      pool: props.externalNetworkName,
      portId: this.loadBalancer.vipPortId,
      description: `${name} VIP`,
      tags,
    });
    this.zone = new DnsZoneV2(this, "zone", {
      name: props.zone,
      email: props.email,
      description: `Public zone of the ${props.context.environment} environment`,
      ttl: 3600,
      type: "PRIMARY",
    });
    this.record = new DnsRecordsetV2(this, "record", {
      zoneId: this.zone.id,
      name: `${props.hostname}.${props.zone}`,
      type: "A",
      ttl: 300,
      records: [this.floatingIp.address],
      description: "Researcher portal",
    });
  }
}
