/**
 * Provider schemas derived from the installed cdktf bindings (jsii assembly + compiled JS): names,
 * types, required/computed flags, block nesting. The expected values are those of the real providers.
 */
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { deriveSchemaFromPackage } from "../../tools/offline-provider/derive-jsii-schema";
import { namespacedTypeOf, resolveOfflineProvider } from "../../tools/offline-provider/install";
import type { ProviderSchema, ProviderSchemasFile, SchemaBlock } from "../../tools/offline-provider/schema-types";

const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));

describe("a small provider derived from its package (@cdktf/provider-random)", () => {
  const derived = deriveSchemaFromPackage(packageDir("@cdktf/provider-random"));
  const schema = derived.file.provider_schemas[derived.source];

  test("knows the provider's source and version from the bindings' registry links", () => {
    expect(derived.source).toBe("registry.terraform.io/hashicorp/random");
    expect(derived.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(derived.file.provider_versions).toEqual({ [derived.source]: derived.version });
  });

  test("lists every resource with required, optional + computed and computed-only attributes", () => {
    expect(Object.keys(schema.resource_schemas!)).toEqual(expect.arrayContaining(["random_password", "random_string", "random_id", "random_uuid"]));
    const password = schema.resource_schemas!.random_password.block.attributes!;
    expect(password.length).toEqual({ type: "number", required: true });
    expect(password.special).toEqual({ type: "bool", optional: true, computed: true });
    expect(password.keepers).toEqual({ type: ["map", "string"], optional: true, computed: true });
    expect(password.result).toEqual({ type: "string", computed: true });
    expect(password.min_upper).toBeDefined(); // camelCase getters map back to Terraform's snake_case names
  });

  test("leaves meta-arguments out of the provider block", () => {
    expect(schema.provider!.block.attributes).not.toHaveProperty("alias");
  });
});

describe("azurerm derived from @cdktf/provider-azurerm (cached)", () => {
  let schema: ProviderSchema;
  let version: string;
  beforeAll(() => {
    const provider = resolveOfflineProvider({ localName: "azurerm", source: "azurerm", version: "4.55.0" });
    version = provider.version;
    schema = (JSON.parse(readFileSync(provider.schemaFile, "utf8")) as ProviderSchemasFile).provider_schemas["registry.terraform.io/hashicorp/azurerm"];
  }, 120_000);

  test("serves the version the bindings were generated from, with >1000 resources and data sources", () => {
    expect(version).toBe("4.55.0");
    expect(Object.keys(schema.resource_schemas!).length).toBeGreaterThan(1000);
    expect(Object.keys(schema.data_source_schemas!).length).toBeGreaterThan(300);
  });

  test("azurerm_resource_group: required name and location, optional tags map, timeouts as a single block", () => {
    const block = schema.resource_schemas!.azurerm_resource_group.block;
    expect(block.attributes).toMatchObject({
      name: { type: "string", required: true },
      location: { type: "string", required: true },
      tags: { type: ["map", "string"], optional: true },
      id: { type: "string", computed: true },
    });
    expect(block.block_types!.timeouts).toMatchObject({ nesting_mode: "single", block: { attributes: { create: { type: "string", optional: true } } } });
  });

  test("azurerm_kubernetes_cluster: one-item and required blocks, computed lists of objects", () => {
    const block = schema.resource_schemas!.azurerm_kubernetes_cluster.block;
    expect(block.block_types!.default_node_pool).toMatchObject({ nesting_mode: "list", min_items: 1, max_items: 1 });
    expect(block.block_types!.identity).toMatchObject({ nesting_mode: "list", max_items: 1 });
    expect(block.attributes!.kube_config).toEqual({
      type: ["list", ["object", expect.objectContaining({ host: "string", client_key: "string" })]],
      computed: true,
      sensitive: true, // from known-sensitive.json
    });
  });

  test("sets stay sets, and names with digits keep Terraform's spelling", () => {
    const rule = schema.resource_schemas!.azurerm_network_security_group.block.block_types!.security_rule;
    expect(rule.nesting_mode).toBe("set");
    expect(rule.block.attributes!.destination_port_ranges.type).toEqual(["set", "string"]);
    const siteConfig = schema.resource_schemas!.azurerm_linux_web_app.block.block_types!.site_config.block;
    expect(siteConfig.attributes).toHaveProperty("use_32_bit_worker");
    expect(siteConfig.attributes).toHaveProperty("http2_enabled");
  });

  test("computed attributes that jsii types as IResolvable take their type from the bindings' accessor", () => {
    // getBooleanAttribute / getNumberAttribute behind an `IResolvable` getter: served as bool/number, never as dynamic.
    expect(schema.data_source_schemas!.azurerm_storage_account.block.attributes!.allow_nested_items_to_be_public).toEqual({ type: "bool", computed: true });
    expect(schema.data_source_schemas!.azurerm_subnet.block.attributes!.default_outbound_access_enabled).toEqual({ type: "bool", computed: true });
    const dynamicAttributes: string[] = [];
    const visit = (block: SchemaBlock, path: string): void => {
      for (const [name, attribute] of Object.entries(block.attributes ?? {})) if (attribute.type === "dynamic") dynamicAttributes.push(`${path}.${name}`);
      for (const [name, nested] of Object.entries(block.block_types ?? {})) visit(nested.block, `${path}.${name}`);
    };
    for (const [name, entry] of Object.entries({ ...schema.resource_schemas, ...schema.data_source_schemas })) visit(entry.block, name);
    expect(dynamicAttributes).toEqual([]);
  });

    test("data sources: arguments configurable, the rest computed", () => {
    expect(schema.data_source_schemas!.azurerm_client_config.block.attributes).toMatchObject({
      tenant_id: { type: "string", computed: true },
      subscription_id: { type: "string", computed: true },
    });
  });
});

test("attributes the real providers mark sensitive are sensitive in the served schema (known-sensitive.json)", () => {
  const random = resolveOfflineProvider({ localName: "random", source: "hashicorp/random" });
  const schema = (JSON.parse(readFileSync(random.schemaFile, "utf8")) as ProviderSchemasFile).provider_schemas["registry.terraform.io/hashicorp/random"];
  expect(schema.resource_schemas!.random_password.block.attributes!.result).toEqual({ type: "string", computed: true, sensitive: true });
  expect(schema.resource_schemas!.random_string.block.attributes!.result.sensitive).toBeUndefined();
});

describe("provider sources", () => {
  test("resolve like Terraform: a bare name is hashicorp's, a host is dropped when it is a public registry", () => {
    expect(namespacedTypeOf("azurerm")).toBe("hashicorp/azurerm");
    expect(namespacedTypeOf("terraform-provider-openstack/openstack")).toBe("terraform-provider-openstack/openstack");
    expect(namespacedTypeOf("registry.opentofu.org/hashicorp/random")).toBe("hashicorp/random");
    expect(() => namespacedTypeOf("git.example.com/acme/thing")).toThrow('provider source "git.example.com/acme/thing" is not on a public registry');
  });

  test("a provider without any schema offline fails with one line naming it", () => {
    expect(() => resolveOfflineProvider({ localName: "kubernetes", source: "hashicorp/kubernetes" })).toThrow(
      "provider hashicorp/kubernetes: no schema for it offline (neither a dumped schema nor an installed @cdktf/provider-kubernetes package)",
    );
  });
});
