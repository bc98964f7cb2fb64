import { Construct } from "constructs";
import { DataAzurermResourceGroup } from "@cdktf/provider-azurerm/lib/data-azurerm-resource-group";
import { DataAzurermSubnet } from "@cdktf/provider-azurerm/lib/data-azurerm-subnet";
import { LocalNetworkGateway } from "@cdktf/provider-azurerm/lib/local-network-gateway";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { VirtualNetworkGateway } from "@cdktf/provider-azurerm/lib/virtual-network-gateway";
import { VirtualNetworkGatewayConnection } from "@cdktf/provider-azurerm/lib/virtual-network-gateway-connection";
import type { LegacyNames } from "../legacy/naming";
import { AZURE_SPELLING, bgpPeerAddresses, DEFAULT_IPSEC_PARAMETERS, type IpsecParameters } from "./ipsec-parameters";
import type { SovereignMigrationTarget, SovereignVpnEndpoint } from "./sovereign-target";

/** The IP configuration of the Azure VPN gateway (its BGP peering address is attached to it by name). */
const GATEWAY_IP_CONFIGURATION = "default";

export interface InterconnectProps {
  /** Short environment name, used in resource names. */
  readonly environmentName: string;
  readonly legacyNames: LegacyNames;
  /** Azure location of the gateway (the hub's). */
  readonly location: string;
  /** Azure side of the tunnel: the hub's address space, where the private endpoints are (and the PostgreSQL subnet during a database copy). */
  readonly azureCidrs: readonly string[];
  /** The address spaces of the Azure networks holding `azureCidrs` (what Azure's gateway announces over BGP). */
  readonly azureNetworks: readonly string[];
  readonly target: SovereignMigrationTarget;
  /** Tunnel parameters; default DEFAULT_IPSEC_PARAMETERS. */
  readonly parameters?: IpsecParameters;
  readonly tags: Record<string, string>;
  /** `key=value` tags of the sovereign end's resources. */
  readonly sovereignTags: readonly string[];
}

/**
 * Site-to-site IPsec between the legacy hub (Azure VPN gateway) and the sovereign cloud's end (OpenStack
 * VPNaaS, or Scaleway's Site-to-Site VPN, built by the target). One parameter object renders both ends; each
 * end's peer address is the other end's public IP by reference; the pre-shared key is generated (by the random
 * provider, or by the sovereign cloud itself) and passed by reference, never written in the code. The tunnel
 * joins the Azure hub to the sovereign network of the migration's workers only. A route-based sovereign end
 * (BGP) makes the Azure gateway a BGP speaker on the parameter set's inside addresses; a policy-based one
 * (VPNaaS) gets Azure's policy-based traffic selectors on exactly the two sides' ranges.
 */
export class Interconnect extends Construct {
  readonly parameters: IpsecParameters;
  readonly sovereignEnd: SovereignVpnEndpoint;
  readonly azureGateway: VirtualNetworkGateway;
  readonly azureConnection: VirtualNetworkGatewayConnection;
  /** The pre-shared key both ends use, by reference. */
  readonly preSharedKey: string;

  constructor(scope: Construct, id: string, props: InterconnectProps) {
    super(scope, id);
    const parameters = props.parameters ?? DEFAULT_IPSEC_PARAMETERS;
    this.parameters = parameters;
    const name = `hdh-${props.environmentName}-azure-sovereign`;

    // Sovereign end
    const sovereign = props.target.vpnEndpoint(this, { name, azureCidrs: props.azureCidrs, azureNetworks: props.azureNetworks, parameters, tags: props.sovereignTags });
    this.sovereignEnd = sovereign;
    const bgp = sovereign.routing.kind === "bgp" ? { sovereign: sovereign.routing, addresses: bgpPeerAddresses(parameters) } : undefined;

    // Azure end
    const group = new DataAzurermResourceGroup(this, "resource-group", { name: props.legacyNames.resourceGroup });
    const gatewaySubnet = new DataAzurermSubnet(this, "gateway-subnet", {
      name: props.legacyNames.gatewaySubnet,
      virtualNetworkName: props.legacyNames.hubNetwork,
      resourceGroupName: group.name,
    });
    const publicIp = new PublicIp(this, "gateway-ip", {
      name: `pip-${name}`,
      resourceGroupName: group.name,
      location: props.location,
      allocationMethod: "Static",
      sku: "Standard",
      zones: ["1", "2", "3"],
      tags: props.tags,
    });
    this.azureGateway = new VirtualNetworkGateway(this, "gateway", {
      name: `vgw-${name}`,
      resourceGroupName: group.name,
      location: props.location,
      type: "Vpn",
      vpnType: "RouteBased",
      sku: "VpnGw2AZ",
      generation: "Generation2",
      activeActive: false,
      enableBgp: bgp !== undefined,
      // BGP on a custom (APIPA) address: the sovereign end peers with it inside the tunnel.
      bgpSettings: bgp ? { asn: parameters.bgp.azureAsn, peeringAddresses: [{ ipConfigurationName: GATEWAY_IP_CONFIGURATION, apipaAddresses: [bgp.addresses.azure] }] } : undefined,
      ipConfiguration: [{ name: GATEWAY_IP_CONFIGURATION, publicIpAddressId: publicIp.id, subnetId: gatewaySubnet.id, privateIpAddressAllocation: "Dynamic" }],
      tags: props.tags,
    });
    const localGateway = new LocalNetworkGateway(this, "sovereign-gateway", {
      name: `lgw-${name}`,
      resourceGroupName: group.name,
      location: props.location,
      gatewayAddress: sovereign.publicAddress,
      // With BGP, Azure learns the sovereign ranges from the sovereign end's announcements (its routing policy).
      addressSpace: bgp ? undefined : [...sovereign.sovereignCidrs],
      bgpSettings: bgp ? { asn: bgp.sovereign.asn as number, bgpPeeringAddress: bgp.addresses.sovereign } : undefined,
      tags: props.tags,
    });
    const { preSharedKey } = sovereign.connect({ publicAddress: publicIp.ipAddress });
    this.preSharedKey = preSharedKey;
    this.azureConnection = new VirtualNetworkGatewayConnection(this, "azure-connection", {
      name: `cn-${name}`,
      resourceGroupName: group.name,
      location: props.location,
      type: "IPsec",
      connectionProtocol: "IKEv2",
      virtualNetworkGatewayId: this.azureGateway.id,
      localNetworkGatewayId: localGateway.id,
      sharedKey: preSharedKey,
      dpdTimeoutSeconds: parameters.dpdTimeoutSeconds,
      enableBgp: bgp ? true : undefined,
      customBgpAddresses: bgp ? { primary: bgp.addresses.azure } : undefined,
      // Neutron VPNaaS negotiates one child SA per subnet pair: match its traffic selectors exactly.
      usePolicyBasedTrafficSelectors: bgp ? undefined : true,
      trafficSelectorPolicy: bgp ? undefined : [{ localAddressCidrs: [...props.azureCidrs], remoteAddressCidrs: [...sovereign.sovereignCidrs] }],
      ipsecPolicy: {
        ikeEncryption: AZURE_SPELLING.cipher[parameters.ike.encryption],
        ikeIntegrity: AZURE_SPELLING.integrity[parameters.ike.integrity],
        dhGroup: AZURE_SPELLING.dhGroup[parameters.ike.dhGroup],
        ipsecEncryption: AZURE_SPELLING.cipher[parameters.ipsec.encryption],
        ipsecIntegrity: AZURE_SPELLING.integrity[parameters.ipsec.integrity],
        pfsGroup: AZURE_SPELLING.pfsGroup[parameters.ipsec.pfsGroup],
        saLifetime: parameters.ipsec.lifetimeSeconds,
      },
      tags: props.tags,
    });
  }
}
