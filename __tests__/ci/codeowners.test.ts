/**
 * .github/CODEOWNERS names the policy owners of everything that decides the policy's verdict, so that a
 * pull request changing it cannot merge without their review. Read with GitHub's rules: gitignore-style
 * patterns, the last matching line wins.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.resolve(__dirname, "..", "..");
const POLICY_OWNERS = "@health-data-hub/policy-owners";

interface Rule {
  readonly pattern: string;
  readonly owners: readonly string[];
  readonly line: number;
}

function readRules(text: string): Rule[] {
  return text
    .split("\n")
    .map((raw, i) => ({ raw: raw.replace(/#.*$/, "").trim(), line: i + 1 }))
    .filter(({ raw }) => raw !== "")
    .map(({ raw, line }) => {
      const [pattern, ...owners] = raw.split(/\s+/);
      return { pattern, owners, line };
    });
}

/** A CODEOWNERS (gitignore-style) pattern as a regular expression over repository paths. */
function patternRegex(pattern: string): RegExp {
  const anchored = pattern.startsWith("/") || pattern.slice(0, -1).includes("/");
  const body = pattern.replace(/^\//, "");
  const directory = body.endsWith("/");
  const escaped = body
    .replace(/\/$/, "")
    .split("")
    .map((c) => (c === "*" ? "[^/]*" : c.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${anchored ? "" : "(?:.*/)?"}${escaped}${directory ? "/.*" : "(?:/.*)?"}$`);
}

function ownersOf(rules: readonly Rule[], file: string): readonly string[] {
  let owners: readonly string[] = [];
  for (const rule of rules) if (patternRegex(rule.pattern).test(file)) owners = rule.owners;
  return owners;
}

const rules = readRules(fs.readFileSync(path.join(root, ".github", "CODEOWNERS"), "utf8"));

describe(".github/CODEOWNERS", () => {
  it.each([
    "config/catalogues/builtin.json",
    "config/catalogues/prod-bare-metal-pod.json",
    "config/catalogues/any-future-contract.json",
    "config/waivers.json",
    "config/region-catalogue.schema.json",
    "config/environments/prod.json",
    "policy/engine.ts",
    "policy/rules/region-qualified.ts",
    "policy/review/review-json.schema.json",
    ".github/CODEOWNERS",
  ])("makes the policy owners approve %s", (file) => {
    expect(ownersOf(rules, file)).toContain(POLICY_OWNERS);
  });

  it("leaves the rest to the platform team", () => {
    expect(ownersOf(rules, "constructs/sovereign/network.ts")).toEqual(["@health-data-hub/platform-team"]);
    expect(ownersOf(rules, "README.md")).toEqual(["@health-data-hub/platform-team"]);
  });

  it("gives every line owners written as GitHub accepts them, and patterns that name something that exists", () => {
    for (const rule of rules) {
      expect({ line: rule.line, hasOwners: rule.owners.length > 0 }).toEqual({ line: rule.line, hasOwners: true });
      for (const owner of rule.owners) expect(owner).toMatch(/^(@[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?|[^@\s]+@[^@\s]+\.[a-z]+)$/);
      if (!rule.pattern.includes("*")) expect({ pattern: rule.pattern, exists: fs.existsSync(path.join(root, rule.pattern)) }).toEqual({ pattern: rule.pattern, exists: true });
    }
  });

  it("reads patterns as GitHub does (checked on the matcher itself)", () => {
    expect(patternRegex("/config/catalogues/").test("config/catalogues/a.json")).toBe(true);
    expect(patternRegex("/config/catalogues/").test("other/config/catalogues/a.json")).toBe(false);
    expect(patternRegex("/policy/").test("policy/rules/x.ts")).toBe(true);
    expect(patternRegex("/config/waivers.json").test("config/waivers.json.bak")).toBe(false);
    expect(patternRegex("*").test("anything/at/all.ts")).toBe(true);
  });
});
