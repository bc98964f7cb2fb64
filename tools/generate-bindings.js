#!/usr/bin/env node
/**
 * Generates the provider bindings in .gen/ offline, from the provider schemas vendored in providers/.
 *
 * `cdktf get` normally asks Terraform's registry for each provider and dumps its schema; here the
 * schema is read from a schema cache instead (cdktf's --experimental-provider-schema-cache-path),
 * which holds each schema under the name `<type>@<URL-encoded constraint>.json`. Every provider that
 * cdktf.json declares must be vendored (providers/vendored.ts).
 */
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const root = path.resolve(__dirname, "..");
require("./register-ts.js");
const { VENDORED_PROVIDERS, namespacedTypeOfSource } = require("../providers/vendored.ts");

function fail(message) {
  process.stderr.write(`generate-bindings: ${message}\n`);
  process.exit(2);
}

const cdktfJson = JSON.parse(fs.readFileSync(path.join(root, "cdktf.json"), "utf8"));
const declared = cdktfJson.terraformProviders || [];
if (declared.length === 0) fail("cdktf.json: terraformProviders is empty");

const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "hdh-schema-cache-"));
try {
  for (const entry of declared) {
    const [name, constraint] = entry.split("@");
    const vendored = Object.values(VENDORED_PROVIDERS).find((p) => namespacedTypeOfSource(p.source) === name);
    if (!vendored) fail(`cdktf.json: provider '${name}' is not vendored in providers/ (see providers/README.md)`);
    if (!constraint) fail(`cdktf.json: provider '${name}' has no version constraint (expected ${name}@~> ${vendored.version})`);
    let schema;
    try {
      schema = JSON.parse(fs.readFileSync(vendored.schemaFile, "utf8"));
    } catch (error) {
      fail(`${path.relative(root, vendored.schemaFile)}: cannot read the provider schema (${error.message})`);
    }
    if (!schema.provider_schemas || !schema.provider_schemas[vendored.source]) {
      fail(`${path.relative(root, vendored.schemaFile)}: not a 'terraform providers schema -json' dump for ${vendored.source}`);
    }
    schema.provider_versions = { [vendored.source]: vendored.version };
    fs.writeFileSync(path.join(cacheDir, `${vendored.type}@${encodeURIComponent(constraint)}.json`), JSON.stringify(schema));
  }
  const cli = require.resolve("cdktf-cli/bundle/bin/cdktf");
  const result = spawnSync(
    process.execPath,
    [cli, "get", "--force", "--language", "typescript", "--experimental-provider-schema-cache-path", cacheDir],
    { cwd: root, stdio: "inherit", env: { ...process.env, CHECKPOINT_DISABLE: "1" } },
  );
  if (result.status !== 0) fail(`cdktf get exited with ${result.status}`);
} finally {
  fs.rmSync(cacheDir, { recursive: true, force: true });
}
