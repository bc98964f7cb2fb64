import { LocalBackend, S3Backend, type TerraformStack } from "cdktf";
import type { StateBackendConfig } from "../config/environment";

/**
 * Configures where a stack keeps its Terraform state. Local by default; for real deployments an
 * S3-compatible bucket on the sovereign object storage (validated at load: never Azure, never non-EU).
 * Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (the object storage's S3 keys).
 */
export function configureStateBackend(stack: TerraformStack, stackName: string, backend: StateBackendConfig): void {
  if (backend.type === "local") {
    new LocalBackend(stack, { path: `terraform.${stackName}.tfstate` });
    return;
  }
  new S3Backend(stack, {
    bucket: backend.bucket,
    key: `${backend.key}/${stackName}.tfstate`,
    region: backend.region,
    endpoints: { s3: backend.endpoint },
    usePathStyle: backend.usePathStyle ?? true,
    encrypt: false, // SSE-S3 is an AWS feature: the object store encrypts at rest itself
    // Not AWS: skip the checks that would call AWS STS/IAM/metadata or insist on AWS region names.
    skipCredentialsValidation: true,
    skipRegionValidation: true,
    skipRequestingAccountId: true,
    skipMetadataApiCheck: true,
    skipS3Checksum: true,
  });
}
