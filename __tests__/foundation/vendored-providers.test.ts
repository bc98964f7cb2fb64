/**
 * The repository stands on its own: the provider schemas it generates bindings from are vendored in
 * providers/, with the checksums their README records, and no tracked file reads outside the repository.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { VENDORED_PROVIDERS } from "../../providers/vendored";

const ROOT = path.resolve(__dirname, "..", "..");

function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

describe("vendored provider schemas", () => {
  const files = Object.values(VENDORED_PROVIDERS).flatMap((p) => [p.schemaFile, ...(p.forceNewFile ? [p.forceNewFile] : [])]);

  it.each(files.map((f) => [path.relative(ROOT, f), f]))("%s matches the sha256 its README records", (_name, file) => {
    const readme = readFileSync(path.join(path.dirname(file), "README.md"), "utf8");
    const row = readme.split("\n").find((line) => line.includes(`\`${path.basename(file)}\``) && /[0-9a-f]{64}/.test(line));
    expect(row).toBeDefined();
    expect(/([0-9a-f]{64})/.exec(row ?? "")?.[1]).toBe(sha256(file));
  });

  it.each(Object.values(VENDORED_PROVIDERS).map((p) => [p.type, p]))("%s is a schema dump of its source and version", (_type, provider) => {
    const schema = JSON.parse(readFileSync(provider.schemaFile, "utf8")) as { format_version: string; provider_schemas: Record<string, unknown> };
    expect(Object.keys(schema.provider_schemas)).toEqual([provider.source]);
    expect(readFileSync(path.join(path.dirname(provider.schemaFile), "README.md"), "utf8")).toContain(provider.version);
  });

  it("no source, script or workflow reads the shared folder beside the repository", () => {
    const skipped = new Set(["node_modules", ".git", ".gen", "cdktf.out", "coverage", ".bench"]);
    const readsShared = /\.\.\/shared|["']shared["'], *["']providers["']|["']\.\.["'], *["']shared["']/;
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!skipped.has(entry.name)) walk(full);
        } else if (/\.(ts|js|mjs|cjs|sh|ya?ml)$/.test(entry.name) && full !== __filename && readsShared.test(readFileSync(full, "utf8"))) {
          offenders.push(path.relative(ROOT, full));
        }
      }
    };
    walk(ROOT);
    expect(offenders).toEqual([]);
  });
});
