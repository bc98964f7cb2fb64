/** The provider's answers as pure functions: planned state, data source placeholders, schema checks, wire values. */
import { conformToBlock, planBlock, readDataBlock, validateBlock } from "../../tools/offline-provider/planning";
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
