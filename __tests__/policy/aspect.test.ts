import { App, TerraformStack, Testing } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { OpenstackProvider } from "../../.gen/providers/openstack/provider";
import { BlockstorageVolumeV3 } from "../../.gen/providers/openstack/blockstorage-volume-v3";
import { ConfigError } from "../../config/config-error";
import { applySovereigntyPolicy } from "../../policy/aspect";
import { declareStackPolicy } from "../../policy/stack-policy";
import { catalogue, TODAY } from "./helpers";

/** A deliberately non-compliant sovereign stack: Azure inside it, and an unencrypted, unprotected volume in a non-SecNumCloud region. */
function nonCompliantStack(app: App): TerraformStack {
  const stack = new TerraformStack(app, "bad-sovereign");
  declareStackPolicy(stack, { role: "sovereign", dataClassification: "health-data" });
  new OpenstackProvider(stack, "openstack", { authUrl: "https://auth.cloud.ovh.net/v3", region: "GRA11" });
  new AzurermProvider(stack, "azurerm", { features: [{}] });
  new BlockstorageVolumeV3(stack, "data", { size: 100, volumeType: "classic" });
  new ResourceGroup(stack, "rg", { name: "rg", location: "westeurope" });
  return stack;
}

describe("the sovereignty policy Aspect", () => {
  it("makes synth fail with a readable list of error findings", () => {
    const app = Testing.app();
    nonCompliantStack(app);
    applySovereigntyPolicy(app, { catalogue, today: TODAY });
    let message = "";
    try {
      app.synth();
    } catch (error) {
      // A ConfigError: main.ts prints it as one block, without a stack trace.
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    const lines = message.split("\n").map((l) => l.trim());
    expect(lines[0]).toBe("bad-sovereign: 5 sovereignty policy error findings (policy/README.md):");
    expect(lines).toEqual(
      expect.arrayContaining([
        "[no-extraterritorial-provider] provider.azurerm: provider azurerm is operated by Microsoft, subject to US CLOUD Act: not allowed in a sovereign stack",
        "[region-qualified] openstack_blockstorage_volume_v3.data (bad-sovereign/data): region 'GRA11' (provider openstack) lacks secnumcloud; required: eu, hds, secnumcloud (data classification health-data)",
        expect.stringMatching(/^\[data-store-encrypted\] openstack_blockstorage_volume_v3\.data \(bad-sovereign\/data\): volume_type 'classic'/),
        "[prevent-destroy-on-data] openstack_blockstorage_volume_v3.data (bad-sovereign/data): openstack_blockstorage_volume_v3 holds data but lacks lifecycle.prevent_destroy = true",
        "[region-qualified] azurerm_resource_group.rg (bad-sovereign/rg): region 'westeurope' (location) lacks secnumcloud; required: eu, hds, secnumcloud (data classification health-data)",
      ]),
    );
  });

  it("lets a compliant stack synthesize", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "good-sovereign");
    declareStackPolicy(stack, { role: "sovereign", dataClassification: "synthetic" });
    new OpenstackProvider(stack, "openstack", { authUrl: "https://auth.cloud.ovh.net/v3", region: "GRA11" });
    new BlockstorageVolumeV3(stack, "data", { size: 100, volumeType: "high-speed-luks", lifecycle: { preventDestroy: true } });
    applySovereigntyPolicy(app, { catalogue, today: TODAY });
    expect(() => app.synth()).not.toThrow();
  });
});
