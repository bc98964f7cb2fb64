#!/usr/bin/env node
// Runs the TypeScript CLI (cli/hdh-policy.ts) from any working directory. The project's .ts files are
// compiled on load with @swc/core directly: starting @swc-node/register would also load TypeScript
// itself to read tsconfig.json, which quadruples the start-up time of a command CI runs on every push.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
if (!require.extensions[".ts"]) {
  const { transformSync } = require("@swc/core");
  const swcrc = JSON.parse(fs.readFileSync(path.join(root, ".swcrc"), "utf8"));
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
process.setSourceMapsEnabled(true);
const { main } = require(path.join(root, "cli", "hdh-policy.ts"));

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`hdh-policy: ${error && error.message ? error.message.split("\n")[0] : String(error)}\n`);
    process.exitCode = 2;
  },
);
