/**
 * What the provider schemas cannot tell about where data goes, kept by hand: which setting turns a
 * cloud's own replication on, which argument names a failover partner or a replication destination, what
 * an ARM template deployment deploys, which Azure services are global, why a Scaleway product has no
 * region, which region-named arguments are no region at all. policy/generate-classification.ts merges
 * these facts into classification.generated.json and refuses one that names a type or an argument the
 * schema does not have (so a provider upgrade that renames it stops the generation, never drops it).
 * Everything else (regions in nested blocks, `*_location`, `*_region`) is derived from the schemas.
 */
import type { ProviderLocationFacts, SecondaryLocation } from "./classification";

/** A secondary location of one type that no schema tells. */
export interface HandKeptSecondaryLocation {
  readonly provider: "azurerm" | "openstack" | "scaleway";
  readonly type: string;
  readonly location: SecondaryLocation;
}

const GEO_STORAGE = "Azure keeps a geo-redundant copy in the region's pair (https://learn.microsoft.com/azure/reliability/cross-region-replication-azure)";

/**
 * Replication the cloud does on its own, failover partners, replication destinations, templates, and
 * sync targets. Defaults (`whenUnset`) are the provider's documented defaults.
 */
export const HAND_KEPT_SECONDARY_LOCATIONS: readonly HandKeptSecondaryLocation[] = [
  // Geo-redundant storage and backups: the copy goes to the region's pair (catalogue `pairedRegions`).
  {
    provider: "azurerm",
    type: "azurerm_storage_account",
    location: { kind: "replication", setting: ["account_replication_type"], when: ["GRS", "RAGRS", "GZRS", "RAGZRS"], destination: "paired-region", why: `geo-redundant storage (account_replication_type): ${GEO_STORAGE}` },
  },
  {
    provider: "azurerm",
    type: "azurerm_postgresql_flexible_server",
    location: { kind: "replication", setting: ["geo_redundant_backup_enabled"], when: ["true"], destination: "paired-region", why: "geo-redundant backups (geo_redundant_backup_enabled) are stored in the region's pair" },
  },
  {
    provider: "azurerm",
    type: "azurerm_mysql_flexible_server",
    location: { kind: "replication", setting: ["geo_redundant_backup_enabled"], when: ["true"], destination: "paired-region", why: "geo-redundant backups (geo_redundant_backup_enabled) are stored in the region's pair" },
  },
  {
    provider: "azurerm",
    type: "azurerm_mssql_database",
    location: {
      kind: "replication",
      setting: ["storage_account_type"],
      when: ["Geo", "GeoZone"],
      whenUnset: true,
      destination: "paired-region",
      why: "backup storage redundancy (storage_account_type, default Geo) keeps backups in the region's pair",
    },
  },
  {
    provider: "azurerm",
    type: "azurerm_mssql_managed_instance",
    location: {
      kind: "replication",
      setting: ["storage_account_type"],
      when: ["GRS", "GZRS"],
      whenUnset: true,
      destination: "paired-region",
      why: "backup storage redundancy (storage_account_type, default GRS) keeps backups in the region's pair",
    },
  },
  {
    provider: "azurerm",
    type: "azurerm_recovery_services_vault",
    location: {
      kind: "replication",
      setting: ["storage_mode_type"],
      when: ["GeoRedundant"],
      whenUnset: true,
      destination: "paired-region",
      why: "vault storage (storage_mode_type, default GeoRedundant) keeps backups in the region's pair",
    },
  },
  {
    provider: "azurerm",
    type: "azurerm_recovery_services_vault",
    location: { kind: "replication", setting: ["cross_region_restore_enabled"], when: ["true"], destination: "paired-region", why: "cross-region restore (cross_region_restore_enabled) restores backups in the region's pair" },
  },
  {
    provider: "azurerm",
    type: "azurerm_data_protection_backup_vault",
    location: { kind: "replication", setting: ["redundancy"], when: ["GeoRedundant"], destination: "paired-region", why: "vault redundancy (redundancy GeoRedundant) keeps backups in the region's pair" },
  },
  {
    provider: "azurerm",
    type: "azurerm_data_protection_backup_vault",
    location: { kind: "replication", setting: ["cross_region_restore_enabled"], when: ["true"], destination: "paired-region", why: "cross-region restore (cross_region_restore_enabled) restores backups in the region's pair" },
  },
  {
    provider: "azurerm",
    type: "azurerm_cosmosdb_account",
    location: {
      kind: "replication",
      setting: ["backup", "*", "storage_redundancy"],
      when: ["Geo"],
      whenUnset: true,
      unless: { setting: ["backup", "*", "type"], values: ["Continuous"] },
      destination: "paired-region",
      why: "periodic backups (backup storage_redundancy, default Geo) are stored in the region's pair",
    },
  },
  {
    provider: "azurerm",
    type: "azurerm_key_vault",
    location: {
      kind: "replication",
      destination: "paired-region",
      withoutPair: "stays-in-region",
      why: "Key Vault replicates its contents to the region's pair, by design (https://learn.microsoft.com/azure/key-vault/general/disaster-recovery-guidance)",
    },
  },
  // Failover partners and replication destinations: another resource holds a copy; judged at its region.
  { provider: "azurerm", type: "azurerm_mssql_failover_group", location: { kind: "partner", path: ["partner_server", "*", "id"], why: "failover partner server (partner_server)" } },
  { provider: "azurerm", type: "azurerm_mssql_managed_instance_failover_group", location: { kind: "partner", path: ["partner_managed_instance_id"], why: "failover partner managed instance" } },
  { provider: "azurerm", type: "azurerm_mssql_database", location: { kind: "partner", path: ["creation_source_database_id"], why: "source database of a copy or geo-secondary (creation_source_database_id)" } },
  { provider: "azurerm", type: "azurerm_postgresql_flexible_server", location: { kind: "partner", path: ["source_server_id"], why: "source server of a replica or restore (source_server_id, create_mode)" } },
  { provider: "azurerm", type: "azurerm_mysql_flexible_server", location: { kind: "partner", path: ["source_server_id"], why: "source server of a replica or restore (source_server_id, create_mode)" } },
  { provider: "azurerm", type: "azurerm_storage_object_replication", location: { kind: "partner", path: ["destination_storage_account_id"], why: "object replication destination account" } },
  { provider: "azurerm", type: "azurerm_redis_linked_server", location: { kind: "partner", path: ["linked_redis_cache_id"], why: "geo-replication partner cache" } },
  { provider: "azurerm", type: "azurerm_eventhub_namespace_disaster_recovery_config", location: { kind: "partner", path: ["partner_namespace_id"], why: "geo-disaster-recovery partner namespace" } },
  { provider: "azurerm", type: "azurerm_servicebus_namespace_disaster_recovery_config", location: { kind: "partner", path: ["partner_namespace_id"], why: "geo-disaster-recovery partner namespace" } },
  { provider: "azurerm", type: "azurerm_netapp_volume", location: { kind: "partner", path: ["data_protection_replication", "*", "remote_volume_resource_id"], why: "cross-region replication's remote volume" } },
  { provider: "azurerm", type: "azurerm_site_recovery_replicated_vm", location: { kind: "partner", path: ["target_resource_group_id"], why: "site recovery target resource group (where the replica runs)" } },
  { provider: "azurerm", type: "azurerm_cosmosdb_account", location: { kind: "partner", path: ["restore", "*", "source_cosmosdb_account_id"], why: "account restored from (restore source_cosmosdb_account_id)" } },
  // ARM template deployments: what they deploy is in the template, a JSON string.
  { provider: "azurerm", type: "azurerm_resource_group_template_deployment", location: { kind: "arm-template", template: "template_content", parameters: "parameters_content", scope: "resource-group" } },
  { provider: "azurerm", type: "azurerm_subscription_template_deployment", location: { kind: "arm-template", template: "template_content", parameters: "parameters_content", scope: "subscription" } },
  { provider: "azurerm", type: "azurerm_management_group_template_deployment", location: { kind: "arm-template", template: "template_content", parameters: "parameters_content", scope: "management-group" } },
  { provider: "azurerm", type: "azurerm_tenant_template_deployment", location: { kind: "arm-template", template: "template_content", parameters: "parameters_content", scope: "tenant" } },
  // OpenStack Swift container sync: another cluster, possibly another cloud, named by a URL or realm.
  {
    provider: "openstack",
    type: "openstack_objectstorage_container_v1",
    location: { kind: "external-target", path: ["container_sync_to"], why: "container sync (container_sync_to) copies every object to another Swift container, named by realm or URL, which may be another cloud's" },
  },
  // Scaleway Block Storage snapshots exported to an Object Storage bucket: the bucket's region holds a copy.
  {
    provider: "scaleway",
    type: "scaleway_block_snapshot",
    location: { kind: "partner", path: ["export", "*", "bucket"], type: "scaleway_object_bucket", why: "snapshot export to an Object Storage bucket (export bucket)" },
  },
  // Scaleway Managed Database: logical backups go to another region unless backup_same_region is true.
  {
    provider: "scaleway",
    type: "scaleway_rdb_instance",
    location: {
      kind: "replication",
      setting: ["backup_same_region"],
      when: ["false"],
      whenUnset: true,
      destination: "unnamed-region",
      why: "backups (backup_same_region not true) are stored in another Scaleway region than the instance's",
    },
  },
];

/** A region-named argument that holds no region where data goes, with why (the derivation skips it). */
export interface NotARegion {
  readonly provider: "azurerm" | "openstack" | "scaleway";
  /** Only for this type; every type when absent. */
  readonly type?: string;
  /** The argument's name, or its path without block levels (`location_data.region`). */
  readonly argument: string;
  readonly reason: string;
}

export const NOT_A_REGION: readonly NotARegion[] = [
  { provider: "azurerm", argument: "store_location", reason: "a certificate store (CurrentUser / LocalMachine)" },
  { provider: "azurerm", argument: "certificate_location", reason: "where a certificate is read from" },
  { provider: "azurerm", argument: "custom_location", reason: "an Azure Arc custom location (an on-premises site's resource ID), judged with the resources deployed there" },
  { provider: "azurerm", argument: "secrets_location", reason: "a Key Vault URL" },
  { provider: "azurerm", argument: "fabric_location", reason: "Primary or Recovery: which side of a recovery plan runs the action" },
  { provider: "azurerm", argument: "endpoint_location", reason: "a Traffic Manager routing hint (the type itself is global)" },
  { provider: "azurerm", argument: "target_resource_location", reason: "a filter of the resources a metric alert watches" },
  { provider: "azurerm", argument: "filter.locations", reason: "a filter of the resources a maintenance configuration selects" },
  { provider: "azurerm", argument: "criteria.service_health.locations", reason: "a filter of the service-health events an alert reports" },
  { provider: "azurerm", argument: "target.azure_query.locations", reason: "a filter of the machines an update configuration selects" },
  { provider: "azurerm", argument: "geo_locations", reason: "where availability probes run from, not where data is kept" },
  { provider: "azurerm", argument: "peering_location", reason: "an ExpressRoute peering facility (a city), not a region where data is kept" },
  { provider: "azurerm", argument: "location_data.region", reason: "a descriptive label of a self-hosted API gateway" },
  {
    provider: "openstack",
    type: "openstack_objectstorage_container_v1",
    argument: "versioning_legacy.location",
    reason: "a container of the same account that keeps old versions (Swift's X-Versions-Location): the same cloud and region",
  },
];

/** Azure services that are global or run at Microsoft's edge, whatever `location` they state. */
export const AZURE_GLOBAL_SERVICES: readonly { readonly types: RegExp; readonly reason: string }[] = [
  { types: /^azurerm_dns_/, reason: "Azure DNS serves public zones from Microsoft's global anycast network (ARM location 'global')" },
  {
    types: /^azurerm_private_dns_(zone|zone_virtual_network_link|a_record|aaaa_record|cname_record|mx_record|ptr_record|srv_record|txt_record)$/,
    reason: "Azure Private DNS zones are global resources (ARM location 'global')",
  },
  { types: /^azurerm_(frontdoor|cdn_frontdoor_)/, reason: "Azure Front Door serves and caches content at Microsoft's edge locations worldwide" },
  { types: /^azurerm_cdn_(profile|endpoint)/, reason: "Azure CDN caches content at edge locations worldwide, whatever location its profile states" },
  { types: /^azurerm_traffic_manager_/, reason: "Traffic Manager is a global, DNS-based service" },
  // azurerm writes ARM location "global" for these (each type's *_resource.go in terraform-provider-azurerm).
  {
    types: /^azurerm_monitor_(metric_alert|smart_detector_alert_rule|alert_processing_rule_action_group|alert_processing_rule_suppression|private_link_scope)$/,
    reason: "Azure Monitor alert rules, alert processing rules and private link scopes are global resources (ARM location 'global')",
  },
  { types: /^azurerm_(email_)?communication_service$/, reason: "Azure Communication Services resources are global (ARM location 'global'); their data_location is judged too" },
  { types: /^azurerm_eventgrid_partner_(configuration|registration)$/, reason: "Event Grid partner configurations and registrations are global resources (ARM location 'global')" },
  { types: /^azurerm_graph_services_account$/, reason: "Microsoft Graph Services accounts are global resources (ARM location 'global')" },
  { types: /^azurerm_oracle_resource_anchor$/, reason: "Oracle Database@Azure resource anchors are global resources (ARM location 'global')" },
];

/**
 * Why a Scaleway product family has neither region nor zone (its types get no parent from it): they live
 * at the organisation's level or at Scaleway's edge. Types of other families without region or zone
 * inherit from a regional parent (a load balancer's frontend from its load balancer).
 */
export const SCALEWAY_REGIONLESS_FAMILIES: Readonly<Record<string, string>> = {
  iam: "IAM (users, applications, groups, policies, API and SSH keys) is organisation-wide: no region",
  account: "projects and account SSH keys belong to the organisation: no region",
  billing: "billing budgets and alerts are organisation-wide: no region",
  domain: "Domains and DNS is a global service: zones are served from every Scaleway location",
  edge_services: "Edge Services is Scaleway's CDN: content is served and cached at edge locations",
  cockpit: "Cockpit's project settings and Grafana users have no region (its data sources do)",
};

/** What each provider's configuration block says about locations. */
export const PROVIDER_FACTS: Readonly<Record<string, ProviderLocationFacts>> = {
  openstack: { defaultArguments: ["region"], endpointOverrides: "endpoint_overrides" },
  scaleway: {
    defaultArguments: ["zone", "region"],
    defaultsOverriddenBy: ["SCW_DEFAULT_ZONE", "SCW_DEFAULT_REGION"],
    defaultsSource:
      "terraform-provider-scaleway internal/meta/meta.go, LoadProfile: scw.MergeProfiles(defaults, config file, provider block, environment), the last one winning",
  },
};
