import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fixtureValue, fixtureVariables } from "../../tools/review-fixtures";

describe("npm run review:fixtures", () => {
  it("gives every root variable without a default a recognisable fixture value, and leaves the others alone", () => {
    const outdir = mkdtempSync(path.join(tmpdir(), "hdh-review-fixtures-"));
    const stacks: Record<string, unknown> = {
      "sovereign-dev": { variable: { portal_tls_private_key: { sensitive: true }, region: { default: "GRA11" } } },
      "legacy-azure-dev": { resource: {} },
    };
    for (const [name, doc] of Object.entries(stacks)) {
      mkdirSync(path.join(outdir, "stacks", name), { recursive: true });
      writeFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), JSON.stringify(doc));
    }
    const manifest = { stacks: Object.fromEntries(Object.keys(stacks).map((name) => [name, { synthesizedStackPath: `stacks/${name}/cdk.tf.json` }])) };
    writeFileSync(path.join(outdir, "manifest.json"), JSON.stringify(manifest));
    expect(fixtureVariables(outdir)).toEqual({ TF_VAR_portal_tls_private_key: "hdh-fixture-only-portal_tls_private_key" });
    expect(fixtureValue("x")).toBe("hdh-fixture-only-x");
  });
});
