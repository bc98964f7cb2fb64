import { ConfigError } from "../../config/config-error";
import { carveSubnet } from "../../constructs/legacy/network";
import { checkedPlan, errorOf, fixture, resourcesOf, synthLegacy } from "../migration/helpers";

describe.each(["dev", "prod"] as const)("the %s legacy estate", (name) => {
  const { environment, plan, planFile } = fixture(name);
  const json = synthLegacy(environment, checkedPlan(plan, planFile), `config/environments/${name}.json`);

  it("synthesizes as a snapshot", () => {
    expect(json).toMatchSnapshot();
  });

  it("declares every part of the estate", () => {
    for (const type of [
      "azurerm_resource_group",
      "azurerm_virtual_network",
      "azurerm_subnet",
      "azurerm_network_security_group",
      "azurerm_storage_account",
      "azurerm_storage_container",
      "azurerm_key_vault",
      "azurerm_key_vault_key",
      "azurerm_postgresql_flexible_server",
      "azurerm_linux_virtual_machine_scale_set",
      "azurerm_bastion_host",
      "azurerm_log_analytics_workspace",
      "azurerm_private_endpoint",
    ]) {
      expect(resourcesOf(json, type).length).toBeGreaterThan(0);
    }
  });

  it("runs in France Central, with the recovery group in France South", () => {
    const groups = resourcesOf(json, "azurerm_resource_group").map(([, g]) => g.location).sort();
    expect(groups).toEqual(["francecentral", "francesouth"]);
  });

  it("is hub and spoke: the hub peers both spokes both ways", () => {
    expect(resourcesOf(json, "azurerm_virtual_network").map(([, v]) => v.name).sort()).toEqual(
      [`vnet-hdh-${name}-data`, `vnet-hdh-${name}-hub`, `vnet-hdh-${name}-research`],
    );
    expect(resourcesOf(json, "azurerm_virtual_network_peering").map(([, p]) => p.name).sort()).toEqual(["data-to-hub", "hub-to-data", "hub-to-research", "research-to-hub"]);
  });

  it("makes every storage account ADLS Gen2, TLS 1.2, private, encrypted twice, and protected from destroy", () => {
    const accounts = resourcesOf(json, "azurerm_storage_account");
    expect(accounts).toHaveLength(environment.legacy.dataStores.length);
    for (const [, account] of accounts) {
      expect(account).toMatchObject({
        is_hns_enabled: true,
        min_tls_version: "TLS1_2",
        https_traffic_only_enabled: true,
        public_network_access_enabled: false,
        allow_nested_items_to_be_public: false,
        infrastructure_encryption_enabled: true,
        network_rules: { default_action: "Deny" },
        lifecycle: { prevent_destroy: true },
      });
    }
    expect(resourcesOf(json, "azurerm_storage_account_customer_managed_key")).toHaveLength(accounts.length);
  });

  it("keeps prevent_destroy on every container that holds a dataset not yet decommissioned", () => {
    for (const [, container] of resourcesOf(json, "azurerm_storage_container")) {
      expect(container.lifecycle).toEqual({ prevent_destroy: true });
      expect(container.container_access_type).toBe("private");
    }
  });

  it("gives the PostgreSQL server no public access; password logins only for the running database copy, with a generated password", () => {
    const [[, server]] = resourcesOf(json, "azurerm_postgresql_flexible_server");
    expect(server).toMatchObject({ public_network_access_enabled: false, geo_redundant_backup_enabled: true, authentication: { active_directory_auth_enabled: true } });
    // Both plans copy a database (portal-db is replicating): the sovereign subscriber logs in with a password.
    expect(server.authentication.password_auth_enabled).toBe(true);
    expect(server.administrator_login).toBe("hdhmigration");
    expect(server.administrator_password).toMatch(/^\$\{random_password\.[^}]+\.result\}$/);
  });

  it("puts no public IP on the workspaces and allows SSH keys only", () => {
    const [[, scaleSet]] = resourcesOf(json, "azurerm_linux_virtual_machine_scale_set");
    expect(scaleSet.disable_password_authentication).toBe(true);
    expect(JSON.stringify(scaleSet.network_interface)).not.toContain("public_ip_address");
  });
});

describe("prevent_destroy after a verified decommissioning", () => {
  it("lets a container go once its dataset is decommissioned with a verification, and keeps its account protected", () => {
    const { environment, plan } = fixture("prod");
    // The registries container still configured although its dataset is decommissioned.
    environment.legacy.dataStores[1].containers.push("registries");
    const json = synthLegacy(environment, checkedPlan(plan));
    const containers = Object.fromEntries(resourcesOf(json, "azurerm_storage_container").map(([, c]) => [c.name, c.lifecycle.prevent_destroy]));
    expect(containers).toMatchObject({ registries: false, cohorts: true, "snds-dcir": true });
    const pseudonymised = resourcesOf(json, "azurerm_storage_account").find(([, a]) => a.name === "sthdhprodpseudo");
    expect(pseudonymised?.[1].lifecycle.prevent_destroy).toBe(true);
  });

  it("lets an account go once all its containers are decommissioned", () => {
    const { environment, plan } = fixture("prod");
    environment.legacy.dataStores[1].containers = ["registries"];
    plan.datasets = plan.datasets.filter((d) => d.id !== "cohorts");
    const json = synthLegacy(environment, checkedPlan(plan));
    const pseudonymised = resourcesOf(json, "azurerm_storage_account").find(([, a]) => a.name === "sthdhprodpseudo");
    expect(pseudonymised?.[1].lifecycle.prevent_destroy).toBe(false);
  });
});

describe("subnet carving", () => {
  it("carves the n-th block of a prefix length", () => {
    expect(carveSubnet("10.110.0.0/16", 27, 0, "f", "x")).toBe("10.110.0.0/27");
    expect(carveSubnet("10.110.0.0/16", 26, 1, "f", "x")).toBe("10.110.0.64/26");
    expect(carveSubnet("10.110.0.0/16", 24, 1, "f", "x")).toBe("10.110.1.0/24");
  });

  it("refuses a network too small for the hub's subnets, naming the field", () => {
    const { environment } = fixture("dev");
    environment.legacy.addressSpace = "10.110.0.0/25";
    const error = errorOf(() => synthLegacy(environment));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe("config/environments/test.json: legacy.addressSpace: '10.110.0.0/25' is too small to hold block #1 of /24");
  });
});
