import { TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import type { EnvironmentConfig } from "../config/environment";
import { configureStateBackend } from "./state-backend";
import { declareStackPolicy, environmentPolicy } from "../policy/stack-policy";

export interface LegacyAzureStackProps {
  readonly environment: EnvironmentConfig;
}

/**
 * The legacy Azure estate of one environment, as it runs today. Credentials come from the
 * usual ARM_* variables (ARM_SUBSCRIPTION_ID, ARM_TENANT_ID, ...), never from code.
 */
export class LegacyAzureStack extends TerraformStack {
  readonly resourceGroup: ResourceGroup;

  constructor(scope: Construct, id: string, props: LegacyAzureStackProps) {
    super(scope, id);
    const { environment } = props;
    configureStateBackend(this, id, environment.stateBackend);
    declareStackPolicy(this, { role: "legacy", ...environmentPolicy(environment) });
    new AzurermProvider(this, "azurerm", { features: [{}] });
    this.resourceGroup = new ResourceGroup(this, "platform", {
      name: environment.legacy.resourceGroupName,
      location: environment.legacy.location,
      tags: { environment: environment.name, owner: environment.owner },
    });
  }
}
