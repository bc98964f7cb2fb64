/**
 * Assembles one module from its files as Terraform does (internal/configs/module.go NewModule):
 * required_providers first (one block in the primary files; override files replace it provider by
 * provider), then every primary file appended (a second declaration of anything is an error, as
 * Terraform refuses it), then every override file merged in order (module_merge.go: each element it
 * names must exist in the primary files and is merged argument by argument, never replaced whole).
 */
import { ConfigError } from "../../config/config-error";
import { mergeBodies, mergeLifecycle, mergeModuleCall, mergeVariable } from "./merge";
import type { ConfigBackend, ConfigFile, ConfigModule, ConfigModuleCall, ConfigProvider, ConfigResource, ConfigVariable, Origin, RequiredProvider } from "./model";

function fail(origin: Origin, problem: string): never {
  throw new ConfigError(origin.file, origin.path, problem);
}

function where(origin: Origin): string {
  return origin.path ? `${origin.file} (${origin.path})` : origin.file;
}

function resourceKey(resource: ConfigResource): string {
  return `${resource.mode === "data" ? "data." : ""}${resource.type}.${resource.name}`;
}

function providerKey(provider: ConfigProvider): string {
  return provider.alias ? `${provider.localName}.${provider.alias}` : provider.localName;
}

const REFUSED = "Terraform refuses this configuration";

class ModuleBuilder {
  readonly resources = new Map<string, ConfigResource>();
  readonly providers = new Map<string, ConfigProvider>();
  readonly variables = new Map<string, ConfigVariable>();
  readonly locals = new Map<string, { name: string; value: unknown; origin: Origin }>();
  readonly outputs = new Map<string, Origin>();
  readonly moduleCalls = new Map<string, ConfigModuleCall>();
  readonly requiredProviders = new Map<string, RequiredProvider>();
  readonly comments: { file: string; value: unknown }[] = [];
  backend: ConfigBackend | undefined;
  blockCount = 0;

  requireProviders(primary: readonly ConfigFile[], overrides: readonly ConfigFile[]): void {
    let first: Origin | undefined;
    for (const file of primary) {
      for (const block of file.requiredProviders) {
        if (first) fail(block.origin, `a second required_providers block (the first is in ${where(first)}): ${REFUSED}`);
        first = block.origin;
        for (const [name, entry] of Object.entries(block.entries)) this.requiredProviders.set(name, entry);
      }
    }
    // Override files replace the whole requirement of each provider they name.
    for (const file of overrides) {
      for (const block of file.requiredProviders) for (const [name, entry] of Object.entries(block.entries)) this.requiredProviders.set(name, entry);
    }
  }

  append(file: ConfigFile): void {
    this.blockCount += file.blockCount;
    for (const comment of file.comments) this.comments.push({ file: file.file, value: comment });
    for (const backend of file.backends) {
      if (this.backend) fail(backend.origin, `a second backend, cloud or state_store block (the first is in ${where(this.backend.origin)}): ${REFUSED}`);
      this.backend = backend;
    }
    for (const provider of file.providers) {
      const key = providerKey(provider);
      const existing = this.providers.get(key);
      if (existing) fail(provider.origin, `provider configuration ${key} is declared twice (first in ${where(existing.origin)}): ${REFUSED}`);
      this.providers.set(key, { ...provider });
    }
    for (const variable of file.variables) {
      const existing = this.variables.get(variable.name);
      if (existing) fail(variable.origin, `variable ${variable.name} is declared twice (first in ${where(existing.origin)}): ${REFUSED}`);
      this.variables.set(variable.name, { ...variable });
    }
    for (const local of file.locals) {
      const existing = this.locals.get(local.name);
      if (existing) fail(local.origin, `local.${local.name} is defined twice (first in ${where(existing.origin)}): ${REFUSED}`);
      this.locals.set(local.name, { ...local });
    }
    for (const output of file.outputs) {
      const existing = this.outputs.get(output.name);
      if (existing) fail(output.origin, `output ${output.name} is declared twice (first in ${where(existing)}): ${REFUSED}`);
      this.outputs.set(output.name, output.origin);
    }
    for (const call of file.moduleCalls) {
      const existing = this.moduleCalls.get(call.name);
      if (existing) fail(call.origin, `module ${call.name} is declared twice (first in ${where(existing.origin)}): ${REFUSED}`);
      this.moduleCalls.set(call.name, { ...call });
    }
    for (const resource of file.resources) {
      const key = resourceKey(resource);
      const existing = this.resources.get(key);
      if (existing) fail(resource.origin, `${key} is declared twice (first in ${where(existing.origin)}): ${REFUSED}`);
      // A copy: override merging changes it, and the same decoded file may serve two engines' views.
      this.resources.set(key, { ...resource, overriddenBy: [] });
    }
  }

  merge(file: ConfigFile): void {
    const [notOverridable] = file.notOverridable;
    if (notOverridable) fail(notOverridable, `moved and import blocks may not appear in an override file: ${REFUSED}`);
    if (file.backends.length > 1) fail(file.backends[1].origin, `an override file may hold one backend, cloud or state_store block: ${REFUSED}`);
    if (file.backends.length === 1) this.backend = file.backends[0];
    for (const provider of file.providers) {
      const key = providerKey(provider);
      const existing = this.providers.get(key);
      if (!existing) {
        // A default configuration may be overridden without a base (an absent one is an empty one);
        // an aliased one must exist, so that a typo in the alias cannot go unnoticed.
        if (provider.alias) fail(provider.origin, `overrides provider configuration ${key}, which no primary file declares: ${REFUSED}`);
        this.providers.set(key, { ...provider });
        continue;
      }
      existing.body = mergeBodies(existing.body, provider.body);
    }
    for (const variable of file.variables) {
      const existing = this.variables.get(variable.name);
      if (!existing) fail(variable.origin, `overrides variable ${variable.name}, which no primary file declares: ${REFUSED}`);
      existing.body = mergeVariable(existing.body, variable.body);
    }
    for (const local of file.locals) {
      const existing = this.locals.get(local.name);
      if (!existing) fail(local.origin, `overrides local.${local.name}, which no primary file defines: ${REFUSED}`);
      existing.value = local.value;
      existing.origin = local.origin;
    }
    for (const output of file.outputs) {
      if (!this.outputs.has(output.name)) fail(output.origin, `overrides output ${output.name}, which no primary file declares: ${REFUSED}`);
    }
    for (const call of file.moduleCalls) {
      const existing = this.moduleCalls.get(call.name);
      if (!existing) fail(call.origin, `overrides module ${call.name}, which no primary file declares: ${REFUSED}`);
      if (call.body.depends_on !== undefined) fail(call.origin, `depends_on may not be overridden: ${REFUSED}`);
      existing.body = mergeModuleCall(existing.body, call.body);
    }
    for (const resource of file.resources) {
      const key = resourceKey(resource);
      const existing = this.resources.get(key);
      if (!existing) fail(resource.origin, `overrides ${key}, which no primary file declares: ${REFUSED}`);
      if (resource.dependsOn) fail(resource.origin, `depends_on may not be overridden: ${REFUSED}`);
      if (resource.count !== undefined) existing.count = resource.count;
      if (resource.forEach !== undefined) existing.forEach = resource.forEach;
      if (resource.provider) existing.provider = resource.provider;
      existing.lifecycle = mergeLifecycle(existing.lifecycle, resource.lifecycle);
      existing.body = mergeBodies(existing.body, resource.body);
      existing.overriddenBy.push(file.file);
    }
  }

  build(files: readonly ConfigFile[]): ConfigModule {
    return {
      files: files.map((f) => f.file),
      resources: [...this.resources.values()],
      providers: [...this.providers.values()],
      variables: this.variables,
      locals: this.locals,
      moduleCalls: this.moduleCalls,
      backend: this.backend,
      requiredProviders: this.requiredProviders,
      comments: this.comments,
      blockCount: this.blockCount,
    };
  }
}

/**
 * One module from its primary files (in lexical order) and its override files (in lexical order).
 * Throws a ConfigError naming the file and JSON path of whatever Terraform would refuse.
 */
export function assembleModule(primary: readonly ConfigFile[], overrides: readonly ConfigFile[]): ConfigModule {
  const builder = new ModuleBuilder();
  builder.requireProviders(primary, overrides);
  for (const file of primary) builder.append(file);
  for (const file of overrides) {
    builder.blockCount += file.blockCount;
    builder.merge(file);
  }
  return builder.build([...primary, ...overrides]);
}
