// Loads the project's TypeScript files with @swc/core (`node -r ./tools/register-ts.js file.ts`), for
// the cdktf app, the hdh-policy bin and the npm scripts. Types are checked by `npm run typecheck`, not here.
// Why not @swc-node/register: it loads TypeScript itself to read tsconfig.json and installs source-map
// support, which makes every stack trace cdktf captures for its tokens several times dearer.
// Compiled code is cached in node_modules/.cache/hdh-ts, keyed by the file's content and the SWC options,
// each entry with its source map beside it: run with NODE_OPTIONS=--enable-source-maps to see .ts lines.
// It also installs two start-up caches for every module the process loads: V8's code cache
// (tools/compile-cache.js) and where packages were found (tools/resolve-cache.js).
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { installCompileCache } = require("./compile-cache");
const { installResolveCache } = require("./resolve-cache");
const { writeAtomically } = require("./write-atomically");

installCompileCache(path.join(__dirname, ".."));
installResolveCache(path.join(__dirname, ".."));

/** Changes when the cache's entries change form (3: source maps in files beside the entries, named relatively). */
const CACHE_FORMAT = "3";

if (!require.extensions[".ts"]) {
  const root = path.join(__dirname, "..");
  const swcrcText = fs.readFileSync(path.join(root, ".swcrc"), "utf8");
  const swcrc = JSON.parse(swcrcText);
  const cacheDir = path.join(root, "node_modules", ".cache", "hdh-ts");
  let swc; // loaded only when a file is not in the cache

  const compile = (source, filename) => {
    const key = crypto.hash("sha1", `${CACHE_FORMAT}\0${swcrcText}\0${filename}\0${source}`); // one-shot: no hash object per file
    const cached = path.join(cacheDir, `${key}.js`);
    try {
      return fs.readFileSync(cached, "utf8");
    } catch {
      swc = swc || require("@swc/core");
      const { code, map } = swc.transformSync(source, { filename, swcrc: false, jsc: swcrc.jsc, module: swcrc.module, sourceMaps: true });
      try {
        // The map beside the entry, not inline: an inline map doubled what every run reads and hashes.
        fs.mkdirSync(cacheDir, { recursive: true });
        const withMapFile = `${code}\n//# sourceMappingURL=${mapReference(filename, `${cached}.map`)}\n`;
        writeAtomically(`${cached}.map`, map); // first: an entry never names a missing map
        writeAtomically(cached, withMapFile);
        return withMapFile;
      } catch {
        // A read-only tree: compile every time, the map inline.
        return `${code}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(map).toString("base64")}\n`;
      }
    }
  };

  /** The map's URL relative to the source file: Node reads a map from a file only by a relative URL. */
  const mapReference = (filename, mapFile) =>
    path.relative(path.dirname(filename), mapFile).split(path.sep).map(encodeURIComponent).join("/");

  require.extensions[".ts"] = (module, filename) => {
    module._compile(compile(fs.readFileSync(filename, "utf8"), filename), filename);
  };
}
