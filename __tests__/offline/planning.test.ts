/** The provider's answers as pure functions: planned state, data source placeholders, schema checks, wire values. */
import { readFileSync } from "node:fs";
import { OPENSTACK_PROVIDER } from "../../providers/vendored";
import { conformToBlock, conformToType, importedState, placeholderFor, planBlock, readDataBlock, requiresReplace, resolveUnknowns, validateBlock } from "../../tools/offline-provider/planning";
import { providerHandlers } from "../../tools/offline-provider/server";
import type { SchemaBlock } from "../../tools/offline-provider/schema-types";
import { UNKNOWN, decodeValue, encodeValue, type TfValue } from "../../tools/offline-provider/values";

const network: SchemaBlock = {
  attributes: {
    id: { type: "string", optional: true, computed: true },
    name: { type: "string", required: true },
    description: { type: "string", optional: true },
    mtu: { type: "number", optional: true, computed: true },
    all_tags: { type: ["set", "string"], computed: true },
  },
  block_types: {
    segments: {
      nesting_mode: "set",
      block: { attributes: { network_type: { type: "string", optional: true, computed: true }, segmentation_id: { type: "number", optional: true } } },
    },
    timeouts: { nesting_mode: "single", block: { attributes: { create: { type: "string", optional: true } } } },
    identity: { nesting_mode: "list", min_items: 1, max_items: 1, block: { attributes: { type: { type: "string", required: true } } } },
  },
};

describe("planBlock", () => {
  test("marks unset computed attributes unknown at every level and keeps configured and optional-only values", () => {
    const proposed = { id: null, name: "net", description: null, mtu: 1400, all_tags: null, segments: [{ network_type: null, segmentation_id: 7 }], timeouts: null, identity: [] };
    expect(planBlock(proposed, network)).toEqual({
      id: UNKNOWN,
      name: "net",
      description: null,
      mtu: 1400,
      all_tags: UNKNOWN,
      segments: [{ network_type: UNKNOWN, segmentation_id: 7 }],
      timeouts: null,
      identity: [],
    });
  });

  test("keeps values Terraform carried over from the prior state on update", () => {
    const proposed = { id: "abc", name: "renamed", description: null, mtu: 1500, all_tags: ["a"], segments: [], timeouts: null, identity: [] };
    expect(planBlock(proposed, network)).toEqual(proposed);
  });
});

describe("readDataBlock", () => {
  test("fills computed attributes with deterministic placeholders, one element in collections", () => {
    const state = readDataBlock({ id: null, name: "Ext-Net", description: null, mtu: null, all_tags: null, segments: [], timeouts: null, identity: [] }, network, "openstack_networking_network_v2");
    expect(state).toMatchObject({ id: "offline-placeholder:openstack_networking_network_v2.id", name: "Ext-Net", mtu: 0, description: null });
    expect((state as { all_tags: unknown[] }).all_tags).toHaveLength(1);
  });
});

describe("placeholders follow each attribute's declared cty type", () => {
  test("bool, number, string, list, set, map, object and tuple", () => {
    expect(placeholderFor("bool", "x")).toBe(false);
    expect(placeholderFor("number", "x")).toBe(0);
    expect(placeholderFor("string", "x")).toBe("offline-placeholder:x");
    expect(placeholderFor(["list", "bool"], "x")).toEqual([false]);
    expect(placeholderFor(["set", "number"], "x")).toEqual([0]);
    expect(placeholderFor(["map", "string"], "x")).toEqual({});
    expect(placeholderFor(["object", { enabled: "bool", ports: ["list", "number"] }], "x")).toEqual({ enabled: false, ports: [0] });
  });

  test("a `dynamic` slot carries its concrete type, as cty's msgpack requires ([type JSON as bytes, value])", () => {
    const bytes = encodeValue(placeholderFor("dynamic", "x"));
    // fixarray of 2, then bin8 holding "string" with its quotes, then the string itself.
    expect(bytes.subarray(0, 3).toString("hex")).toBe("92c408");
    expect(bytes.subarray(3, 11).toString("utf8")).toBe('"string"');
    const [type, value] = decodeValue(bytes) as [Uint8Array, string];
    expect(Buffer.from(type).toString("utf8")).toBe('"string"');
    expect(value).toBe("offline-placeholder:x");
  });

  test("a data source's computed bool is encoded as a msgpack boolean, never as a string", () => {
    const account: SchemaBlock = { attributes: { name: { type: "string", required: true }, allow_nested_items_to_be_public: { type: "bool", computed: true } } };
    const state = readDataBlock({ name: "st", allow_nested_items_to_be_public: null }, account, "azurerm_storage_account");
    expect(state).toEqual({ name: "st", allow_nested_items_to_be_public: false });
    expect(encodeValue(state).includes(Buffer.from("c2", "hex"))).toBe(true);
  });

  test("stored JSON in a dynamic slot is wrapped with its implied type", () => {
    expect(conformToType(null, "dynamic")).toBeNull();
    const [type, value] = conformToType({ a: [1, "b"] }, "dynamic") as [Uint8Array, unknown];
    expect(JSON.parse(Buffer.from(type).toString("utf8"))).toEqual(["object", { a: ["tuple", ["number", "string"]] }]);
    expect(value).toEqual({ a: [1, "b"] });
  });
});

describe("importedState", () => {
  test("every attribute null except id, the import id; blocks empty; deterministic", () => {
    const state = importedState("/subscriptions/s/resourceGroups/rg", network);
    expect(state).toEqual({ id: "/subscriptions/s/resourceGroups/rg", name: null, description: null, mtu: null, all_tags: null, segments: [], timeouts: null, identity: [] });
    expect(encodeValue(importedState("/subscriptions/s/resourceGroups/rg", network))).toEqual(encodeValue(state));
  });
});

describe("validateBlock", () => {
  test("a complete configuration has no diagnostics", () => {
    expect(validateBlock({ name: "net", mtu: UNKNOWN, identity: [{ type: "SystemAssigned" }] }, network)).toEqual([]);
  });

  test("reports missing required arguments, unconfigurable attributes, unexpected arguments and block counts with paths", () => {
    const diagnostics = validateBlock({ name: null, all_tags: ["x"], bogus: 1, identity: [{ type: null }, { type: "UserAssigned" }] }, network);
    expect(diagnostics.map((diagnostic) => [diagnostic.summary, diagnostic.path])).toEqual([
      ["Unsupported argument", [{ attribute: "bogus" }]],
      ["Missing required argument", [{ attribute: "name" }]],
      ["Value for unconfigurable attribute", [{ attribute: "all_tags" }]],
      ["Too many identity blocks", [{ attribute: "identity" }]],
      ["Missing required argument", [{ attribute: "identity" }, { index: 0 }, { attribute: "type" }]],
    ]);
  });

  test("reports a required block that is absent", () => {
    expect(validateBlock({ name: "net", identity: [] }, network).map((diagnostic) => diagnostic.summary)).toEqual(["Insufficient identity blocks"]);
  });
});

describe("conformToBlock", () => {
  test("gives stored JSON state every attribute and block of the schema", () => {
    expect(conformToBlock({ id: "abc", name: "net" }, network)).toEqual({
      id: "abc",
      name: "net",
      description: null,
      mtu: null,
      all_tags: null,
      segments: [],
      timeouts: null,
      identity: [],
    });
  });
});

describe("msgpack values", () => {
  test("unknown is extension 0 (d4 00 00), null is nil, and both round-trip", () => {
    expect(encodeValue(UNKNOWN).toString("hex")).toBe("d40000");
    expect(encodeValue(null).toString("hex")).toBe("c0");
    expect(decodeValue(encodeValue({ a: UNKNOWN, b: [1, "x", null] }))).toEqual({ a: UNKNOWN, b: [1, "x", null] });
  });

  test("reads a refined unknown (extension 12, Terraform ≥ 1.6) as unknown", () => {
    expect(decodeValue(Buffer.from("d40c00", "hex"))).toBe(UNKNOWN);
  });
});

/** A compute instance, as OpenStack's v3.4.0 schema shapes the parts that matter here. */
const instance: SchemaBlock = {
  attributes: {
    id: { type: "string", optional: true, computed: true },
    name: { type: "string", required: true },
    region: { type: "string", optional: true, computed: true },
    user_data: { type: "string", optional: true },
    tags: { type: ["set", "string"], optional: true },
  },
  block_types: {
    block_device: { nesting_mode: "list", block: { attributes: { volume_type: { type: "string", optional: true }, volume_id: { type: "string", computed: true } } } },
    scheduler_hints: { nesting_mode: "set", block: { attributes: { group: { type: "string", optional: true } } } },
  },
};
const FORCE_NEW = ["region", "user_data", "block_device.volume_type", "scheduler_hints.group"];
const prior = { id: "i-1", name: "a", region: "EU-WEST-PAR", user_data: null, tags: ["x"], block_device: [{ volume_type: "luks", volume_id: "v-1" }], scheduler_hints: [{ group: "g1" }] };

describe("requiresReplace", () => {
  test("names each ForceNew path whose value changes, list indices spelled out", () => {
    const planned = { ...prior, region: "GRA", user_data: "#cloud-config", block_device: [{ volume_type: "luks-v2", volume_id: "v-1" }] };
    expect(requiresReplace(prior, planned, instance, FORCE_NEW)).toEqual([
      [{ attribute: "region" }],
      [{ attribute: "user_data" }],
      [{ attribute: "block_device" }, { index: 0 }, { attribute: "volume_type" }],
    ]);
  });

  test("replaces a set as a whole (its elements have no address), and nothing for a change of an ordinary attribute", () => {
    expect(requiresReplace(prior, { ...prior, scheduler_hints: [{ group: "g2" }] }, instance, FORCE_NEW)).toEqual([[{ attribute: "scheduler_hints" }]]);
    expect(requiresReplace(prior, { ...prior, name: "renamed", tags: ["y"] }, instance, FORCE_NEW)).toEqual([]);
  });

  test("an unknown value replaces a known one, but not a null nobody configured; never on create or delete", () => {
    expect(requiresReplace(prior, { ...prior, region: UNKNOWN }, instance, FORCE_NEW)).toEqual([[{ attribute: "region" }]]);
    expect(requiresReplace({ ...prior, region: null }, { ...prior, region: UNKNOWN }, instance, FORCE_NEW)).toEqual([]);
    expect(requiresReplace(null, { ...prior, region: "GRA" }, instance, FORCE_NEW)).toEqual([]);
    expect(requiresReplace(prior, null, instance, FORCE_NEW)).toEqual([]);
  });

  test("counts an added or removed list element at its index", () => {
    const planned: TfValue = { ...prior, block_device: [...prior.block_device, { volume_type: "luks", volume_id: UNKNOWN }] };
    expect(requiresReplace(prior, planned, instance, FORCE_NEW)).toEqual([[{ attribute: "block_device" }, { index: 1 }, { attribute: "volume_type" }]]);
  });

  test("reads the vendored ForceNew paths of OpenStack v3.4.0, nested block paths included", () => {
    const forceNew = JSON.parse(readFileSync(OPENSTACK_PROVIDER.forceNewFile!, "utf8")) as Record<string, string[]>;
    expect(forceNew.openstack_compute_instance_v2).toEqual(expect.arrayContaining(["user_data", "block_device.volume_type", "region"]));
    expect(forceNew.openstack_objectstorage_container_v1).toEqual(expect.arrayContaining(["region"]));
    expect(forceNew.openstack_blockstorage_volume_v3).not.toContain("volume_type");
  });
});

describe("resolveUnknowns (the placeholder apply)", () => {
  test("replaces every unknown value, at every level, with a placeholder of its type labelled by the resource, and keeps known ones", () => {
    const planned: TfValue = { id: UNKNOWN, name: "a", region: UNKNOWN, user_data: null, tags: [UNKNOWN, "x"], block_device: [{ volume_type: "luks", volume_id: UNKNOWN }], scheduler_hints: [] };
    expect(resolveUnknowns(planned, instance, "openstack_compute_instance_v2.abc")).toEqual({
      id: "offline-placeholder:openstack_compute_instance_v2.abc.id",
      name: "a",
      region: "offline-placeholder:openstack_compute_instance_v2.abc.region",
      user_data: null,
      tags: ["offline-placeholder:openstack_compute_instance_v2.abc.tags[0]", "x"],
      block_device: [{ volume_type: "luks", volume_id: "offline-placeholder:openstack_compute_instance_v2.abc.block_device.volume_id" }],
      scheduler_hints: [],
    });
  });
});

describe("the provider's answers on replacement and apply", () => {
  const schema = { resource_schemas: { openstack_compute_instance_v2: { version: 0, block: instance } } };
  const dynamic = (value: unknown) => ({ msgpack: encodeValue(value as never) });
  const request = (planned: object) => ({ type_name: "openstack_compute_instance_v2", prior_state: dynamic(prior), proposed_new_state: dynamic(planned), planned_state: dynamic(planned) });

  test("PlanResourceChange answers requires_replace from the ForceNew paths", () => {
    const handlers = providerHandlers(schema, "test", undefined, { forceNew: () => ({ openstack_compute_instance_v2: FORCE_NEW }) });
    const response = handlers.PlanResourceChange(request({ ...prior, user_data: "#cloud-config" })) as { requires_replace: object[] };
    expect(response.requires_replace).toEqual([{ steps: [{ attribute_name: "user_data" }] }]);
    const unchanged = handlers.PlanResourceChange(request(prior)) as { requires_replace: object[] };
    expect(unchanged.requires_replace).toEqual([]);
  });

  test("without ForceNew paths (schemas derived from bindings), no change forces a replacement", () => {
    const response = providerHandlers(schema, "test").PlanResourceChange(request({ ...prior, user_data: "#cloud-config" })) as { requires_replace: object[] };
    expect(response.requires_replace).toEqual([]);
  });

  test("ApplyResourceChange refuses unless asked for a placeholder state, which keeps every known value", () => {
    const planned = { ...prior, id: UNKNOWN, user_data: "#cloud-config" };
    const refused = providerHandlers(schema, "test").ApplyResourceChange(request(planned)) as { diagnostics: { summary: string }[] };
    expect(refused.diagnostics.map((d) => d.summary)).toEqual(["The offline provider never applies"]);
    const applied = providerHandlers(schema, "test", undefined, { applyPlaceholders: true }).ApplyResourceChange(request(planned)) as { new_state: { msgpack: Buffer } };
    const state = decodeValue(applied.new_state.msgpack) as Record<string, unknown>;
    expect(state).toMatchObject({ name: "a", user_data: "#cloud-config", region: "EU-WEST-PAR" });
    expect(state.id).toMatch(/^offline-placeholder:openstack_compute_instance_v2\.[0-9a-f]{8}\.id$/);
  });
});
