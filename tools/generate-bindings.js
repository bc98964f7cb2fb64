#!/usr/bin/env node
/**
 * Generates the OpenStack bindings in .gen/ offline, from the real provider schema.
 *
 * `cdktf get` normally asks Terraform's registry for the provider and dumps its schema; here the
 * schema is read from a schema cache instead (cdktf's --experimental-provider-schema-cache-path),
 * which holds the schema under the name `openstack@<URL-encoded constraint>.json`.
 * Input: OPENSTACK_PROVIDER_SCHEMA, else ../shared/providers/openstack/schema.json.
 */
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const root = path.resolve(__dirname, "..");
const cdktfJson = JSON.parse(fs.readFileSync(path.join(root, "cdktf.json"), "utf8"));
const schemaPath = path.resolve(
  process.env.OPENSTACK_PROVIDER_SCHEMA || path.join(root, "..", "shared", "providers", "openstack", "schema.json"),
);
const PINNED_VERSION = "3.4.0";
const SOURCE = "registry.terraform.io/terraform-provider-openstack/openstack";

function fail(message) {
  process.stderr.write(`generate-bindings: ${message}\n`);
  process.exit(2);
}

const openstack = cdktfJson.terraformProviders.find((p) => p.startsWith("terraform-provider-openstack/openstack@"));
if (!openstack) fail("cdktf.json: terraformProviders declares no terraform-provider-openstack/openstack@<constraint>");
const constraint = openstack.split("@")[1];

let schema;
try {
  schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
} catch (error) {
  fail(`${schemaPath}: cannot read the provider schema (${error.message})`);
}
if (!schema.provider_schemas || !schema.provider_schemas[SOURCE]) {
  fail(`${schemaPath}: not a 'terraform providers schema -json' dump for ${SOURCE}`);
}
schema.provider_versions = { [SOURCE]: PINNED_VERSION };

const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "hdh-schema-cache-"));
try {
  fs.writeFileSync(path.join(cacheDir, `openstack@${encodeURIComponent(constraint)}.json`), JSON.stringify(schema));
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
