/**
 * Turns an assembled module into the policy's model (policy/model.ts): each resource with its
 * provider configuration key and provider type — the type from `required_providers` (`source`), not
 * from the local name: a local name `sovereign` with source `hashicorp/azurerm` is azurerm.
 */
import { ConfigError } from "../../config/config-error";
import { validateInput } from "../source/schema";
import { childPath, isObject, setProperty } from "../json";
import type { PolicyBackend, PolicyProvider, PolicyResource, PolicyStack, PolicyVariable, StackPolicyMetadata } from "../model";
import type { ConfigModule } from "./model";
import { providerTypeOfSource } from "../provider-sources";
import metadataSchema from "./stack-metadata.schema.json";

/** The key under which declareStackPolicy records a stack's policy metadata, inside the top-level "//". */
export const STACK_POLICY_METADATA_KEY = "hdhPolicy";

export interface StackOptions {
  readonly stack: string;
  /** The stack's main file or folder, for stack-level findings. */
  readonly file: string;
  readonly source: PolicyStack["source"];
  readonly projectRoot?: string;
  readonly variables: Readonly<Record<string, PolicyVariable>>;
  /** `terraform` or `opentofu`: which engine's reading of the folder this is. */
  readonly engine?: "terraform" | "opentofu";
}

/** The stack policy metadata the primary files declare under "//"; two different declarations are refused. */
function stackMetadata(module: ConfigModule): StackPolicyMetadata | undefined {
  let found: { file: string; metadata: StackPolicyMetadata } | undefined;
  for (const { file, value } of module.comments) {
    for (const comment of Array.isArray(value) ? value : [value]) {
      const metadata = isObject(comment) ? comment[STACK_POLICY_METADATA_KEY] : undefined;
      if (metadata === undefined) continue;
      const where = childPath("//", STACK_POLICY_METADATA_KEY);
      if (!isObject(metadata)) throw new ConfigError(file, where, "must be an object");
      validateInput(metadataSchema, metadata, file, where);
      if (found && JSON.stringify(found.metadata) !== JSON.stringify(metadata)) {
        throw new ConfigError(file, childPath("//", STACK_POLICY_METADATA_KEY), `is declared again, differently (first in ${found.file}): refused`);
      }
      found ??= { file, metadata: metadata as unknown as StackPolicyMetadata };
    }
  }
  return found?.metadata;
}

/** `prevent_destroy`: a boolean, or its literal string form; anything else is refused as Terraform refuses it. */
function preventDestroy(value: unknown, file: string, path: string): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "${true}") return true;
  if (value === "false" || value === "${false}") return false;
  throw new ConfigError(file, path, "must be true or false (a literal: Terraform evaluates it before anything else)");
}

export function moduleToStack(module: ConfigModule, options: StackOptions): PolicyStack {
  const { stack } = options;
  const typeOfLocalName = (localName: string): string => {
    const source = module.requiredProviders.get(localName)?.source;
    return source ? providerTypeOfSource(source) : localName.toLowerCase();
  };
  const resources: PolicyResource[] = module.resources.map((resource) => {
    const localAddress = resource.mode === "data" ? `data.${resource.type}.${resource.name}` : `${resource.type}.${resource.name}`;
    // Without a provider argument, a resource uses the configuration named by its type's prefix.
    const localName = resource.provider?.localName ?? resource.type.split("_")[0];
    const providerKey = resource.provider?.alias ? `${localName}.${resource.provider.alias}` : localName;
    return {
      address: localAddress,
      localAddress,
      type: resource.type,
      name: resource.name,
      mode: resource.mode,
      providerType: typeOfLocalName(localName),
      providerKey,
      values: resource.body,
      preventDestroy: preventDestroy(resource.lifecycle.prevent_destroy, resource.origin.file, childPath(childPath(resource.origin.path, "lifecycle"), "prevent_destroy")),
      modulePath: "",
      stack,
      file: resource.origin.file,
      constructPath: resource.constructPath,
      ...(resource.overriddenBy.length > 0 ? { overriddenBy: [...resource.overriddenBy] } : {}),
    };
  });
  const providers: PolicyProvider[] = module.providers.map((provider) => ({
    key: provider.alias ? `${provider.localName}.${provider.alias}` : provider.localName,
    type: typeOfLocalName(provider.localName),
    alias: provider.alias,
    modulePath: "",
    values: provider.body,
  }));
  let backend: PolicyBackend | undefined;
  if (module.backend) {
    const { kind, type, body } = module.backend;
    // A provider-defined state store is judged as an unknown backend (the rule then reports it).
    backend = { type: kind === "state_store" ? `state_store:${type}` : type, config: body };
  }
  const locals: Record<string, unknown> = {};
  for (const [name, local] of module.locals) setProperty(locals, name, local.value);
  return {
    name: stack,
    file: options.file,
    source: options.source,
    metadata: stackMetadata(module),
    backend,
    resources,
    providers,
    variables: { "": options.variables },
    locals: { "": locals },
    moduleCalls: [...module.moduleCalls.values()].map((call) => ({ path: `module.${call.name}`, arguments: call.body })),
    projectRoot: options.projectRoot,
    ...(options.engine ? { engine: options.engine } : {}),
    configurationFiles: module.files,
  };
}
