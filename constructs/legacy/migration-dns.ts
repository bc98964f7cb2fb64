import type { TerraformResource } from "cdktf";
import { Construct } from "constructs";
import { NetworkSecurityGroup } from "@cdktf/provider-azurerm/lib/network-security-group";
import { NetworkSecurityRule } from "@cdktf/provider-azurerm/lib/network-security-rule";
import { PrivateDnsResolver } from "@cdktf/provider-azurerm/lib/private-dns-resolver";
import { PrivateDnsResolverInboundEndpoint } from "@cdktf/provider-azurerm/lib/private-dns-resolver-inbound-endpoint";
import type { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { SubnetNetworkSecurityGroupAssociation } from "@cdktf/provider-azurerm/lib/subnet-network-security-group-association";
import type { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import type { LegacyAdoption } from "./adoption";
import { carveSubnet } from "./network";

/** The resolver's subnet: the third /28 of the hub (after the gateway subnet's /27, before Bastion's /26). */
const RESOLVER_SUBNET = { prefix: 28, index: 2 } as const;
/** Azure keeps the first four addresses of a subnet: the inbound endpoint takes the fifth. */
const RESOLVER_HOST_INDEX = 4;
const DNS_PORT = "53";

/** The resolver subnet's range and the inbound endpoint's address, derived from the hub's address space. */
export function migrationDnsResolverAddress(hubAddressSpace: string, source: string): { subnetCidr: string; address: string } {
  const subnetCidr = carveSubnet(hubAddressSpace, RESOLVER_SUBNET.prefix, RESOLVER_SUBNET.index, source, "legacy.addressSpace");
  const address = carveSubnet(subnetCidr, 32, RESOLVER_HOST_INDEX, source, "legacy.addressSpace").replace(/\/32$/, "");
  return { subnetCidr, address };
}

export interface MigrationDnsResolverProps {
  readonly environmentName: string;
  readonly resourceGroup: ResourceGroup;
  readonly hub: VirtualNetwork;
  readonly hubAddressSpace: string;
  /** The sovereign range: the only one allowed to query the resolver (through the IPsec tunnel). */
  readonly sovereignCidr: string;
  /** The environment file, named in address errors. */
  readonly source: string;
  readonly tags: Record<string, string>;
  /** Every resource here is declared new in it: the migration creates them. */
  readonly adoption: LegacyAdoption;
}

/** Why the resolver's resources are created, never imported (LegacyAdoption.declareNew). */
const CREATED_FOR_THE_COPY = "created by this project while a database copy runs (the sovereign side resolves the server's name through it)";

/**
 * An Azure DNS Private Resolver inbound endpoint in the hub, while a database copy runs: the sovereign side
 * resolves the PostgreSQL Flexible Server's name through it, over the tunnel. A VNet-integrated server's address
 * is dynamic (it moves to the standby at an HA failover) and only the private DNS zones linked to the hub know it:
 * Microsoft's documented way for a network outside Azure is an inbound endpoint. Its subnet's NSG admits DNS from
 * the sovereign range only. None of it exists in Azure before the copy: each resource is declared new (its
 * import ID format is still in the adoption's table, azurerm_private_dns_resolver[_inbound_endpoint]).
 */
export class MigrationDnsResolver extends Construct {
  /** The inbound endpoint's (static) address. */
  readonly address: string;

  constructor(scope: Construct, id: string, props: MigrationDnsResolverProps) {
    super(scope, id);
    const { subnetCidr, address } = migrationDnsResolverAddress(props.hubAddressSpace, props.source);
    this.address = address;
    const group = props.resourceGroup;
    const name = `hdh-${props.environmentName}-migration-dns`;
    const created = <T extends TerraformResource>(resource: T, logicalName: string): T => {
      props.adoption.declareNew(resource, `migrationDns.${logicalName}`, CREATED_FOR_THE_COPY);
      return resource;
    };
    const subnet = created(
      new Subnet(this, "subnet", {
        name: "snet-migration-dns-inbound",
        resourceGroupName: group.name,
        virtualNetworkName: props.hub.name,
        addressPrefixes: [subnetCidr],
        defaultOutboundAccessEnabled: false,
        delegation: [{ name: "dns-resolver", serviceDelegation: { name: "Microsoft.Network/dnsResolvers", actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"] } }],
      }),
      "subnet",
    );
    const nsg = created(new NetworkSecurityGroup(this, "nsg", { name: `nsg-${name}`, resourceGroupName: group.name, location: group.location, tags: props.tags }), "networkSecurityGroup");
    const rule = (ruleName: string, priority: number, access: "Allow" | "Deny", protocol: string, port: string, sources: string[]) =>
      created(
        new NetworkSecurityRule(this, `nsg-${ruleName}`, {
          name: ruleName,
          resourceGroupName: group.name,
          networkSecurityGroupName: nsg.name,
          priority,
          direction: "Inbound",
          access,
          protocol,
          sourcePortRange: "*",
          destinationPortRange: port,
          sourceAddressPrefixes: sources,
          destinationAddressPrefix: subnetCidr,
        }),
        `networkSecurityRule.${ruleName}`,
      );
    rule("allow-sovereign-dns-udp", 100, "Allow", "Udp", DNS_PORT, [props.sovereignCidr]);
    rule("allow-sovereign-dns-tcp", 110, "Allow", "Tcp", DNS_PORT, [props.sovereignCidr]);
    rule("deny-all-inbound", 4000, "Deny", "*", "*", ["0.0.0.0/0"]);
    created(new SubnetNetworkSecurityGroupAssociation(this, "nsg-association", { subnetId: subnet.id, networkSecurityGroupId: nsg.id }), "networkSecurityGroupAssociation");
    const resolver = created(
      new PrivateDnsResolver(this, "resolver", { name, resourceGroupName: group.name, location: group.location, virtualNetworkId: props.hub.id, tags: props.tags }),
      "resolver",
    );
    created(
      new PrivateDnsResolverInboundEndpoint(this, "inbound", {
        name: `${name}-inbound`,
        privateDnsResolverId: resolver.id,
        location: group.location,
        ipConfigurations: { subnetId: subnet.id, privateIpAllocationMethod: "Static", privateIpAddress: address },
        tags: props.tags,
      }),
      "inboundEndpoint",
    );
  }
}
