import { Construct } from "constructs";
import { ComputeInstanceV2 } from "../../../.gen/providers/openstack/compute-instance-v2";
import { ComputeKeypairV2 } from "../../../.gen/providers/openstack/compute-keypair-v2";
import { ComputeServergroupV2 } from "../../../.gen/providers/openstack/compute-servergroup-v2";
import { ComputeVolumeAttachV2 } from "../../../.gen/providers/openstack/compute-volume-attach-v2";
import { DataOpenstackComputeFlavorV2 } from "../../../.gen/providers/openstack/data-openstack-compute-flavor-v2";
import { DataOpenstackImagesImageV2 } from "../../../.gen/providers/openstack/data-openstack-images-image-v2";
import { NetworkingFloatingipV2 } from "../../../.gen/providers/openstack/networking-floatingip-v2";
import { NetworkingPortV2 } from "../../../.gen/providers/openstack/networking-port-v2";
import { resourceMetadata, resourceName, resourceTags, type SovereignContext } from "../context";
import { InsecurePropsError } from "../errors";
import type { PrivateNetwork } from "./network";
import type { LeastPrivilegeSecurityGroup } from "./security-group";
import { EncryptedVolume, requireEncryptedVolumeType, type VolumeTypeRef } from "./storage";

/**
 * Flavors and images looked up by name, one data source per distinct name however many servers use it.
 */
export class ComputeCatalog extends Construct {
  private readonly flavors = new Map<string, DataOpenstackComputeFlavorV2>();
  private readonly images = new Map<string, DataOpenstackImagesImageV2>();

  flavor(name: string): DataOpenstackComputeFlavorV2 {
    let flavor = this.flavors.get(name);
    if (!flavor) {
      flavor = new DataOpenstackComputeFlavorV2(this, uniqueId(this, `flavor-${slug(name)}`), { name });
      this.flavors.set(name, flavor);
    }
    return flavor;
  }

  /** The most recent image of that name the project can see. */
  image(name: string): DataOpenstackImagesImageV2 {
    let image = this.images.get(name);
    if (!image) {
      image = new DataOpenstackImagesImageV2(this, uniqueId(this, `image-${slug(name)}`), { name, mostRecent: true });
      this.images.set(name, image);
    }
    return image;
  }
}

export interface ServerFleetProps {
  readonly context: SovereignContext;
  /** Name suffix, e.g. `portal` gives servers `hdh-dev-portal-0`, `-1` ... */
  readonly name: string;
  readonly catalog: ComputeCatalog;
  readonly flavorName: string;
  readonly imageName: string;
  readonly instanceCount: number;
  readonly network: PrivateNetwork;
  readonly securityGroups: readonly LeastPrivilegeSecurityGroup[];
  /** Boot disks live on this volume type; an unencrypted one is refused. */
  readonly volumeType: VolumeTypeRef;
  /** Boot volume size; default 20 GB. */
  readonly bootVolumeSizeGb?: number;
  /** A data volume (encrypted, protected from destroy) of this size is attached to each server; none by default. */
  readonly dataVolumeSizeGb?: number;
  /** Public key of the fleet's keypair; the cloud generates one when absent (private half in state only). */
  readonly sshPublicKey?: string;
  /** A public floating IP per server: refused unless the network allows it (ingress/administration tiers). */
  readonly floatingIp?: { readonly pool: string };
  /** Extra tags/metadata, e.g. `{ role: "portal" }`. */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * The user data (cloud-init) of each server, given its index, port and data volume; none by default. A change
   * replaces the server (its data volume stays, protected from destroy).
   */
  readonly userData?: (server: { readonly index: number; readonly port: NetworkingPortV2; readonly dataVolume?: EncryptedVolume }) => string;
}

/**
 * N identical servers spread over distinct hosts (server group with anti-affinity), booting from
 * encrypted volumes, on ports that carry their security groups, sharing one keypair.
 */
export class ServerFleet extends Construct {
  readonly serverGroup: ComputeServergroupV2;
  readonly keypair: ComputeKeypairV2;
  readonly instances: ComputeInstanceV2[] = [];
  readonly ports: NetworkingPortV2[] = [];
  readonly dataVolumes: EncryptedVolume[] = [];
  readonly floatingIps: NetworkingFloatingipV2[] = [];

  constructor(scope: Construct, id: string, props: ServerFleetProps) {
    super(scope, id);
    if (!Number.isInteger(props.instanceCount) || props.instanceCount < 1) {
      throw new InsecurePropsError(this, "instanceCount", `${props.instanceCount} is not a positive whole number`);
    }
    if (props.floatingIp && !props.network.allowFloatingIps) {
      throw new InsecurePropsError(this, "floatingIp", "this network's servers must never carry a public floating IP");
    }
    const bootVolumeType = requireEncryptedVolumeType(this, "volumeType", props.volumeType);
    const name = resourceName(props.context, props.name);
    const tags = resourceTags(props.context, props.labels);
    const metadata = resourceMetadata(props.context, props.labels);
    const flavor = props.catalog.flavor(props.flavorName);
    const image = props.catalog.image(props.imageName);

    this.serverGroup = new ComputeServergroupV2(this, "server-group", { name, policies: ["anti-affinity"] });
    this.keypair = new ComputeKeypairV2(this, "keypair", { name, publicKey: props.sshPublicKey });

    // Each attribute read creates a token (and captures a stack trace): read the shared ones once.
    const shared = {
      networkId: props.network.network.id,
      subnetId: props.network.subnet.id,
      securityGroupIds: props.securityGroups.map((g) => g.id),
      flavorId: flavor.id,
      imageId: image.id,
      keyPair: this.keypair.name,
      serverGroupId: this.serverGroup.id,
    };
    for (let i = 0; i < props.instanceCount; i++) {
      const port = new NetworkingPortV2(this, `port-${i}`, {
        name: `${name}-${i}`,
        networkId: shared.networkId,
        adminStateUp: true,
        portSecurityEnabled: true,
        securityGroupIds: shared.securityGroupIds,
        fixedIp: [{ subnetId: shared.subnetId }],
        tags,
      });
      // The data volume first, so the user data can name its device.
      const volume = props.dataVolumeSizeGb
        ? new EncryptedVolume(this, `data-volume-${i}`, {
            context: props.context,
            name: `${props.name}-data-${i}`,
            sizeGb: props.dataVolumeSizeGb,
            volumeType: props.volumeType,
          })
        : undefined;
      const instance = new ComputeInstanceV2(this, `server-${i}`, {
        name: `${name}-${i}`,
        flavorId: shared.flavorId,
        keyPair: shared.keyPair,
        configDrive: true,
        blockDevice: [
          {
            sourceType: "image",
            uuid: shared.imageId,
            destinationType: "volume",
            volumeSize: props.bootVolumeSizeGb ?? 20,
            volumeType: bootVolumeType,
            bootIndex: 0,
            deleteOnTermination: true,
          },
        ],
        network: [{ port: port.id }],
        schedulerHints: [{ group: shared.serverGroupId }],
        metadata,
        tags,
        userData: props.userData?.({ index: i, port, dataVolume: volume }),
      });
      this.ports.push(port);
      this.instances.push(instance);
      if (volume) {
        new ComputeVolumeAttachV2(this, `data-volume-attach-${i}`, { instanceId: instance.id, volumeId: volume.volume.id });
        this.dataVolumes.push(volume);
      }
      if (props.floatingIp) {
        this.floatingIps.push(
          new NetworkingFloatingipV2(this, `floating-ip-${i}`, {
            pool: props.floatingIp.pool,
            portId: port.id,
            description: `${name}-${i}`,
            tags,
          }),
        );
      }
    }
  }
}

/** `base`, or `base-2`, `base-3` ... when two names slug alike (`Debian 12`, `debian-12`). */
function uniqueId(scope: Construct, base: string): string {
  let id = base;
  for (let n = 2; scope.node.tryFindChild(id); n++) id = `${base}-${n}`;
  return id;
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "default";
}
