import { Construct } from "constructs";
import * as ipaddr from "ipaddr.js";
import { NetworkSecurityGroup } from "@cdktf/provider-azurerm/lib/network-security-group";
import { NetworkSecurityRule } from "@cdktf/provider-azurerm/lib/network-security-rule";
import type { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { SubnetNetworkSecurityGroupAssociation } from "@cdktf/provider-azurerm/lib/subnet-network-security-group-association";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { VirtualNetworkPeering } from "@cdktf/provider-azurerm/lib/virtual-network-peering";
import { ConfigError } from "../../config/config-error";
import type { LegacySpokesConfig } from "../../config/environment";
import { parseNetworkCidr } from "../../config/load-environment";
import type { LegacyAdoption } from "./adoption";
import type { LegacyNames } from "./naming";

/**
 * The `index`-th block of prefix length `prefix` inside an IPv4 network, e.g. the second /26 of 10.0.0.0/16.
 * Throws a ConfigError (naming source and field) when the network is too small.
 */
export function carveSubnet(cidr: string, prefix: number, index: number, source: string, field: string): string {
  const [address, length] = parseNetworkCidr(cidr, source, field);
  if (address.kind() !== "ipv4") throw new ConfigError(source, field, `'${cidr}' must be an IPv4 network`);
  const size = 2 ** (32 - prefix);
  if (length > prefix || (index + 1) * size > 2 ** (32 - length)) {
    throw new ConfigError(source, field, `'${cidr}' is too small to hold block #${index} of /${prefix}`);
  }
  const base = (address as ipaddr.IPv4).toByteArray().reduce((n, byte) => n * 256 + byte, 0);
  const start = base + index * size;
  const bytes = [24, 16, 8, 0].map((shift) => Math.floor(start / 2 ** shift) % 256);
  return `${ipaddr.fromByteArray(bytes).toString()}/${prefix}`;
}

/** The PostgreSQL Flexible Server's delegated subnet: the first /24 of the data spoke. */
export function postgresSubnetCidr(spokes: LegacySpokesConfig, source: string): string {
  return carveSubnet(spokes.data, 24, 0, source, "legacy.spokes.data");
}

export interface HubSpokeNetworkProps {
  readonly resourceGroup: ResourceGroup;
  readonly names: LegacyNames;
  /** Hub address space (CIDR); needs at least a /22. */
  readonly hubAddressSpace: string;
  readonly spokes: LegacySpokesConfig;
  /** Address range of the sovereign target: the only outside range allowed to reach the private endpoints (over IPsec). */
  readonly sovereignCidr: string;
  readonly adoption: LegacyAdoption;
  /**
   * A database copy to the sovereign cloud is running: the IPsec tunnel (in the hub) must reach the PostgreSQL
   * subnet of the data spoke. The hub lends its VPN gateway to the data spoke (gateway transit) and the
   * PostgreSQL subnet's NSG admits 5432 from the sovereign range. The gateway must exist: deploy the migration
   * stack's interconnect first. Default false.
   */
  readonly databaseCopy?: boolean;
  /** The environment file, named in address errors. */
  readonly source: string;
  readonly tags: Record<string, string>;
}

/**
 * Hub-and-spoke networking of the legacy estate. The hub holds the gateway, Bastion and the private
 * endpoints (so the IPsec tunnel of the migration reaches the data without transit through spokes);
 * the research spoke holds the workspaces, the data spoke the PostgreSQL server. Every workload subnet
 * has an NSG that denies inbound traffic by default.
 */
export class HubSpokeNetwork extends Construct {
  readonly hub: VirtualNetwork;
  readonly research: VirtualNetwork;
  readonly data: VirtualNetwork;
  readonly gatewaySubnet: Subnet;
  readonly bastionSubnet: Subnet;
  readonly privateEndpointSubnet: Subnet;
  readonly workspaceSubnet: Subnet;
  readonly postgresSubnet: Subnet;
  /** CIDR of each subnet, by subnet name. */
  readonly subnetCidrs: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, private readonly props: HubSpokeNetworkProps) {
    super(scope, id);
    const { names, source, spokes } = props;
    const cidrs: Record<string, string> = {
      [names.gatewaySubnet]: carveSubnet(props.hubAddressSpace, 27, 0, source, "legacy.addressSpace"),
      [names.bastionSubnet]: carveSubnet(props.hubAddressSpace, 26, 1, source, "legacy.addressSpace"),
      [names.privateEndpointSubnet]: carveSubnet(props.hubAddressSpace, 24, 1, source, "legacy.addressSpace"),
      [names.workspaceSubnet]: carveSubnet(spokes.research, 24, 0, source, "legacy.spokes.research"),
      [names.postgresSubnet]: postgresSubnetCidr(spokes, source),
    };
    this.subnetCidrs = cidrs;

    this.hub = this.network("hub", names.hubNetwork, props.hubAddressSpace, "hubNetwork");
    this.research = this.network("research", names.spokeNetwork("research"), spokes.research, "spokeNetwork.research");
    this.data = this.network("data", names.spokeNetwork("data"), spokes.data, "spokeNetwork.data");

    this.gatewaySubnet = this.subnet(this.hub, "hub", names.gatewaySubnet, cidrs);
    this.bastionSubnet = this.subnet(this.hub, "hub", names.bastionSubnet, cidrs);
    this.privateEndpointSubnet = this.subnet(this.hub, "hub", names.privateEndpointSubnet, cidrs);
    this.workspaceSubnet = this.subnet(this.research, "research", names.workspaceSubnet, cidrs);
    this.postgresSubnet = this.subnet(this.data, "data", names.postgresSubnet, cidrs, {
      name: "postgres-flexible",
      serviceDelegation: { name: "Microsoft.DBforPostgreSQL/flexibleServers", actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"] },
    });

    this.guard(this.privateEndpointSubnet, names.privateEndpointSubnet, [
      // The replication workers reach Blob/ADLS through the IPsec tunnel; the hub and spokes through peering.
      { name: "allow-sovereign-https", sources: [props.sovereignCidr], port: "443" },
      { name: "allow-estate-https", sources: [props.hubAddressSpace, spokes.research, spokes.data], port: "443" },
    ]);
    this.guard(this.workspaceSubnet, names.workspaceSubnet, [{ name: "allow-bastion-ssh", sources: [cidrs[names.bastionSubnet]], port: "22" }]);
    this.guard(this.postgresSubnet, names.postgresSubnet, [
      { name: "allow-workspaces-postgres", sources: [cidrs[names.workspaceSubnet]], port: "5432" },
      // The sovereign subscriber and the copy worker reach the server through the IPsec tunnel only. The rule
      // is the copy's own: it does not exist in Azure before the copy, so it is created, never imported.
      ...(props.databaseCopy ? [{ name: "allow-sovereign-postgres", sources: [props.sovereignCidr], port: "5432", createdFor: "the database copy" }] : []),
    ]);

    this.peer(this.hub, this.research, "hub-to-research", "research-to-hub");
    this.peer(this.hub, this.data, "hub-to-data", "data-to-hub", props.databaseCopy ?? false);
  }

  private network(id: string, name: string, addressSpace: string, logicalName: string): VirtualNetwork {
    const vnet = new VirtualNetwork(this, id, {
      name,
      resourceGroupName: this.props.resourceGroup.name,
      location: this.props.resourceGroup.location,
      addressSpace: [addressSpace],
      tags: this.props.tags,
    });
    this.props.adoption.adopt(vnet, logicalName, this.props.adoption.inGroup(this.props.resourceGroup, "Microsoft.Network/virtualNetworks", name), { expectedName: name });
    return vnet;
  }

  private subnet(
    vnet: VirtualNetwork,
    vnetId: string,
    name: string,
    cidrs: Record<string, string>,
    delegation?: { name: string; serviceDelegation: { name: string; actions: string[] } },
  ): Subnet {
    const subnet = new Subnet(this, `${vnetId}-${name}`, {
      name,
      resourceGroupName: this.props.resourceGroup.name,
      virtualNetworkName: vnet.name,
      addressPrefixes: [cidrs[name]],
      defaultOutboundAccessEnabled: false, // no implicit Internet egress
      privateEndpointNetworkPolicies: "Enabled", // NSGs apply to private endpoints too
      delegation: delegation ? [delegation] : undefined,
    });
    this.props.adoption.adopt(subnet, `subnet.${name}`, this.props.adoption.childOf(vnet, "subnets", name), { expectedName: name });
    return subnet;
  }

  /**
   * An NSG on the subnet: the listed TCP flows in, everything else from outside the VNet out. A flow with
   * `createdFor` is added by this project (declared new); the others exist in Azure and are imported.
   */
  private guard(subnet: Subnet, subnetName: string, allowed: { name: string; sources: string[]; port: string; createdFor?: string }[]): void {
    const name = this.props.names.networkSecurityGroup(subnetName.replace(/^snet-/, ""));
    const nsg = new NetworkSecurityGroup(this, `nsg-${subnetName}`, {
      name,
      resourceGroupName: this.props.resourceGroup.name,
      location: this.props.resourceGroup.location,
      tags: this.props.tags,
    });
    const adoption = this.props.adoption;
    adoption.adopt(nsg, `networkSecurityGroup.${subnetName}`, adoption.inGroup(this.props.resourceGroup, "Microsoft.Network/networkSecurityGroups", name), { expectedName: name });
    const rule = (ruleName: string, priority: number, access: "Allow" | "Deny", sources: string[], port: string, createdFor?: string) => {
      const resource = new NetworkSecurityRule(this, `nsg-${subnetName}-${ruleName}`, {
        name: ruleName,
        resourceGroupName: this.props.resourceGroup.name,
        networkSecurityGroupName: nsg.name,
        priority,
        direction: "Inbound",
        access,
        protocol: port === "*" ? "*" : "Tcp",
        sourcePortRange: "*",
        destinationPortRange: port,
        sourceAddressPrefixes: sources,
        destinationAddressPrefix: this.subnetCidrs[subnetName],
      });
      const logicalName = `networkSecurityRule.${subnetName}.${ruleName}`;
      if (createdFor) adoption.declareNew(resource, logicalName, `created by this project for ${createdFor}`);
      else adoption.adopt(resource, logicalName, adoption.childOf(nsg, "securityRules", ruleName), { expectedName: ruleName });
    };
    allowed.forEach((flow, index) => rule(flow.name, 100 + 10 * index, "Allow", flow.sources, flow.port, flow.createdFor));
    rule("deny-all-inbound", 4000, "Deny", ["0.0.0.0/0"], "*");
    const association = new SubnetNetworkSecurityGroupAssociation(this, `nsg-${subnetName}-association`, {
      subnetId: subnet.id,
      networkSecurityGroupId: nsg.id,
    });
    // The association's import ID is the subnet's.
    adoption.adopt(association, `networkSecurityGroupAssociation.${subnetName}`, adoption.sameAs(subnet), { expectedName: subnetName, dependsOn: [nsg] });
  }

  /**
   * Peers a spoke with the hub. The tunnel to the sovereign cloud serves the hub's private endpoints only, unless
   * `gatewayTransit`: then the hub lends its VPN gateway to the spoke (the data spoke, while a database copy runs).
   */
  private peer(hub: VirtualNetwork, spoke: VirtualNetwork, hubToSpoke: string, spokeToHub: string, gatewayTransit = false): void {
    const peering = (id: string, from: VirtualNetwork, to: VirtualNetwork, transit: { allow: boolean; use: boolean }) => {
      const resource = new VirtualNetworkPeering(this, id, {
        name: id,
        resourceGroupName: this.props.resourceGroup.name,
        virtualNetworkName: from.name,
        remoteVirtualNetworkId: to.id,
        allowVirtualNetworkAccess: true,
        allowForwardedTraffic: false,
        allowGatewayTransit: transit.allow,
        useRemoteGateways: transit.use,
      });
      this.props.adoption.adopt(resource, `peering.${id}`, this.props.adoption.childOf(from, "virtualNetworkPeerings", id), { expectedName: id, dependsOn: [to] });
    };
    peering(hubToSpoke, hub, spoke, { allow: gatewayTransit, use: false });
    peering(spokeToHub, spoke, hub, { allow: false, use: gatewayTransit });
  }
}
