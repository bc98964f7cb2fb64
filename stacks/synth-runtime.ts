/**
 * Two changes to how cdktf runs in the app, imported by main.ts before anything loads cdktf. Neither
 * changes the synthesized output; each saves about a tenth of a second of every synth.
 *
 * - Token creation stacks: cdktf captures a full-depth stack trace for every token it creates (references,
 *   lazies, dynamic blocks), only to print it when a token later fails to resolve. As aws-cdk-lib does
 *   (CDK_DEBUG), they are recorded only on demand: `HDH_TOKEN_STACKS=1 npx cdktf synth`.
 * - archiver: cdktf loads its zip library with its stream and glob dependencies, a megabyte of JavaScript,
 *   for `TerraformAsset` archives only. The app has no asset; the library now loads on its first use.
 */
import * as Module from "node:module";

/** The environment variable that turns cdktf's token creation stacks back on. */
export const TOKEN_STACKS_VARIABLE = "HDH_TOKEN_STACKS";

/** cdktf's module that captures a token's creation stack (its exports are read at each call). */
const STACK_TRACE_MODULE = "cdktf/lib/tokens/private/stack-trace";
/** The cdktf module that loads archiver. */
const ARCHIVER_USER = "cdktf/lib/private/fs";

/** Records no token creation stacks unless HDH_TOKEN_STACKS=1. */
export function recordTokenStacksOnDemand(env: NodeJS.ProcessEnv = process.env): void {
  if (env[TOKEN_STACKS_VARIABLE] === "1") return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const stackTrace = require(STACK_TRACE_MODULE) as { captureStackTrace: () => string[] };
  stackTrace.captureStackTrace = () => [`token creation stacks are not recorded: run with ${TOKEN_STACKS_VARIABLE}=1 to see them`];
}

/**
 * Puts a stand-in for archiver in the module cache, where cdktf's `require("archiver")` finds it; the stand-in
 * loads the real module on its first call or property read. Does nothing when archiver is already loaded.
 */
export function loadArchiverOnFirstUse(): void {
  const requireFromCdktf = Module.createRequire(require.resolve(ARCHIVER_USER));
  const file = requireFromCdktf.resolve("archiver");
  if (require.cache[file]) return;
  let archiver: ((...args: unknown[]) => unknown) | undefined;
  const load = (): ((...args: unknown[]) => unknown) => {
    if (!archiver) {
      delete require.cache[file];
      archiver = requireFromCdktf(file) as (...args: unknown[]) => unknown;
    }
    return archiver;
  };
  const standIn = new Proxy(function archiverStandIn() {}, {
    apply: (_target, thisArg, args: unknown[]) => Reflect.apply(load(), thisArg, args),
    get: (_target, key) => Reflect.get(load(), key),
    has: (_target, key) => Reflect.has(load(), key),
  });
  const cached = new Module.Module(file);
  cached.filename = file;
  cached.loaded = true;
  cached.exports = standIn;
  require.cache[file] = cached;
}

recordTokenStacksOnDemand();
loadArchiverOnFirstUse();
