import { ConfigError } from "../../config/config-error";

/**
 * The one description of the site-to-site IPsec tunnel between Azure and the sovereign cloud. Both
 * ends are rendered from it (Azure's custom IPsec policy, and OpenStack VPNaaS policies or Scaleway's
 * Site-to-Site VPN connection), so the two sides cannot drift apart. Values are those every cloud supports.
 */
export interface IpsecParameters {
  /** Phase 1 (IKE SA). Azure fixes the IKEv2 SA lifetime at 28,800 s: the OpenStack side uses the same. */
  readonly ike: {
    readonly version: "v2";
    readonly encryption: CipherName;
    readonly integrity: IntegrityName;
    readonly dhGroup: DiffieHellmanGroup;
    readonly lifetimeSeconds: 28800;
  };
  /** Phase 2 (child SA, ESP in tunnel mode). */
  readonly ipsec: {
    readonly encryption: CipherName;
    readonly integrity: IntegrityName;
    /** Perfect forward secrecy group. */
    readonly pfsGroup: DiffieHellmanGroup;
    readonly lifetimeSeconds: number;
  };
  /** Dead peer detection timeout, both ends (where the sovereign end lets it be set: not on Scaleway). */
  readonly dpdTimeoutSeconds: number;
  /**
   * BGP inside the tunnel, for a route-based sovereign end (Scaleway's Site-to-Site VPN routes by BGP only).
   * Azure's ASN, and the /30 the two BGP peers sit in: Azure takes its first address, the sovereign end the
   * second. Azure accepts custom BGP (APIPA) addresses in 169.254.21.0–169.254.22.255 only.
   */
  readonly bgp: {
    readonly azureAsn: number;
    readonly insideCidr: string;
  };
}

export type CipherName = "aes-128" | "aes-192" | "aes-256";
export type IntegrityName = "sha256";
/** MODP 2048 (14), ECP 256 (19), ECP 384 (20). */
export type DiffieHellmanGroup = 14 | 19 | 20;

/** Secure defaults: AES-256, SHA-256, DH group 14 with PFS, IKEv2. */
export const DEFAULT_IPSEC_PARAMETERS: IpsecParameters = {
  ike: { version: "v2", encryption: "aes-256", integrity: "sha256", dhGroup: 14, lifetimeSeconds: 28800 },
  ipsec: { encryption: "aes-256", integrity: "sha256", pfsGroup: 14, lifetimeSeconds: 3600 },
  dpdTimeoutSeconds: 45,
  bgp: { azureAsn: 65515, insideCidr: "169.254.21.0/30" },
};

/** Azure's spelling of each value (azurerm virtual_network_gateway_connection ipsec_policy). */
export const AZURE_SPELLING = {
  cipher: { "aes-128": "AES128", "aes-192": "AES192", "aes-256": "AES256" } as Record<CipherName, string>,
  integrity: { sha256: "SHA256" } as Record<IntegrityName, string>,
  dhGroup: { 14: "DHGroup14", 19: "ECP256", 20: "ECP384" } as Record<DiffieHellmanGroup, string>,
  pfsGroup: { 14: "PFS2048", 19: "ECP256", 20: "ECP384" } as Record<DiffieHellmanGroup, string>,
};

/** OpenStack VPNaaS's spelling of each value (Neutron IKE and IPsec policies). */
export const OPENSTACK_SPELLING = {
  cipher: { "aes-128": "aes-128", "aes-192": "aes-192", "aes-256": "aes-256" } as Record<CipherName, string>,
  integrity: { sha256: "sha256" } as Record<IntegrityName, string>,
  group: { 14: "group14", 19: "group19", 20: "group20" } as Record<DiffieHellmanGroup, string>,
};

/** Scaleway Site-to-Site VPN's spelling of each value (`ikev2_ciphers` and `esp_ciphers` blocks). */
export const SCALEWAY_SPELLING = {
  cipher: { "aes-128": "aes128", "aes-192": "aes192", "aes-256": "aes256" } as Record<CipherName, string>,
  integrity: { sha256: "sha256" } as Record<IntegrityName, string>,
  group: { 14: "modp2048", 19: "ecp256", 20: "ecp384" } as Record<DiffieHellmanGroup, string>,
};

/** The two BGP peers' addresses in the parameter set's inside /30: Azure's (first host) and the sovereign end's (second). */
export function bgpPeerAddresses(parameters: IpsecParameters): { azure: string; sovereign: string; prefix: number } {
  const [network, prefix] = parameters.bgp.insideCidr.split("/");
  const octets = network.split(".").map(Number);
  const valid = prefix === "30" && octets.length === 4 && octets[0] === 169 && octets[1] === 254 && (octets[2] === 21 || octets[2] === 22) && octets[3] % 4 === 0;
  if (!valid) throw new ConfigError("ipsecParameters", "bgp.insideCidr", `'${parameters.bgp.insideCidr}' is not a /30 network in 169.254.21.0-169.254.22.255 (Azure's custom BGP addresses)`);
  const host = (n: number) => [octets[0], octets[1], octets[2], octets[3] + n].join(".");
  return { azure: host(1), sovereign: host(2), prefix: 30 };
}
