import { openstackSchema, schemaProblems, sensitiveAttributes } from "./schema-conformance";

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
