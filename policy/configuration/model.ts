/**
 * What one configuration file declares, and what a module assembled from its files holds, in
 * Terraform's own terms (before the policy's model, policy/model.ts). Bodies are plain JSON values:
 * arguments, nested blocks (lists of bodies where the input kept several), `${...}` templates as
 * strings. Every element remembers the file and JSON path that declared it, for one-line errors.
 */
import type { Json } from "../json";

export interface Origin {
  readonly file: string;
  /** JSON path inside the file, e.g. `resource.azurerm_resource_group.rg`. */
  readonly path: string;
}

export type ResourceMode = "managed" | "data";

export interface ConfigResource {
  readonly mode: ResourceMode;
  readonly type: string;
  readonly name: string;
  /** Arguments and nested blocks, without meta-arguments. */
  body: Json;
  /** The `provider` meta-argument as a local configuration reference (`sovereign`, `openstack.paris`). */
  provider?: { readonly localName: string; readonly alias?: string };
  /** The `lifecycle` block's arguments, merged as Terraform merges them. */
  lifecycle: Json;
  count?: unknown;
  forEach?: unknown;
  /** Whether the block sets depends_on (an override file may not). */
  readonly dependsOn: boolean;
  /** cdktf construct path (`"//".metadata.path`), when synthesized by cdktf. */
  constructPath?: string;
  readonly origin: Origin;
  /** Override files that changed it, in the order applied. */
  readonly overriddenBy: string[];
}

export interface ConfigProvider {
  /** Local name, e.g. `openstack` or `sovereign` (its type comes from required_providers). */
  readonly localName: string;
  readonly alias?: string;
  body: Json;
  readonly origin: Origin;
}

export interface ConfigVariable {
  readonly name: string;
  /** The variable block's arguments (`default`, `type`, `nullable`, `sensitive` ...). */
  body: Json;
  readonly origin: Origin;
}

export interface ConfigLocal {
  readonly name: string;
  value: unknown;
  origin: Origin;
}

export interface ConfigModuleCall {
  readonly name: string;
  /** `source`, `version` and the module's input arguments. */
  body: Json;
  readonly origin: Origin;
}

export interface ConfigBackend {
  /** `backend` (with its type), `cloud`, or `state_store` (a provider-defined state store). */
  readonly kind: "backend" | "cloud" | "state_store";
  readonly type: string;
  readonly body: Json;
  readonly origin: Origin;
}

export interface RequiredProvider {
  /** `hashicorp/azurerm`, `registry.terraform.io/terraform-provider-openstack/openstack`; absent: implied `hashicorp/<name>`. */
  readonly source?: string;
  readonly origin: Origin;
}

/** One configuration file, decoded. */
export interface ConfigFile {
  readonly file: string;
  readonly override: boolean;
  readonly resources: ConfigResource[];
  readonly providers: ConfigProvider[];
  readonly variables: ConfigVariable[];
  readonly locals: ConfigLocal[];
  readonly outputs: { readonly name: string; readonly origin: Origin }[];
  readonly moduleCalls: ConfigModuleCall[];
  readonly backends: ConfigBackend[];
  /** One entry per `required_providers` block. */
  readonly requiredProviders: { readonly entries: Record<string, RequiredProvider>; readonly origin: Origin }[];
  /** Elements an override file may not hold (`moved`, `import`), for the error Terraform gives. */
  readonly notOverridable: Origin[];
  /** The top-level `"//"` values (cdktf writes the stack's metadata there). */
  readonly comments: unknown[];
  /** Number of configuration blocks of any kind (0: not a configuration). */
  readonly blockCount: number;
}

/** A module assembled from its files by Terraform's rules (primary files, then overrides merged). */
export interface ConfigModule {
  readonly files: readonly string[];
  readonly resources: ConfigResource[];
  readonly providers: ConfigProvider[];
  readonly variables: Map<string, ConfigVariable>;
  readonly locals: Map<string, ConfigLocal>;
  readonly moduleCalls: Map<string, ConfigModuleCall>;
  readonly backend?: ConfigBackend;
  /** By local name. */
  readonly requiredProviders: Map<string, RequiredProvider>;
  readonly comments: { readonly file: string; readonly value: unknown }[];
  readonly blockCount: number;
}
