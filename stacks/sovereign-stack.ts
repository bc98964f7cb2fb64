import { TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { EnvironmentConfig } from "../config/environment";
import { OpenstackProvider } from "../.gen/providers/openstack/provider";
import { NetworkingNetworkV2 } from "../.gen/providers/openstack/networking-network-v2";
import { configureStateBackend } from "./state-backend";
import { declareStackPolicy, environmentPolicy } from "../policy/stack-policy";

export interface SovereignStackProps {
  readonly environment: EnvironmentConfig;
}

/**
 * The sovereign OpenStack target of one environment. Credentials come from the usual OS_*
 * variables (OS_USERNAME, OS_PASSWORD or application credentials, OS_PROJECT_ID ...).
 */
export class SovereignStack extends TerraformStack {
  readonly network: NetworkingNetworkV2;

  constructor(scope: Construct, id: string, props: SovereignStackProps) {
    super(scope, id);
    const { environment } = props;
    configureStateBackend(this, id, environment.stateBackend);
    declareStackPolicy(this, { role: "sovereign", ...environmentPolicy(environment) });
    new OpenstackProvider(this, "openstack", {
      authUrl: environment.sovereign.authUrl,
      region: environment.sovereign.region,
    });
    this.network = new NetworkingNetworkV2(this, "platform", {
      name: `hdh-${environment.name}-platform`,
      adminStateUp: true,
      portSecurityEnabled: true,
      tags: [`environment=${environment.name}`, `owner=${environment.owner}`],
    });
  }
}
