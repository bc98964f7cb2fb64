import { Fn, type TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { DomainRecord } from "../../../.gen/providers/scaleway/domain-record";
import { DomainZone } from "../../../.gen/providers/scaleway/domain-zone";
import { Lb } from "../../../.gen/providers/scaleway/lb";
import { LbBackend } from "../../../.gen/providers/scaleway/lb-backend";
import { LbCertificate } from "../../../.gen/providers/scaleway/lb-certificate";
import { LbFrontend } from "../../../.gen/providers/scaleway/lb-frontend";
import { LbIp } from "../../../.gen/providers/scaleway/lb-ip";
import { certificateVariables } from "../certificate-variables";
import { resourceName, resourceTags, type SovereignContext } from "../context";
import { InsecurePropsError } from "../errors";
import { HTTPS_PORT } from "../ports";
import type { ScalewayPrivateNetwork } from "./network";

/**
 * Scaleway's TLS profiles for a load balancer's TLS offload: `intermediate` accepts TLS 1.2 and 1.3,
 * `modern` TLS 1.3 only, `old` older protocols too (refused).
 */
export type SslCompatibilityLevel = "ssl_compatibility_level_intermediate" | "ssl_compatibility_level_modern" | "ssl_compatibility_level_old";

export interface ScalewayResearcherPortalProps {
  readonly context: SovereignContext;
  readonly zone: string;
  readonly projectId: string;
  /** Load Balancer offer, e.g. `LB-S`. */
  readonly type: string;
  /** The ingress tier's network: the load balancer's only private network. */
  readonly ingressNetwork: ScalewayPrivateNetwork;
  /** The portal's servers' private addresses (they serve HTTPS: the load balancer re-encrypts). */
  readonly memberAddresses: readonly string[];
  /** Name of the certificate, e.g. `portal-tls`: its PEM parts come from TF_VAR_<name>_certificate and _private_key. */
  readonly certificateName: string;
  /** Default `ssl_compatibility_level_intermediate` (TLS 1.2+); `..._old` is refused. */
  readonly sslCompatibilityLevel?: SslCompatibilityLevel;
  /** Refused when true: the load balancer checks its members' certificates. */
  readonly ignoreMemberCertificates?: boolean;
  /** Refused: the portal is served over HTTPS only (443); no plain HTTP frontend. */
  readonly frontendPort?: number;
  readonly healthCheckPath: string;
  /** The registered domain and the zone under it (empty for the domain's own zone), e.g. `hdh.example` and `dev`. */
  readonly domain: string;
  readonly subdomain: string;
  readonly hostname: string;
}

/**
 * The researcher portal's entry point: a Scaleway load balancer with its own flexible IP (the landing
 * zone's only public HTTPS entry), in the ingress tier's network, terminating TLS 1.2+ with the portal's
 * certificate and re-encrypting to the portal's servers, whose certificates it verifies, with an HTTPS
 * health check; and the portal's name in a Scaleway DNS zone. The certificate's PEM parts come from
 * sensitive Terraform variables, never from code.
 */
export class ScalewayResearcherPortal extends Construct {
  readonly ip: LbIp;
  readonly loadBalancer: Lb;
  readonly certificate: LbCertificate;
  readonly backend: LbBackend;
  readonly frontend: LbFrontend;
  readonly zone: DomainZone;
  readonly record: DomainRecord;
  readonly certificateVariable: TerraformVariable;
  readonly privateKeyVariable: TerraformVariable;

  constructor(scope: Construct, id: string, props: ScalewayResearcherPortalProps) {
    super(scope, id);
    const level = props.sslCompatibilityLevel ?? "ssl_compatibility_level_intermediate";
    if (level === "ssl_compatibility_level_old") throw new InsecurePropsError(this, "sslCompatibilityLevel", "TLS older than 1.2 is refused");
    if (props.ignoreMemberCertificates) throw new InsecurePropsError(this, "ignoreMemberCertificates", "the load balancer verifies the certificates of the servers it re-encrypts to");
    if (props.frontendPort !== undefined && props.frontendPort !== HTTPS_PORT) {
      throw new InsecurePropsError(this, "frontendPort", `port ${props.frontendPort}: the portal is served over HTTPS on ${HTTPS_PORT} only`);
    }
    if (props.memberAddresses.length === 0) throw new InsecurePropsError(this, "memberAddresses", "the backend needs at least one server");
    const name = resourceName(props.context, "portal");
    const tags = resourceTags(props.context, { role: "portal" });

    const variables = certificateVariables(this, props.certificateName);
    this.certificateVariable = variables.certificate;
    this.privateKeyVariable = variables.privateKey;

    this.ip = new LbIp(this, "ip", { zone: props.zone, projectId: props.projectId, tags });
    this.loadBalancer = new Lb(this, "load-balancer", {
      name,
      description: "Researcher portal",
      type: props.type,
      zone: props.zone,
      projectId: props.projectId,
      ipIds: [this.ip.id],
      assignFlexibleIp: false,
      sslCompatibilityLevel: level,
      privateNetwork: [{ privateNetworkId: props.ingressNetwork.id }],
      tags,
    });
    this.certificate = new LbCertificate(this, "certificate", {
      lbId: this.loadBalancer.id,
      name: `${name}-tls`,
      // Scaleway wants the whole chain in one PEM: certificate(s), then the private key.
      customCertificate: { certificateChain: Fn.join("\n", [this.certificateVariable.stringValue, this.privateKeyVariable.stringValue]) },
    });
    this.backend = new LbBackend(this, "backend", {
      lbId: this.loadBalancer.id,
      name,
      forwardProtocol: "http",
      forwardPort: HTTPS_PORT,
      // Re-encrypt towards the servers: data never crosses the network in clear, even inside.
      sslBridging: true,
      ignoreSslServerVerify: false,
      serverIps: [...props.memberAddresses],
      forwardPortAlgorithm: "leastconn",
      proxyProtocol: "none",
      healthCheckHttps: { uri: props.healthCheckPath, method: "GET", code: 200 },
      healthCheckDelay: "10s",
      healthCheckTimeout: "5s",
      healthCheckMaxRetries: 3,
    });
    this.frontend = new LbFrontend(this, "frontend", {
      lbId: this.loadBalancer.id,
      backendId: this.backend.id,
      name: `${name}-https`,
      inboundPort: HTTPS_PORT,
      certificateIds: [this.certificate.id],
      timeoutClient: "30s",
    });
    this.zone = new DomainZone(this, "zone", { domain: props.domain, subdomain: props.subdomain, projectId: props.projectId });
    this.record = new DomainRecord(this, "record", {
      // The zone's ID is its name (`<subdomain>.<domain>`).
      dnsZone: this.zone.id,
      projectId: props.projectId,
      name: props.hostname,
      type: "A",
      data: this.ip.ipAddress,
      ttl: 300,
    });
  }
}
