import { noExtraterritorialProvider } from "../../../policy/rules/no-extraterritorial-provider";
import { findingsOf, LEGACY_HEALTH, OVH_PROVIDER, run, SOVEREIGN_SYNTHETIC, tfJson } from "../helpers";

const rules = [noExtraterritorialProvider];

describe("rule no-extraterritorial-provider", () => {
  it("passes a sovereign stack on OpenStack with region-less helpers (compliant)", () => {
    const stack = tfJson({ provider: { ...OVH_PROVIDER, random: {} }, resource: { openstack_networking_network_v2: { n: {} }, random_id: { r: {} } } }, SOVEREIGN_SYNTHETIC);
    expect(run([stack], { rules }).findings).toEqual([]);
  });

  it("flags azurerm configured in a sovereign stack, and aws used without a provider block (non-compliant)", () => {
    const stack = tfJson(
      { provider: { ...OVH_PROVIDER, azurerm: { features: {} } }, resource: { aws_s3_bucket: { b: { bucket: "x" } } } },
      SOVEREIGN_SYNTHETIC,
    );
    expect(findingsOf(run([stack], { rules }), "no-extraterritorial-provider")).toEqual([
      "provider.azurerm: provider azurerm is operated by Microsoft, subject to US CLOUD Act: not allowed in a sovereign stack",
      "provider.aws: provider aws (used by aws_s3_bucket.b) is operated by Amazon Web Services, subject to US CLOUD Act: not allowed in a sovereign stack",
    ]);
  });

  it("flags an OpenStack provider that authenticates on a US company's domain", () => {
    const stack = tfJson({ provider: { openstack: { auth_url: "https://identity.example.azure.com/v3", region: "GRA11" } } }, SOVEREIGN_SYNTHETIC);
    expect(findingsOf(run([stack], { rules }), "no-extraterritorial-provider")[0]).toMatch(/a Microsoft service/);
  });

  it("leaves the legacy estate's azurerm provider to the legacy rules", () => {
    const stack = tfJson({ provider: { azurerm: { features: {} } } }, LEGACY_HEALTH);
    expect(run([stack], { rules }).findings).toEqual([]);
  });
});
