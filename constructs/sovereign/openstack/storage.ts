import { Construct } from "constructs";
import { BlockstorageVolumeV3 } from "../../../.gen/providers/openstack/blockstorage-volume-v3";
import { ObjectstorageContainerV1 } from "../../../.gen/providers/openstack/objectstorage-container-v1";
import { protectFromDestroy, resourceMetadata, resourceName, type SovereignContext } from "../context";
import { InsecurePropsError } from "../errors";

/** A Cinder volume type, as the environment declares it. */
export interface VolumeTypeRef {
  readonly name: string;
  /** How the type encrypts its volumes; anything but `luks` is refused. */
  readonly encryption: string;
}

/** Refuses a volume type that does not encrypt. Used for data volumes and boot disks alike. */
export function requireEncryptedVolumeType(scope: Construct, prop: string, volumeType: VolumeTypeRef): string {
  if (volumeType.encryption !== "luks") {
    throw new InsecurePropsError(scope, prop, `volume type '${volumeType.name}' is not encrypted (encryption '${volumeType.encryption}'; expected 'luks')`);
  }
  return volumeType.name;
}

export interface EncryptedVolumeProps {
  readonly context: SovereignContext;
  /** Name suffix, e.g. `data-0`. */
  readonly name: string;
  readonly sizeGb: number;
  /** The encrypted volume type; an unencrypted one is refused. */
  readonly volumeType: VolumeTypeRef;
  readonly description?: string;
  readonly availabilityZone?: string;
}

/** A block volume on an encrypted volume type, protected from destroy. */
export class EncryptedVolume extends Construct {
  readonly volume: BlockstorageVolumeV3;

  constructor(scope: Construct, id: string, props: EncryptedVolumeProps) {
    super(scope, id);
    const volumeType = requireEncryptedVolumeType(this, "volumeType", props.volumeType);
    if (!Number.isInteger(props.sizeGb) || props.sizeGb < 1) throw new InsecurePropsError(this, "sizeGb", `${props.sizeGb} is not a positive whole number of GB`);
    this.volume = protectFromDestroy(
      new BlockstorageVolumeV3(this, "volume", {
        name: resourceName(props.context, props.name),
        description: props.description,
        size: props.sizeGb,
        volumeType,
        availabilityZone: props.availabilityZone,
        enableOnlineResize: true,
        metadata: resourceMetadata(props.context, { encryption: "luks" }),
      }),
    );
  }
}

export interface ProtectedContainerProps {
  readonly context: SovereignContext;
  /** Name suffix, e.g. `raw` gives `hdh-dev-raw`. */
  readonly name: string;
  /**
   * Keystone project ids whose identities may read the container; written as `<project-id>:*` ACL entries.
   * Public grants (`.r:*`, `*:*`, referrers) cannot be expressed.
   */
  readonly readerProjectIds: readonly string[];
  /** Keystone project ids whose identities may write. */
  readonly writerProjectIds: readonly string[];
  /** Object versioning, default and only accepted value true: a deleted or overwritten object stays recoverable. */
  readonly versioning?: boolean;
  /** Extra ACL entries (`<project-id>:<user-id>`); anything public is refused. */
  readonly extraReadAcl?: readonly string[];
  /** Data classification of what the container holds, when it differs from the environment's (e.g. `pseudonymised`). */
  readonly contents?: string;
}

/**
 * A Swift container for the data lake: versioned, readable and writable only by the given projects'
 * identities, never public, protected from destroy.
 */
export class ProtectedContainer extends Construct {
  readonly container: ObjectstorageContainerV1;

  constructor(scope: Construct, id: string, props: ProtectedContainerProps) {
    super(scope, id);
    if (props.versioning === false) throw new InsecurePropsError(this, "versioning", "data-lake containers keep object versions");
    if (props.readerProjectIds.length === 0) throw new InsecurePropsError(this, "readerProjectIds", "at least one project must be able to read");
    const read = [...props.readerProjectIds.map(projectAcl), ...(props.extraReadAcl ?? [])];
    const write = props.writerProjectIds.map(projectAcl);
    for (const entry of [...read, ...write]) checkAclEntry(this, entry);
    this.container = protectFromDestroy(
      new ObjectstorageContainerV1(this, "container", {
        name: resourceName(props.context, props.name),
        versioning: true,
        containerRead: read.join(","),
        containerWrite: write.length > 0 ? write.join(",") : undefined,
        forceDestroy: false,
        metadata: resourceMetadata(props.context, props.contents ? { contents: props.contents } : {}),
      }),
    );
  }
}

/** Swift request paths of one container (and its large-object segments container), for Keystone application credential access rules. */
export function swiftContainerPaths(projectId: string, container: string): string[] {
  return [container, `${container}_segments`].flatMap((c) => [`/v1/AUTH_${projectId}/${c}`, `/v1/AUTH_${projectId}/${c}/**`]);
}

function projectAcl(projectId: string): string {
  return `${projectId}:*`;
}

/** Swift ACL entries that would make a container public or open to every project. */
function checkAclEntry(scope: Construct, entry: string): void {
  const trimmed = entry.trim();
  if (trimmed.startsWith(".r:") || trimmed.startsWith(".rlistings") || trimmed === "*" || trimmed.startsWith("*:")) {
    throw new InsecurePropsError(scope, "acl", `'${trimmed}' would open the container beyond the project's identities`);
  }
}
