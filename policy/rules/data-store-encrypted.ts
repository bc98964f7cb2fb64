import { dataStoreKind, type EncryptionCheck } from "../data-stores";
import { isResolved } from "../expressions/evaluation";
import { isObject } from "../json";
import type { PolicyResource } from "../model";
import { block, NO_VIOLATIONS, resourcesOfType, type PolicyRule, type ResourceContext, type RuleViolation } from "../rule";

function isTrue(value: unknown): boolean {
  return value === true || value === "true";
}

/** An argument's evaluated value (a configuration's expression, a plan's planned value), or why it cannot be told. */
function valueOf(context: ResourceContext, resource: PolicyResource, path: readonly (string | number)[]): { value: unknown } | { unresolved: string } {
  if (!context.stack.resolver.sets(resource, String(path[0]))) return { value: undefined };
  return context.stack.resolver.attribute(resource, path);
}

/** The requirement of the stack's data classification, which decides how some findings weigh (synthetic data: warnings). */
function classificationRequirement(context: ResourceContext) {
  const classification = context.stack.dataClassification;
  return classification === undefined ? undefined : context.stack.catalogue.classificationRequirement(classification);
}

/** A type listed by the offer as encrypted (volume or share types): set, literal, and in the list. */
function checkEncryptedType(context: ResourceContext, argument: string, listed: readonly string[] | undefined, what: string): readonly RuleViolation[] {
  const type = valueOf(context, context.resource, [argument]);
  const encrypted = listed ?? [];
  if (!isResolved(type)) return [{ message: `${argument} cannot be checked before apply (${type.unresolved}): set a literal encrypted ${what} type` }];
  if (type.value === undefined || type.value === null) return [{ message: `${argument} is not set: the cloud's default ${what} type is not known to be encrypted` }];
  if (typeof type.value !== "string") return [{ message: `${argument} is not a string` }];
  if (encrypted.includes(type.value)) return NO_VIOLATIONS;
  const known = encrypted.length > 0 ? `encrypted types of ${context.offer?.name}: ${encrypted.join(", ")}` : `the catalogue lists no encrypted ${what} type for ${context.offer?.name ?? "this cloud"}`;
  return [{ message: `${argument} '${type.value}' is not an encrypted ${what} type (${known})` }];
}

/** Object storage whose at-rest encryption is the cloud's (Swift has no per-container switch): it needs the catalogue's evidence. */
function checkCloudObjectStorage(context: ResourceContext): readonly RuleViolation[] {
  if (context.offer?.encryptsObjectStorageAtRest === true) return NO_VIOLATIONS;
  return [
    {
      message: `the catalogue has no evidence that ${context.offer?.name ?? "this cloud"} encrypts object storage at rest`,
      severity: classificationRequirement(context)?.unprovenCloudEncryption ?? "error",
    },
  ];
}

function checkSwiftContainer(context: ResourceContext): readonly RuleViolation[] {
  const values = context.resource.values;
  const violations: RuleViolation[] = [];
  if (!isTrue(values.versioning) && block(values.versioning_legacy) === undefined) {
    violations.push({ message: "versioning is not enabled (set versioning = true)", severity: classificationRequirement(context)?.unrecoverableData ?? "error" });
  }
  return [...violations, ...checkCloudObjectStorage(context)];
}

function checkEncryptedImage(context: ResourceContext): readonly RuleViolation[] {
  const properties = context.resource.values.properties;
  const set = (key: string) => isObject(properties) && typeof properties[key] === "string" && properties[key] !== "";
  if (set("os_encrypt_format") && set("os_encrypt_key_id")) return NO_VIOLATIONS;
  return [{ message: "the image is not encrypted: set properties os_encrypt_format and os_encrypt_key_id (Glance image encryption) with a Barbican key" }];
}

function checkStorageAccount(context: ResourceContext): readonly RuleViolation[] {
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

function checkSqlTde(context: ResourceContext): readonly RuleViolation[] {
  const enabled = valueOf(context, context.resource, ["transparent_data_encryption_enabled"]);
  if (!isResolved(enabled)) return [{ message: `transparent_data_encryption_enabled cannot be checked before apply (${enabled.unresolved})` }];
  return enabled.value === false || enabled.value === "false" ? [{ message: "transparent_data_encryption_enabled = false: the database is not encrypted at rest" }] : [];
}

function checkRdbEncryption(context: ResourceContext): readonly RuleViolation[] {
  const enabled = valueOf(context, context.resource, ["encryption_at_rest"]);
  if (!isResolved(enabled)) return [{ message: `encryption_at_rest cannot be checked before apply (${enabled.unresolved})` }];
  return isTrue(enabled.value) ? [] : [{ message: "encryption_at_rest is not true: the database's volumes are not encrypted at rest" }];
}

const SSE_CONFIGURATION = "scaleway_object_bucket_server_side_encryption_configuration";
const SSE_ALGORITHMS = ["aws:kms", "AES256"];

/** Whether the configuration gives this bucket a server-side encryption configuration by default (SSE-KMS or SSE-S3), or why not. */
function bucketEncryption(context: ResourceContext, bucket: PolicyResource): readonly RuleViolation[] {
  const { resolver } = context.stack;
  for (const configuration of resourcesOfType(context.stack.stack, SSE_CONFIGURATION)) {
    const target = resolver.target(configuration, ["bucket"], "scaleway_object_bucket");
    if (!("resource" in target) || target.resource !== bucket) continue;
    const rules = Array.isArray(configuration.values.rule) ? configuration.values.rule : [configuration.values.rule];
    const algorithms = rules.map((r) => (isObject(r) ? block(r.apply_server_side_encryption_by_default)?.sse_algorithm : undefined));
    if (algorithms.some((a) => typeof a === "string" && SSE_ALGORITHMS.includes(a))) return NO_VIOLATIONS;
    return [{ message: `${configuration.address} sets no server-side encryption algorithm (${SSE_ALGORITHMS.join(" or ")}) for ${bucket.address}` }];
  }
  return [{ message: `${bucket.address} has no ${SSE_CONFIGURATION} in this configuration: its objects are not encrypted by default` }];
}

function checkScalewayBucket(context: ResourceContext): readonly RuleViolation[] {
  const violations: RuleViolation[] = [];
  const versioning = block(context.resource.values.versioning);
  if (!isTrue(versioning?.enabled)) {
    violations.push({ message: "versioning.enabled is not true: overwritten or deleted objects cannot be recovered", severity: classificationRequirement(context)?.unrecoverableData ?? "error" });
  }
  return [...violations, ...bucketEncryption(context, context.resource).map((v) => ({ ...v, message: v.message.replace(`${context.resource.address} has`, "the bucket has") }))];
}

function checkScalewayObject(context: ResourceContext): readonly RuleViolation[] {
  if (context.stack.resolver.sets(context.resource, "sse_customer_key")) return NO_VIOLATIONS;
  const bucket = context.stack.resolver.target(context.resource, ["bucket"], "scaleway_object_bucket");
  if ("unresolved" in bucket) return [{ message: `no sse_customer_key, and its bucket cannot be found to check its default encryption (${bucket.unresolved})` }];
  return bucketEncryption(context, bucket.resource).map((v) => ({ message: `no sse_customer_key, and ${v.message}` }));
}

/** Whether a server's cloud-init opens LUKS volumes and names this volume (a reference to its ID), and passes user data (the passphrase). */
function opensLuks(context: ResourceContext, server: PolicyResource, volume: PolicyResource): { opens: true } | { opens: false; why: string } {
  const cloudInit = server.values.cloud_init;
  const reference = `${volume.type}.${volume.name}.id`;
  if (typeof cloudInit !== "string") {
    const references = server.expressions?.cloud_init?.references ?? [];
    return { opens: false, why: references.includes(reference) ? "its cloud_init is known only after apply: check the configuration" : "it has no cloud_init that opens the volume" };
  }
  if (!/\bcryptsetup\b[^\n]*\b(open|luksOpen)\b/.test(cloudInit)) return { opens: false, why: "its cloud_init does not open a LUKS volume (cryptsetup open)" };
  if (!cloudInit.includes(reference) && !(typeof volume.values.id === "string" && cloudInit.includes(volume.values.id))) return { opens: false, why: "its cloud_init does not name this volume" };
  if (!context.stack.resolver.sets(server, "user_data")) return { opens: false, why: "it has no user_data to give the passphrase" };
  return { opens: true };
}

/**
 * Scaleway volumes have no customer key (the provider encrypts its disks with keys of its own, not enough
 * for health data by its HDS guidance): compliant when a server of this configuration it is attached to
 * (`additional_volume_ids`) opens it as a LUKS volume at boot (its cloud-init runs `cryptsetup open` on
 * this volume's device, the passphrase coming from user data), as constructs/sovereign/scaleway/storage.ts builds it.
 */
function checkScalewayLuksVolume(context: ResourceContext): readonly RuleViolation[] {
  const { resolver } = context.stack;
  const reasons: string[] = [];
  for (const server of resourcesOfType(context.stack.stack, "scaleway_instance_server")) {
    const attached = server.values.additional_volume_ids;
    const count = Array.isArray(attached) ? attached.length : 0;
    for (let i = 0; i < count; i++) {
      const target = resolver.target(server, ["additional_volume_ids", i], context.resource.type);
      if (!("resource" in target) || target.resource !== context.resource) continue;
      const luks = opensLuks(context, server, context.resource);
      if (luks.opens) return NO_VIOLATIONS;
      reasons.push(`${server.address}: ${luks.why}`);
    }
  }
  const why = reasons.length > 0 ? `it is attached to ${reasons.join("; ")}` : "no server of this configuration attaches it";
  return [{ message: `not proven LUKS-encrypted (Scaleway offers no customer-key encryption of volumes): ${why}` }];
}

/** A store inside another: its parent must be in this configuration and pass its own check. */
function checkParent(context: ResourceContext, attribute: string): readonly RuleViolation[] {
  const parent = context.stack.resolver.target(context.resource, [attribute]);
  if ("unresolved" in parent) return [{ message: `${attribute}: ${parent.unresolved}: its encryption cannot be checked` }];
  const kind = dataStoreKind(parent.resource.type);
  if (!kind) return [{ message: `${attribute} points at ${parent.resource.address}, which holds no data the policy knows how to check` }];
  if ("byDesign" in kind.encryption) return NO_VIOLATIONS;
  const found = runCheck(kind.encryption.check, { ...context, resource: parent.resource }, kind.encryption.parent);
  return found.map((v) => ({ ...v, message: `its ${attribute} ${parent.resource.address}: ${v.message}` }));
}

/** A store whose encryption at rest nothing documents: not proven, never a pass. */
function checkUnproven(context: ResourceContext): readonly RuleViolation[] {
  const kind = dataStoreKind(context.resource.type);
  const why = kind && "check" in kind.encryption ? kind.encryption.why : undefined;
  return [{ message: `encryption at rest is not proven (${why ?? "nothing documents it"})`, severity: classificationRequirement(context)?.unprovenCloudEncryption ?? "error" }];
}

const CHECKS: Readonly<Record<Exclude<EncryptionCheck, "parent">, (context: ResourceContext) => readonly RuleViolation[]>> = {
  "volume-type": (c) => checkEncryptedType(c, "volume_type", c.offer?.encryptedVolumeTypes, "volume"),
  "swift-container": checkSwiftContainer,
  "cloud-object-storage": checkCloudObjectStorage,
  "share-type": (c) => checkEncryptedType(c, "share_type", c.offer?.encryptedShareTypes, "share"),
  "encrypted-image": checkEncryptedImage,
  "storage-account": checkStorageAccount,
  "sql-tde": checkSqlTde,
  "scaleway-bucket": checkScalewayBucket,
  "scaleway-object": checkScalewayObject,
  "rdb-encryption": checkRdbEncryption,
  "scaleway-luks-volume": checkScalewayLuksVolume,
  unproven: checkUnproven,
};

function runCheck(check: EncryptionCheck, context: ResourceContext, parent: string | undefined): readonly RuleViolation[] {
  return check === "parent" ? checkParent(context, parent ?? "") : CHECKS[check](context);
}

/**
 * data-store-encrypted. Compliant: every data-bearing type of policy/data-stores.ts passes its check, or
 * is one the platform encrypts by design (the reason and its source are in data-stores.ts): block volumes
 * on an encrypted volume type of their cloud; Swift containers versioned on a cloud the catalogue shows
 * encrypting object storage at rest (without that evidence: an error, or a warning where the data
 * classification says unproven cloud encryption is acceptable, as for synthetic data); Azure storage
 * accounts with double encryption and blob versioning, SQL databases with TDE; Scaleway buckets versioned with a server-side encryption configuration, Managed Databases
 * with encryption at rest, volumes opened as LUKS volumes by their server; stores inside another (a
 * database in its instance, a snapshot of its volume) as their parent. Missing versioning is a warning
 * where the data classification says its loss harms no one (synthetic data: `unrecoverableData`).
 */
export const dataStoreEncrypted: PolicyRule = {
  id: "data-store-encrypted",
  level: "error",
  explanation: "Health data at rest must be encrypted and recoverable: an unencrypted volume, database or bucket, or an unversioned one, exposes or loses it.",
  compliant: "Every data-bearing type passes its encryption check (encrypted volume types, versioned and encrypted buckets and accounts, encrypted databases) or is encrypted by the platform by design.",
  checkResource(context) {
    const kind = dataStoreKind(context.resource.type);
    if (!kind || "byDesign" in kind.encryption) return NO_VIOLATIONS;
    return runCheck(kind.encryption.check, context, kind.encryption.parent);
  },
};
