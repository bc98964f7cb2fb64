import { RegionCatalogue } from "../../../policy/catalogue";
import type { CatalogueFile } from "../../../policy/catalogue";
import { classifiedTypes } from "../../../policy/classification";
import { DATA_STORES, dataStoreKind, SCALEWAY_DATA_STORE_PATTERN, SCALEWAY_NOT_DATA_STORES } from "../../../policy/data-stores";
import { dataStoreEncrypted } from "../../../policy/rules/data-store-encrypted";
import { findingsOf, OVH_PROVIDER, run, SOVEREIGN_HEALTH, SOVEREIGN_SYNTHETIC, LEGACY_HEALTH, tfJson } from "../helpers";

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

describe("rule data-store-encrypted: every data-bearing type of policy/data-stores.ts", () => {
  const SCALEWAY = { scaleway: { region: "fr-par", zone: "fr-par-1" } };
  const scaleway = (resource: Record<string, unknown>) => tfJson({ provider: SCALEWAY, resource }, SOVEREIGN_SYNTHETIC);
  const openstack = (resource: Record<string, unknown>) => tfJson({ provider: OVH_PROVIDER, resource }, SOVEREIGN_SYNTHETIC);
  const errors = (stack: ReturnType<typeof tfJson>) => findingsOf(run([stack], { rules }), "data-store-encrypted");

  it("names, for each pattern, types its provider has, and a check or a by-design reason with its source", () => {
    for (const kind of DATA_STORES) {
      expect(classifiedTypes(kind.provider).filter((t) => kind.types.test(t)).length).toBeGreaterThan(0);
      if ("byDesign" in kind.encryption) expect(kind.encryption.byDesign).toMatch(/https:\/\//);
    }
    expect(dataStoreKind("openstack_keymanager_secret_v1")).toMatchObject({ encryption: { byDesign: expect.stringMatching(/^Barbican/) } });
    expect(dataStoreKind("openstack_keymanager_container_v1")).toBeDefined();
  });

  it("judges every data-bearing type of every provider: a by-design type passes bare, a checked type fails bare (but TDE, on by default)", () => {
    const stackOf: Record<string, (resource: Record<string, unknown>) => ReturnType<typeof tfJson>> = {
      openstack,
      scaleway,
      azurerm: (resource) => tfJson({ resource }, LEGACY_HEALTH),
    };
    let judged = 0;
    for (const kind of DATA_STORES) {
      for (const type of classifiedTypes(kind.provider).filter((t) => kind.types.test(t))) {
        const findings = errors(stackOf[kind.provider]({ [type]: { bare: { name: "bare" } } }));
        if ("byDesign" in kind.encryption || type === "azurerm_mssql_database") expect([type, findings]).toEqual([type, []]);
        else expect([type, findings.length > 0]).toEqual([type, true]);
        judged++;
      }
    }
    expect(judged).toBeGreaterThan(40);
  });

  it("passes what the platform encrypts by design: Barbican secrets, Azure containers, Secret Manager, Key Manager (compliant)", () => {
    expect(errors(openstack({ openstack_keymanager_secret_v1: { s: { name: "s" } }, openstack_keymanager_container_v1: { c: { name: "c", type: "generic" } } }))).toEqual([]);
    expect(errors(scaleway({ scaleway_secret: { s: { name: "s", region: "fr-par" } }, scaleway_key_manager_key: { k: { name: "k", region: "fr-par", usage: "symmetric_encryption" } } }))).toEqual([]);
  });

  it("Scaleway buckets: versioned with a server-side encryption configuration of this configuration (compliant), else findings", () => {
    const bucket = { name: "lake", region: "fr-par", versioning: { enabled: true } };
    const sse = { bucket: "${scaleway_object_bucket.lake.name}", region: "fr-par", rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: "aws:kms", kms_master_key_id: "k" } }] };
    expect(errors(scaleway({ scaleway_object_bucket: { lake: bucket }, scaleway_object_bucket_server_side_encryption_configuration: { e: sse } }))).toEqual([]);
    expect(errors(scaleway({ scaleway_object_bucket: { lake: { name: "lake", region: "fr-par" } } }))).toEqual([
      "scaleway_object_bucket.lake: versioning.enabled is not true: overwritten or deleted objects cannot be recovered",
      "scaleway_object_bucket.lake: the bucket has no scaleway_object_bucket_server_side_encryption_configuration in this configuration: its objects are not encrypted by default",
    ]);
    // An object: its own customer key, or its bucket's default encryption.
    expect(errors(scaleway({ scaleway_object_bucket: { lake: bucket }, scaleway_object_bucket_server_side_encryption_configuration: { e: sse }, scaleway_object: { o: { bucket: "lake", key: "k", region: "fr-par" } } }))).toEqual([]);
    expect(errors(scaleway({ scaleway_object: { o: { bucket: "elsewhere", key: "k", region: "fr-par" } } }))[0]).toMatch(/^scaleway_object\.o: no sse_customer_key, and its bucket cannot be found/);
  });

  it("Scaleway Managed Databases: encryption_at_rest on the instance, and its databases and read replicas judged by it", () => {
    const instance = (extra: Record<string, unknown>) => ({ name: "db", region: "fr-par", node_type: "DB-PRO2-XXS", engine: "PostgreSQL-16", ...extra });
    const database = { instance_id: "${scaleway_rdb_instance.db.id}", name: "portal", region: "fr-par" };
    expect(errors(scaleway({ scaleway_rdb_instance: { db: instance({ encryption_at_rest: true }) }, scaleway_rdb_database: { d: database } }))).toEqual([]);
    expect(errors(scaleway({ scaleway_rdb_instance: { db: instance({}) }, scaleway_rdb_database: { d: database } }))).toEqual([
      "scaleway_rdb_instance.db: encryption_at_rest is not true: the database's volumes are not encrypted at rest",
      "scaleway_rdb_database.d: its instance_id scaleway_rdb_instance.db: encryption_at_rest is not true: the database's volumes are not encrypted at rest",
    ]);
    expect(errors(scaleway({ scaleway_rdb_read_replica: { r: { instance_id: "fr-par/1111", region: "fr-par" } } }))[0]).toMatch(/^scaleway_rdb_read_replica\.r: instance_id: no scaleway_rdb_instance named|does not point at a resource/);
  });

  it("covers every Scaleway type of the schema whose name says it may hold data: a data store, or a listed reason it holds none", () => {
    const candidates = classifiedTypes("scaleway").filter((t) => SCALEWAY_DATA_STORE_PATTERN.test(t));
    expect(candidates.filter((t) => dataStoreKind(t) === undefined && !Object.prototype.hasOwnProperty.call(SCALEWAY_NOT_DATA_STORES, t))).toEqual([]);
    expect(Object.keys(SCALEWAY_NOT_DATA_STORES).filter((t) => !candidates.includes(t) || dataStoreKind(t) !== undefined)).toEqual([]);
  });

  it("Scaleway products with no documented encryption at rest are not proven: an error for health data, a warning for synthetic data; File Storage is encrypted by design", () => {
    const mongo = { scaleway_mongodb_instance: { m: { name: "m", region: "fr-par", node_type: "MGDB-PLAY2-NANO", node_number: 1 } } };
    const snapshot = { scaleway_mongodb_snapshot: { s: { instance_id: "${scaleway_mongodb_instance.m.id}", region: "fr-par", expires_at: "2027-01-01T00:00:00Z" } } };
    const health = run([tfJson({ provider: SCALEWAY, resource: { ...mongo, ...snapshot } }, SOVEREIGN_HEALTH)], { rules }).findings.map((f) => `${f.severity} ${f.address}: ${f.message}`);
    expect(health).toEqual([
      "error scaleway_mongodb_instance.m: encryption at rest is not proven (Scaleway documents no encryption at rest for this product, and its provider has no argument to ask for it)",
      "error scaleway_mongodb_snapshot.s: its instance_id scaleway_mongodb_instance.m: encryption at rest is not proven (Scaleway documents no encryption at rest for this product, and its provider has no argument to ask for it)",
    ]);
    expect(run([scaleway(mongo)], { rules }).findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(errors(scaleway({ scaleway_file_filesystem: { f: { name: "f", size_in_gb: 100, region: "fr-par" } } }))).toEqual([]);
    // A Managed Database's snapshots and backups are its instance's.
    const rdb = { scaleway_rdb_instance: { db: { name: "db", region: "fr-par", node_type: "DB-PRO2-XXS", engine: "PostgreSQL-16", encryption_at_rest: true } } };
    expect(errors(scaleway({ ...rdb, scaleway_rdb_snapshot: { s: { name: "s", instance_id: "${scaleway_rdb_instance.db.id}", region: "fr-par" } } }))).toEqual([]);
  });

  it("Scaleway volumes: LUKS-opened by the server they are attached to (compliant), else not proven", () => {
    const volume = { name: "data", zone: "fr-par-1", size_in_gb: 10, iops: 5000 };
    const server = (cloudInit: string | undefined, userData = true) => ({
      name: "s",
      type: "PRO2-S",
      image: "i",
      zone: "fr-par-1",
      additional_volume_ids: ["${scaleway_block_volume.data.id}"],
      ...(cloudInit !== undefined ? { cloud_init: cloudInit } : {}),
      ...(userData ? { user_data: { "hdh-luks-data": "${random_password.p.result}" } } : {}),
    });
    const luks = '#cloud-config\n  cryptsetup open --key-file=- "$device" "$name"\n  /dev/disk/by-id/scsi-0SCW_sbs_volume-${element(split("/", scaleway_block_volume.data.id), 1)}|hdh-luks-data\n';
    expect(errors(scaleway({ scaleway_block_volume: { data: volume }, scaleway_instance_server: { s: server(luks) } }))).toEqual([]);
    expect(errors(scaleway({ scaleway_block_volume: { data: volume } }))).toEqual([
      "scaleway_block_volume.data: not proven LUKS-encrypted (Scaleway offers no customer-key encryption of volumes): no server of this configuration attaches it",
    ]);
    expect(errors(scaleway({ scaleway_block_volume: { data: volume }, scaleway_instance_server: { s: server("#cloud-config\nruncmd: [mkfs.ext4 /dev/sdb]") } }))[0]).toMatch(/attached to scaleway_instance_server\.s: its cloud_init does not open a LUKS volume/);
    expect(errors(scaleway({ scaleway_block_volume: { data: volume }, scaleway_instance_server: { s: server(luks, false) } }))[0]).toMatch(/it has no user_data to give the passphrase/);
    // A snapshot is its volume's ciphertext: judged by its volume.
    expect(errors(scaleway({ scaleway_block_volume: { data: volume }, scaleway_instance_server: { s: server(luks) }, scaleway_block_snapshot: { snap: { volume_id: "${scaleway_block_volume.data.id}", zone: "fr-par-1" } } }))).toEqual([]);
  });

  it("OpenStack: a Trove instance on an encrypted volume type and its databases, encrypted images and shares", () => {
    const trove = (volumeType: string) => ({ openstack_db_instance_v1: { db: { name: "db", size: 10, volume_type: volumeType } }, openstack_db_database_v1: { d: { name: "d", instance_id: "${openstack_db_instance_v1.db.id}" } } });
    expect(errors(openstack(trove("high-speed-luks")))).toEqual([]);
    expect(errors(openstack(trove("classic")))).toEqual([
      expect.stringMatching(/^openstack_db_instance_v1\.db: volume_type 'classic' is not an encrypted volume type/),
      expect.stringMatching(/^openstack_db_database_v1\.d: its instance_id openstack_db_instance_v1\.db: volume_type 'classic'/),
    ]);
    expect(errors(openstack({ openstack_images_image_v2: { i: { name: "i", properties: { os_encrypt_format: "luks", os_encrypt_key_id: "${openstack_keymanager_secret_v1.k.id}" } } } }))).toEqual([]);
    expect(errors(openstack({ openstack_images_image_v2: { i: { name: "i" } } }))[0]).toMatch(/the image is not encrypted/);
    expect(errors(openstack({ openstack_sharedfilesystem_share_v2: { s: { name: "s", share_proto: "NFS", size: 1, share_type: "default" } } }))).toEqual([
      "openstack_sharedfilesystem_share_v2.s: share_type 'default' is not an encrypted share type (the catalogue lists no encrypted share type for OVHcloud Public Cloud)",
    ]);
    expect(errors(openstack({ openstack_objectstorage_object_v1: { o: { name: "o", container_name: "c" } } }))).toEqual([
      "openstack_objectstorage_object_v1.o: the catalogue has no evidence that OVHcloud Public Cloud encrypts object storage at rest",
    ]);
  });

  it("Azure: a database with TDE (compliant), without it a finding; a managed disk is encrypted by design", () => {
    const legacy = (resource: Record<string, unknown>) => tfJson({ resource }, LEGACY_HEALTH);
    expect(errors(legacy({ azurerm_managed_disk: { d: { name: "d", location: "francecentral", resource_group_name: "rg", storage_account_type: "Premium_LRS", create_option: "Empty" } } }))).toEqual([]);
    const database = (extra: Record<string, unknown>) => ({ azurerm_mssql_database: { db: { name: "db", server_id: "s", ...extra } } });
    expect(errors(legacy(database({})))).toEqual([]);
    expect(errors(legacy(database({ transparent_data_encryption_enabled: false })))).toEqual(["azurerm_mssql_database.db: transparent_data_encryption_enabled = false: the database is not encrypted at rest"]);
  });
});
