// Loads the project's TypeScript files with @swc/core (`node -r ./tools/register-ts.js file.ts`), for
// the cdktf app, the hdh-policy bin and the npm scripts. Types are checked by `npm run typecheck`, not here.
// Why not @swc-node/register: it loads TypeScript itself to read tsconfig.json and installs source-map
// support, which makes every stack trace cdktf captures for its tokens several times dearer.
// The code carries inline source maps: run with NODE_OPTIONS=--enable-source-maps to see .ts lines.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

if (!require.extensions[".ts"]) {
  const { transformSync } = require("@swc/core");
  const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, "..", ".swcrc"), "utf8"));
  require.extensions[".ts"] = (module, filename) => {
    const { code } = transformSync(fs.readFileSync(filename, "utf8"), {
      filename,
      swcrc: false,
      jsc: swcrc.jsc,
      module: swcrc.module,
      sourceMaps: "inline",
    });
    module._compile(code, filename);
  };
}
