/**
 * Any input, one line (issue 10 §6): every unreadable input is refused with one line naming the file
 * (and the JSON path of a structural problem), never quoting the input or an internal error.
 */
import { execFileSync } from "node:child_process";
import { createServer } from "node:net";
import * as path from "node:path";
import { folder, INTERNAL_ERROR, refusal, regions, stacksOf } from "./input-helpers";

const CONFIG = { resource: { azurerm_resource_group: { rg: { name: "rg", location: "francecentral" } } } };
const PLAN = {
  format_version: "1.2",
  planned_values: { root_module: { resources: [{ address: "azurerm_resource_group.rg", mode: "managed", type: "azurerm_resource_group", name: "rg", provider_name: "registry.terraform.io/hashicorp/azurerm", values: { name: "rg", location: "francecentral" } }] } },
};
/** A marker put in bad input: no message may quote it. */
const MARKER = "SECRET-PAYLOAD-7f3a";

function encode(text: string, encoding: "utf16le" | "utf16be" | "utf32le" | "utf32be"): Buffer {
  const le = Buffer.from(text, "utf16le");
  if (encoding === "utf16le") return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  if (encoding === "utf16be") return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
  const units = [...text].map((c) => c.codePointAt(0) ?? 0);
  const body = Buffer.alloc(units.length * 4);
  units.forEach((u, i) => (encoding === "utf32le" ? body.writeUInt32LE(u, i * 4) : body.writeUInt32BE(u, i * 4)));
  return Buffer.concat([Buffer.from(encoding === "utf32le" ? [0xff, 0xfe, 0x00, 0x00] : [0x00, 0x00, 0xfe, 0xff]), body]);
}

describe("encodings", () => {
  it("accepts UTF-8 with a byte-order mark: configuration, plan, variable file, HCL", async () => {
    const bom = "\ufeff";
    const dir = folder({
      "main.tf.json": bom + JSON.stringify({ ...CONFIG, variable: { region: { default: "x" } } }),
      "b.tf": `${bom}resource "azurerm_resource_group" "b" {\n  name = "b"\n  location = var.region\n}\n`,
      "terraform.tfvars.json": bom + JSON.stringify({ region: "westeurope" }),
    });
    expect(regions((await stacksOf(dir))[0])).toEqual({ "azurerm_resource_group.rg": "francecentral", "azurerm_resource_group.b": "westeurope" });
    const plan = path.join(folder({ "plan.json": bom + JSON.stringify(PLAN) }), "plan.json");
    expect(regions((await stacksOf(plan))[0])).toEqual({ "azurerm_resource_group.rg": "francecentral" });
  });

  it.each([
    ["utf16le", "UTF-16"],
    ["utf16be", "UTF-16"],
    ["utf32le", "UTF-32"],
    ["utf32be", "UTF-32"],
  ] as const)("refuses %s in one line, for configurations and plans", async (encoding, name) => {
    const dir = folder({ "main.tf.json": encode(JSON.stringify(CONFIG), encoding), "plan.json": encode(JSON.stringify(PLAN), encoding) });
    expect(await refusal(() => stacksOf(path.join(dir, "main.tf.json")))).toBe(`${path.join(dir, "main.tf.json")}: is encoded in ${name} (byte-order mark): Terraform reads UTF-8 only`);
    expect(await refusal(() => stacksOf(path.join(dir, "plan.json")))).toBe(`${path.join(dir, "plan.json")}: is encoded in ${name} (byte-order mark): Terraform reads UTF-8 only`);
    expect(await refusal(() => stacksOf(dir))).toMatch(/main\.tf\.json: is encoded in UTF-(16|32)/);
  });

  it("refuses bytes that are not UTF-8", async () => {
    const file = path.join(folder({ "main.tf.json": Buffer.concat([Buffer.from('{"resource": {"a_b": {"c": {"location": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}}}}')]) }), "main.tf.json");
    expect(await refusal(() => stacksOf(file))).toBe(`${file}: is not valid UTF-8 text`);
  });
});

describe("nesting: 10,000 levels are one line, never a stack overflow", () => {
  const deep = (open: string, close: string, inner = "1") => open.repeat(10_000) + inner + close.repeat(10_000);

  it.each([
    ["a configuration's value", "main.tf.json", `{"resource": {"azurerm_resource_group": {"rg": {"tags": ${deep("[", "]")}}}}}`],
    ["a configuration of objects", "main.tf.json", `{"locals": ${deep('{"a":', "}")}}`],
    ["a plan's planned value", "plan.json", JSON.stringify(PLAN).replace('"values":{', `"values":{"deep":${deep("[", "]")},`)],
    ["a plan's module tree", "plan.json", `{"format_version":"1.2","planned_values":{"root_module":${deep('{"child_modules":[', "]}", "{}")}}}`],
    ["a bare list", "x.json", deep("[", "]")],
    ["an HCL file", "main.tf", `locals {\n  a = ${deep("[", "]")}\n}\n`],
    ["HCL function calls", "main.tf", `locals {\n  a = ${deep("abs(", ")")}\n}\n`],
    ["HCL calls inside a string's interpolation", "main.tf", `locals {\n  a = "\${${deep("abs(", ")")}}"\n}\n`],
    ["HCL parentheses after a string of closing ones", "main.tf", `locals {\n  b = "${")".repeat(20_000)}"\n  a = ${deep("(", ")")}\n}\n`],
    ["invalid JSON", "broken.json", deep("[", "") + "}"],
  ])("%s", async (_label, name, text) => {
    const dir = folder({ [name]: text });
    const message = await refusal(() => stacksOf(name.endsWith(".tf") ? dir : path.join(dir, name)));
    expect(message).toMatch(/: nested more than 500 levels deep: refused$/);
  });

  it("in a variable file", async () => {
    const dir = folder({ "main.tf.json": CONFIG, "terraform.tfvars.json": `{"region": ${deep("[", "]")}}` });
    expect(await refusal(() => stacksOf(dir))).toMatch(/terraform\.tfvars\.json: nested more than 500 levels deep: refused$/);
  });
});

describe("special files named as inputs are refused without being opened", () => {
  it("a FIFO, a socket and a device", async () => {
    const dir = folder({});
    const fifo = path.join(dir, "plan.json");
    execFileSync("mkfifo", [fifo]);
    expect(await refusal(() => stacksOf(fifo))).toBe(`${fifo}: is a named pipe (FIFO), not a Terraform file or folder: refused`);
    const socket = path.join(dir, "s.tf.json");
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      expect(await refusal(() => stacksOf(socket))).toBe(`${socket}: is a socket, not a Terraform file or folder: refused`);
    } finally {
      server.close();
    }
    expect(await refusal(() => stacksOf("/dev/null"))).toBe("/dev/null: is a device, not a Terraform file or folder: refused");
    expect(await refusal(() => stacksOf([folder({ "main.tf.json": CONFIG }), "/dev/null"], [{ varFile: fifo }]))).toBe(`${fifo}: is a named pipe (FIFO), not a file: refused`);
  });
});

describe("messages never quote the input", () => {
  it.each([
    ["a JSON syntax error", "main.tf.json", `{"resource": {"a_b": {"c": {"location": "${MARKER}" "x"}}}}`],
    ["a plan syntax error", "plan.json", `{"format_version": "1.2", "x": "${MARKER}" }}`],
    ["a wrong type", "main.tf.json", JSON.stringify({ resource: { azurerm_resource_group: { rg: { provider: [MARKER] } } } })],
    ["a duplicated argument", "main.tf.json", `{"resource": {"a_b": {"c": {"location": "${MARKER}", "location": "${MARKER}"}}}}`],
    ["a format version", "plan.json", JSON.stringify({ format_version: MARKER })],
    ["an HCL syntax error", "main.tf", `resource "a_b" "c" {\n  location = "${MARKER}" "${MARKER}"\n}\n`],
    ["an unknown block type", "main.tf.json", JSON.stringify({ resource: {}, provider: { azurerm: { alias: MARKER } } })],
    ["a control character", "main.tf.json", `{"resource": {"a_b": {"c": {"location": "${MARKER}\u0001"}}}}`],
  ])("%s", async (_label, name, text) => {
    const dir = folder({ [name]: text });
    const message = await refusal(() => stacksOf(name.endsWith(".tf") ? dir : path.join(dir, name)));
    expect(message).not.toContain(MARKER);
    expect(message).not.toMatch(INTERNAL_ERROR);
    expect(message.startsWith(`${name.endsWith(".tf") ? path.join(dir, name) : path.join(dir, name)}: `)).toBe(true);
  });

  it("a hostile key in a JSON path is escaped and cut, so the message stays one line", async () => {
    const dir = folder({ "main.tf.json": JSON.stringify({ ...CONFIG, [`x\n${"y".repeat(200)}`]: 1 }) });
    const message = await refusal(() => stacksOf(path.join(dir, "main.tf.json")));
    expect(message).toMatch(/main\.tf\.json: \["x\\ny{38}…"\]: is not a Terraform configuration block/);
  });
});

