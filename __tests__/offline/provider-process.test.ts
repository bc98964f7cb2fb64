/**
 * The provider process as Terraform's go-plugin client sees it: handshake line, mutual TLS, the
 * tfplugin6 RPCs on msgpack values, and GRPCController/Shutdown. No terraform binary needed.
 */
import * as grpc from "@grpc/grpc-js";
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { join } from "node:path";
import { OPENSTACK_PROVIDER } from "../../providers/vendored";
import { compileProvider } from "../../tools/offline-provider/install";
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE, serviceDefinitions } from "../../tools/offline-provider/server";
import { makePluginCertificate } from "../../tools/offline-provider/tls";
import { UNKNOWN, decodeValue, encodeValue, type TfValue } from "../../tools/offline-provider/values";

const OPENSTACK_SCHEMA = OPENSTACK_PROVIDER.schemaFile;
const ADDRESS = "registry.terraform.io/terraform-provider-openstack/openstack";

type Unary = (request: object, callback: (error: grpc.ServiceError | null, response: Record<string, unknown>) => void) => void;

interface RunningProvider {
  child: ChildProcessWithoutNullStreams;
  handshake: string[];
  call: (service: "provider" | "controller", method: string, request: object) => Promise<Record<string, unknown>>;
  close: () => void;
}

async function startProvider(): Promise<RunningProvider> {
  const client = makePluginCertificate();
  const main = join(compileProvider(), "main.js");
  const child = spawn(process.execPath, [main, "--schema", OPENSTACK_SCHEMA, "--address", ADDRESS], {
    env: { ...process.env, [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "5,6", PLUGIN_CLIENT_CERT: client.certificatePem },
  });
  const line = await new Promise<string>((resolve, reject) => {
    let buffered = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      if (buffered.includes("\n")) resolve(buffered.split("\n")[0]);
    });
    child.on("exit", (code) => reject(new Error(`provider exited with ${code} before its handshake`)));
  });
  const handshake = line.split("|");
  const serverCertificate = new X509Certificate(Buffer.from(handshake[5], "base64"));
  const definitions = serviceDefinitions();
  const credentials = grpc.credentials.createSsl(Buffer.from(serverCertificate.toString()), Buffer.from(client.privateKeyPem), Buffer.from(client.certificatePem));
  const options = { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" };
  const ProviderClient = grpc.makeGenericClientConstructor(definitions.provider, "Provider");
  const ControllerClient = grpc.makeGenericClientConstructor(definitions.controller, "GRPCController");
  const clients = {
    provider: new ProviderClient(`unix://${handshake[3]}`, credentials, options) as unknown as Record<string, Unary>,
    controller: new ControllerClient(`unix://${handshake[3]}`, credentials, options) as unknown as Record<string, Unary>,
  };
  const call = (service: "provider" | "controller", method: string, request: object): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => clients[service][method].call(clients[service], request, (error, response) => (error ? reject(error) : resolve(response))));
  const close = (): void => {
    for (const each of Object.values(clients)) (each as unknown as grpc.Client).close();
    child.kill();
  };
  return { child, handshake, call, close };
}

const msgpack = (value: TfValue): object => ({ msgpack: encodeValue(value) });
const decoded = (message: unknown): TfValue => decodeValue((message as { msgpack: Buffer }).msgpack);

describe("the offline provider process", () => {
  let provider: RunningProvider;
  beforeAll(async () => {
    provider = await startProvider();
  }, 60_000);
  afterAll(() => provider?.close());

  test("prints go-plugin's handshake line: core version 1, protocol 6, unix socket, grpc, its TLS certificate for localhost", () => {
    const [core, protocol, network, address, kind, certificate] = provider.handshake;
    expect([core, protocol, network, kind]).toEqual(["1", "6", "unix", "grpc"]);
    expect(address).toMatch(/plugin\.sock$/);
    expect(certificate).not.toMatch(/=$/);
    const parsed = new X509Certificate(Buffer.from(certificate, "base64"));
    expect(parsed.checkHost("localhost")).toBe("localhost");
    expect(parsed.verify(parsed.publicKey)).toBe(true);
  });

  test("serves the real OpenStack schema, attribute types as JSON bytes", async () => {
    const response = await provider.call("provider", "GetProviderSchema", {});
    const schemas = response.resource_schemas as Record<string, { block: { attributes: { name: string; type: Buffer; computed: boolean }[] } }>;
    expect(Object.keys(schemas)).toHaveLength(108);
    const name = schemas.openstack_networking_network_v2.block.attributes.find((attribute) => attribute.name === "name");
    expect(name?.type.toString()).toBe('"string"');
  });

  test("plans a create: configured values kept, every unset computed attribute unknown (msgpack extension 0)", async () => {
    const schema = await provider.call("provider", "GetProviderSchema", {});
    const block = (schema.resource_schemas as Record<string, { block: { attributes: { name: string }[]; block_types: { type_name: string; nesting: string }[] } }>)
      .openstack_networking_network_v2.block;
    const proposed: Record<string, TfValue> = Object.fromEntries(block.attributes.map((attribute) => [attribute.name, null]));
    for (const nested of block.block_types) proposed[nested.type_name] = nested.nesting === "SINGLE" ? null : [];
    proposed.name = "hdh-dev-platform";
    const response = await provider.call("provider", "PlanResourceChange", {
      type_name: "openstack_networking_network_v2",
      prior_state: msgpack(null),
      proposed_new_state: msgpack(proposed),
      config: msgpack(proposed),
    });
    const planned = decoded(response.planned_state) as Record<string, TfValue>;
    expect(planned.name).toBe("hdh-dev-platform");
    expect(planned.id).toBe(UNKNOWN);
    expect(planned.mtu).toBe(UNKNOWN);
    expect(planned.description).toBeNull(); // optional, not computed: stays null
    expect((response.planned_state as { msgpack: Buffer }).msgpack.includes(Buffer.from([0xd4, 0x00, 0x00]))).toBe(true);
  });

  test("reports a missing required argument with its attribute path", async () => {
    const response = await provider.call("provider", "ValidateResourceConfig", {
      type_name: "openstack_compute_keypair_v2",
      config: msgpack({ name: null }),
    });
    expect(response.diagnostics).toEqual([
      expect.objectContaining({ severity: "ERROR", summary: "Missing required argument", attribute: { steps: [{ attribute_name: "name", selector: "attribute_name" }] } }),
    ]);
  });

  test("imports at plan time: a placeholder state with only the import id; ReadResource returns it as is", async () => {
    const response = await provider.call("provider", "ImportResourceState", { type_name: "openstack_networking_network_v2", id: "3f2b6c1e-net" });
    expect(response.diagnostics).toEqual([]);
    const imported = response.imported_resources as { type_name: string; state: { msgpack: Buffer } }[];
    expect(imported).toHaveLength(1);
    expect(imported[0].type_name).toBe("openstack_networking_network_v2");
    const state = decoded(imported[0].state) as Record<string, TfValue>;
    expect(state.id).toBe("3f2b6c1e-net");
    expect(Object.entries(state).filter(([name, value]) => name !== "id" && value !== null && !(Array.isArray(value) && value.length === 0))).toEqual([]);
    const read = await provider.call("provider", "ReadResource", { type_name: "openstack_networking_network_v2", current_state: imported[0].state });
    expect(decoded(read.new_state)).toEqual(state);
  });

    test("refuses ApplyResourceChange with a diagnostic: it never applies", async () => {
    const response = await provider.call("provider", "ApplyResourceChange", { type_name: "openstack_networking_network_v2" });
    expect(response.new_state).toBeNull();
    expect(response.diagnostics).toEqual([expect.objectContaining({ severity: "ERROR", summary: "The offline provider never applies" })]);
  });

  test("exits on GRPCController/Shutdown after replying", async () => {
    const exited = new Promise<number | null>((resolve) => provider.child.on("exit", resolve));
    await expect(provider.call("controller", "Shutdown", {})).resolves.toEqual({});
    await expect(exited).resolves.toBe(0);
  });
});

test("refuses to run without Terraform's magic cookie, with one line", () => {
  const result = spawnSync(process.execPath, [join(compileProvider(), "main.js"), "--schema", OPENSTACK_SCHEMA], {
    env: { ...process.env, [MAGIC_COOKIE_KEY]: "" },
    encoding: "utf8",
  });
  expect(result.status).toBe(1);
  expect(result.stdout).toBe("");
  expect(result.stderr.trim().split("\n")).toEqual([expect.stringContaining("is a Terraform plugin")]);
});
