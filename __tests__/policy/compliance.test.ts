import "../../policy/jest-matchers";
import { App, TerraformStack, Testing } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { loadTestEnvironment } from "../helpers/environments";
import { complianceSnapshot } from "../../policy/jest-matchers";
import { addEnvironmentStacks } from "../../stacks/app";
import { TODAY } from "./helpers";

describe.each(["dev", "prod", "scaleway-dev"])("compliance of the %s environment", (name) => {
  const loaded = loadTestEnvironment(name);
  const stacks = addEnvironmentStacks(Testing.app() as App, loaded);
  const options = { catalogue: loaded.catalogue, today: TODAY };

  it.each(["legacy", "sovereign"] as const)("the %s stack is sovereign-compliant (waivers included)", (kind) => {
    expect(stacks[kind]).toBeSovereignCompliant(options);
  });

  it.each(["legacy", "sovereign"] as const)("snapshot of the %s stack: resource, effective region, qualifications, verdict", (kind) => {
    expect(complianceSnapshot(stacks[kind], options)).toMatchSnapshot();
  });

  it("the legacy stack is compliant only until the migration deadline", () => {
    expect(stacks.legacy).toBeSovereignCompliant(options);
    if (loaded.config.dataClassification === "health-data") {
      expect(stacks.legacy).not.toBeSovereignCompliant({ ...options, today: "2027-01-01" });
      expect(stacks.legacy).toHavePolicyFinding("extraterritorial-exposure", "azurerm_resource_group.platform", { ...options, today: "2027-01-01" });
    }
  });
});

describe("the jest matchers", () => {
  it("fail a non-compliant stack with the list of findings", () => {
    const stack = new TerraformStack(Testing.app(), "bad");
    new ResourceGroup(stack, "rg", { name: "rg", location: "eastus" });
    expect(() => expect(stack).toBeSovereignCompliant({ metadata: { role: "legacy", dataClassification: "synthetic" } })).toThrow(
      /expected no policy error findings, found 1:\n {2}\[region-qualified\] azurerm_resource_group\.rg \(bad\/rg\): region 'eastus' \(location\) of azurerm is not in the region catalogue/,
    );
  });

  it("read synthesized JSON with metadata given as an option", () => {
    const stack = new TerraformStack(Testing.app(), "json");
    new ResourceGroup(stack, "rg", { name: "rg", location: "francecentral" });
    const synthesized = Testing.synth(stack);
    expect(synthesized).toBeSovereignCompliant({ metadata: { role: "legacy", dataClassification: "synthetic" } });
    expect(synthesized).toHavePolicyFinding("no-extraterritorial-provider", "provider.azurerm", { metadata: { role: "sovereign", dataClassification: "synthetic" } });
    expect(synthesized).not.toHavePolicyFinding("region-qualified", undefined, { metadata: { role: "sovereign", dataClassification: "synthetic" } });
  });
});
