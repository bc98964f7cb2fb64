// Remembers, from one run to the next, where `require` found each package module: resolving a package
// (walking node_modules folders, reading package.json files and their "exports") cost about a tenth of a
// second of every synth, for the same answers every time. Installed by tools/register-ts.js.
// Only answers inside the project's node_modules are kept, for bare requests ("cdktf") and for requests made
// by node_modules' own files: npm alone changes those. The whole cache is dropped when npm last changed
// node_modules (its node_modules/.package-lock.json) or when Node's version changes. A remembered file that
// no longer exists is resolved again. The project's own relative requests are never cached.
// Lives in node_modules/.cache/hdh-resolve.json; off with HDH_COMPILE_CACHE=0, as the code cache.
"use strict";
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const { writeAtomically } = require("./write-atomically");

/** Installs the cache once per process; returns whether it is on. */
function installResolveCache(root) {
  if (Module._resolveFilename.hdhResolveCache) return true;
  if (process.env.HDH_COMPILE_CACHE === "0") return false;
  const nodeModules = path.join(root, "node_modules") + path.sep;
  const cacheFile = path.join(nodeModules, ".cache", "hdh-resolve.json");
  const fingerprint = installFingerprint(nodeModules);
  if (fingerprint === undefined) return false;
  const found = loadEntries(cacheFile, fingerprint);
  let changed = false;
  const nodeResolve = Module._resolveFilename;

  function resolveWithCache(request, parent, isMain, options) {
    if (isMain || options !== undefined || typeof parent?.path !== "string") return Reflect.apply(nodeResolve, this, arguments);
    const key = `${parent.path}\0${request}`;
    const remembered = found.get(key);
    if (remembered !== undefined && fs.existsSync(remembered)) return remembered;
    const filename = Reflect.apply(nodeResolve, this, arguments);
    const fromPackages = parent.path.startsWith(nodeModules) || !/^\.{0,2}[\\/]|^\.\.?$/.test(request);
    if (filename.startsWith(nodeModules) && fromPackages) {
      found.set(key, filename);
      changed = true;
    }
    return filename;
  }
  resolveWithCache.hdhResolveCache = true;
  Module._resolveFilename = resolveWithCache;

  process.once("exit", () => {
    if (!changed) return;
    try {
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
      writeAtomically(cacheFile, JSON.stringify({ fingerprint, found: Object.fromEntries(found) }));
    } catch {
      // A read-only tree: resolve afresh next time.
    }
  });
  return true;
}

/** What identifies this install of node_modules (undefined when npm's record of it is missing: no cache). */
function installFingerprint(nodeModules) {
  try {
    const stats = fs.statSync(path.join(nodeModules, ".package-lock.json"));
    return `${process.version} ${stats.size} ${stats.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** The remembered answers, when they were made for this install. */
function loadEntries(cacheFile, fingerprint) {
  try {
    const saved = JSON.parse(fs.readFileSync(cacheFile, "utf8"));
    if (saved?.fingerprint === fingerprint && saved.found && typeof saved.found === "object") {
      return new Map(Object.entries(saved.found).filter(([, filename]) => typeof filename === "string"));
    }
  } catch {
    // No cache yet, or an unreadable one: start afresh.
  }
  return new Map();
}

module.exports = { installResolveCache };
