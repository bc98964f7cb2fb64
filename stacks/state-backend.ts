import { LocalBackend, S3Backend, type TerraformStack } from "cdktf";
import type { StateBackendConfig } from "../config/environment";

/** The oldest Terraform the stacks run on: import blocks need 1.5. Terraform refuses older binaries itself. */
export const MINIMUM_TERRAFORM_VERSION = ">= 1.5";

/** Declares the Terraform version the stack needs (`terraform.required_version`). */
export function requireTerraformVersion(stack: TerraformStack): void {
  stack.addOverride("terraform.required_version", MINIMUM_TERRAFORM_VERSION);
}

/**
 * Configures where a stack keeps its Terraform state. Local by default (in the stack's folder under
 * cdktf.out, which synth keeps); for real deployments an
 * S3-compatible bucket on the sovereign object storage (validated at load: never Azure, never non-EU).
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
}
