/**
 * Decodes one configuration document (a parsed *.tf.json, hcl2json's reading of a *.tf file, or a
 * stack's in-memory `toTerraform()`) into the blocks it declares, following the HCL JSON syntax
 * (hashicorp/hcl json/spec.md, json/structure.go): a body is an object or a list of objects; each
 * label level is an object or a list of objects; after the labels, an object is one block, a list is
 * several blocks with the same labels, null is none. Structural problems (a wrong type where a block,
 * a label or a reference is expected; a top-level key that is no Terraform block type) are refused
 * with the file and JSON path, as Terraform refuses them.
 */
import { ConfigError } from "../../config/config-error";
import { childPath, isObject, jsonType, type Json } from "../json";
import { addProperty } from "../source/config-json";
import type { ConfigBackend, ConfigFile, ConfigResource, Origin, RequiredProvider, ResourceMode } from "./model";

/** Names Terraform accepts for resources, variables, modules, providers ... */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Meta-arguments of resource blocks: not arguments of the resource itself. */
const RESOURCE_META = new Set(["count", "for_each", "provider", "depends_on", "lifecycle", "connection", "provisioner", "//"]);

interface BlockInstance {
  readonly labels: string[];
  readonly body: Json;
  readonly path: string;
}

class Decoder {
  constructor(readonly file: string) {}

  fail(path: string, problem: string): never {
    throw new ConfigError(this.file, path, problem);
  }

  /** A body: an object, a list of objects (their properties in order), or null (empty). */
  body(value: unknown, path: string): Json {
    if (value === null || value === undefined) return {};
    if (isObject(value)) return value;
    if (Array.isArray(value)) {
      const merged: Json = {};
      value.forEach((element, i) => {
        const elementPath = childPath(path, i);
        for (const [key, child] of Object.entries(this.body(element, elementPath))) addProperty(merged, key, child, this.file, elementPath);
      });
      return merged;
    }
    return this.fail(path, `must be an object of arguments and blocks, not ${jsonType(value)}`);
  }

  /** The properties of one label level (collectDeepAttrs): an object or a list of objects, at least one. */
  private labelProperties(value: unknown, path: string, label: string): [string, unknown, string][] {
    const properties: [string, unknown, string][] = [];
    const collect = (object: Json, objectPath: string) => {
      for (const [key, child] of Object.entries(object)) properties.push([key, child, childPath(objectPath, key)]);
    };
    if (isObject(value)) collect(value, path);
    else if (Array.isArray(value)) {
      value.forEach((element, i) => {
        if (!isObject(element)) this.fail(childPath(path, i), `must be an object whose keys are ${label}s, not ${jsonType(element)}`);
        collect(element, childPath(path, i));
      });
    } else if (value !== null) {
      this.fail(path, `must be an object whose keys are ${label}s, not ${jsonType(value)}`);
    }
    if (properties.length === 0) this.fail(path, `declares no ${label} (Terraform refuses a block without its label)`);
    return properties;
  }

  /** Every block of one type: its labels and body (unpackBlock). */
  blocks(value: unknown, path: string, labels: readonly string[], labelsSoFar: string[] = []): BlockInstance[] {
    if (labels.length > 0) {
      const [label, ...rest] = labels;
      return this.labelProperties(value, path, label).flatMap(([key, child, childPathText]) => {
        if (!IDENTIFIER.test(key)) this.fail(childPathText, `is not a valid ${label} (letters, digits, _ and -, not starting with a digit)`);
        return this.blocks(child, childPathText, rest, [...labelsSoFar, key]);
      });
    }
    if (value === null || value === undefined) return [];
    if (isObject(value)) return [{ labels: labelsSoFar, body: value, path }];
    if (Array.isArray(value)) return value.map((element, i) => ({ labels: labelsSoFar, body: this.body(element, childPath(path, i)), path: childPath(path, i) }));
    return this.fail(path, `must be an object (one block) or a list of objects (several blocks), not ${jsonType(value)}`);
  }

  /** A string argument, or undefined when absent (null counts as absent). */
  optionalString(body: Json, key: string, path: string): string | undefined {
    const value = body[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "string") this.fail(childPath(path, key), `must be a string, not ${jsonType(value)}`);
    return value;
  }

  origin(path: string): Origin {
    return { file: this.file, path };
  }
}

/** `sovereign`, `openstack.paris`, `${openstack.paris}` → local name and alias. */
function providerReference(value: unknown, decoder: Decoder, path: string): { localName: string; alias?: string } {
  if (typeof value !== "string") return decoder.fail(path, `must be a provider configuration reference (a string such as "openstack.paris"), not ${jsonType(value)}`);
  const text = value.trim().replace(/^\$\{\s*([^{}]*?)\s*\}$/, "$1");
  const match = /^([A-Za-z_][A-Za-z0-9_-]*)(?:\.([A-Za-z_][A-Za-z0-9_-]*))?$/.exec(text);
  if (!match) return decoder.fail(path, "must be a provider configuration reference such as openstack.paris");
  return match[2] ? { localName: match[1], alias: match[2] } : { localName: match[1] };
}

function decodeResource(decoder: Decoder, mode: ResourceMode, block: BlockInstance): ConfigResource {
  const [type, name] = block.labels;
  const body: Json = {};
  for (const [key, value] of Object.entries(block.body)) if (!RESOURCE_META.has(key)) addProperty(body, key, value, decoder.file, block.path);
  const raw = block.body;
  const provider = raw.provider === undefined || raw.provider === null ? undefined : providerReference(raw.provider, decoder, childPath(block.path, "provider"));
  const lifecycleBlocks = decoder.blocks(raw.lifecycle, childPath(block.path, "lifecycle"), []);
  if (lifecycleBlocks.length > 1) decoder.fail(childPath(block.path, "lifecycle"), "is given twice (Terraform allows one lifecycle block)");
  const lifecycle = lifecycleBlocks[0]?.body ?? {};
  if (raw.depends_on !== undefined && raw.depends_on !== null && !Array.isArray(raw.depends_on)) {
    decoder.fail(childPath(block.path, "depends_on"), `must be a list of references, not ${jsonType(raw.depends_on)}`);
  }
  const comment = raw["//"];
  const metadata = isObject(comment) && isObject(comment.metadata) ? comment.metadata : undefined;
  return {
    mode,
    type,
    name,
    body,
    provider,
    lifecycle,
    count: raw.count,
    forEach: raw.for_each,
    dependsOn: Array.isArray(raw.depends_on) && raw.depends_on.length > 0,
    constructPath: typeof metadata?.path === "string" ? metadata.path : undefined,
    origin: decoder.origin(block.path),
    overriddenBy: [],
  };
}

function decodeRequiredProviders(decoder: Decoder, block: BlockInstance): Record<string, RequiredProvider> {
  const entries: Record<string, RequiredProvider> = {};
  for (const [localName, value] of Object.entries(block.body)) {
    if (localName === "//") continue;
    const path = childPath(block.path, localName);
    if (!IDENTIFIER.test(localName)) decoder.fail(path, "is not a valid provider local name");
    if (typeof value === "string") {
      // The pre-0.13 form: a version constraint only; the source is implied (hashicorp/<name>).
      entries[localName] = { origin: decoder.origin(path) };
    } else if (isObject(value)) {
      entries[localName] = { source: decoder.optionalString(value, "source", path), origin: decoder.origin(path) };
    } else {
      decoder.fail(path, `must be an object with a source (or a version string), not ${jsonType(value)}`);
    }
  }
  return entries;
}

const TERRAFORM_ATTRIBUTES = new Set(["required_version", "experiments", "language", "//"]);

/**
 * Decodes one configuration document. `override` marks an override file (`override.tf.json`,
 * `*_override.tf`): the same syntax, merged differently (assemble.ts).
 */
export function decodeConfigFile(doc: unknown, file: string, override: boolean): ConfigFile {
  const decoder = new Decoder(file);
  const root = decoder.body(doc, "");
  const result: ConfigFile = {
    file,
    override,
    resources: [],
    providers: [],
    variables: [],
    locals: [],
    outputs: [],
    moduleCalls: [],
    backends: [],
    requiredProviders: [],
    notOverridable: [],
    comments: [],
    blockCount: 0,
  };
  let blockCount = 0;
  for (const [key, value] of Object.entries(root)) {
    const path = childPath("", key);
    switch (key) {
      case "//":
        result.comments.push(value);
        break;
      case "resource":
      case "data":
        for (const block of decoder.blocks(value, path, ["type", "name"])) {
          result.resources.push(decodeResource(decoder, key === "resource" ? "managed" : "data", block));
          blockCount++;
        }
        break;
      case "provider":
        for (const block of decoder.blocks(value, path, ["name"])) {
          const body = { ...block.body };
          const alias = decoder.optionalString(body, "alias", block.path);
          if (alias !== undefined && !IDENTIFIER.test(alias)) decoder.fail(childPath(block.path, "alias"), "is not a valid alias");
          delete body["//"];
          result.providers.push({ localName: block.labels[0], alias, body, origin: decoder.origin(block.path) });
          blockCount++;
        }
        break;
      case "variable":
        for (const block of decoder.blocks(value, path, ["name"])) {
          if (block.body.type !== undefined && typeof block.body.type !== "string") {
            decoder.fail(childPath(block.path, "type"), `must be a type constraint (a string such as "string"), not ${jsonType(block.body.type)}`);
          }
          result.variables.push({ name: block.labels[0], body: block.body, origin: decoder.origin(block.path) });
          blockCount++;
        }
        break;
      case "locals":
        for (const block of decoder.blocks(value, path, [])) {
          for (const [name, local] of Object.entries(block.body)) {
            if (name === "//") continue;
            if (!IDENTIFIER.test(name)) decoder.fail(childPath(block.path, name), "is not a valid local value name");
            result.locals.push({ name, value: local, origin: decoder.origin(childPath(block.path, name)) });
          }
          blockCount++;
        }
        break;
      case "output":
        for (const block of decoder.blocks(value, path, ["name"])) {
          result.outputs.push({ name: block.labels[0], origin: decoder.origin(block.path) });
          blockCount++;
        }
        break;
      case "module":
        for (const block of decoder.blocks(value, path, ["name"])) {
          if (!override && typeof block.body.source !== "string") {
            decoder.fail(childPath(block.path, "source"), block.body.source === undefined ? "is required (the module's source)" : `must be a string, not ${jsonType(block.body.source)}`);
          }
          if (block.body.providers !== undefined && !isObject(block.body.providers)) {
            decoder.fail(childPath(block.path, "providers"), `must be an object of provider configurations, not ${jsonType(block.body.providers)}`);
          }
          const body = { ...block.body };
          delete body["//"];
          result.moduleCalls.push({ name: block.labels[0], body, origin: decoder.origin(block.path) });
          blockCount++;
        }
        break;
      case "terraform":
        for (const block of decoder.blocks(value, path, [])) {
          blockCount++;
          for (const [name, setting] of Object.entries(block.body)) {
            const settingPath = childPath(block.path, name);
            if (TERRAFORM_ATTRIBUTES.has(name)) continue;
            if (name === "backend" || name === "state_store") {
              for (const backend of decoder.blocks(setting, settingPath, ["type"])) {
                result.backends.push({ kind: name, type: backend.labels[0], body: backend.body, origin: decoder.origin(backend.path) } satisfies ConfigBackend);
              }
            } else if (name === "cloud") {
              for (const cloud of decoder.blocks(setting, settingPath, [])) {
                result.backends.push({ kind: "cloud", type: "cloud", body: cloud.body, origin: decoder.origin(cloud.path) });
              }
            } else if (name === "required_providers") {
              for (const required of decoder.blocks(setting, settingPath, [])) {
                result.requiredProviders.push({ entries: decodeRequiredProviders(decoder, required), origin: decoder.origin(required.path) });
              }
            } else if (name === "provider_meta") {
              decoder.blocks(setting, settingPath, ["provider"]);
            } else {
              decoder.fail(settingPath, "is not a setting of the terraform block");
            }
          }
        }
        break;
      case "check":
        for (const block of decoder.blocks(value, path, ["name"])) {
          blockCount++;
          // A check block may scope data sources of its own: they are read like any other.
          if (block.body.data !== undefined) {
            for (const data of decoder.blocks(block.body.data, childPath(block.path, "data"), ["type", "name"])) {
              result.resources.push(decodeResource(decoder, "data", data));
            }
          }
        }
        break;
      case "moved":
      case "import":
        for (const block of decoder.blocks(value, path, [])) {
          result.notOverridable.push(decoder.origin(block.path));
          blockCount++;
        }
        break;
      case "removed":
        blockCount += decoder.blocks(value, path, []).length;
        break;
      case "ephemeral":
      case "action":
        blockCount += decoder.blocks(value, path, ["type", "name"]).length;
        break;
      case "required_providers":
        return decoder.fail(path, "must be inside a terraform block");
      default:
        return decoder.fail(path, "is not a Terraform configuration block (resource, data, provider, variable, locals, output, module, terraform ...)");
    }
  }
  return { ...result, blockCount };
}
