import { Construct } from "constructs";
import { InstancePlacementGroup } from "../../../.gen/providers/scaleway/instance-placement-group";
import { InstancePrivateNic } from "../../../.gen/providers/scaleway/instance-private-nic";
import { InstanceServer } from "../../../.gen/providers/scaleway/instance-server";
import { IpamIp } from "../../../.gen/providers/scaleway/ipam-ip";
import { resourceName, resourceTags, type SovereignContext } from "../context";
import { InsecurePropsError } from "../errors";
import { zoneOf, type ScalewayLocality } from "./locality";
import type { ScalewayPrivateNetwork } from "./network";
import { ClosedSecurityGroup } from "./security-group";
import { EncryptedBlockVolume, luksCloudInit } from "./storage";

/** Where a server's data volume is mounted. */
export const DATA_MOUNT_POINT = "/srv/data";

export interface ScalewayServerFleetProps {
  readonly context: SovereignContext;
  /** Name suffix, e.g. `portal` gives servers `hdh-dev-portal-0`, `-1` ... */
  readonly name: string;
  readonly locality: ScalewayLocality;
  /** The project the servers (and their volumes and NICs) belong to. */
  readonly projectId: string;
  /** The project whose Secret Manager keeps the data volumes' LUKS passphrases; default `projectId`. */
  readonly secretsProjectId?: string;
  /** Commercial type, e.g. `PRO2-S`. */
  readonly type: string;
  /** Image label, e.g. `debian_bookworm`. */
  readonly image: string;
  readonly instanceCount: number;
  /** Boot volume (Block Storage) size; default 20 GB. */
  readonly bootVolumeSizeGb?: number;
  /** IOPS class of the boot and data volumes. */
  readonly volumeIops: number;
  /** The servers' network: each server gets a reserved (IPAM) address on it, `addresses`. */
  readonly network: ScalewayPrivateNetwork;
  /** Further networks each server joins (the portal's servers reach the managed database on the data tier's). */
  readonly extraNetworks?: readonly ScalewayPrivateNetwork[];
  /** A LUKS data volume of this size for each server, mounted on /srv/data; none by default. */
  readonly dataVolumeSizeGb?: number;
  /** Public SSH keys allowed on these servers only (Scaleway's `AUTHORIZED_KEY` instance tags), besides the project's. */
  readonly authorizedKeys?: readonly string[];
  /** A public IP on the servers. Refused: the only public entries are the load balancer and the gateway's bastion. */
  readonly publicIp?: boolean;
  /** Extra tags, e.g. `{ role: "portal" }`. */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * N identical servers spread over the locality's zones, in one placement group per zone (max
 * availability, enforced), behind one closed security group per zone (groups are zonal). No public IP:
 * each server joins its private networks through NICs, with a reserved address on its own network.
 * Boot volumes are Block Storage (the provider's disk encryption; they hold the system, not data); data
 * volumes are LUKS-encrypted (EncryptedBlockVolume), opened at boot by the server's cloud-init.
 */
export class ScalewayServerFleet extends Construct {
  readonly servers: InstanceServer[] = [];
  /** Each server's reserved address on `network`, in server order. */
  readonly addresses: string[] = [];
  readonly dataVolumes: EncryptedBlockVolume[] = [];
  readonly securityGroups = new Map<string, ClosedSecurityGroup>();
  readonly placementGroups = new Map<string, InstancePlacementGroup>();

  constructor(scope: Construct, id: string, props: ScalewayServerFleetProps) {
    super(scope, id);
    if (!Number.isInteger(props.instanceCount) || props.instanceCount < 1) {
      throw new InsecurePropsError(this, "instanceCount", `${props.instanceCount} is not a positive whole number`);
    }
    if (props.publicIp) throw new InsecurePropsError(this, "publicIp", "servers never carry a public IP: the load balancer and the gateway's bastion are the only public entries");
    const name = resourceName(props.context, props.name);
    const tags = resourceTags(props.context, props.labels);
    const authorizedKeyTags = (props.authorizedKeys ?? []).map((key) => `AUTHORIZED_KEY=${key.trim().replace(/ /g, "_")}`);
    const networkId = props.network.id;

    for (let i = 0; i < props.instanceCount; i++) {
      const zone = zoneOf(props.locality, i);
      const volume = props.dataVolumeSizeGb
        ? new EncryptedBlockVolume(this, `data-volume-${i}`, {
            context: props.context,
            name: `${props.name}-data-${i}`,
            zone,
            region: props.locality.region,
            projectId: props.projectId,
            secretsProjectId: props.secretsProjectId ?? props.projectId,
            sizeGb: props.dataVolumeSizeGb,
            iops: props.volumeIops,
          })
        : undefined;
      const address = new IpamIp(this, `address-${i}`, {
        region: props.locality.region,
        projectId: props.projectId,
        source: [{ privateNetworkId: networkId }],
        tags,
      });
      const server = new InstanceServer(this, `server-${i}`, {
        name: `${name}-${i}`,
        type: props.type,
        image: props.image,
        zone,
        projectId: props.projectId,
        rootVolume: { sizeInGb: props.bootVolumeSizeGb ?? 20, volumeType: "sbs_volume", sbsIops: props.volumeIops, deleteOnTermination: true },
        additionalVolumeIds: volume ? [volume.volume.id] : undefined,
        enableDynamicIp: false,
        securityGroupId: this.securityGroup(props, zone).id,
        placementGroupId: this.placementGroup(props, zone).id,
        state: "started",
        cloudInit: volume ? luksCloudInit([{ volume, mountPoint: DATA_MOUNT_POINT }]) : undefined,
        userData: volume ? { [volume.userDataKey]: volume.passphrase.value } : undefined,
        tags: [...tags, ...authorizedKeyTags],
      });
      new InstancePrivateNic(this, `nic-${i}`, { serverId: server.id, privateNetworkId: networkId, zone, ipamIpIds: [address.id], tags });
      (props.extraNetworks ?? []).forEach((network, n) => {
        new InstancePrivateNic(this, `nic-${i}-${n + 1}`, { serverId: server.id, privateNetworkId: network.id, zone, tags });
      });
      this.servers.push(server);
      this.addresses.push(address.address);
      if (volume) this.dataVolumes.push(volume);
    }
  }

  private securityGroup(props: ScalewayServerFleetProps, zone: string): ClosedSecurityGroup {
    let group = this.securityGroups.get(zone);
    if (!group) {
      group = new ClosedSecurityGroup(this, `security-group-${zone}`, {
        context: props.context,
        name: `${props.name}-${zone}`,
        description: `${resourceName(props.context, props.name)} servers in ${zone}: no public interface, closed both ways`,
        zone,
        projectId: props.projectId,
      });
      this.securityGroups.set(zone, group);
    }
    return group;
  }

  private placementGroup(props: ScalewayServerFleetProps, zone: string): InstancePlacementGroup {
    let group = this.placementGroups.get(zone);
    if (!group) {
      group = new InstancePlacementGroup(this, `placement-group-${zone}`, {
        name: resourceName(props.context, props.name, zone),
        zone,
        projectId: props.projectId,
        policyType: "max_availability",
        policyMode: "enforced",
        tags: resourceTags(props.context, props.labels),
      });
      this.placementGroups.set(zone, group);
    }
    return group;
  }
}
