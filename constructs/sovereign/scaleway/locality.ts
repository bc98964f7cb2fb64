import { Fn } from "cdktf";

/**
 * Where the Scaleway resources go: a region (regional resources: VPC, private networks, buckets, keys,
 * secrets, databases) and its zones (zonal ones: servers, volumes, security groups, gateway, load balancer).
 * Every resource states its region or zone itself, so none depends on the provider's defaults.
 */
export interface ScalewayLocality {
  /** e.g. `fr-par`. */
  readonly region: string;
  /** e.g. `["fr-par-1", "fr-par-2"]`; the first is the primary zone. */
  readonly zones: readonly string[];
}

/** The zone the `index`-th server of a fleet goes to: round the locality's zones. */
export function zoneOf(locality: ScalewayLocality, index: number): string {
  return locality.zones[index % locality.zones.length];
}

/**
 * The bare UUID of a Scaleway resource ID. The provider's IDs carry their locality (`fr-par-1/<uuid>`,
 * `fr-par/<uuid>`); APIs outside Terraform (a device name, the S3 API) want the UUID alone. `element`
 * wraps around, so an ID without locality comes out unchanged.
 */
export function bareId(id: string): string {
  return Fn.element(Fn.split("/", id), 1);
}
