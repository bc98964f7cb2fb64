#!/usr/bin/env node
// Runs the TypeScript CLI (cli/hdh-policy.ts) through @swc-node/register, from any working directory.
"use strict";
const path = require("node:path");

process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || path.join(__dirname, "..", "tsconfig.json");
require("@swc-node/register");
const { main } = require("../cli/hdh-policy.ts");

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`hdh-policy: ${error && error.message ? error.message.split("\n")[0] : String(error)}\n`);
    process.exitCode = 2;
  },
);
