/**
 * gRPC service definitions for the plugin's .proto files, built with protobufjs directly.
 * Terraform starts the provider 2–3 times per command, so start-up matters: parsing the .proto
 * text costs ~0.2 s, so the compiled provider ships a JSON descriptor (see compileProvider) and
 * loads it with protobufjs' light build. protobufjs is @grpc/proto-loader's own dependency,
 * resolved from there rather than added to package.json.
 */
import type { ServiceDefinition } from "@grpc/grpc-js";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type * as Protobuf from "protobufjs";

/** Terraform's go-plugin handshake cookie (hashicorp/terraform internal/plugin/serve.go). */
export const MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
export const MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";

/**
 * Set to `placeholders` in the environment of a provider process (Terraform passes its environment on)
 * to let `terraform apply` write a state of placeholders instead of refusing: how a prior state is made
 * to plan a change against (applyPlanOffline). Nothing is ever sent to a cloud, in either mode.
 */
export const APPLY_MODE_ENV = "HDH_OFFLINE_PROVIDER_APPLY";

export const PROTO_FILES = ["tfplugin6.proto", "go-plugin.proto"];
export const DESCRIPTOR_FILE = "protocol-descriptor.json";

function protobufjs(entry: "protobufjs" | "protobufjs/light"): typeof Protobuf {
  const from = dirname(require.resolve("@grpc/proto-loader/package.json"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(require.resolve(entry, { paths: [from] })) as typeof Protobuf;
}

/** The JSON descriptor of the .proto files in `dir` (written next to the compiled provider). */
export function protocolDescriptor(dir: string): object {
  const root = new (protobufjs("protobufjs").Root)();
  root.loadSync(PROTO_FILES.map((file) => join(dir, file)), { keepCase: true });
  return root.toJSON();
}

function loadRoot(): Protobuf.Root {
  const descriptor = join(__dirname, DESCRIPTOR_FILE);
  if (existsSync(descriptor)) return protobufjs("protobufjs/light").Root.fromJSON(JSON.parse(readFileSync(descriptor, "utf8")));
  const root = new (protobufjs("protobufjs").Root)();
  return root.loadSync(PROTO_FILES.map((file) => join(__dirname, file)), { keepCase: true });
}

/** How messages become plain objects: as @grpc/proto-loader does with these options. */
const CONVERSION: Protobuf.IConversionOptions = { longs: Number, enums: String, defaults: true, oneofs: true };

function serviceDefinition(service: Protobuf.Service): ServiceDefinition {
  const definition: Record<string, ServiceDefinition[string]> = {};
  for (const method of service.methodsArray) {
    method.resolve();
    const request = method.resolvedRequestType!;
    const response = method.resolvedResponseType!;
    definition[method.name] = {
      path: `/${service.fullName.replace(/^\./, "")}/${method.name}`,
      requestStream: method.requestStream ?? false,
      responseStream: method.responseStream ?? false,
      requestSerialize: (value: object) => Buffer.from(request.encode(request.fromObject(value)).finish()),
      requestDeserialize: (bytes: Buffer) => request.toObject(request.decode(bytes), CONVERSION),
      responseSerialize: (value: object) => Buffer.from(response.encode(response.fromObject(value)).finish()),
      responseDeserialize: (bytes: Buffer) => response.toObject(response.decode(bytes), CONVERSION),
      originalName: method.name,
    } as ServiceDefinition[string];
  }
  return definition as ServiceDefinition;
}

export interface PluginServices {
  provider: ServiceDefinition;
  controller: ServiceDefinition;
  stdio: ServiceDefinition;
  broker: ServiceDefinition;
}

/** The four services the plugin serves: tfplugin6.Provider and go-plugin's controller, stdio and broker. */
export function loadServices(): PluginServices {
  const root = loadRoot();
  return {
    provider: serviceDefinition(root.lookupService("tfplugin6.Provider")),
    controller: serviceDefinition(root.lookupService("plugin.GRPCController")),
    stdio: serviceDefinition(root.lookupService("plugin.GRPCStdio")),
    broker: serviceDefinition(root.lookupService("plugin.GRPCBroker")),
  };
}
