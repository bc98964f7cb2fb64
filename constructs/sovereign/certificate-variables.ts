import { TerraformVariable } from "cdktf";
import type { Construct } from "constructs";

/** The two sensitive Terraform variables a TLS certificate comes from: never a default, never in code. */
export interface CertificateVariables {
  /** TF_VAR_<name>_certificate: the PEM certificate with its chain. */
  readonly certificate: TerraformVariable;
  /** TF_VAR_<name>_private_key: the PEM private key. */
  readonly privateKey: TerraformVariable;
}

/**
 * Declares the sensitive variables `<name>_certificate` and `<name>_private_key` (hyphens become
 * underscores, e.g. `portal_tls_certificate`) in a scope, as constructs `certificate-pem` and `private-key-pem`.
 */
export function certificateVariables(scope: Construct, name: string): CertificateVariables {
  const variable = name.replace(/-/g, "_");
  const certificate = new TerraformVariable(scope, "certificate-pem", {
    type: "string",
    sensitive: true,
    nullable: false,
    description: `PEM certificate (with its chain) of ${name}; set TF_VAR_${variable}_certificate`,
  });
  certificate.overrideLogicalId(`${variable}_certificate`);
  const privateKey = new TerraformVariable(scope, "private-key-pem", {
    type: "string",
    sensitive: true,
    nullable: false,
    description: `PEM private key of ${name}; set TF_VAR_${variable}_private_key`,
  });
  privateKey.overrideLogicalId(`${variable}_private_key`);
  return { certificate, privateKey };
}
