import { RegionCatalogue, type CatalogueFile } from "../../policy/catalogue";
import { regionQualified } from "../../policy/rules/region-qualified";
import { findingsOf, LEGACY_HEALTH, OVH_PROVIDER, plan, run, SOVEREIGN_SYNTHETIC, tfJson } from "./helpers";

const rules = [regionQualified];
const LEGACY_SYNTHETIC = { role: "legacy", dataClassification: "synthetic" } as const;
const rg = (location: string) => ({ azurerm_resource_group: { rg: { name: "rg", location } } });

/** The region-qualified findings of one legacy configuration. */
function legacyFindings(resource: Record<string, unknown>, options: Parameters<typeof run>[1] = {}): string[] {
  return findingsOf(run([tfJson({ resource }, LEGACY_HEALTH)], { rules, ...options }), "region-qualified");
}

describe("secondary locations: replicas and failover locations in nested blocks", () => {
  it("judges every Cosmos DB geo_location like the primary region: a US replica is a finding naming its path", () => {
    const findings = legacyFindings({
      azurerm_cosmosdb_account: {
        db: {
          name: "db",
          location: "francecentral",
          resource_group_name: "rg",
          backup: { type: "Periodic", storage_redundancy: "Local" },
          geo_location: [
            { location: "francecentral", failover_priority: 0 },
            { location: "eastus", failover_priority: 1 },
          ],
        },
      },
    });
    expect(findings).toEqual(["azurerm_cosmosdb_account.db: geo_location[1].location (a region the resource also uses): region 'eastus' of azurerm is not in the region catalogue: unqualified"]);
  });

  it("passes replicas in qualified EU regions (compliant): a container registry's georeplications, API Management's additional_location", () => {
    expect(
      legacyFindings({
        azurerm_container_registry: { acr: { name: "acr", location: "francecentral", resource_group_name: "rg", sku: "Premium", georeplications: [{ location: "westeurope" }] } },
        azurerm_api_management: { apim: { name: "apim", location: "francecentral", resource_group_name: "rg", additional_location: { location: "francesouth" } } },
      }),
    ).toEqual([]);
  });

  it("judges a replica against the required qualifications, not only the EU: germanynorth lacks HDS", () => {
    expect(legacyFindings({ azurerm_container_registry: { acr: { name: "acr", location: "francecentral", resource_group_name: "rg", georeplications: [{ location: "germanynorth" }] } } })).toEqual([
      "azurerm_container_registry.acr: georeplications[0].location (a region the resource also uses): region 'germanynorth' lacks hds; required: eu, hds (role legacy)",
    ]);
  });

  it("reads a replica location through a variable, and leaves one from a dynamic block's iterator unresolved", () => {
    const findings = findingsOf(
      run(
        [
          tfJson(
            {
              variable: { dr: { default: "eastus" }, regions: { default: ["westeurope"] } },
              resource: {
                azurerm_cosmosdb_account: {
                  byVariable: { name: "a", location: "francecentral", resource_group_name: "rg", backup: { type: "Continuous" }, geo_location: { location: "${var.dr}", failover_priority: 1 } },
                  dynamic: {
                    name: "b",
                    location: "francecentral",
                    resource_group_name: "rg",
                    backup: { type: "Continuous" },
                    dynamic: { geo_location: { for_each: "${var.regions}", content: { location: "${geo_location.value}", failover_priority: 1 } } },
                  },
                },
              },
            },
            LEGACY_HEALTH,
          ),
        ],
        { rules },
      ),
      "region-qualified",
    );
    expect(findings).toEqual([
      "azurerm_cosmosdb_account.byVariable: geo_location.location (a region the resource also uses): region 'eastus' of azurerm is not in the region catalogue: unqualified",
      "azurerm_cosmosdb_account.dynamic: dynamic.geo_location.content.location (a region the resource also uses): cannot be proven to stay in a qualified region: geo_location.value is not in this configuration",
    ]);
  });

  it("in a plan: reads planned nested blocks, and a replica location known only after apply is a finding", () => {
    const address = { address: "azurerm_cosmosdb_account.db", mode: "managed", type: "azurerm_cosmosdb_account", name: "db", provider_name: "registry.terraform.io/hashicorp/azurerm" };
    const values = { name: "db", location: "francecentral", backup: [{ type: "Continuous" }], geo_location: [{ location: "francecentral" }, {}] };
    const stack = plan({
      format_version: "1.2",
      planned_values: { root_module: { resources: [{ ...address, values }] } },
      resource_changes: [{ ...address, change: { actions: ["create"], after: values, after_unknown: { geo_location: [{}, { location: true }] } } }],
    });
    expect(findingsOf(run([stack], { rules, require: ["eu", "hds"] }), "region-qualified")).toEqual([
      "azurerm_cosmosdb_account.db: geo_location[1].location (a region the resource also uses): cannot be proven to stay in a qualified region: known only after apply",
    ]);
  });
});

describe("secondary locations: geo-redundant storage and backups go to the region's pair (catalogue pairedRegions)", () => {
  const account = (location: string, replication: string) => ({
    azurerm_storage_account: { sa: { name: "sa", location, resource_group_name: "rg", account_tier: "Standard", account_replication_type: replication } },
  });

  it("passes GRS whose pair holds the requirement (westeurope → northeurope) and LRS anywhere qualified (compliant)", () => {
    expect(legacyFindings(account("westeurope", "GRS"))).toEqual([]);
    expect(legacyFindings(account("germanywestcentral", "LRS"))).toEqual([]);
  });

  it("flags GRS whose pair lacks a required qualification (germanywestcentral → germanynorth lacks HDS)", () => {
    expect(legacyFindings(account("germanywestcentral", "RAGZRS"))).toEqual([
      "azurerm_storage_account.sa: account_replication_type = RAGZRS → pair of 'germanywestcentral' (geo-redundant storage (account_replication_type): Azure keeps a geo-redundant copy in the region's pair (https://learn.microsoft.com/azure/reliability/cross-region-replication-azure)): region 'germanynorth' lacks hds; required: eu, hds (role legacy)",
    ]);
  });

  it("flags GRS in a region without a pair, and a replication type given by an expression", () => {
    expect(legacyFindings(account("italynorth", "GZRS"))[0]).toMatch(/region 'italynorth' has no paired region in the catalogue: where the copy goes is not known$/);
    const computed = findingsOf(run([tfJson({ variable: { replication: {} }, resource: account("francecentral", "${var.replication}") }, LEGACY_HEALTH)], { rules }), "region-qualified");
    expect(computed).toEqual([expect.stringMatching(/account_replication_type .*cannot be proven to stay in a qualified region: cannot tell whether it replicates: var\.replication has no value/)]);
  });

  /** A TEST catalogue: an EU region whose pair is outside the EU, and one without pair data. */
  const testCatalogue = (): RegionCatalogue => {
    const hds = { status: "qualified" as const, asOf: "2026-01-01", evidence: [{ kind: "certificate" as const, reference: "TEST certificate 1", url: "https://evidence.test-cloud.eu/hds", date: "2026-01-01" }] };
    const file: CatalogueFile = {
      schemaVersion: 2,
      asOf: "2026-11-01",
      qualifications: { hds: { name: "HDS", authority: "ANS", meaning: "health data host", evidence: "https://evidence.test-cloud.eu", asOf: "2026-01-01" } },
      operators: [{ id: "microsoft", name: "Microsoft", headquarters: "US", extraterritorialLaws: ["US CLOUD Act"], evidence: "https://evidence.test-cloud.eu", asOf: "2026-01-01" }],
      offers: [{ id: "azure", operator: "microsoft", platform: "azure", name: "Azure (TEST)", identityEndpoints: [], evidence: "https://evidence.test-cloud.eu", asOf: "2026-01-01" }],
      terraformProviders: [{ type: "azurerm", operator: "microsoft" }],
      regions: [
        { provider: "azurerm", offer: "azure", region: "eupaired", aliases: [], country: "FR", jurisdiction: "EU", pairedRegions: ["outside"], qualifications: { hds } },
        { provider: "azurerm", offer: "azure", region: "outside", aliases: [], country: "GB", jurisdiction: "non-EU", pairedRegions: ["eupaired"], qualifications: { hds } },
        { provider: "azurerm", offer: "azure", region: "nopairdata", aliases: [], country: "FR", jurisdiction: "EU", qualifications: { hds } },
      ],
    };
    const catalogue = new RegionCatalogue();
    catalogue.add(file, "TEST catalogue");
    return catalogue;
  };

  it("flags GRS whose pair is outside the EU, and a region without pair data (TEST catalogue)", () => {
    const catalogue = testCatalogue();
    expect(legacyFindings(account("eupaired", "GRS"), { catalogue, require: ["eu", "hds"] })).toEqual([expect.stringMatching(/→ pair of 'eupaired' .*: region 'outside' lies outside the EU \(GB\); required: eu, hds \(--require\)$/)]);
    expect(legacyFindings(account("nopairdata", "GRS"), { catalogue, require: ["eu", "hds"] })).toEqual([expect.stringMatching(/the catalogue has no pair data for region 'nopairdata' \(pairedRegions\)/)]);
  });

  it("flags geo-redundant PostgreSQL backups and SQL backups by default (storage_account_type unset means Geo) in germanywestcentral", () => {
    const findings = legacyFindings({
      ...rg("germanywestcentral"),
      azurerm_postgresql_flexible_server: { pg: { name: "pg", location: "germanywestcentral", resource_group_name: "rg", geo_redundant_backup_enabled: true } },
      azurerm_mssql_server: { sql: { name: "sql", location: "germanywestcentral", resource_group_name: "rg", version: "12.0" } },
      azurerm_mssql_database: { db: { name: "db", server_id: "${azurerm_mssql_server.sql.id}" }, local: { name: "local", server_id: "${azurerm_mssql_server.sql.id}", storage_account_type: "Local" } },
    });
    expect(findings).toEqual([
      expect.stringMatching(/^azurerm_postgresql_flexible_server\.pg: geo_redundant_backup_enabled = true → pair of 'germanywestcentral' .*region 'germanynorth' lacks hds/),
      expect.stringMatching(/^azurerm_mssql_database\.db: storage_account_type \(unset: the default replicates\) → pair of 'germanywestcentral' .*region 'germanynorth' lacks hds/),
    ]);
  });

  it("keeps Cosmos DB continuous backups in the account's regions, and geo-replicates periodic ones by default", () => {
    const cosmos = (backup: Record<string, unknown> | undefined) => ({
      azurerm_cosmosdb_account: { db: { name: "db", location: "germanywestcentral", resource_group_name: "rg", geo_location: { location: "germanywestcentral" }, ...(backup ? { backup } : {}) } },
    });
    expect(legacyFindings(cosmos({ type: "Continuous" }))).toEqual([]);
    expect(legacyFindings(cosmos(undefined))).toEqual([expect.stringMatching(/backup\.storage_redundancy \(unset: the default replicates\) → pair of 'germanywestcentral' .*'germanynorth' lacks hds/)]);
  });

  it("flags a Recovery Services vault (GeoRedundant by default) and passes Key Vault in a region without pair (it then replicates within the region)", () => {
    expect(legacyFindings({ azurerm_recovery_services_vault: { v: { name: "v", location: "swedencentral", resource_group_name: "rg", sku: "Standard" } } })[0]).toMatch(
      /storage_mode_type \(unset: the default replicates\) → pair of 'swedencentral' .*region 'swedensouth' lacks hds/,
    );
    expect(legacyFindings({ azurerm_key_vault: { kv: { name: "kv", location: "italynorth", resource_group_name: "rg", sku_name: "standard", tenant_id: "t" } } })).toEqual([]);
    expect(legacyFindings({ azurerm_key_vault: { kv: { name: "kv", location: "germanywestcentral", resource_group_name: "rg", sku_name: "standard", tenant_id: "t" } } })[0]).toMatch(/^azurerm_key_vault\.kv: by design → pair of 'germanywestcentral'/);
  });
});

describe("secondary locations: failover partners and replication destinations", () => {
  it("judges a SQL failover group's partner at its region, and a partner outside the configuration as unresolved", () => {
    const findings = legacyFindings({
      azurerm_mssql_server: { primary: { name: "p", location: "francecentral", resource_group_name: "rg" }, secondary: { name: "s", location: "eastus", resource_group_name: "rg" } },
      azurerm_mssql_failover_group: {
        inConfig: { name: "fg", server_id: "${azurerm_mssql_server.primary.id}", partner_server: { id: "${azurerm_mssql_server.secondary.id}" } },
        byId: { name: "fg2", server_id: "${azurerm_mssql_server.primary.id}", partner_server: [{ id: "/subscriptions/0000/resourceGroups/x/providers/Microsoft.Sql/servers/elsewhere" }] },
      },
    });
    expect(findings).toEqual([
      "azurerm_mssql_server.secondary: region 'eastus' (location) of azurerm is not in the region catalogue: unqualified",
      "azurerm_mssql_failover_group.inConfig: partner_server.id → azurerm_mssql_server.secondary (failover partner server (partner_server)): region 'eastus' of azurerm is not in the region catalogue: unqualified",
      expect.stringMatching(
        /^azurerm_mssql_failover_group\.byId: partner_server\[0\]\.id \(failover partner server \(partner_server\)\): cannot be proven to stay in a qualified region: '\/subscriptions\/0000\/.*' is the ID of a resource outside this configuration/,
      ),
    ]);
  });

  it("flags an object replication destination in eastus, and a flexible-server replica of a source outside the configuration", () => {
    const findings = legacyFindings({
      ...rg("francecentral"),
      azurerm_storage_account: {
        src: { name: "src", location: "francecentral", resource_group_name: "rg", account_replication_type: "LRS" },
        dst: { name: "dst", location: "eastus", resource_group_name: "rg", account_replication_type: "LRS" },
      },
      azurerm_storage_object_replication: { r: { source_storage_account_id: "${azurerm_storage_account.src.id}", destination_storage_account_id: "${azurerm_storage_account.dst.id}" } },
      azurerm_postgresql_flexible_server: { replica: { name: "replica", location: "francecentral", resource_group_name: "rg", create_mode: "Replica", source_server_id: "${data.azurerm_postgresql_flexible_server.src.id}" } },
    });
    expect(findings).toEqual([
      "azurerm_storage_account.dst: region 'eastus' (location) of azurerm is not in the region catalogue: unqualified",
      // The policy lives on both accounts: its own region is the first one it names (the destination's).
      "azurerm_storage_object_replication.r: region 'eastus' (parent azurerm_storage_account.dst (destination_storage_account_id)) of azurerm is not in the region catalogue: unqualified",
      "azurerm_storage_object_replication.r: destination_storage_account_id → azurerm_storage_account.dst (object replication destination account): region 'eastus' of azurerm is not in the region catalogue: unqualified",
      expect.stringMatching(/^azurerm_postgresql_flexible_server\.replica: source_server_id .*: data\.azurerm_postgresql_flexible_server\.src\.id is not in this configuration: the partner is outside this configuration/),
    ]);
  });
});

describe("secondary locations: ARM template deployments", () => {
  const deployment = (template: unknown, parameters?: unknown) => ({
    ...rg("francecentral"),
    azurerm_resource_group_template_deployment: {
      arm: {
        name: "arm",
        resource_group_name: "${azurerm_resource_group.rg.name}",
        deployment_mode: "Incremental",
        template_content: JSON.stringify(template),
        ...(parameters ? { parameters_content: JSON.stringify(parameters) } : {}),
      },
    },
  });
  const storage = (location: string, extra: Record<string, unknown> = {}) => ({ type: "Microsoft.Storage/storageAccounts", apiVersion: "2023-01-01", name: "st", location, ...extra });

  it("flags a template that deploys to eastus, directly or through a parameter's default", () => {
    expect(legacyFindings(deployment({ resources: [storage("eastus")] }))).toEqual([
      "azurerm_resource_group_template_deployment.arm: template_content resources[0] (Microsoft.Storage/storageAccounts 'st').location (a resource the ARM template deploys): region 'eastus' of azurerm is not in the region catalogue: unqualified",
    ]);
    const parameterised = { parameters: { location: { type: "string", defaultValue: "eastus" } }, resources: [storage("[parameters('location')]")] };
    expect(legacyFindings(deployment(parameterised))[0]).toMatch(/region 'eastus' of azurerm is not in the region catalogue/);
  });

  it("passes a template whose parameters_content sets a qualified region, or that deploys to its resource group's region (compliant)", () => {
    const parameterised = { parameters: { location: { type: "string", defaultValue: "eastus" } }, resources: [storage("[parameters('location')]")] };
    expect(legacyFindings(deployment(parameterised, { location: { value: "francecentral" } }))).toEqual([]);
    expect(legacyFindings(deployment({ resources: [storage("[resourceGroup().location]")] }))).toEqual([]);
  });

  it("leaves what it cannot evaluate unresolved: another function, a linked template, a template given by a function call", () => {
    const findings = legacyFindings(
      deployment({
        resources: [
          storage("[concat('east', 'us')]"),
          { type: "Microsoft.Resources/deployments", name: "nested", properties: { templateLink: { uri: "https://templates.example.eu/t.json" } } },
          { type: "Microsoft.Resources/deployments", name: "inline", properties: { template: { resources: [storage("westus")] } } },
        ],
      }),
    );
    expect(findings).toEqual([
      expect.stringMatching(/resources\[0\] .*cannot be proven to stay in a qualified region: '\[concat\('east', 'us'\)\]' is a template expression the policy does not evaluate/),
      expect.stringMatching(/resources\[1\] \(Microsoft\.Resources\/deployments 'nested'\) .*deploys a linked template this configuration does not hold/),
      expect.stringMatching(/resources\[2\] \(Microsoft\.Resources\/deployments 'inline'\) template resources\[0\] .*region 'westus' of azurerm is not in the region catalogue/),
    ]);
    const byFunction = { ...deployment({}), azurerm_resource_group_template_deployment: { arm: { name: "arm", resource_group_name: "rg", deployment_mode: "Incremental", template_content: '${file("t.json")}' } } };
    expect(legacyFindings(byFunction)).toEqual([expect.stringMatching(/template_content \(a resource the ARM template deploys\): cannot be proven .*a function call/)]);
  });
});

describe("secondary locations: OpenStack sync targets and endpoint overrides", () => {
  const container = (extra: Record<string, unknown>) => tfJson({ provider: OVH_PROVIDER, resource: { openstack_objectstorage_container_v1: { c: { name: "c", versioning: true, ...extra } } } }, SOVEREIGN_SYNTHETIC);

  it("flags a container syncing to a foreign Swift, and keeps legacy versioning in the same account (compliant)", () => {
    expect(findingsOf(run([container({ container_sync_to: "//foreign-realm/cluster/AUTH_x/backup", container_sync_key: "k" })], { rules }), "region-qualified")).toEqual([
      "openstack_objectstorage_container_v1.c: container_sync_to (container sync (container_sync_to) copies every object to another Swift container, named by realm or URL, which may be another cloud's): cannot be proven to stay in a qualified region: targets '//foreign-realm/cluster/AUTH_x/backup': no region of the catalogue can be proven to hold it",
    ]);
    expect(findingsOf(run([container({ versioning_legacy: { type: "versions", location: "c-versions" } })], { rules }), "region-qualified")).toEqual([]);
  });

  it("flags every resource whose provider overrides service endpoints", () => {
    const provider = { openstack: { ...OVH_PROVIDER.openstack, endpoint_overrides: { network: "https://neutron.elsewhere.example.com/v2.0/" } } };
    const stack = tfJson({ provider, resource: { openstack_networking_network_v2: { n: { name: "n" } } } }, SOVEREIGN_SYNTHETIC);
    expect(findingsOf(run([stack], { rules }), "region-qualified")).toEqual([
      "openstack_networking_network_v2.n: provider openstack endpoint_overrides (service endpoints the provider configuration sets instead of the cloud's catalogue): cannot be proven to stay in a qualified region: sends network → https://neutron.elsewhere.example.com/v2.0/: the catalogue cannot tell which cloud and region serve them",
    ]);
  });
});

describe("parents: an Azure resource lives where its named parent lives", () => {
  const vnets = {
    azurerm_virtual_network: {
      a: { name: "hub", location: "francecentral", resource_group_name: "rg-a" },
      b: { name: "hub", location: "eastus", resource_group_name: "rg-b" },
    },
  };

  it("finds the virtual network of the subnet's resource group, not the first of that name", () => {
    const stack = tfJson({ resource: { ...vnets, azurerm_subnet: { s: { name: "s", virtual_network_name: "hub", resource_group_name: "rg-b" } } } }, LEGACY_SYNTHETIC);
    const verdict = run([stack], { rules }).resources.find((r) => r.address === "azurerm_subnet.s");
    expect(verdict).toMatchObject({ region: "eastus", regionSource: "parent azurerm_virtual_network.b (virtual_network_name)" });
  });

  it("matches naming arguments given by references, and leaves two that cannot be told apart unresolved", () => {
    const byReference = tfJson(
      {
        resource: {
          azurerm_resource_group: { a: { name: "rg-a", location: "francecentral" }, b: { name: "rg-b", location: "eastus" } },
          azurerm_virtual_network: {
            a: { name: "hub", location: "${azurerm_resource_group.a.location}", resource_group_name: "${azurerm_resource_group.a.name}" },
            b: { name: "hub", location: "${azurerm_resource_group.b.location}", resource_group_name: "${azurerm_resource_group.b.name}" },
          },
          azurerm_subnet: { s: { name: "s", virtual_network_name: "hub", resource_group_name: "${azurerm_resource_group.a.name}" } },
        },
      },
      LEGACY_SYNTHETIC,
    );
    expect(run([byReference], { rules }).resources.find((r) => r.address === "azurerm_subnet.s")).toMatchObject({ region: "francecentral", regionSource: "parent azurerm_virtual_network.a (virtual_network_name)" });
    const twins = tfJson({ resource: { azurerm_virtual_network: { a: vnets.azurerm_virtual_network.a, c: { ...vnets.azurerm_virtual_network.a, location: "eastus" } }, azurerm_subnet: { s: { name: "s", virtual_network_name: "hub", resource_group_name: "rg-a" } } } }, LEGACY_SYNTHETIC);
    expect(findingsOf(run([twins], { rules }), "region-qualified")).toContain(
      "azurerm_subnet.s: effective region cannot be resolved before apply: virtual_network_name: 2 resources may be the azurerm_virtual_network named 'hub' with resource_group_name 'rg-a' (azurerm_virtual_network.a, azurerm_virtual_network.c): cannot tell which",
    );
  });

  it("in a plan too: the virtual network of the subnet's resource group", () => {
    const provider_name = "registry.terraform.io/hashicorp/azurerm";
    const resource = (type: string, name: string, values: Record<string, unknown>) => ({ address: `${type}.${name}`, mode: "managed", type, name, provider_name, values });
    const stack = plan({
      format_version: "1.2",
      planned_values: {
        root_module: {
          resources: [
            resource("azurerm_virtual_network", "a", { name: "hub", location: "francecentral", resource_group_name: "rg-a" }),
            resource("azurerm_virtual_network", "b", { name: "hub", location: "eastus", resource_group_name: "rg-b" }),
            resource("azurerm_subnet", "s", { name: "s", virtual_network_name: "hub", resource_group_name: "rg-b" }),
          ],
        },
      },
    });
    expect(run([stack], { rules, require: ["eu", "hds"] }).resources.find((r) => r.address === "azurerm_subnet.s")).toMatchObject({ region: "eastus", regionSource: "parent azurerm_virtual_network.b (virtual_network_name)" });
  });

  it("does not take a parent whose naming arguments cannot be compared", () => {
    const stack = tfJson({ variable: { rg: {} }, resource: { azurerm_virtual_network: { a: vnets.azurerm_virtual_network.a }, azurerm_subnet: { s: { name: "s", virtual_network_name: "hub", resource_group_name: "${var.rg}" } } } }, LEGACY_SYNTHETIC);
    expect(findingsOf(run([stack], { rules }), "region-qualified")).toEqual([
      "azurerm_subnet.s: effective region cannot be resolved before apply: virtual_network_name: cannot tell whether azurerm_virtual_network.a is the azurerm_virtual_network named 'hub' with resource_group_name (unresolved): a naming argument cannot be evaluated",
    ]);
  });

  it("never falls back to the resource group: a parent outside the configuration (by name, by ID, by data source) leaves the region unresolved", () => {
    const subnet = (virtualNetworkName: string) => ({ name: "s", virtual_network_name: virtualNetworkName, resource_group_name: "${azurerm_resource_group.rg.name}" });
    const stack = tfJson(
      {
        data: { azurerm_virtual_network: { existing: { name: "existing", resource_group_name: "rg" } } },
        resource: {
          ...rg("francecentral"),
          azurerm_subnet: { byName: subnet("elsewhere"), byDataSource: subnet("${data.azurerm_virtual_network.existing.name}") },
          azurerm_subnet_network_security_group_association: {
            byId: { subnet_id: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s", network_security_group_id: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/n" },
          },
        },
      },
      LEGACY_SYNTHETIC,
    );
    expect(findingsOf(run([stack], { rules }), "region-qualified")).toEqual([
      "azurerm_subnet.byName: effective region cannot be resolved before apply: virtual_network_name: no azurerm_virtual_network named 'elsewhere' with resource_group_name 'rg' in this configuration",
      "azurerm_subnet.byDataSource: effective region cannot be resolved before apply: virtual_network_name: points at data.azurerm_virtual_network.existing, a data source: the resource it reads is outside this configuration",
      expect.stringMatching(/^azurerm_subnet_network_security_group_association\.byId: effective region cannot be resolved before apply: network_security_group_id: '\/subscriptions\/0\/.*' is the ID of a resource outside this configuration/),
    ]);
  });
});

describe("global and edge services", () => {
  const frontDoor = { azurerm_cdn_frontdoor_profile: { fd: { name: "fd", resource_group_name: "${azurerm_resource_group.rg.name}", sku_name: "Standard_AzureFrontDoor" } }, ...rg("francecentral") };

  it("warns of a Front Door, a DNS zone or a Traffic Manager profile where SecNumCloud is not required", () => {
    const stack = tfJson({ resource: { ...frontDoor, azurerm_dns_zone: { z: { name: "hdh.fr", resource_group_name: "rg" } }, azurerm_traffic_manager_profile: { t: { name: "t", resource_group_name: "rg" } } } }, LEGACY_SYNTHETIC);
    const result = run([stack], { rules });
    expect(result.findings.map((f) => [f.severity, f.address, f.message.split(";")[0]])).toEqual([
      ["warning", "azurerm_cdn_frontdoor_profile.fd", "azurerm_cdn_frontdoor_profile has no region (Azure Front Door serves and caches content at Microsoft's edge locations worldwide)"],
      ["warning", "azurerm_dns_zone.z", "azurerm_dns_zone has no region (Azure DNS serves public zones from Microsoft's global anycast network (ARM location 'global'))"],
      ["warning", "azurerm_traffic_manager_profile.t", "azurerm_traffic_manager_profile has no region (Traffic Manager is a global, DNS-based service)"],
    ]);
  });

  it("makes them errors where the stack requires SecNumCloud", () => {
    const result = run([tfJson({ resource: frontDoor }, LEGACY_HEALTH)], { rules, require: ["eu", "hds", "secnumcloud"] });
    expect(result.findings.filter((f) => f.address === "azurerm_cdn_frontdoor_profile.fd").map((f) => [f.severity, f.missingQualifications])).toEqual([["error", ["secnumcloud"]]]);
  });
});
