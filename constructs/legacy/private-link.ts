import type { TerraformResource } from "cdktf";
import { Construct } from "constructs";
import { PrivateDnsZone } from "@cdktf/provider-azurerm/lib/private-dns-zone";
import { PrivateDnsZoneVirtualNetworkLink } from "@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link";
import { PrivateEndpoint } from "@cdktf/provider-azurerm/lib/private-endpoint";
import type { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import type { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import type { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import type { LegacyAdoption } from "./adoption";
import type { LegacyNames } from "./naming";

/** Private Link DNS zones of the services the estate reaches privately, by sub-resource. */
export const PRIVATE_DNS_ZONES = {
  blob: "privatelink.blob.core.windows.net",
  dfs: "privatelink.dfs.core.windows.net",
  vault: "privatelink.vaultcore.azure.net",
  postgres: "privatelink.postgres.database.azure.com",
} as const;
export type PrivateLinkSubresource = keyof typeof PRIVATE_DNS_ZONES;

export interface PrivateLinkProps {
  readonly resourceGroup: ResourceGroup;
  readonly names: LegacyNames;
  /** Virtual networks that resolve the private names (hub and spokes). */
  readonly networks: Record<string, VirtualNetwork>;
  /** The subnet every private endpoint sits in. */
  readonly endpointSubnet: Subnet;
  readonly adoption: LegacyAdoption;
  readonly tags: Record<string, string>;
}

/**
 * Private Link for the estate: one private DNS zone per service, linked to every network, and a
 * helper that puts a service behind a private endpoint registered in its zone.
 */
export class PrivateLink extends Construct {
  readonly zones: Record<PrivateLinkSubresource, PrivateDnsZone>;

  constructor(scope: Construct, id: string, private readonly props: PrivateLinkProps) {
    super(scope, id);
    const zones = {} as Record<PrivateLinkSubresource, PrivateDnsZone>;
    for (const [key, zoneName] of Object.entries(PRIVATE_DNS_ZONES) as [PrivateLinkSubresource, string][]) {
      const zone = new PrivateDnsZone(this, `zone-${key}`, { name: zoneName, resourceGroupName: props.resourceGroup.name, tags: props.tags });
      props.adoption.adopt(zone, `privateDnsZone.${key}`, props.adoption.inGroup(props.resourceGroup, "Microsoft.Network/privateDnsZones", zoneName), { expectedName: zoneName });
      for (const [networkKey, network] of Object.entries(props.networks)) {
        const link = new PrivateDnsZoneVirtualNetworkLink(this, `zone-${key}-${networkKey}`, {
          name: `link-${networkKey}`,
          resourceGroupName: props.resourceGroup.name,
          privateDnsZoneName: zone.name,
          virtualNetworkId: network.id,
          registrationEnabled: false,
          tags: props.tags,
        });
        props.adoption.adopt(link, `privateDnsZoneLink.${key}.${networkKey}`, props.adoption.childOf(zone, "virtualNetworkLinks", `link-${networkKey}`), {
          expectedName: `link-${networkKey}`,
          dependsOn: [network],
        });
      }
      zones[key] = zone;
    }
    this.zones = zones;
  }

  /**
   * A private endpoint for one sub-resource of a service (`service`, named `target` in Azure), named
   * `pe-<azure name>-<subresource>` and adopted as `privateEndpoint.<logical name>.<subresource>`.
   */
  endpoint(scope: Construct, logicalName: string, target: string, service: TerraformResource & { readonly id: string }, subresource: PrivateLinkSubresource): PrivateEndpoint {
    const name = this.props.names.privateEndpoint(target, subresource);
    const endpoint = new PrivateEndpoint(scope, `endpoint-${subresource}`, {
      name,
      resourceGroupName: this.props.resourceGroup.name,
      location: this.props.resourceGroup.location,
      subnetId: this.props.endpointSubnet.id,
      privateServiceConnection: {
        name: `psc-${target}-${subresource}`,
        privateConnectionResourceId: service.id,
        subresourceNames: [subresource],
        isManualConnection: false,
      },
      privateDnsZoneGroup: { name: "default", privateDnsZoneIds: [this.zones[subresource].id] },
      tags: this.props.tags,
    });
    const adoption = this.props.adoption;
    adoption.adopt(endpoint, `privateEndpoint.${logicalName}.${subresource}`, adoption.inGroup(this.props.resourceGroup, "Microsoft.Network/privateEndpoints", name), {
      expectedName: name,
      dependsOn: [service, this.props.endpointSubnet, this.zones[subresource]],
    });
    return endpoint;
  }
}
