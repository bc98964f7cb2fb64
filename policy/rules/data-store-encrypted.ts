import { block, isExpression, type PolicyRule, type ResourceContext, type RuleViolation } from "../rule";

function isTrue(value: unknown): boolean {
  return value === true || value === "true";
}

function checkVolume(context: ResourceContext): RuleViolation[] {
  const volumeType = context.resource.values.volume_type;
  const encrypted = context.offer?.encryptedVolumeTypes ?? [];
  if (volumeType === undefined || volumeType === null) {
    return [{ message: "volume_type is not set: the cloud's default volume type is not known to be encrypted" }];
  }
  if (isExpression(volumeType) || typeof volumeType !== "string") {
    return [{ message: `volume_type ${JSON.stringify(volumeType)} cannot be checked before apply: set a literal encrypted volume type` }];
  }
  if (!encrypted.includes(volumeType)) {
    const known = encrypted.length > 0 ? `encrypted types of ${context.offer?.name}: ${encrypted.join(", ")}` : `the catalogue lists no encrypted volume type for ${context.offer?.name ?? "this cloud"}`;
    return [{ message: `volume_type '${volumeType}' is not an encrypted volume type (${known})` }];
  }
  return [];
}

/** The requirement of the stack's data classification, which decides how some findings weigh (synthetic data: warnings). */
function classificationRequirement(context: ResourceContext) {
  const classification = context.stack.dataClassification;
  return classification === undefined ? undefined : context.stack.catalogue.classificationRequirement(classification);
}

function checkSwiftContainer(context: ResourceContext): RuleViolation[] {
  const values = context.resource.values;
  const violations: RuleViolation[] = [];
  const requirement = classificationRequirement(context);
  if (!isTrue(values.versioning) && block(values.versioning_legacy) === undefined) {
    violations.push({ message: "versioning is not enabled (set versioning = true)", severity: requirement?.unrecoverableData ?? "error" });
  }
  if (context.offer?.encryptsObjectStorageAtRest !== true) {
    // Swift has no per-container encryption switch: at-rest encryption is the cloud's, and needs evidence.
    // The data classification decides how much an unproven claim weighs (synthetic data: a warning).
    violations.push({
      message: `the catalogue has no evidence that ${context.offer?.name ?? "this cloud"} encrypts object storage at rest`,
      severity: requirement?.unprovenCloudEncryption ?? "error",
    });
  }
  return violations;
}

function checkStorageAccount(context: ResourceContext): RuleViolation[] {
  const values = context.resource.values;
  const violations: RuleViolation[] = [];
  if (!isTrue(values.infrastructure_encryption_enabled) && block(values.customer_managed_key) === undefined) {
    violations.push({ message: "neither infrastructure_encryption_enabled nor a customer_managed_key: data is encrypted once, with Microsoft's keys only" });
  }
  if (!isTrue(block(values.blob_properties)?.versioning_enabled)) {
    // Losing synthetic data harms no one: its classification may make this a warning.
    violations.push({
      message: "blob_properties.versioning_enabled is not true: overwritten or deleted blobs cannot be recovered",
      severity: classificationRequirement(context)?.unrecoverableData ?? "error",
    });
  }
  return violations;
}

const CHECKS: Readonly<Record<string, (context: ResourceContext) => RuleViolation[]>> = {
  openstack_blockstorage_volume_v3: checkVolume,
  openstack_blockstorage_volume_v2: checkVolume,
  openstack_objectstorage_container_v1: checkSwiftContainer,
  azurerm_storage_account: checkStorageAccount,
};

/**
 * data-store-encrypted. Compliant: block volumes use a volume type the catalogue lists as encrypted
 * for their cloud; object storage containers have versioning, on a cloud the catalogue
 * shows encrypting object storage at rest (without that evidence: an error, or a warning where the
 * data classification says unproven cloud encryption is acceptable, as for synthetic data); Azure storage
 * accounts have double encryption (infrastructure encryption or customer-managed keys) and blob
 * versioning. (Azure containers inherit both from their account.) Missing versioning is a warning where
 * the data classification says its loss harms no one (synthetic data: `unrecoverableData`).
 */
export const dataStoreEncrypted: PolicyRule = {
  id: "data-store-encrypted",
  level: "error",
  explanation: "Health data at rest must be encrypted and recoverable: an unencrypted volume or an unversioned bucket exposes or loses it.",
  compliant: "Volumes on an encrypted volume type; object containers and storage accounts with encryption and versioning.",
  checkResource(context) {
    return CHECKS[context.resource.type]?.(context) ?? [];
  },
};
