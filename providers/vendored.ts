/**
 * The provider schemas vendored into this repository (see providers/README.md for their provenance and
 * checksums). Bindings generation (`npm run get`), the policy classification (`npm run policy:classify`),
 * the offline provider and the tests all read these copies: nothing outside the repository is needed.
 */
import * as path from "node:path";

export interface VendoredProvider {
  /** Provider type, as in `required_providers` keys and resource type prefixes. */
  readonly type: string;
  /** Registry source address, e.g. `registry.terraform.io/terraform-provider-openstack/openstack`. */
  readonly source: string;
  /** The release the schema was dumped from. */
  readonly version: string;
  /** `terraform providers schema -json` dump of that release. */
  readonly schemaFile: string;
  /** Per resource type, the attribute and block paths whose change forces a replacement (ForceNew), when known. */
  readonly forceNewFile?: string;
}

const DIR = __dirname;

export const OPENSTACK_PROVIDER: VendoredProvider = {
  type: "openstack",
  source: "registry.terraform.io/terraform-provider-openstack/openstack",
  version: "3.4.0",
  schemaFile: path.join(DIR, "openstack", "schema.json"),
  forceNewFile: path.join(DIR, "openstack", "force-new.json"),
};

export const SCALEWAY_PROVIDER: VendoredProvider = {
  type: "scaleway",
  source: "registry.terraform.io/scaleway/scaleway",
  version: "2.79.0",
  schemaFile: path.join(DIR, "scaleway", "schema.json"),
};

/** Every vendored provider, by type. */
export const VENDORED_PROVIDERS: Readonly<Record<string, VendoredProvider>> = {
  openstack: OPENSTACK_PROVIDER,
  scaleway: SCALEWAY_PROVIDER,
};

/** `namespace/type` of a registry source (`registry.terraform.io/scaleway/scaleway` → `scaleway/scaleway`). */
export function namespacedTypeOfSource(source: string): string {
  return source.split("/").slice(-2).join("/");
}
