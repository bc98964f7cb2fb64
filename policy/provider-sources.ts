/**
 * Which provider a source address is. A provider type name is only a name: anyone may publish a
 * `scaleway` or a `random` provider in their own registry namespace (`evilcorp/scaleway`), and Terraform
 * installs whatever the address names. So a type name counts as the provider the policy knows (its
 * classification, its operator, its catalogue entries) only when the address is that provider's own:
 * its publisher's namespace in a public registry (Terraform's or OpenTofu's), or HashiCorp's namespace
 * (the address Terraform implies for an undeclared local name; for a provider published elsewhere, no
 * such provider exists and `terraform init` fails). Any other address keeps its full form as its type,
 * which no classification, operator or catalogue entry matches: its resources are findings.
 *
 * Address syntax as Terraform parses it (`internal/addrs/provider.go`, ParseProviderSourceString):
 * `type`, `namespace/type` or `hostname/namespace/type`, case-insensitive; the hostname defaults to
 * registry.terraform.io (OpenTofu: registry.opentofu.org), the namespace to `hashicorp`.
 */

/** The public registries' hostnames: Terraform's and OpenTofu's defaults. */
const PUBLIC_REGISTRIES: ReadonlySet<string> = new Set(["registry.terraform.io", "registry.opentofu.org"]);

/** HashiCorp's namespace, the one Terraform implies when an address names none. */
const DEFAULT_NAMESPACE = "hashicorp";

/**
 * The namespace each provider type the policy knows is published under, where it is not HashiCorp's
 * (from each provider's registry page: registry.terraform.io/providers/<namespace>/<type>).
 */
const PUBLISHERS: Readonly<Record<string, readonly string[]>> = {
  openstack: ["terraform-provider-openstack"],
  scaleway: ["scaleway"],
  azapi: ["azure"],
  oci: ["oracle"],
  ibm: ["ibm-cloud"],
  alicloud: ["aliyun"],
  ovh: ["ovh"],
  outscale: ["outscale"],
};

/** Terraform's built-in provider (`terraform_data`, `terraform_remote_state`). */
const BUILTIN = "terraform.io/builtin/terraform";

/**
 * The policy's provider type for a source address: the type name when the address is that provider's
 * own, else the address itself, normalised (`registry.terraform.io/evilcorp/scaleway`).
 */
export function providerTypeOfSource(source: string): string {
  // A plan names one provider on thousands of resources in a row, each time in a fresh string: comparing
  // with the last one is cheaper than hashing it for the map.
  if (source === lastSource.source) return lastSource.type;
  let type = typesOfSources.get(source);
  if (type === undefined) {
    type = typeOfSource(source);
    typesOfSources.set(source, type);
  }
  lastSource = { source, type };
  return type;
}

/** Computed once per address (a plan repeats the same few addresses on every resource). */
const typesOfSources = new Map<string, string>();
let lastSource = { source: "", type: "" };

function typeOfSource(source: string): string {
  const parts = source.trim().toLowerCase().split("/");
  if (parts.length < 1 || parts.length > 3 || parts.some((part) => part === "")) return source;
  const type = parts[parts.length - 1];
  const namespace = parts.length >= 2 ? parts[parts.length - 2] : DEFAULT_NAMESPACE;
  const hostname = parts.length === 3 ? parts[0] : "registry.terraform.io";
  if (`${hostname}/${namespace}/${type}` === BUILTIN) return "terraform";
  if (PUBLIC_REGISTRIES.has(hostname) && (namespace === DEFAULT_NAMESPACE || (Object.hasOwn(PUBLISHERS, type) && PUBLISHERS[type].includes(namespace)))) return type;
  return `${hostname}/${namespace}/${type}`;
}
