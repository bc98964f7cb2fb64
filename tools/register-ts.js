// Loads the project's TypeScript files with @swc/core (`node -r ./tools/register-ts.js file.ts`), for
// the cdktf app, the hdh-policy bin and the npm scripts. Types are checked by `npm run typecheck`, not here.
// Why not @swc-node/register: it loads TypeScript itself to read tsconfig.json and installs source-map
// support, which makes every stack trace cdktf captures for its tokens several times dearer.
// Compiled code is cached in node_modules/.cache/hdh-ts, keyed by the file's content and the SWC options.
// The code carries inline source maps: run with NODE_OPTIONS=--enable-source-maps to see .ts lines.
// It also installs two start-up caches for every module the process loads: V8's code cache
// (tools/compile-cache.js) and where packages were found (tools/resolve-cache.js).
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { installCompileCache } = require("./compile-cache");
const { installResolveCache } = require("./resolve-cache");

installCompileCache(path.join(__dirname, ".."));
installResolveCache(path.join(__dirname, ".."));

if (!require.extensions[".ts"]) {
  const root = path.join(__dirname, "..");
  const swcrcText = fs.readFileSync(path.join(root, ".swcrc"), "utf8");
  const swcrc = JSON.parse(swcrcText);
  const cacheDir = path.join(root, "node_modules", ".cache", "hdh-ts");
  let swc; // loaded only when a file is not in the cache

  const compile = (source, filename) => {
    const key = crypto.hash("sha1", `${swcrcText}\0${filename}\0${source}`); // one-shot: no hash object per file
    const cached = path.join(cacheDir, `${key}.js`);
    try {
      return fs.readFileSync(cached, "utf8");
    } catch {
      swc = swc || require("@swc/core");
      const { code } = swc.transformSync(source, { filename, swcrc: false, jsc: swcrc.jsc, module: swcrc.module, sourceMaps: "inline" });
      try {
        fs.mkdirSync(cacheDir, { recursive: true });
        const temporary = `${cached}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, code);
        fs.renameSync(temporary, cached); // atomic: a concurrent process never reads half a file
      } catch {
        // A read-only tree: compile every time.
      }
      return code;
    }
  };

  require.extensions[".ts"] = (module, filename) => {
    module._compile(compile(fs.readFileSync(filename, "utf8"), filename), filename);
  };
}
