import { RegionCatalogue } from "../../../policy/catalogue";
import type { CatalogueFile } from "../../../policy/catalogue";
import { dataStoreEncrypted } from "../../../policy/rules/data-store-encrypted";
import { findingsOf, OVH_PROVIDER, run, SOVEREIGN_SYNTHETIC, LEGACY_HEALTH, tfJson } from "../helpers";

const rules = [dataStoreEncrypted];

describe("rule data-store-encrypted", () => {
  it("passes a volume on an encrypted volume type and a double-encrypted, versioned storage account (compliant)", () => {
    const sovereign = tfJson({ provider: OVH_PROVIDER, resource: { openstack_blockstorage_volume_v3: { v: { size: 10, volume_type: "high-speed-luks" } } } }, SOVEREIGN_SYNTHETIC);
    const legacy = tfJson(
      { resource: { azurerm_storage_account: { sa: { name: "sa", location: "francecentral", infrastructure_encryption_enabled: true, blob_properties: { versioning_enabled: true } } } } },
      LEGACY_HEALTH,
    );
    expect(run([sovereign, legacy], { rules }).findings).toEqual([]);
  });

  it("flags a volume without an encrypted type and a storage account without versioning (non-compliant)", () => {
    const sovereign = tfJson(
      { provider: OVH_PROVIDER, resource: { openstack_blockstorage_volume_v3: { plain: { size: 10, volume_type: "classic" }, unset: { size: 10 } } } },
      SOVEREIGN_SYNTHETIC,
    );
    const legacy = tfJson({ resource: { azurerm_storage_account: { sa: { name: "sa", location: "francecentral", blob_properties: [{ versioning_enabled: false }] } } } }, LEGACY_HEALTH);
    expect(findingsOf(run([sovereign, legacy], { rules }), "data-store-encrypted")).toEqual([
      expect.stringMatching(/^openstack_blockstorage_volume_v3\.plain: volume_type 'classic' is not an encrypted volume type \(encrypted types of OVHcloud Public Cloud: classic-luks/),
      expect.stringMatching(/^openstack_blockstorage_volume_v3\.unset: volume_type is not set/),
      expect.stringMatching(/^azurerm_storage_account\.sa: neither infrastructure_encryption_enabled nor a customer_managed_key/),
      expect.stringMatching(/^azurerm_storage_account\.sa: blob_properties\.versioning_enabled is not true/),
    ]);
  });

  it("requires versioning and catalogue evidence of at-rest encryption for object containers", () => {
    const container = { resource: { openstack_objectstorage_container_v1: { c: { name: "c", versioning: true } } } };
    const unproven = tfJson({ provider: OVH_PROVIDER, ...container }, SOVEREIGN_SYNTHETIC);
    expect(findingsOf(run([unproven], { rules }), "data-store-encrypted")).toEqual([
      "openstack_objectstorage_container_v1.c: the catalogue has no evidence that OVHcloud Public Cloud encrypts object storage at rest",
    ]);
    const proven: CatalogueFile = {
      schemaVersion: 2,
      asOf: "2026-11-29",
      operators: [{ id: "eu-cloud", name: "EU Cloud", headquarters: "FR", extraterritorialLaws: [], evidence: "https://eu.example", asOf: "2026-11-29" }],
      offers: [{ id: "eu-cloud", operator: "eu-cloud", platform: "openstack", name: "EU Cloud", identityEndpoints: ["https://keystone.eu.example/v3"], encryptsObjectStorageAtRest: true, evidence: "https://eu.example", asOf: "2026-11-29" }],
      terraformProviders: [{ type: "openstack", operator: null, endpointArgument: "auth_url" }],
      regions: [{ provider: "openstack", offer: "eu-cloud", region: "EU1", aliases: [], country: "FR", jurisdiction: "EU", qualifications: {} }],
    };
    const catalogue = new RegionCatalogue();
    catalogue.add(proven, "test");
    const onProvenCloud = tfJson({ provider: { openstack: { auth_url: "https://keystone.eu.example/v3", region: "EU1" } }, ...container }, SOVEREIGN_SYNTHETIC);
    expect(run([onProvenCloud], { rules, catalogue }).findings).toEqual([]);
  });

  it("weighs missing versioning by the data classification: an error for health data, a warning for synthetic data", () => {
    const account = { resource: { azurerm_storage_account: { sa: { name: "sa", location: "francecentral", infrastructure_encryption_enabled: true } } } };
    const health = run([tfJson(account, LEGACY_HEALTH)], { rules }).findings.map((f) => [f.severity, f.message]);
    expect(health).toEqual([["error", "blob_properties.versioning_enabled is not true: overwritten or deleted blobs cannot be recovered"]]);
    const synthetic = run([tfJson(account, { role: "legacy", dataClassification: "synthetic" })], { rules }).findings.map((f) => [f.severity, f.message]);
    expect(synthetic).toEqual([["warning", "blob_properties.versioning_enabled is not true: overwritten or deleted blobs cannot be recovered"]]);
  });
});
