import type { EnvironmentConfig } from "../../config/environment";

/**
 * Names of the legacy Azure resources, shared by the legacy stack (which declares them) and the
 * migration stack (which looks them up by name), so the two never drift apart.
 */
export function legacyNames(environment: EnvironmentConfig) {
  const env = environment.name;
  return {
    resourceGroup: environment.legacy.resourceGroupName,
    hubNetwork: `vnet-hdh-${env}-hub`,
    spokeNetwork: (spoke: string) => `vnet-hdh-${env}-${spoke}`,
    gatewaySubnet: "GatewaySubnet", // the name Azure requires for a virtual network gateway
    bastionSubnet: "AzureBastionSubnet", // the name Azure requires for Bastion
    privateEndpointSubnet: "snet-private-endpoints",
    workspaceSubnet: "snet-workspaces",
    postgresSubnet: "snet-postgres",
    networkSecurityGroup: (subnet: string) => `nsg-hdh-${env}-${subnet}`,
    privateEndpoint: (target: string, subresource: string) => `pe-${target}-${subresource}`,
    bastion: `bas-hdh-${env}`,
    bastionPublicIp: `pip-hdh-${env}-bastion`,
    logAnalytics: `log-hdh-${env}`,
    workspaces: `vmss-hdh-${env}-workspaces`,
  };
}

export type LegacyNames = ReturnType<typeof legacyNames>;
