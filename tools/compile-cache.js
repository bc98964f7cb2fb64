// A V8 code cache for every CommonJS module a process loads (the cdktf app, hdh-policy, the npm scripts),
// installed by tools/register-ts.js. Compiling JavaScript was a fifth of a synth: cdktf, five megabytes of
// azurerm bindings and the project's own code, compiled afresh by every run.
// Why not a library: Node 20 has no compile cache of its own (module.enableCompileCache() arrives in Node 22),
// and v8-compile-cache takes V8's cache right after compiling, when it holds only top-level code (about 5%
// gained here). This one takes it when the process exits, with every function the run compiled: the next
// run starts with them compiled (about a quarter of a second gained on a synth).
// Entries live in node_modules/.cache/hdh-v8, one per file, Node version and set of flags, stamped with the
// source's CRC-32 and length; a missing or outdated entry, or one V8 refuses, is written again at exit.
// Off with HDH_COMPILE_CACHE=0, and under --enable-source-maps (Node maps only the files it compiles itself).
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");
const zlib = require("node:zlib");
const { writeAtomically } = require("./write-atomically");

const STAMP_BYTES = 8;
/** `import(`, `import (`, or `import` before a comment: a dynamic import, or text that may be one. */
const DYNAMIC_IMPORT = /\bimport\s*(?:\(|\/[*/])/;

/** Installs the cache once per process; returns whether it is on. */
function installCompileCache(root) {
  if (Module.prototype._compile.hdhCompileCache) return true;
  if (process.env.HDH_COMPILE_CACHE === "0" || process.sourceMapsEnabled) return false;
  const cacheDir = path.join(root, "node_modules", ".cache", "hdh-v8");
  const toWrite = []; // [script, entry file] for the entries to (re)write at exit
  const nodeCompile = Module.prototype._compile;
  // V8 refuses an entry made under other flags: each set of flags keeps its own entries.
  const runtime = [process.version, ...withoutPreloads(process.execArgv), process.env.NODE_OPTIONS ?? ""].join("\0");

  function compileWithCache(content, filename) {
    // Modules of another format (ESM through require), with a loader's own wrapper, or with a dynamic
    // import() keep Node's own path: a script made from cached data loses its import() callback in Node 20.
    if (typeof content !== "string" || Module.wrap !== defaultWrap || mayImportDynamically(content)) return nodeCompile.call(this, content, filename);
    const entry = path.join(cacheDir, `${crypto.hash("sha1", `${runtime}\0${filename}`)}.bin`);
    const stamp = sourceStamp(content);
    const cachedData = readEntry(entry, stamp);
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) toWrite.push([script, entry, stamp]);
    const wrapper = script.runInThisContext({ displayErrors: true });
    const dirname = path.dirname(filename);
    return Reflect.apply(wrapper, this.exports, [this.exports, requireFor(this), this, filename, dirname]);
  }
  compileWithCache.hdhCompileCache = true;
  const defaultWrap = Module.wrap;
  Module.prototype._compile = compileWithCache;

  process.once("exit", () => {
    if (toWrite.length === 0) return;
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      for (const [script, entry, stamp] of toWrite) writeAtomically(entry, Buffer.concat([stamp, script.createCachedData()]));
    } catch {
      // A read-only tree or a full disk: the next run compiles again.
    }
  });
  return true;
}

/** Whether a source may hold a dynamic import() (the plain search first: the expression is slower). */
function mayImportDynamically(content) {
  return content.includes("import") && DYNAMIC_IMPORT.test(content);
}

/**
 * What an entry is valid for: the source's CRC-32 and length (as Node 22's own compile cache checks a
 * source), 8 bytes at the head of the entry. Hashing every source with SHA-1 cost more than the cache saved.
 */
function sourceStamp(content) {
  const stamp = Buffer.alloc(STAMP_BYTES);
  stamp.writeUInt32LE(zlib.crc32(content), 0);
  stamp.writeUInt32LE(content.length, 4);
  return stamp;
}

/** The entry's code cache when it was made from this source, else undefined. */
function readEntry(entry, stamp) {
  let bytes;
  try {
    bytes = fs.readFileSync(entry);
  } catch {
    return undefined;
  }
  return bytes.length > STAMP_BYTES && bytes.subarray(0, STAMP_BYTES).equals(stamp) ? bytes.subarray(STAMP_BYTES) : undefined;
}

/** Node's flags without its preloads (`-r FILE`), which change nothing V8 compiles. */
function withoutPreloads(execArgv) {
  const flags = [];
  for (let i = 0; i < execArgv.length; i++) {
    if (execArgv[i] === "-r" || execArgv[i] === "--require") i++;
    else if (!execArgv[i].startsWith("--require=")) flags.push(execArgv[i]);
  }
  return flags;
}

/** The `require` a module sees, as Node's own makeRequireFunction builds it. */
function requireFor(module) {
  const require = (id) => module.require(id);
  const resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  resolve.paths = (request) => Module._resolveLookupPaths(request, module);
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

module.exports = { installCompileCache };
