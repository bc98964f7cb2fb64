import { Construct } from "constructs";
import { DataAzurermResourceGroup } from "@cdktf/provider-azurerm/lib/data-azurerm-resource-group";
import { DataAzurermSubnet } from "@cdktf/provider-azurerm/lib/data-azurerm-subnet";
import { LocalNetworkGateway } from "@cdktf/provider-azurerm/lib/local-network-gateway";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { VirtualNetworkGateway } from "@cdktf/provider-azurerm/lib/virtual-network-gateway";
import { VirtualNetworkGatewayConnection } from "@cdktf/provider-azurerm/lib/virtual-network-gateway-connection";
import { Password } from "@cdktf/provider-random/lib/password";
import { VpnaasEndpointGroupV2 } from "../../.gen/providers/openstack/vpnaas-endpoint-group-v2";
import { VpnaasIkePolicyV2 } from "../../.gen/providers/openstack/vpnaas-ike-policy-v2";
import { VpnaasIpsecPolicyV2 } from "../../.gen/providers/openstack/vpnaas-ipsec-policy-v2";
import { VpnaasServiceV2 } from "../../.gen/providers/openstack/vpnaas-service-v2";
import { VpnaasSiteConnectionV2 } from "../../.gen/providers/openstack/vpnaas-site-connection-v2";
import type { LegacyNames } from "../legacy/naming";
import { AZURE_SPELLING, DEFAULT_IPSEC_PARAMETERS, OPENSTACK_SPELLING, type IpsecParameters } from "./ipsec-parameters";
import type { SovereignMigrationTarget } from "./sovereign-target";

export interface InterconnectProps {
  /** Short environment name, used in resource names. */
  readonly environmentName: string;
  readonly legacyNames: LegacyNames;
  /** Azure location of the gateway (the hub's). */
  readonly location: string;
  /** Azure side of the tunnel: the hub's address space, where the private endpoints are. */
  readonly azureCidrs: readonly string[];
  readonly target: SovereignMigrationTarget;
  /** Tunnel parameters; default DEFAULT_IPSEC_PARAMETERS. */
  readonly parameters?: IpsecParameters;
  readonly tags: Record<string, string>;
}

/**
 * Site-to-site IPsec between the legacy hub (Azure VPN gateway) and the sovereign router (OpenStack
 * VPNaaS). One parameter object renders both ends; each end's peer address is the other end's public IP
 * by reference; the pre-shared key is a random_password passed by reference, never written in the code.
 * The tunnel joins the Azure hub to the sovereign `data` subnet only.
 */
export class Interconnect extends Construct {
  readonly parameters: IpsecParameters;
  readonly preSharedKey: Password;
  readonly azureGateway: VirtualNetworkGateway;
  readonly azureConnection: VirtualNetworkGatewayConnection;
  readonly vpnService: VpnaasServiceV2;
  readonly siteConnection: VpnaasSiteConnectionV2;

  constructor(scope: Construct, id: string, props: InterconnectProps) {
    super(scope, id);
    const parameters = props.parameters ?? DEFAULT_IPSEC_PARAMETERS;
    this.parameters = parameters;
    const sovereignSubnet = props.target.subnets.data;
    const name = `hdh-${props.environmentName}-azure-sovereign`;

    // Printable, unambiguous characters that both clouds accept in a PSK without escaping.
    this.preSharedKey = new Password(this, "psk", { length: 64, special: false });

    // OpenStack end
    const ike = new VpnaasIkePolicyV2(this, "ike-policy", {
      name: `${name}-ike`,
      ikeVersion: parameters.ike.version,
      encryptionAlgorithm: OPENSTACK_SPELLING.cipher[parameters.ike.encryption],
      authAlgorithm: OPENSTACK_SPELLING.integrity[parameters.ike.integrity],
      pfs: OPENSTACK_SPELLING.group[parameters.ike.dhGroup],
      phase1NegotiationMode: "main",
      lifetime: [{ units: "seconds", value: parameters.ike.lifetimeSeconds }],
    });
    const ipsec = new VpnaasIpsecPolicyV2(this, "ipsec-policy", {
      name: `${name}-ipsec`,
      encryptionAlgorithm: OPENSTACK_SPELLING.cipher[parameters.ipsec.encryption],
      authAlgorithm: OPENSTACK_SPELLING.integrity[parameters.ipsec.integrity],
      pfs: OPENSTACK_SPELLING.group[parameters.ipsec.pfsGroup],
      transformProtocol: "esp",
      encapsulationMode: "tunnel",
      lifetime: [{ units: "seconds", value: parameters.ipsec.lifetimeSeconds }],
    });
    this.vpnService = new VpnaasServiceV2(this, "vpn-service", { name, routerId: props.target.router.id, adminStateUp: true });
    const localGroup = new VpnaasEndpointGroupV2(this, "local-endpoints", { name: `${name}-local`, type: "subnet", endpoints: [sovereignSubnet.id] });
    const peerGroup = new VpnaasEndpointGroupV2(this, "peer-endpoints", { name: `${name}-peer`, type: "cidr", endpoints: [...props.azureCidrs] });

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
      enableBgp: false,
      ipConfiguration: [{ name: "default", publicIpAddressId: publicIp.id, subnetId: gatewaySubnet.id, privateIpAddressAllocation: "Dynamic" }],
      tags: props.tags,
    });
    const localGateway = new LocalNetworkGateway(this, "sovereign-gateway", {
      name: `lgw-${name}`,
      resourceGroupName: group.name,
      location: props.location,
      gatewayAddress: this.vpnService.externalV4Ip,
      addressSpace: [sovereignSubnet.cidr],
      tags: props.tags,
    });
    this.azureConnection = new VirtualNetworkGatewayConnection(this, "azure-connection", {
      name: `cn-${name}`,
      resourceGroupName: group.name,
      location: props.location,
      type: "IPsec",
      connectionProtocol: "IKEv2",
      virtualNetworkGatewayId: this.azureGateway.id,
      localNetworkGatewayId: localGateway.id,
      sharedKey: this.preSharedKey.result,
      dpdTimeoutSeconds: parameters.dpdTimeoutSeconds,
      // Neutron VPNaaS negotiates one child SA per subnet pair: match its traffic selectors exactly.
      usePolicyBasedTrafficSelectors: true,
      trafficSelectorPolicy: [{ localAddressCidrs: [...props.azureCidrs], remoteAddressCidrs: [sovereignSubnet.cidr] }],
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

    this.siteConnection = new VpnaasSiteConnectionV2(this, "site-connection", {
      name,
      vpnserviceId: this.vpnService.id,
      ikepolicyId: ike.id,
      ipsecpolicyId: ipsec.id,
      localEpGroupId: localGroup.id,
      peerEpGroupId: peerGroup.id,
      peerAddress: publicIp.ipAddress,
      peerId: publicIp.ipAddress,
      psk: this.preSharedKey.result,
      initiator: "bi-directional",
      adminStateUp: true,
      dpd: [{ action: "restart", interval: Math.floor(parameters.dpdTimeoutSeconds / 3), timeout: parameters.dpdTimeoutSeconds }],
    });
  }
}
