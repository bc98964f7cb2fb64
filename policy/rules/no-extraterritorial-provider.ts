import { RegionCatalogue } from "../catalogue";
import type { PolicyRule, RuleViolation, StackContext } from "../rule";

/**
 * no-extraterritorial-provider. Compliant: a sovereign stack configures and uses no provider of a
 * company subject to non-EU law (azurerm, aws, google ... per the catalogue's terraformProviders), and
 * its OpenStack provider's auth_url is not a service of such a company.
 */
export const noExtraterritorialProvider: PolicyRule = {
  id: "no-extraterritorial-provider",
  level: "error",
  explanation:
    "A sovereign stack must not reach any cloud of a company subject to extraterritorial law (the US CLOUD Act reaches data a US company holds anywhere): one such provider in the stack breaks the SecNumCloud promise.",
  compliant: "In a sovereign stack, every provider (configured or used by a resource) is operated by a company subject to no extraterritorial law.",
  checkStack(context: StackContext): RuleViolation[] {
    if (context.role !== "sovereign") return [];
    const { catalogue, stack } = context;
    const violations: RuleViolation[] = [];
    const reported = new Set<string>();
    const report = (providerType: string, address: string, where: string): void => {
      const operator = catalogue.operatorOfProvider(providerType);
      if (!operator || !RegionCatalogue.isExtraterritorial(operator) || reported.has(address)) return;
      reported.add(address);
      violations.push({ address, message: `${where} is operated by ${operator.name}, subject to ${operator.extraterritorialLaws.join(", ")}: not allowed in a sovereign stack` });
    };
    for (const provider of stack.providers) {
      const address = `${provider.modulePath ? `${provider.modulePath}.` : ""}provider.${provider.key}`;
      report(provider.type, address, `provider ${provider.key}`);
      const authUrl = provider.values.auth_url ?? provider.expressions?.auth_url?.constant_value;
      if (typeof authUrl === "string") {
        const endpointOperator = catalogue.operatorOfEndpoint(authUrl);
        if (endpointOperator && RegionCatalogue.isExtraterritorial(endpointOperator)) {
          violations.push({ address, message: `provider ${provider.key} authenticates at ${authUrl}, a ${endpointOperator.name} service subject to ${endpointOperator.extraterritorialLaws.join(", ")}` });
        }
      }
    }
    for (const resource of stack.resources) {
      // A resource of a provider with no configuration block still uses that provider.
      const configured = stack.providers.some((p) => p.type === resource.providerType);
      if (!configured) report(resource.providerType, `provider.${resource.providerType}`, `provider ${resource.providerType} (used by ${resource.address})`);
    }
    return violations;
  },
};
