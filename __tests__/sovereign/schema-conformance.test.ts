import { openstackSchema, providerConformance, providerSchema, schemaProblems, sensitiveAttributes } from "./schema-conformance";

describe("the schema conformance check used on the sovereign stack", () => {
  const instance = openstackSchema().resource_schemas.openstack_compute_instance_v2.block;

  it("accepts a body with known attributes, blocks and meta-arguments", () => {
    const body = { name: "a", flavor_id: "f", block_device: [{ source_type: "image", uuid: "i" }], lifecycle: { prevent_destroy: true }, depends_on: [] };
    expect(schemaProblems(body, instance, "vm")).toEqual([]);
  });

  it("reports unknown attributes, missing required ones and computed-only ones, in nested blocks too", () => {
    const body = { flavour: "typo", created: "2026", block_device: [{ uuid: "i", colour: "red" }], lifecycle: {} };
    expect(schemaProblems(body, instance, "vm").sort()).toEqual(
      [
        "vm.flavour: not in the provider schema",
        "vm.created: computed-only attribute is set",
        "vm.block_device[0].colour: not in the provider schema",
        "vm.block_device[0].source_type: required attribute is missing",
        "vm.name: required attribute is missing",
      ].sort(),
    );
  });

  it("does not take meta-arguments as attributes inside blocks", () => {
    expect(schemaProblems({ name: "a", block_device: [{ source_type: "image", lifecycle: {} }] }, instance, "vm")).toEqual(["vm.block_device[0].lifecycle: not in the provider schema"]);
  });

  it("lists the settable sensitive attributes of a type", () => {
    expect(sensitiveAttributes("openstack_keymanager_secret_v1")).toEqual(["payload"]);
    expect(sensitiveAttributes("openstack_compute_keypair_v2")).toEqual([]);
  });
});

describe("the schema conformance check on any vendored provider (Scaleway's here)", () => {
  const schema = providerSchema("scaleway");
  const bucket = schema.resource_schemas.scaleway_object_bucket.block;
  const lock = schema.resource_schemas.scaleway_object_bucket_lock_configuration.block;

  it("accepts a list block given as one object or as a list, and expressions anywhere", () => {
    expect(schemaProblems({ name: "b", versioning: { enabled: true } }, bucket, "b")).toEqual([]);
    expect(schemaProblems({ name: "b", versioning: [{ enabled: true }], tags: "${var.tags}" }, bucket, "b")).toEqual([]);
  });

  it("reports too many blocks, too few, a missing required block, and literals of the wrong type", () => {
    expect(schemaProblems({ name: "b", versioning: [{ enabled: true }, { enabled: false }] }, bucket, "b")).toEqual(["b.versioning: 2 blocks, at most 1"]);
    expect(schemaProblems({ bucket: "b", rule: [] }, lock, "l")).toEqual(["l.rule: 0 blocks, at least 1"]);
    expect(schemaProblems({ bucket: "b" }, lock, "l")).toEqual(["l.rule: required block is missing"]);
    expect(schemaProblems({ bucket: "b", rule: { default_retention: {} } }, lock, "l")).toEqual(["l.rule[0].default_retention[0].mode: required attribute is missing"]);
    expect(schemaProblems({ name: "b", object_lock_enabled: "yes", tags: ["a=b"] }, bucket, "b").sort()).toEqual(
      ['b.object_lock_enabled: expected a bool, got "yes"', 'b.tags: expected a map, got ["a=b"]'].sort(),
    );
    expect(schemaProblems({ name: 3, versioning: { enabled: "true" } }, bucket, "b").sort()).toEqual(['b.name: expected a string, got 3', 'b.versioning[0].enabled: expected a bool, got "true"'].sort());
  });

  it("reports a single block given as a list, and checks nested-type attributes", () => {
    expect(schemaProblems({ name: "b", timeouts: [{ default: "1m" }] }, bucket, "b")).toEqual(["b.timeouts: a single block is one object, not a list"]);
    expect(schemaProblems({ name: "b", timeouts: { default: "1m" } }, bucket, "b")).toEqual([]);
    const datalab = schema.resource_schemas.scaleway_datalab.block;
    const problems = schemaProblems({ main: [{ node_type: "x" }] }, datalab, "d");
    expect(problems).toContain("d.main: expected an object");
  });

  it("checks the provider block, resources and data sources of one provider in a synthesized stack, and counts them", () => {
    const json = {
      provider: { scaleway: [{ region: "fr-par", zone: "fr-par-1", alias: "second" }], random: [{}] },
      resource: { scaleway_vpc: { v: { name: "v", colour: "red" } }, random_password: { p: { length: 32 } } },
      data: { scaleway_vpc: { d: { name: "v" } } },
    };
    expect(providerConformance(json, "scaleway")).toEqual({ problems: ["resource.scaleway_vpc.v.colour: not in the provider schema"], checked: 3 });
    expect(providerConformance({ provider: { scaleway: [{ regoin: "fr-par" }] } }, "scaleway").problems).toEqual(["provider.scaleway[0].regoin: not in the provider schema"]);
    expect(providerConformance({ resource: { scaleway_vcp: { v: {} } } }, "scaleway").problems).toEqual(["resource scaleway_vcp: unknown type"]);
  });

  it("lists the settable sensitive attributes of a Scaleway type, and none for a provider that is not vendored", () => {
    expect(sensitiveAttributes("scaleway_secret_version").sort()).toEqual(["data", "data_wo"]);
    expect(sensitiveAttributes("scaleway_rdb_instance")).toEqual(["password"]);
    expect(sensitiveAttributes("random_password")).toEqual([]);
  });
});
