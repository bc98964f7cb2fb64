/**
 * Makes the schema-only providers installable by `terraform init`, offline: resolves each provider a
 * stack requires to a schema (a dumped schema file, or one derived from an installed prebuilt cdktf
 * provider package), compiles the provider once, and writes a filesystem mirror plus a CLI
 * configuration file of the project's own (TF_CLI_CONFIG_FILE), so the user's ~/.terraformrc is never read.
 */
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { deriveSchemaFromPackage, findProviderPackage, markSensitive, type SensitiveOverlay } from "./derive-jsii-schema";
import { DESCRIPTOR_FILE, protocolDescriptor } from "./protocol";
import { namespacedTypeOfSource, VENDORED_PROVIDERS } from "../../providers/vendored";
import { writeAtomically } from "../write-atomically";

const REPOSITORY_ROOT = resolve(__dirname, "..", "..");
const PROVIDER_SOURCE_DIR = __dirname;
/** Sensitive attributes the bindings do not record (see README). */
const KNOWN_SENSITIVE_FILE = join(__dirname, "known-sensitive.json");
/** Derived schemas and the compiled provider are cached here; `npm ci` clears them. */
export const CACHE_DIR = join(REPOSITORY_ROOT, "node_modules", ".cache", "hdh-offline-provider");
/** Registry hosts a source without host resolves to: Terraform's and OpenTofu's. */
const REGISTRY_HOSTS = ["registry.terraform.io", "registry.opentofu.org"];

/** A provider requirement as a synthesized stack declares it in `terraform.required_providers`. */
export interface ProviderRequirement {
  localName: string;
  source: string;
  version?: string;
}

/** A provider the offline mirror serves. */
export interface OfflineProvider {
  /** namespace/type, e.g. hashicorp/azurerm. */
  namespacedType: string;
  version: string;
  schemaFile: string;
  origin: string;
  /** GetProviderSchema.Response pre-encoded from schemaFile (written by writeMirror). */
  schemaResponseFile?: string;
  /** The ForceNew paths by resource type (vendored with the schema); none for schemas derived from bindings. */
  forceNewFile?: string;
}

/** Schemas dumped from a real provider (`terraform providers schema -json`), vendored in providers/, by namespace/type. */
function dumpedSchemas(): Record<string, { version: string; file: string; forceNewFile?: string }> {
  return Object.fromEntries(
    Object.values(VENDORED_PROVIDERS).map((p) => [namespacedTypeOfSource(p.source), { version: p.version, file: p.schemaFile, forceNewFile: p.forceNewFile }]),
  );
}

/** `azurerm` → hashicorp/azurerm; `ns/type` and `host/ns/type` → ns/type (hosts other than the registries are refused). */
export function namespacedTypeOf(source: string): string {
  const parts = source.toLowerCase().split("/");
  if (parts.length === 1) return `hashicorp/${parts[0]}`;
  if (parts.length === 2) return parts.join("/");
  if (parts.length === 3 && REGISTRY_HOSTS.includes(parts[0])) return parts.slice(1).join("/");
  throw new Error(`provider source "${source}" is not on a public registry: the offline mirror cannot serve it`);
}

/** Finds (and caches) the schema of one required provider; throws a one-line reason when it has none. */
export function resolveOfflineProvider(requirement: ProviderRequirement): OfflineProvider {
  const namespacedType = namespacedTypeOf(requirement.source);
  const dumped = dumpedSchemas()[namespacedType];
  if (dumped) {
    if (!existsSync(dumped.file)) throw new Error(`provider ${namespacedType}: its schema file ${dumped.file} does not exist`);
    return { namespacedType, version: dumped.version, schemaFile: dumped.file, origin: dumped.file, forceNewFile: dumped.forceNewFile };
  }
  const [namespace, type] = namespacedType.split("/");
  const packageDir = findProviderPackage(type, REPOSITORY_ROOT);
  if (!packageDir) {
    throw new Error(`provider ${namespacedType}: no schema for it offline (neither a dumped schema nor an installed @cdktf/provider-${type} package)`);
  }
  const packageJson = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { name: string; version: string };
  const overlay = readFileSync(KNOWN_SENSITIVE_FILE);
  // The key covers the derivation code too: a fixed derivation must never be served a stale schema.
  const overlayKey = createHash("sha256").update(overlay).update(readFileSync(join(PROVIDER_SOURCE_DIR, "derive-jsii-schema.ts"))).digest("hex").slice(0, 8);
  const cached = join(CACHE_DIR, "schemas", `${packageJson.name.replace(/[@/]/g, "_")}-${packageJson.version}-${overlayKey}.json`);
  if (!existsSync(cached)) {
    const derived = deriveSchemaFromPackage(packageDir);
    if (derived.source !== `registry.terraform.io/${namespace}/${type}`) {
      throw new Error(`provider ${namespacedType}: ${packageJson.name} describes ${derived.source} instead`);
    }
    markSensitive(derived.file, JSON.parse(overlay.toString("utf8")) as SensitiveOverlay);
    mkdirSync(join(CACHE_DIR, "schemas"), { recursive: true });
    const stalePrefix = `${packageJson.name.replace(/[@/]/g, "_")}-${packageJson.version}-`;
    for (const stale of readdirSync(join(CACHE_DIR, "schemas"))) {
      // Never the file being made: a concurrent run (parallel jest workers) may have just written it and be using it.
      if (stale.startsWith(stalePrefix) && stale.endsWith(".json") && join(CACHE_DIR, "schemas", stale) !== cached) rmSync(join(CACHE_DIR, "schemas", stale), { force: true });
    }
    writeAtomically(cached, JSON.stringify(derived.file)); // concurrent runs never read half a file
  }
  const file = JSON.parse(readFileSync(cached, "utf8")) as { provider_versions?: Record<string, string> };
  const version = Object.values(file.provider_versions ?? {})[0];
  return { namespacedType, version, schemaFile: cached, origin: `${packageJson.name}@${packageJson.version}` };
}

/**
 * Compiles the provider's TypeScript to plain JavaScript once (keyed by a hash of its sources):
 * Terraform starts the provider several times per command, and loading a TypeScript hook costs ~0.4 s each time.
 */
export function compileProvider(): string {
  const sources = readdirSync(PROVIDER_SOURCE_DIR).filter((name) => name.endsWith(".ts") || name.endsWith(".proto")).sort();
  const hash = createHash("sha256");
  for (const name of sources) hash.update(name).update(readFileSync(join(PROVIDER_SOURCE_DIR, name)));
  const outDir = join(CACHE_DIR, `provider-${hash.digest("hex").slice(0, 16)}`);
  if (existsSync(join(outDir, "main.js"))) return outDir;
  // Older builds of the provider are dead weight once its sources changed.
  for (const name of existsSync(CACHE_DIR) ? readdirSync(CACHE_DIR) : []) {
    // Not the build being made: a concurrent run may have just finished it, and its Terraform may be starting it.
    if (/^provider-[0-9a-f]{16}$/.test(name) && join(CACHE_DIR, name) !== outDir) rmSync(join(CACHE_DIR, name), { recursive: true, force: true });
  }
  // Loaded lazily: only a fresh compile needs SWC.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const swc = require("@swc/core") as typeof import("@swc/core");
  const building = `${outDir}.${process.pid}.tmp`;
  mkdirSync(building, { recursive: true });
  for (const name of sources) {
    const from = join(PROVIDER_SOURCE_DIR, name);
    if (name.endsWith(".proto")) {
      copyFileSync(from, join(building, name));
      continue;
    }
    const { code } = swc.transformFileSync(from, { jsc: { target: "es2022", parser: { syntax: "typescript" } }, module: { type: "commonjs" }, swcrc: false });
    writeFileSync(join(building, name.replace(/\.ts$/, ".js")), code);
  }
  // The JSON descriptor spares every provider start the parsing of the .proto files.
  writeFileSync(join(building, DESCRIPTOR_FILE), JSON.stringify(protocolDescriptor(PROVIDER_SOURCE_DIR)));
  try {
    renameSync(building, outDir);
  } catch {
    // Another run compiled the same sources at the same time: theirs is identical.
    rmSync(building, { recursive: true, force: true });
  }
  return outDir;
}

/** The provider's GetProviderSchema.Response, encoded once per schema file content and cached. */
function encodedSchemaResponse(compiled: string, provider: OfflineProvider): string {
  const content = readFileSync(provider.schemaFile);
  const key = createHash("sha256").update(content).update(compiled).digest("hex").slice(0, 16);
  const prefix = `${provider.namespacedType.replace("/", "_")}-${provider.version}-`;
  const file = join(CACHE_DIR, "schemas", `${prefix}${key}.tfplugin6.pb`);
  if (!existsSync(file)) {
    for (const stale of existsSync(join(CACHE_DIR, "schemas")) ? readdirSync(join(CACHE_DIR, "schemas")) : []) {
      if (stale.startsWith(prefix) && stale.endsWith(".tfplugin6.pb") && join(CACHE_DIR, "schemas", stale) !== file) rmSync(join(CACHE_DIR, "schemas", stale), { force: true });
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const server = require(join(compiled, "server.js")) as typeof import("./server");
    mkdirSync(join(CACHE_DIR, "schemas"), { recursive: true });
    writeAtomically(file, server.encodeSchemaResponse(provider.schemaFile, `registry.terraform.io/${provider.namespacedType}`));
  }
  return file;
}

const platform = (): string => `${process.platform}_${process.arch === "x64" ? "amd64" : process.arch}`;

/** The launcher script of a provider in the mirror of `workDir` (what Terraform runs; also what reattach starts). */
export function launcherPath(workDir: string, provider: OfflineProvider, host = REGISTRY_HOSTS[0]): string {
  const type = provider.namespacedType.split("/")[1];
  return join(workDir, "mirror", host, provider.namespacedType, provider.version, platform(), `terraform-provider-${type}_v${provider.version}`);
}

/** The provider's addresses on both registries (Terraform's and OpenTofu's default hosts). */
export function providerAddresses(provider: OfflineProvider): string[] {
  return REGISTRY_HOSTS.map((host) => `${host}/${provider.namespacedType}`);
}

/** Writes the mirror's launcher scripts and the CLI configuration; returns the configuration file path. */
export function writeMirror(workDir: string, providers: OfflineProvider[]): string {
  const compiled = compileProvider();
  const mirror = join(workDir, "mirror");
  const quote = (text: string): string => `'${text.replace(/'/g, "'\\''")}'`;
  for (const provider of providers) {
    const schemaResponseFile = encodedSchemaResponse(compiled, provider);
    const forceNew = provider.forceNewFile ? ` --force-new ${quote(provider.forceNewFile)}` : "";
    for (const host of REGISTRY_HOSTS) {
      const launcher = launcherPath(workDir, provider, host);
      mkdirSync(dirname(launcher), { recursive: true });
      writeFileSync(
        launcher,
        `#!/bin/sh\n# Schema-only offline provider for ${provider.namespacedType} ${provider.version} (schema: ${provider.origin}).\n` +
          `exec ${quote(process.execPath)} ${quote(join(compiled, "main.js"))} --schema ${quote(provider.schemaFile)} --address ${quote(`registry.terraform.io/${provider.namespacedType}`)} --schema-response ${quote(schemaResponseFile)}${forceNew}\n`,
      );
      chmodSync(launcher, 0o755);
    }
  }
  const addresses = providers.flatMap((provider) => REGISTRY_HOSTS.map((host) => `"${host}/${provider.namespacedType}"`));
  const cliConfig = join(workDir, "terraform.tfrc");
  writeFileSync(
    cliConfig,
    [
      "# Generated by tools/offline-plan.ts: the offline schema-only providers, never the network.",
      "disable_checkpoint = true",
      "provider_installation {",
      "  filesystem_mirror {",
      `    path    = ${JSON.stringify(mirror)}`,
      `    include = [${addresses.join(", ")}]`,
      "  }",
      "  direct {",
      `    exclude = [${addresses.join(", ")}]`,
      "  }",
      "}",
      "",
    ].join("\n"),
  );
  return cliConfig;
}
