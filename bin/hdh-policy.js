#!/usr/bin/env node
// Runs the TypeScript CLI (cli/hdh-policy.ts) from any working directory; the project's .ts files are
// compiled on load by tools/register-ts.js (@swc/core, no type-check: fast start-up for CI).
"use strict";
const path = require("node:path");

const root = path.resolve(__dirname, "..");
require(path.join(root, "tools", "register-ts.js"));
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
