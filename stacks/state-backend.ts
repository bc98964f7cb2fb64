import * as path from "node:path";
import { Annotations, LocalBackend, Lazy, S3Backend, TerraformVariable, type TerraformStack } from "cdktf";
import type { StateBackendConfig, StateEncryptionConfig } from "../config/environment";

/**
 * Terraform features the stacks may use, with the first release that has each (Terraform and OpenTofu
 * number their releases alike for these). A stack's `required_version` is the highest of the features it
 * uses, so that an older binary stops at `init` with Terraform's own message instead of misreading the
 * configuration (an unknown backend argument, or an import block taken for nothing).
 */
export const TERRAFORM_FEATURES = {
  /** The floor of every stack: `import` blocks (the legacy adoption) and the moved/removed syntax cdktf emits. */
  baseline: { minimum: "1.5.0", why: "import blocks" },
  /** S3 backend `endpoints { s3 }`, `use_path_style` (1.6.0) and `skip_s3_checksum` for S3-compatible stores (1.6.3). */
  s3CompatibleEndpoint: { minimum: "1.6.3", why: "S3 backend endpoints and skip_s3_checksum" },
  /** S3 backend `use_lockfile`: native locking by conditional writes (Terraform 1.10, GA in 1.11; OpenTofu 1.10). */
  s3Lockfile: { minimum: "1.10.0", why: "S3 native state locking (use_lockfile)" },
  /** `terraform { encryption { ... } }`: OpenTofu's client-side state and plan encryption (OpenTofu 1.7). */
  stateEncryption: { minimum: "1.7.0", why: "OpenTofu state encryption" },
} as const;

export type TerraformFeature = keyof typeof TERRAFORM_FEATURES;

const compareVersions = (a: string, b: string): number => {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
};

/** The `required_version` constraint of a set of features: `>= <highest minimum>` (trailing `.0` dropped). */
export function requiredVersionFor(features: Iterable<TerraformFeature>): string {
  const highest = [...new Set(["baseline" as TerraformFeature, ...features])]
    .map((feature) => TERRAFORM_FEATURES[feature].minimum)
    .sort(compareVersions)
    .pop()!;
  return `>= ${highest.replace(/\.0$/, "")}`;
}

const stackFeatures = new WeakMap<TerraformStack, Set<TerraformFeature>>();

/** Records that a stack uses a feature; its required_version follows (see requireTerraformVersion). */
export function useTerraformFeature(stack: TerraformStack, feature: TerraformFeature): void {
  const features = stackFeatures.get(stack) ?? new Set<TerraformFeature>();
  features.add(feature);
  stackFeatures.set(stack, features);
}

/** The features a stack has recorded so far. */
export function terraformFeaturesOf(stack: TerraformStack): TerraformFeature[] {
  return [...(stackFeatures.get(stack) ?? [])].sort();
}

/**
 * Declares the Terraform version the stack needs (`terraform.required_version`), derived at synth from
 * the features it recorded (useTerraformFeature), so a feature added later still raises it.
 */
export function requireTerraformVersion(stack: TerraformStack): void {
  stack.addOverride("terraform.required_version", Lazy.stringValue({ produce: () => requiredVersionFor(stackFeatures.get(stack) ?? []) }));
}

/**
 * Configures where a stack keeps its Terraform state. Local by default (in the stack's folder under
 * cdktf.out, which synth keeps); for real deployments an
 * S3-compatible bucket on the sovereign object storage (validated at load: never Azure, never non-EU),
 * locked with a lock file next to the state (`use_lockfile`, S3 conditional writes).
 * Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (the object storage's S3 keys).
 */
export function configureStateBackend(stack: TerraformStack, stackName: string, backend: StateBackendConfig): void {
  if (backend.type === "local") {
    // Terraform runs in cdktf.out/stacks/<stack>/. Spelling the path through the stacks folder makes it
    // valid from every sibling stack too: cross-stack references read it through terraform_remote_state.
    // (cdktf's default is an absolute path, which would put machine paths into the synthesized JSON.)
    new LocalBackend(stack, { path: `../${stackName}/terraform.${stackName}.tfstate` });
    return;
  }
  new S3Backend(stack, {
    bucket: backend.bucket,
    key: `${backend.key}/${stackName}.tfstate`,
    region: backend.region,
    endpoints: { s3: backend.endpoint },
    usePathStyle: backend.usePathStyle ?? true,
    // State holds generated secrets: ask the store to encrypt it at rest (SSE-S3, which OVHcloud's S3 API offers).
    encrypt: backend.serverSideEncryption ?? true,
    // Not AWS: skip the checks that would call AWS STS/IAM/metadata or insist on AWS region names.
    skipCredentialsValidation: true,
    skipRegionValidation: true,
    skipRequestingAccountId: true,
    skipMetadataApiCheck: true,
    skipS3Checksum: true,
  });
  // Two runs never write the same state: `<key>.tflock` is created with a conditional write (If-None-Match),
  // which the sovereign object storage supports. cdktf 0.21's S3Backend has no property for it yet.
  stack.addOverride("terraform.backend.s3.use_lockfile", true);
  useTerraformFeature(stack, "s3CompatibleEndpoint");
  useTerraformFeature(stack, "s3Lockfile");
}

/** Names of the key provider and method in the encryption block (renaming them would orphan encrypted state). */
const ENCRYPTION_NAME = "hdh";
/** The root variable holding the pbkdf2 passphrase when the environment names none. */
export const DEFAULT_PASSPHRASE_VARIABLE = "state_encryption_passphrase";

/** Whether Terraform commands run with OpenTofu (`TERRAFORM_BINARY_NAME=tofu`, as cdktf-cli reads it). */
export function runsOpenTofu(binaryName = process.env.TERRAFORM_BINARY_NAME): boolean {
  return binaryName !== undefined && path.basename(binaryName).startsWith("tofu");
}

/**
 * OpenTofu's `terraform { encryption { ... } }` block for the environment's settings: state and plans
 * encrypted client-side with AES-GCM, the key from the sovereign side (a passphrase variable filled from
 * the sovereign secret store, or an OpenBao transit key), enforced, and the same method for reading other
 * stacks' state (cross-stack references). Every stack of an environment shares the key provider, so each
 * reads the others' state; OpenTofu derives a fresh data key per state file.
 */
export function encryptionBlock(config: StateEncryptionConfig): Record<string, unknown> {
  const keyProvider =
    config.keyProvider === "pbkdf2"
      ? { pbkdf2: { [ENCRYPTION_NAME]: { passphrase: `\${var.${config.passphraseVariable ?? DEFAULT_PASSPHRASE_VARIABLE}}` } } }
      : {
          openbao: {
            [ENCRYPTION_NAME]: {
              address: config.address,
              key_name: config.keyName,
              ...(config.transitEnginePath ? { transit_engine_path: config.transitEnginePath } : {}),
            },
          },
        };
  // Target `method` fields are traversals (hcl.AbsTraversalForExpr): in JSON, a string holding the reference.
  const method = `method.aes_gcm.${ENCRYPTION_NAME}`;
  const fallback = config.migrateFromUnencrypted ? { fallback: { method: "method.unencrypted.migrate" } } : {};
  return {
    key_provider: keyProvider,
    method: {
      aes_gcm: { [ENCRYPTION_NAME]: { keys: `\${key_provider.${config.keyProvider}.${ENCRYPTION_NAME}}` } },
      ...(config.migrateFromUnencrypted ? { unencrypted: { migrate: {} } } : {}),
    },
    state: { method, enforced: true, ...fallback },
    plan: { method, enforced: true, ...fallback },
    remote_state_data_sources: { default: { method, ...fallback } },
  };
}

/**
 * Encrypts the stack's state end to end with OpenTofu when the environment asks for it (`stateEncryption`)
 * and the binary is OpenTofu. Terraform has no such block (it would refuse it): with Terraform the state is
 * only encrypted at rest by the store, which a warning says at synth.
 */
export function configureStateEncryption(stack: TerraformStack, config: StateEncryptionConfig | undefined, binaryName = process.env.TERRAFORM_BINARY_NAME): void {
  if (!config) return;
  if (!runsOpenTofu(binaryName)) {
    Annotations.of(stack).addWarning(
      `stateEncryption is set but TERRAFORM_BINARY_NAME is not tofu: the state is not encrypted client-side (only at rest by the store); run with TERRAFORM_BINARY_NAME=tofu`,
    );
    return;
  }
  if (config.keyProvider === "pbkdf2") {
    const name = config.passphraseVariable ?? DEFAULT_PASSPHRASE_VARIABLE;
    new TerraformVariable(stack, name, {
      type: "string",
      sensitive: true,
      nullable: false,
      description: `Passphrase of the state encryption key (TF_VAR_${name}), from the sovereign secret store; at least 16 characters.`,
    });
  }
  stack.addOverride("terraform.encryption", encryptionBlock(config));
  useTerraformFeature(stack, "stateEncryption");
}
