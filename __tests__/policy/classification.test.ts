import { readFileSync } from "node:fs";
import { classify } from "../../policy/classification";
import { CLASSIFICATION_FILE, deriveClassification, serialiseClassification } from "../../policy/generate-classification";

describe("resource type classification", () => {
  it("is up to date with the provider schemas (run `npm run policy:classify`)", () => {
    expect(readFileSync(CLASSIFICATION_FILE, "utf8")).toBe(serialiseClassification(deriveClassification()));
  });

  it("derives regional, inheriting, global and region-less types", () => {
    expect(classify("azurerm", "azurerm_resource_group")).toEqual({ kind: "classified", classification: { regionAttribute: "location" } });
    expect(classify("azurerm", "azurerm_subnet")).toMatchObject({
      classification: { parents: [{ attribute: "virtual_network_name", type: "azurerm_virtual_network" }, { attribute: "resource_group_name", type: "azurerm_resource_group" }] },
    });
    expect(classify("azurerm", "azurerm_management_group")).toMatchObject({ classification: { global: true } });
    expect(classify("openstack", "openstack_compute_instance_v2")).toMatchObject({ classification: { regionAttribute: "region", providerDefault: true } });
    expect(classify("random", "random_password")).toEqual({ kind: "region-less" });
    expect(classify("aws", "aws_instance")).toEqual({ kind: "unclassified" });
  });
});
