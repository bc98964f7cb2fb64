/** The provider's answers as pure functions: planned state, data source placeholders, schema checks, wire values. */
import { conformToBlock, conformToType, importedState, placeholderFor, planBlock, readDataBlock, validateBlock } from "../../tools/offline-provider/planning";
import type { SchemaBlock } from "../../tools/offline-provider/schema-types";
import { UNKNOWN, decodeValue, encodeValue } from "../../tools/offline-provider/values";

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
