/**
 * The schema-only Terraform provider: a go-plugin gRPC server speaking plugin protocol 6, serving
 * one provider schema from a JSON file. It validates and plans from that schema alone and never
 * calls a cloud: PlanResourceChange marks unset computed attributes unknown and answers
 * `requires_replace` from the provider's ForceNew paths, ReadDataSource fills computed attributes with
 * placeholders, ApplyResourceChange refuses (unless asked for a placeholder state, see APPLY_MODE_ENV).
 */
import * as grpc from "@grpc/grpc-js";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  canonicalText,
  conformToBlock,
  importedState,
  planBlock,
  readDataBlock,
  requiresReplace,
  resolveUnknowns,
  validateBlock,
  type PathStep,
  type ProviderDiagnostic,
} from "./planning";
import { APPLY_MODE_ENV, loadServices, MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "./protocol";
import { providerSchemaResponse } from "./schema-proto";
import type { ProviderSchema, ProviderSchemasFile, VersionedSchema } from "./schema-types";
import { makePluginCertificate } from "./tls";
import { decodeValue, encodeValue, type TfValue } from "./values";

export { APPLY_MODE_ENV, MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "./protocol";
const PROTOCOL_VERSION = 6;

/** Per resource type, the attribute and block paths whose change forces a replacement (providers/<name>/force-new.json). */
export type ForceNewPaths = Readonly<Record<string, readonly string[]>>;

export interface HandlerOptions {
  /** ForceNew paths by resource type, loaded on first use; none means no change ever forces a replacement. */
  readonly forceNew?: () => ForceNewPaths;
  /** Answer ApplyResourceChange with a placeholder state (see APPLY_MODE_ENV) instead of refusing. */
  readonly applyPlaceholders?: boolean;
}

interface DynamicValueMessage {
  msgpack?: Buffer;
  json?: Buffer;
}

type Handler = (request: Record<string, unknown>) => object;
type LazySchema = () => ProviderSchema;

function readDynamic(message: unknown): TfValue {
  const value = message as DynamicValueMessage | null | undefined;
  if (value?.msgpack && value.msgpack.length > 0) return decodeValue(value.msgpack);
  if (value?.json && value.json.length > 0) return JSON.parse(value.json.toString("utf8")) as TfValue;
  return null;
}

const dynamic = (value: TfValue): DynamicValueMessage => ({ msgpack: encodeValue(value) });

function pathMessage(path: PathStep[]): object {
  return {
    steps: path.map((step) =>
      "attribute" in step ? { attribute_name: step.attribute } : "key" in step ? { element_key_string: step.key } : { element_key_int: step.index },
    ),
  };
}

function diagnosticMessage(diagnostic: ProviderDiagnostic): object {
  return {
    severity: diagnostic.severity === "error" ? "ERROR" : "WARNING",
    summary: diagnostic.summary,
    detail: diagnostic.detail,
    attribute: diagnostic.path && diagnostic.path.length > 0 ? pathMessage(diagnostic.path) : undefined,
  };
}

const errorDiagnostic = (summary: string, detail: string): object => diagnosticMessage({ severity: "error", summary, detail });

/** The RPC handlers of tfplugin6.Provider for one schema, as plain functions (tests call them directly). */
export function providerHandlers(source: ProviderSchema | LazySchema, providerName: string, encodedSchemaResponse?: Buffer, options: HandlerOptions = {}): Record<string, Handler> {
  // Loaded on first use: a process that only serves the pre-encoded schema never parses the JSON.
  let loaded: ProviderSchema | undefined = typeof source === "function" ? undefined : source;
  const schema = (): ProviderSchema => (loaded ??= (source as LazySchema)());
  let schemaResponse: object | undefined = encodedSchemaResponse;
  let forceNew: ForceNewPaths | undefined;
  const forceNewPaths = (typeName: string): readonly string[] => (forceNew ??= options.forceNew?.() ?? {})[typeName] ?? [];
  // Placeholder ids carry a salt made from the planned values; a repeat within this process gets a counter.
  const salts = new Map<string, number>();
  const saltOf = (typeName: string, planned: TfValue): string => {
    const base = createHash("sha256").update(typeName).update(canonicalText(planned)).digest("hex").slice(0, 8);
    const seen = salts.get(base) ?? 0;
    salts.set(base, seen + 1);
    return seen === 0 ? base : `${base}-${seen}`;
  };

  const resources = (): Record<string, VersionedSchema> => schema().resource_schemas ?? {};
  const dataSources = (): Record<string, VersionedSchema> => schema().data_source_schemas ?? {};
  const lookup = (schemas: Record<string, VersionedSchema>, kind: string, typeName: string): VersionedSchema | object => {
    const found = schemas[typeName];
    if (found) return found;
    return errorDiagnostic(`Unknown ${kind} type ${typeName}`, `The offline schema of provider ${providerName} has no ${kind} type "${typeName}".`);
  };
  const isSchema = (value: VersionedSchema | object): value is VersionedSchema => "block" in value;
  const validate = (schemas: () => Record<string, VersionedSchema>, kind: string) => (request: Record<string, unknown>) => {
    const found = lookup(schemas(), kind, request.type_name as string);
    if (!isSchema(found)) return { diagnostics: [found] };
    return { diagnostics: validateBlock(readDynamic(request.config), found.block).map(diagnosticMessage) };
  };
  const refuse = (action: string) => () => ({
    diagnostics: [
      errorDiagnostic(
        `The offline provider never ${action}`,
        `registry provider ${providerName} is served here by the project's schema-only offline provider (tools/offline-provider): it validates and plans from the schema but never calls the cloud. Use the real provider to ${action.replace(/s$/, "")}.`,
      ),
    ],
  });

  return {
    GetMetadata: () => ({
      server_capabilities: { plan_destroy: false, get_provider_schema_optional: true, move_resource_state: false },
      diagnostics: [],
      resources: Object.keys(resources()).map((type_name) => ({ type_name })),
      data_sources: Object.keys(dataSources()).map((type_name) => ({ type_name })),
    }),
    GetProviderSchema: () => (schemaResponse ??= providerSchemaResponse(schema())),
    GetFunctions: () => ({ functions: {}, diagnostics: [] }),
    ValidateProviderConfig: (request) => {
      const provider = schema().provider;
      return { diagnostics: provider ? validateBlock(readDynamic(request.config), provider.block).map(diagnosticMessage) : [] };
    },
    ValidateResourceConfig: validate(resources, "resource"),
    ValidateDataResourceConfig: validate(dataSources, "data source"),
    // Any configuration is accepted: no credentials are needed to plan offline.
    ConfigureProvider: () => ({ diagnostics: [] }),
    UpgradeResourceState: (request) => {
      const found = lookup(resources(), "resource", request.type_name as string);
      if (!isSchema(found)) return { diagnostics: [found] };
      const raw = request.raw_state as { json?: Buffer } | undefined;
      const stored = raw?.json && raw.json.length > 0 ? JSON.parse(raw.json.toString("utf8")) : null;
      return { upgraded_state: dynamic(conformToBlock(stored, found.block)), diagnostics: [] };
    },
    // Nothing to refresh from: the stored state is the truth.
    ReadResource: (request) => ({ new_state: request.current_state, diagnostics: [], private: request.private }),
    PlanResourceChange: (request) => {
      const found = lookup(resources(), "resource", request.type_name as string);
      if (!isSchema(found)) return { diagnostics: [found] };
      const typeName = request.type_name as string;
      const proposed = readDynamic(request.proposed_new_state);
      const planned = proposed === null ? null : planBlock(proposed, found.block);
      const replace = requiresReplace(readDynamic(request.prior_state), planned, found.block, forceNewPaths(typeName));
      return {
        planned_state: dynamic(planned),
        requires_replace: replace.map(pathMessage),
        planned_private: request.prior_private ?? Buffer.alloc(0),
        diagnostics: [],
      };
    },
    ReadDataSource: (request) => {
      const typeName = request.type_name as string;
      const found = lookup(dataSources(), "data source", typeName);
      if (!isSchema(found)) return { diagnostics: [found] };
      return { state: dynamic(readDataBlock(readDynamic(request.config), found.block, typeName)), diagnostics: [] };
    },
    ApplyResourceChange: options.applyPlaceholders
      ? (request) => {
          const typeName = request.type_name as string;
          const found = lookup(resources(), "resource", typeName);
          if (!isSchema(found)) return { diagnostics: [found] };
          const planned = readDynamic(request.planned_state);
          const state = planned === null ? null : resolveUnknowns(planned, found.block, `${typeName}.${saltOf(typeName, planned)}`);
          return { new_state: dynamic(state), private: request.planned_private ?? Buffer.alloc(0), diagnostics: [] };
        }
      : refuse("applies"),
    // Plan-time import (`import` blocks): a placeholder state carrying only the id; ReadResource keeps it as is.
    ImportResourceState: (request) => {
      const typeName = request.type_name as string;
      const found = lookup(resources(), "resource", typeName);
      if (!isSchema(found)) return { diagnostics: [found] };
      return {
        imported_resources: [{ type_name: typeName, state: dynamic(importedState(request.id as string, found.block)), private: Buffer.alloc(0) }],
        diagnostics: [],
      };
    },
    StopProvider: () => ({ Error: "" }),
  };
}

/** Reads the schema file and picks the provider named by `address` (or the only one). */
export function loadProviderSchema(schemaFile: string, address?: string): { schema: ProviderSchema; address: string } {
  const file = JSON.parse(readFileSync(schemaFile, "utf8")) as ProviderSchemasFile;
  const entries = Object.entries(file.provider_schemas ?? {});
  const match = address ? entries.find(([name]) => name === address || name.endsWith(`/${address.split("/").slice(-2).join("/")}`)) : entries[0];
  if (!match) throw new Error(`${schemaFile}: no provider schema for ${address ?? "any provider"}`);
  return { schema: match[1], address: match[0] };
}

/** Loads the gRPC service definitions (exported for tests that act as Terraform's client). */
export const serviceDefinitions = loadServices;

function unary(handler: Handler): grpc.handleUnaryCall<Record<string, unknown>, object> {
  return (call, callback) => {
    try {
      callback(null, handler(call.request));
    } catch (error) {
      callback({ code: grpc.status.INTERNAL, details: `offline provider: ${(error as Error).message}` });
    }
  };
}

export interface ServeOptions {
  schemaFile: string;
  address?: string;
  /** providers/<name>/force-new.json: the ForceNew paths by resource type. */
  forceNewFile?: string;
  /** GetProviderSchema.Response already encoded (see encodeSchemaResponse): saves encoding 1.5 MB of schema at every start. */
  schemaResponseFile?: string;
}

/** Encodes the GetProviderSchema.Response of a schema file once, for `--schema-response`. */
export function encodeSchemaResponse(schemaFile: string, address?: string): Buffer {
  const { schema } = loadProviderSchema(schemaFile, address);
  const serialize = loadServices().provider.GetProviderSchema.responseSerialize as (value: object) => Buffer;
  return serialize(providerSchemaResponse(schema));
}

/** Lets a handler answer with bytes already encoded (Buffers pass through the serializer untouched). */
function acceptEncoded(service: grpc.ServiceDefinition): grpc.ServiceDefinition {
  return Object.fromEntries(
    Object.entries(service).map(([name, method]) => {
      const serialize = method.responseSerialize;
      return [name, { ...method, responseSerialize: (value: unknown) => (Buffer.isBuffer(value) ? value : serialize(value)) }];
    }),
  );
}

/** Runs the plugin: checks the handshake environment, serves on a unix socket, prints the handshake line. */
export async function serve(options: ServeOptions): Promise<void> {
  if (process.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    process.stderr.write("This binary is a Terraform plugin (the project's offline schema-only provider). Terraform runs it; it is not meant to be run directly.\n");
    process.exit(1);
  }
  const offered = (process.env.PLUGIN_PROTOCOL_VERSIONS ?? "").split(",").map((version) => Number(version.trim()));
  if (!offered.includes(PROTOCOL_VERSION)) {
    process.stderr.write(`offline provider: Terraform offers plugin protocol versions ${offered.join(",")}; this provider speaks only ${PROTOCOL_VERSION}\n`);
    process.exit(1);
  }
  const address = options.address ?? "the offline provider";
  const services = loadServices();
  const server = new grpc.Server();
  const encoded = options.schemaResponseFile ? readFileSync(options.schemaResponseFile) : undefined;
  const forceNewFile = options.forceNewFile;
  const handlers = providerHandlers(() => loadProviderSchema(options.schemaFile, options.address).schema, address, encoded, {
    forceNew: forceNewFile ? () => JSON.parse(readFileSync(forceNewFile, "utf8")) as ForceNewPaths : undefined,
    applyPlaceholders: process.env[APPLY_MODE_ENV] === "placeholders",
  });
  const implementation: grpc.UntypedServiceImplementation = {};
  for (const name of Object.keys(services.provider)) {
    if (handlers[name]) implementation[name] = unary(handlers[name]);
  }
  server.addService(acceptEncoded(services.provider), implementation);

  // Unix socket paths are limited to ~100 bytes: fall back to /tmp when TMPDIR is deep.
  const socketBase = tmpdir().length < 60 ? tmpdir() : "/tmp";
  const socketDir = mkdtempSync(join(socketBase, "hdh-offline-provider-"));
  const socketPath = join(socketDir, "plugin.sock");
  const openStreams = new Set<grpc.ServerWritableStream<unknown, unknown> | grpc.ServerDuplexStream<unknown, unknown>>();
  const exit = (): void => {
    const done = (): void => {
      rmSync(socketDir, { recursive: true, force: true });
      process.exit(0);
    };
    for (const stream of openStreams) stream.end();
    // Graceful, so the Shutdown reply reaches Terraform; forced if a client lingers.
    server.tryShutdown(done);
    setTimeout(() => {
      server.forceShutdown();
      done();
    }, 500);
  };
  server.addService(services.controller, {
    // Reply first, then exit: otherwise go-plugin waits two seconds and kills the process.
    Shutdown: (_call: unknown, callback: grpc.sendUnaryData<object>) => {
      callback(null, {});
      setImmediate(exit);
    },
  });
  server.addService(services.stdio, {
    // Nothing is ever written to stdout/stderr after the handshake: keep the stream open and idle.
    StreamStdio: (call: grpc.ServerWritableStream<unknown, unknown>) => {
      openStreams.add(call);
      call.on("cancelled", () => openStreams.delete(call));
    },
  });
  server.addService(services.broker, {
    // No sub-plugins are ever brokered; accept the stream so the client's broker is satisfied.
    StartStream: (call: grpc.ServerDuplexStream<unknown, unknown>) => {
      openStreams.add(call);
      call.on("data", () => undefined);
      call.on("end", () => call.end());
      call.on("cancelled", () => openStreams.delete(call));
    },
  });

  let credentials = grpc.ServerCredentials.createInsecure();
  let certificateField = "";
  const clientCertificate = process.env.PLUGIN_CLIENT_CERT;
  if (clientCertificate && process.env.TF_DISABLE_PLUGIN_TLS !== "1") {
    const certificate = makePluginCertificate();
    credentials = grpc.ServerCredentials.createSsl(
      Buffer.from(clientCertificate),
      [{ private_key: Buffer.from(certificate.privateKeyPem), cert_chain: Buffer.from(certificate.certificatePem) }],
      true,
    );
    certificateField = certificate.handshakeCertificate;
  }
  await new Promise<void>((resolve, reject) => server.bindAsync(`unix://${socketPath}`, credentials, (error) => (error ? reject(error) : resolve())));
  process.on("SIGTERM", exit);
  // Never outlive Terraform: if it dies without calling Shutdown, this process is re-parented.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && exit(), 1000).unref();
  // Terraform forwards Ctrl-C to the whole process group; it shuts plugins down itself.
  process.on("SIGINT", () => undefined);
  process.stdout.write(`1|${PROTOCOL_VERSION}|unix|${socketPath}|grpc|${certificateField}\n`);
}
