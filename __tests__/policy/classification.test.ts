import { readFileSync } from "node:fs";
import { classifiedTypes, classify, providerFacts, type TypeClassification } from "../../policy/classification";
import {
  CLASSIFICATION_FILE,
  deriveClassification,
  derivedSecondaryRegions,
  scalewayFamily,
  schemaArguments,
  SCALEWAY_SCHEMA_FILE,
  serialiseClassification,
} from "../../policy/generate-classification";
import { HAND_KEPT_SECONDARY_LOCATIONS, NOT_A_REGION } from "../../policy/location-facts";

function classified(provider: string, type: string): TypeClassification {
  const result = classify(provider, type);
  if (result.kind !== "classified") throw new Error(`${type} is not classified`);
  return result.classification;
}

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

  it("judges Azure's global and edge services as global, whatever arguments they have (DNS, Private DNS, Front Door, CDN, Traffic Manager)", () => {
    for (const type of ["azurerm_dns_zone", "azurerm_private_dns_zone", "azurerm_private_dns_a_record", "azurerm_cdn_frontdoor_profile", "azurerm_frontdoor", "azurerm_cdn_profile", "azurerm_traffic_manager_profile"]) {
      expect(classified("azurerm", type)).toMatchObject({ global: true, globalReason: expect.any(String) });
    }
    // The Private DNS resolver is regional.
    expect(classified("azurerm", "azurerm_private_dns_resolver")).toMatchObject({ regionAttribute: "location" });
  });

  it("judges as global the types azurerm creates with ARM location 'global' (metric alerts, alert processing rules, Communication Services ...)", () => {
    for (const type of ["azurerm_monitor_metric_alert", "azurerm_monitor_smart_detector_alert_rule", "azurerm_monitor_alert_processing_rule_suppression", "azurerm_monitor_private_link_scope", "azurerm_communication_service", "azurerm_eventgrid_partner_registration"]) {
      expect(classified("azurerm", type)).toMatchObject({ global: true, globalReason: expect.stringContaining("global") });
    }
    // Its data location is still judged.
    expect(classified("azurerm", "azurerm_communication_service").secondary).toEqual([{ kind: "region", path: ["data_location"] }]);
    // An activity log alert has a location argument: regional.
    expect(classified("azurerm", "azurerm_monitor_activity_log_alert")).toMatchObject({ regionAttribute: "location" });
  });

  it("maps a parent argument to its type in the child's own family first, optional ones before the resource group", () => {
    // azurerm 4: an Event Hub names its namespace by ID or by name (both optional), never lives in its resource group.
    expect(classified("azurerm", "azurerm_eventhub").parents).toEqual([
      { attribute: "namespace_id", type: "azurerm_eventhub_namespace" },
      { attribute: "namespace_name", type: "azurerm_eventhub_namespace" },
      { attribute: "resource_group_name", type: "azurerm_resource_group" },
    ]);
    expect(classified("azurerm", "azurerm_servicebus_queue").parents).toEqual([{ attribute: "namespace_id", type: "azurerm_servicebus_namespace" }]);
    // A `_v2` type's earlier version is a sibling, not its parent.
    expect(classified("azurerm", "azurerm_stream_analytics_stream_input_eventhub_v2").parents?.map((p) => p.type)).not.toContain("azurerm_stream_analytics_stream_input_eventhub");
  });
});

describe("Scaleway classification, from the vendored schema", () => {
  const schema = JSON.parse(readFileSync(SCALEWAY_SCHEMA_FILE, "utf8")) as {
    provider_schemas: Record<string, { resource_schemas: Record<string, unknown>; data_source_schemas: Record<string, unknown> }>;
  };
  const provider = Object.values(schema.provider_schemas)[0];

  it("classifies every Scaleway resource and data source type of the schema", () => {
    expect(classifiedTypes("scaleway").sort()).toEqual(Object.keys(provider.resource_schemas).sort());
    expect(classifiedTypes("scaleway", "data").sort()).toEqual(Object.keys(provider.data_source_schemas).sort());
    expect(Object.keys(provider.resource_schemas).filter((t) => classify("scaleway", t).kind !== "classified")).toEqual([]);
  });

  it("reads a zone first (its region comes from the catalogue), else a region, else the provider's; a type without either inherits from its regional parent", () => {
    expect(classified("scaleway", "scaleway_instance_server")).toEqual({ zoneAttribute: "zone", providerDefault: true });
    expect(classified("scaleway", "scaleway_rdb_instance")).toMatchObject({ regionAttribute: "region", providerDefault: true });
    expect(classified("scaleway", "scaleway_k8s_pool")).toMatchObject({ regionAttribute: "region", zoneAttribute: "zone", providerDefault: true });
    expect(classified("scaleway", "scaleway_lb_backend")).toEqual({ parents: [{ attribute: "lb_id", type: "scaleway_lb" }] });
    expect(classified("scaleway", "scaleway_instance_security_group_rules")).toEqual({ parents: [{ attribute: "security_group_id", type: "scaleway_instance_security_group" }] });
  });

  it("gives every region-less Scaleway type a reason: IAM, account, billing, domains, edge services, cockpit", () => {
    const global = classifiedTypes("scaleway").filter((t) => classified("scaleway", t).global);
    expect(global.length).toBeGreaterThan(20);
    for (const type of global) expect(classified("scaleway", type).globalReason?.length).toBeGreaterThan(30);
    expect(classified("scaleway", "scaleway_iam_policy").globalReason).toMatch(/IAM .* organisation-wide/);
    expect(classified("scaleway", "scaleway_domain_zone").globalReason).toMatch(/global service/);
    expect(classified("scaleway", "scaleway_edge_services_pipeline").globalReason).toMatch(/CDN/);
    expect(scalewayFamily("scaleway_edge_services_waf_stage")).toBe("edge_services");
    expect(scalewayFamily("scaleway_lb_frontend")).toBe("lb");
  });

  it("knows that the Scaleway provider's environment overrides its block's region and zone (terraform-provider-scaleway internal/meta/meta.go)", () => {
    expect(providerFacts("scaleway")).toMatchObject({ defaultArguments: ["zone", "region"], defaultsOverriddenBy: ["SCW_DEFAULT_ZONE", "SCW_DEFAULT_REGION"] });
    expect(providerFacts("openstack")).toMatchObject({ defaultArguments: ["region"], endpointOverrides: "endpoint_overrides" });
  });
});

describe("secondary locations, derived from the schemas", () => {
  const secondary = (provider: string, type: string) => classified(provider, type).secondary ?? [];
  const derivedCount = (provider: string) =>
    classifiedTypes(provider)
      .flatMap((t) => secondary(provider, t))
      .filter((s) => s.kind === "region").length;

  it("derives every region-named argument of nested blocks and every *_location / *_region argument", () => {
    expect(secondary("azurerm", "azurerm_cosmosdb_account")).toContainEqual({ kind: "region", path: ["geo_location", "*", "location"] });
    expect(secondary("azurerm", "azurerm_container_registry")).toContainEqual({ kind: "region", path: ["georeplications", "*", "location"] });
    expect(secondary("azurerm", "azurerm_api_management")).toContainEqual({ kind: "region", path: ["additional_location", "*", "location"] });
    expect(secondary("azurerm", "azurerm_redis_linked_server")).toContainEqual({ kind: "region", path: ["linked_redis_cache_location"] });
    expect(secondary("azurerm", "azurerm_shared_image_version")).toContainEqual({ kind: "region", path: ["target_region", "*", "name"], why: "target_region (a block naming a region)" });
    expect(secondary("openstack", "openstack_identity_endpoint_v3")).toEqual([{ kind: "region", path: ["endpoint_region"] }]);
    expect(secondary("scaleway", "scaleway_edge_services_backend_stage")).toContainEqual({ kind: "region", path: ["s3_backend_config", "*", "bucket_region"] });
    // The counts the derivation yields today (a provider upgrade that changes them shows here).
    expect([derivedCount("azurerm"), derivedCount("openstack"), derivedCount("scaleway")]).toEqual([29, 1, 9]);
  });

  it("skips the region-named arguments the hand-kept list says hold no region, each applied somewhere", () => {
    expect(secondary("azurerm", "azurerm_batch_pool")).toEqual([]);
    expect(secondary("openstack", "openstack_objectstorage_container_v1").map((s) => s.kind)).toEqual(["external-target"]);
    expect(NOT_A_REGION.length).toBeGreaterThan(5);
  });

  it("merges the hand-kept facts: replication settings, partners, templates, sync targets", () => {
    expect(secondary("azurerm", "azurerm_storage_account")).toContainEqual(expect.objectContaining({ kind: "replication", setting: ["account_replication_type"], destination: "paired-region" }));
    expect(secondary("azurerm", "azurerm_mssql_failover_group")).toContainEqual(expect.objectContaining({ kind: "partner", path: ["partner_server", "*", "id"] }));
    expect(secondary("azurerm", "azurerm_subscription_template_deployment")).toContainEqual(expect.objectContaining({ kind: "arm-template", scope: "subscription" }));
    expect(secondary("scaleway", "scaleway_rdb_instance")).toContainEqual(expect.objectContaining({ kind: "replication", destination: "unnamed-region" }));
    for (const fact of HAND_KEPT_SECONDARY_LOCATIONS) expect(secondary(fact.provider, fact.type)).toContainEqual(fact.location);
  });

  it("derives from any schema block: nested blocks, lists of regions, a block naming its region, settable arguments only", () => {
    const args = schemaArguments({
      attributes: { location: { type: "string", required: true }, backup_region: { type: "string", optional: true }, read_region: { type: "string", computed: true }, regions: { type: ["list", "string"], optional: true } },
      block_types: {
        replica: { block: { attributes: { location: { type: "string", required: true }, store_location: { type: "string", optional: true } } } },
        target_region: { block: { attributes: { name: { type: "string", required: true } } } },
      },
    });
    expect(derivedSecondaryRegions("azurerm", "azurerm_made_up", args)).toEqual([
      { kind: "region", path: ["backup_region"] },
      { kind: "region", path: ["regions", "*"] },
      { kind: "region", path: ["replica", "*", "location"] },
      { kind: "region", path: ["target_region", "*", "name"], why: "target_region (a block naming a region)" },
    ]);
  });
});
