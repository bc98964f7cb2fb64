/**
 * The one resource model every input (cdktf.out, *.tf.json, plan JSON, *.tf folders) is normalised
 * into, so that each rule is written once for the Aspect, the jest matchers and the CLI.
 */

/** What a stack is in the migration: it decides the qualifications its resources must hold. */
export type StackRole = "sovereign" | "legacy" | "migration";

/**
 * Policy metadata a stack declares in its synthesized JSON (see declareStackPolicy). It describes the
 * stack; it never loosens its own judgement: readers of artefacts pass it through policy/trust.ts, which
 * keeps a role or a data classification only where it adds requirements to what the repository's own
 * configuration says, and takes catalogues, waivers and deadlines from the repository alone.
 */
export interface StackPolicyMetadata {
  /** The stack's role; none: judged by its data classification alone, with no built-in waiver. */
  readonly role?: StackRole;
  /** What data the stack holds, e.g. `health-data`; the catalogue maps it to required qualifications (none: the strictest default). */
  readonly dataClassification?: string;
  /** The repository environment the stack was synthesized from (`config/environments/<environment>.json`). */
  readonly environment?: string;
  /** Qualifications required of every resource on top of the role's or classification's (additions only). */
  readonly requires?: readonly string[];
  /** Team answerable for the stack (owner of its built-in waivers). */
  readonly owner?: string;
  /** Day (YYYY-MM-DD) after which the legacy estate may no longer hold data without SecNumCloud. */
  readonly migrationDeadline?: string;
}

/**
 * An expression from a plan's `configuration` section: a constant, or the references Terraform
 * found in it (`var.region`, `azurerm_resource_group.rg.location`, `azurerm_resource_group.rg`).
 */
export interface PlanExpression {
  readonly constant_value?: unknown;
  readonly references?: readonly string[];
}

/** One managed resource or data source, wherever it came from. */
export interface PolicyResource {
  /** Terraform address, e.g. `module.a.openstack_compute_instance_v2.web[0]`. */
  readonly address: string;
  /** Address inside its module, without index: `openstack_compute_instance_v2.web` or `data.x.y`. */
  readonly localAddress: string;
  readonly type: string;
  readonly name: string;
  readonly mode: "managed" | "data";
  /** Provider type, e.g. `openstack`, `azurerm`, `random`. */
  readonly providerType: string;
  /** Provider configuration key inside its module: `openstack` or `openstack.paris` (alias). */
  readonly providerKey: string;
  /** Arguments as written (tf.json, HCL: `${...}` strings for references) or planned (plan JSON). */
  readonly values: Readonly<Record<string, unknown>>;
  /** Plan only: arguments known only after apply (`after_unknown`). */
  readonly unknown?: Readonly<Record<string, unknown>>;
  /** Plan only: the configuration's expressions for the arguments. */
  readonly expressions?: Readonly<Record<string, PlanExpression>>;
  /** `lifecycle.prevent_destroy`; undefined when the input does not record it (plan JSON). */
  readonly preventDestroy: boolean | undefined;
  /** `module.a.module.b`, empty for the root module. */
  readonly modulePath: string;
  /** The stack (configuration) it belongs to. */
  readonly stack: string;
  /** The file it was read from. */
  readonly file: string;
  /** cdktf construct path, when synthesized by cdktf. */
  readonly constructPath?: string;
  /** Plan only: the planned actions (`create`, `update`, `delete`, `no-op` ...). */
  readonly actions?: readonly string[];
  /** Plan only: which part of the plan the resource was read from. */
  readonly plannedFrom?: "planned_values" | "resource_changes" | "prior_state" | "deferred_changes";
  /** Configuration only: the override files that changed the resource, in the order applied. */
  readonly overriddenBy?: readonly string[];
}

/** One provider configuration block. */
export interface PolicyProvider {
  /** `openstack` or `openstack.paris`. */
  readonly key: string;
  readonly type: string;
  readonly alias?: string;
  readonly modulePath: string;
  readonly values: Readonly<Record<string, unknown>>;
  readonly expressions?: Readonly<Record<string, PlanExpression>>;
}

/**
 * A variable's effective value: in a configuration, its default overridden by variable files and the
 * command line (policy/configuration/variables.ts); in a plan, the value the plan records.
 */
export interface PolicyVariable {
  readonly default?: unknown;
  /** The effective value, evaluated (literal). */
  readonly value?: unknown;
  /** Whether any source gives a value (null included). False: only apply-time input could. */
  readonly hasValue: boolean;
  /** Where the value comes from: `default`, a variable file, `--var`, `plan`. */
  readonly source?: string;
  /** Why the given value cannot be evaluated before apply (it is an expression, not a literal). */
  readonly unresolved?: string;
}

/** A module call, for resolving `var.x` inside the module through the caller's arguments. */
export interface PolicyModuleCall {
  /** The module's own path, e.g. `module.a`. */
  readonly path: string;
  readonly arguments: Readonly<Record<string, unknown>>;
  readonly expressions?: Readonly<Record<string, PlanExpression>>;
}

export interface PolicyBackend {
  /** `local`, `s3`, `azurerm`, `gcs`, `remote`, `cloud` ... */
  readonly type: string;
  readonly config: Readonly<Record<string, unknown>>;
}

/** One Terraform configuration: a cdktf stack, a *.tf.json file, a plan or state, a folder of *.tf. */
export interface PolicyStack {
  readonly name: string;
  readonly file: string;
  readonly source: "cdktf" | "tf-json" | "plan" | "state" | "hcl";
  /** Configurations: whose reading of the folder this is (Terraform's, or OpenTofu's where `.tofu` files differ). */
  readonly engine?: "terraform" | "opentofu";
  /** Configurations: the files assembled into it, primary then override, in the order read. */
  readonly configurationFiles?: readonly string[];
  readonly metadata?: StackPolicyMetadata;
  readonly backend?: PolicyBackend;
  readonly resources: readonly PolicyResource[];
  readonly providers: readonly PolicyProvider[];
  /** Variables by module path ("" for root) and name. */
  readonly variables: Readonly<Record<string, Readonly<Record<string, PolicyVariable>>>>;
  /** `locals` by module path and name (tf.json, HCL). */
  readonly locals: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly moduleCalls: readonly PolicyModuleCall[];
  /** Project root (folder with cdktf.json) the input was found under, to resolve metadata paths. */
  readonly projectRoot?: string;
}

export interface PolicyInputs {
  readonly stacks: readonly PolicyStack[];
}

/** The provider type of a provider key or full source address (`openstack.paris`, `registry.terraform.io/hashicorp/azurerm`). */
const providerTypes = new Map<string, string>();

export function providerTypeOf(keyOrSource: string): string {
  let type = providerTypes.get(keyOrSource);
  if (type === undefined) {
    type = computeProviderType(keyOrSource);
    providerTypes.set(keyOrSource, type);
  }
  return type;
}

function computeProviderType(keyOrSource: string): string {
  const lastSegment = keyOrSource.split("/").pop() ?? keyOrSource;
  const withoutModule = lastSegment.includes(":") ? lastSegment.slice(lastSegment.lastIndexOf(":") + 1) : lastSegment;
  return withoutModule.split(".")[0];
}

/** The provider type a resource type implies when no provider is named (`terraform_data` → terraform). */
export function impliedProviderType(resourceType: string): string {
  return resourceType.split("_")[0];
}
