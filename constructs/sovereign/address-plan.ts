import * as ipaddr from "ipaddr.js";

/** The four tiers of the landing zone's network. */
export const NETWORK_TIERS = ["ingress", "application", "data", "administration"] as const;
export type NetworkTierName = (typeof NETWORK_TIERS)[number];

/** Bits added to the environment's prefix for a tier subnet: the four tiers fill the range's first half. */
const TIER_EXTRA_BITS = 3;
/** Bits added for a workspace subnet (a /24 in a /16); workspaces fill the range's second half. */
const WORKSPACE_EXTRA_BITS = 8;
/** The widest prefix that still leaves workspace subnets of at least 16 addresses (/28). */
export const NARROWEST_ENVIRONMENT_PREFIX = 32 - 4 - WORKSPACE_EXTRA_BITS;

/**
 * Carves the environment's private range into tier and workspace subnets, deterministically, so that a
 * subnet never moves when another workspace is added or removed (a workspace keeps its slot).
 */
export class AddressPlan {
  /** How many workspace subnets the range holds. */
  readonly workspaceCapacity = 2 ** (WORKSPACE_EXTRA_BITS - 1);
  /**
   * The workspace slot a migration's workers take for a network of their own, on clouds that give them one
   * (Scaleway): the last. A workspace may not hold it while the environment migrates there.
   */
  readonly migrationSlot = this.workspaceCapacity - 1;
  private readonly base: number;
  private readonly prefix: number;

  /** Throws a RangeError with a short reason when the range is not an IPv4 network address of /8 to /20. */
  constructor(readonly networkCidr: string) {
    if (!ipaddr.IPv4.isValidCIDR(networkCidr) || !ipaddr.IPv4.isValidFourPartDecimal(networkCidr.split("/")[0])) throw new RangeError(`'${networkCidr}' is not an IPv4 CIDR`);
    const [address, prefix] = ipaddr.IPv4.parseCIDR(networkCidr);
    if (ipaddr.IPv4.networkAddressFromCIDR(networkCidr).toString() !== address.toString()) {
      throw new RangeError(`'${networkCidr}' has host bits set`);
    }
    if (prefix < 8 || prefix > NARROWEST_ENVIRONMENT_PREFIX) {
      throw new RangeError(`'${networkCidr}' must be a /8 to /${NARROWEST_ENVIRONMENT_PREFIX} to hold four tiers and ${this.workspaceCapacity} workspaces`);
    }
    this.base = toNumber(address);
    this.prefix = prefix;
  }

  /** The subnet of one tier, e.g. ingress of 10.210.0.0/16 is 10.210.0.0/19. */
  tierCidr(tier: NetworkTierName): string {
    return this.block(this.prefix + TIER_EXTRA_BITS, NETWORK_TIERS.indexOf(tier));
  }

  /** The subnet of the workspace in `slot` (0-based), e.g. slot 0 of 10.210.0.0/16 is 10.210.128.0/24. */
  workspaceCidr(slot: number): string {
    if (!Number.isInteger(slot) || slot < 0 || slot >= this.workspaceCapacity) {
      throw new RangeError(`slot ${slot} is outside 0..${this.workspaceCapacity - 1}`);
    }
    return this.block(this.prefix + WORKSPACE_EXTRA_BITS, this.workspaceCapacity + slot);
  }

  /** The migration workers' network (the last workspace slot), e.g. 10.210.255.0/24 of 10.210.0.0/16. */
  migrationCidr(): string {
    return this.workspaceCidr(this.migrationSlot);
  }

  private block(prefix: number, index: number): string {
    const start = this.base + index * 2 ** (32 - prefix);
    return `${fromNumber(start)}/${prefix}`;
  }
}

function toNumber(address: ipaddr.IPv4): number {
  return address.octets.reduce((n, octet) => n * 256 + octet, 0);
}

function fromNumber(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join(".");
}

/** The prefix length of a CIDR, or undefined when it does not parse. */
export function cidrPrefix(cidr: string): number | undefined {
  const address = cidr.trim().split("/")[0];
  if (!ipaddr.IPv4.isValidFourPartDecimal(address) && !ipaddr.IPv6.isValid(address)) return undefined;
  try {
    return ipaddr.parseCIDR(cidr.trim())[1];
  } catch {
    return undefined;
  }
}

/** True when the CIDR covers every address of its family (0.0.0.0/0, ::/0). */
export function isAnyAddress(cidr: string): boolean {
  return cidrPrefix(cidr) === 0;
}
