import { formatReviewJson } from "../../policy/review/json";
import { formatReviewMarkdown } from "../../policy/review/markdown";
import { estateDiagram, mermaidText } from "../../policy/review/mermaid";
import { readFileSync } from "node:fs";
import type { Json } from "../../policy/review/plan-file";
import { DERIVED_PLANS, derived, readJson, real, REAL_PLANS, review } from "./helpers";

/** Every secret the hand-derived fixtures carry: sensitive attributes, variables and outputs. */
const DERIVED_SECRETS = [
  "hdh-fixture-secret-payload-before-1111",
  "hdh-fixture-secret-payload-after-2222",
  "hdh-fixture-secret-admin-pass-3333",
  "hdh-fixture-secret-admin-pass-0000",
  "hdh-fixture-secret-variable-4444",
  "hdh-fixture-secret-output-5555",
  "hdh-fixture-secret-output-0000",
];

/** The values of the real plans' sensitive variables (npm run review:fixtures sets them to hdh-fixture-only-<name>). */
function realSecrets(): string[] {
  return REAL_PLANS.flatMap((name) => {
    const doc = readJson(real(name));
    const declared = ((doc.configuration as Json | undefined)?.root_module as Json | undefined)?.variables as Record<string, Json> | undefined;
    const values = (doc.variables ?? {}) as Record<string, { value?: unknown }>;
    return Object.entries(declared ?? {})
      .filter(([, definition]) => definition.sensitive === true)
      .map(([variable]) => values[variable]?.value)
      .filter((value): value is string => typeof value === "string");
  });
}

/** The ```mermaid block of a Markdown review. */
function mermaidBlock(markdown: string): string {
  const match = /```mermaid\n([\s\S]*?)\n```/.exec(markdown);
  if (!match) throw new Error("no mermaid block");
  return match[1];
}

const MERMAID_KEYWORDS = new Set(["end", "graph", "flowchart", "subgraph", "direction", "click", "style", "class", "classDef", "linkStyle"]);

/**
 * Checks the flowchart against the subset of Mermaid syntax the review writes: safe ids, quoted
 * labels without quotes inside, balanced subgraphs, edges between declared ids.
 */
function assertValidFlowchart(diagram: string): void {
  const lines = diagram.split("\n");
  expect(lines[0]).toBe("flowchart LR");
  const ids = new Set<string>();
  let depth = 0;
  const id = (text: string): string => {
    expect(text).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
    expect(MERMAID_KEYWORDS.has(text)).toBe(false);
    return text;
  };
  for (const line of lines.slice(1).map((l) => l.trim())) {
    let m: RegExpExecArray | null;
    if ((m = /^subgraph (\S+)\["([^"]*)"\]$/.exec(line))) {
      ids.add(id(m[1]));
      depth += 1;
    } else if (line === "end") {
      depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    } else if (line === "direction TB") {
      expect(depth).toBeGreaterThan(0);
    } else if ((m = /^(\S+)\["([^"]*)"\]$/.exec(line))) {
      ids.add(id(m[1]));
      expect(m[2].replace(/<br\/>/g, "")).toMatch(/^[\w .,:()+\-~/#;·]+$/);
    } else if ((m = /^(\S+) -\.->\|([\w ]+)\| (\S+)$/.exec(line))) {
      expect(ids.has(m[1]) && ids.has(m[3])).toBe(true);
    } else {
      throw new Error(`unexpected Mermaid line: ${line}`);
    }
  }
  expect(depth).toBe(0);
}

describe("Markdown review (snapshots)", () => {
  it.each(DERIVED_PLANS)("%s", (name) => {
    expect(formatReviewMarkdown(review([derived(name)]))).toMatchSnapshot();
  });

  it("the project's real offline plans, reviewed together", () => {
    expect(formatReviewMarkdown(review(REAL_PLANS.map(real)))).toMatchSnapshot();
  });
});

describe("Markdown review", () => {
  // The hand-derived plans hold every case; reviewed apart from the (large) real plans so that no case
  // falls to the comment's size limit.
  const all = review(DERIVED_PLANS.map(derived));
  const markdown = formatReviewMarkdown(all);
  const realReview = review(REAL_PLANS.map(real));

  it("lists blocking data-store deletions and replacements first, marked blocking", () => {
    const blocking = markdown.indexOf("### ⛔ Data stores deleted or replaced (blocking)");
    expect(blocking).toBeGreaterThan(0);
    expect(blocking).toBeLessThan(markdown.indexOf("### Changes per stack"));
    const section = markdown.slice(blocking, markdown.indexOf("### Changes per stack"));
    // A Barbican secret holds data too (the sensitive fixture replaces one).
    for (const address of ["openstack_blockstorage_volume_v3.db_data", "azurerm_storage_account.health_data", "azurerm_storage_container.raw", "azurerm_managed_disk.db", "cohort-old\"].module.storage.openstack_objectstorage_container_v1.extract", "openstack_keymanager_secret_v1.portal_key"]) {
      expect(section).toContain(address);
    }
    expect(section).not.toContain("openstack_compute_instance_v2.bastion");
    expect(markdown.split("\n")[2]).toMatch(/^❌ \*\*Blocking:\*\* 6 data stores deleted or replaced/);
  });

  it("never prints a sensitive value, in Markdown or JSON", () => {
    const json = formatReviewJson(all);
    const secrets = [...DERIVED_SECRETS, ...realSecrets()];
    const realMarkdown = formatReviewMarkdown(realReview);
    const realJson = formatReviewJson(realReview);
    for (const secret of secrets) {
      expect(markdown).not.toContain(secret);
      expect(json).not.toContain(secret);
      expect(realMarkdown).not.toContain(secret);
      expect(realJson).not.toContain(secret);
    }
    expect(markdown).toContain("payload: (sensitive value) → (sensitive value) (forces replacement)");
    // The secrets are really in the fixtures: the test would catch a leak.
    const carried = readFileSync(derived("sensitive"), "utf8") + REAL_PLANS.map((name) => readFileSync(real(name), "utf8")).join("\n");
    for (const secret of secrets) expect(carried).toContain(secret);
  });

  it("scrubs a sensitive value that reaches the text another way (a region from a sensitive variable)", () => {
    const base = review([derived("drift")]);
    const leaky = { ...base, sensitiveStrings: new Set(["EU-WEST-PAR"]) };
    const text = formatReviewMarkdown(leaky);
    expect(text).not.toContain("EU-WEST-PAR");
    expect(text).toContain("(sensitive value)");
  });

  it("shows unknown values, regions included, as (known after apply)", () => {
    expect(markdown).toContain("<summary><b>openstack · (known after apply)</b>: 1 change (1 create)</summary>");
    expect(markdown).toContain('all_metadata: {"tier":"application"} → (known after apply)');
  });

  it("shows imports, moves, reads, forgets, deposed objects and drift", () => {
    expect(markdown).toMatch(/`azurerm_storage_account\.health_data` \| no-op \+ import \| import of id \/subscriptions\//);
    expect(markdown).toContain("| `module.network.azurerm_subnet.gateway` | no-op + move | moved from `azurerm_subnet.gateway`");
    expect(markdown).toContain("| `data.openstack_images_image_v2.debian` | read | data source<br>read because dependency pending");
    expect(markdown).toContain("| `azurerm_key_vault.legacy` | forget |");
    expect(markdown).toContain("deposed object a1b2c3d4");
    expect(markdown).toContain("### Drift: changed outside Terraform");
    expect(markdown).toContain("deleted outside Terraform (a data store: check its data)");
  });

  it("renders the migration progress table", () => {
    expect(markdown).toContain("**migration** · deadline 2026-12-31 (32 days left) · 1/4 datasets decommissioned on the legacy estate (1200 of 7550 GB)");
    expect(markdown).toContain("| imagery-archive | legacy | 5200 | datalake-raw |");
  });

  it("keeps a big review within a GitHub comment by folding and capping rows, never the blocking list", () => {
    const everything = review([...DERIVED_PLANS.map(derived), ...REAL_PLANS.map(real)]);
    const full = formatReviewMarkdown(everything);
    expect(full.length).toBeLessThanOrEqual(60_000);
    expect(full).toContain("more changes not shown");
    for (const blocking of everything.blocking) expect(full).toContain(blocking.address);
    const capped = formatReviewMarkdown(all, { maxChangeRows: 10 });
    expect(capped).toMatch(/_… \d+ more changes not shown: run `hdh-policy review --format json` for all of them\._/);
    expect(capped.length).toBeLessThan(markdown.length);
    expect(markdown.length).toBeLessThanOrEqual(60_000);
    const tight = formatReviewMarkdown(everything, { maxLength: 20_000 });
    expect(tight.length).toBeLessThanOrEqual(20_000);
    expect(tight).toContain("more changes not shown");
    for (const blocking of everything.blocking) expect(tight).toContain(blocking.address);
  });
});

describe("Markdown review: policy configuration changes", () => {
  const change = (i: number) => ({ kind: "catalogue" as const, file: "config/catalogues/builtin.json", subject: `regions[openstack/R${i}].qualifications.hds.status`, change: "changed" as const, before: '"none"', after: '"qualified"' });

  it("shows them first after the data stores, blocking, and says which base they were compared with", () => {
    const markdown = formatReviewMarkdown(review([derived("empty")], { policyChanges: [change(1)], policyBase: "../main" }));
    expect(markdown).toMatch(/^## Plan review\n\n❌ \*\*Blocking:\*\* 1 policy configuration change · \*\*1\*\* stack/);
    expect(markdown).toContain("### ⛔ Policy configuration changed: needs the policy owners' approval (blocking)\n\nCompared with `../main`.");
    expect(markdown.indexOf("Policy configuration changed")).toBeLessThan(markdown.indexOf("### Changes per stack"));
  });

  it("caps the rows (the comment must stay postable) and points to the JSON for the rest", () => {
    const markdown = formatReviewMarkdown(review([derived("empty")], { policyChanges: Array.from({ length: 75 }, (_, i) => change(i)), policyBase: "base" }));
    expect(markdown.match(/^\| catalogue \|/gm)).toHaveLength(60);
    expect(markdown).toContain("_… 15 more not shown: run `hdh-policy review --format json` for all of them._");
  });

  it("has no such section, and exits as before, without changes", () => {
    const markdown = formatReviewMarkdown(review([derived("empty")]));
    expect(markdown).not.toContain("Policy configuration changed");
    expect(JSON.parse(formatReviewJson(review([derived("empty")]))).exitCode).toBe(0);
  });
});

describe("Mermaid diagram of the estate", () => {
  it.each([
    ["every fixture together", [...DERIVED_PLANS.map(derived), ...REAL_PLANS.map(real)]],
    ["an empty plan", [derived("empty")]],
    ["legacy and sovereign", [derived("migration")]],
  ])("is valid flowchart syntax: %s", (_label, files) => {
    const markdown = formatReviewMarkdown(review(files));
    assertValidFlowchart(mermaidBlock(markdown));
    expect(mermaidBlock(markdown)).toBe(estateDiagram(review(files)));
  });

  it("groups by provider, then region, with counts", () => {
    const diagram = estateDiagram(review([derived("migration"), derived("sovereign-changes"), derived("nested-modules")]));
    expect(diagram).toContain('subgraph provider0["Legacy Azure · azurerm"]');
    expect(diagram).toContain('subgraph provider1["Sovereign OpenStack · openstack"]');
    expect(diagram).toContain('provider1_region0["EU-WEST-PAR (FR)<br/>7 resources · plan: +2 ~2 -/+2 -1"]');
    expect(diagram).toContain('provider1_region1["GRA11 (FR)<br/>2 resources · plan: +2 -2"]');
    expect(diagram).toContain('provider1_region2["region unresolved<br/>1 resource · plan: +1"]');
    expect(diagram).toContain("provider0 -.->|migration| provider1");
  });

  it("cannot be broken by a hostile name", () => {
    const text = mermaidText('eu"]; click provider0 call alert() %% <script>');
    expect(text).not.toMatch(/["\]<>%[]/);
  });
});
