import { readFileSync } from "node:fs";
import * as path from "node:path";
import { PACKS } from "../../policy/packs";

describe("rule documentation", () => {
  const readme = readFileSync(path.join(__dirname, "..", "..", "policy", "README.md"), "utf8");

  it.each(Object.entries(PACKS).flatMap(([pack, rules]) => rules.map((rule) => [rule.id, pack, rule] as const)))(
    "%s (%s) has its own file, an explanation, a level and a line in policy/README.md",
    (id, pack, rule) => {
      expect(readFileSync(path.join(__dirname, "..", "..", "policy", "rules", `${id}.ts`), "utf8")).toContain(`${id}`);
      expect(rule.explanation.length).toBeGreaterThan(40);
      expect(rule.compliant.length).toBeGreaterThan(20);
      expect(readme).toContain(`| \`${id}\` | ${pack} | ${rule.level} |`);
    },
  );
});
