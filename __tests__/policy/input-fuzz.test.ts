/**
 * Mutation fuzz over the input fixtures (deterministic: a seeded generator, so a failure replays).
 * Every mutant must end in a result or in a one-line ConfigError that names the file and carries no
 * internal error text ("x is not a function", "Cannot read properties of undefined", a stack overflow).
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { ConfigError } from "../../config/config-error";
import { readPolicyInputs } from "../../policy/inputs";
import { run } from "./helpers";
import { folder, INTERNAL_ERROR } from "./input-helpers";

const FIXTURES = path.join(__dirname, "fixtures");
const SEED = 0x5eed_10;

/** mulberry32: a small, well-known seeded generator. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const deep = (levels: number) => "[".repeat(levels) + "]".repeat(levels);

const TOKENS = ["{", "}", "[", "]", ",", ":", '"', "null", "true", "-0", "1e309", '"\\u0000"', "\\", "${", '"${var.x}"', '"%{ if x }"', "\ufeff", "\u2028", deep(600), '"resource": {}', '"//": 1,'];
const VALUES: unknown[] = [null, true, false, 0, -1, 1e308, "", "x", "${lower(var.region)}", "${var.nope}", "${each.value}", [], [null], [[]], {}, { a: {} }, [1, "a", {}], { "${x}": 1 }, "0.0.0.0/0"];

/** A text mutation: a byte flipped, a span deleted or repeated, a token inserted. */
function mutateText(text: string, random: Random): { text: string; how: string } {
  const at = Math.floor(random() * text.length);
  switch (Math.floor(random() * 4)) {
    case 0: {
      const c = String.fromCharCode(Math.floor(random() * 0x80));
      return { text: text.slice(0, at) + c + text.slice(at + 1), how: `char ${c.charCodeAt(0)} at ${at}` };
    }
    case 1: {
      const length = 1 + Math.floor(random() * 40);
      return { text: text.slice(0, at) + text.slice(at + length), how: `delete ${length} at ${at}` };
    }
    case 2: {
      const length = 1 + Math.floor(random() * 80);
      return { text: text.slice(0, at) + text.slice(at, at + length) + text.slice(at), how: `repeat ${length} at ${at}` };
    }
    default: {
      const token = pick(random, TOKENS);
      return { text: text.slice(0, at) + token + text.slice(at), how: `insert ${JSON.stringify(token.slice(0, 20))} at ${at}` };
    }
  }
}

/** Every [parent, key] of a JSON value, for structural mutations. */
function places(value: unknown, into: [Record<string, unknown> | unknown[], string | number][] = []): typeof into {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      into.push([value, i]);
      places(v, into);
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      into.push([value as Record<string, unknown>, k]);
      places(v, into);
    }
  }
  return into;
}

/** A structural mutation: a value replaced by one of another type, a key removed, or a key duplicated. */
function mutateStructure(text: string, random: Random): { text: string; how: string } {
  const doc = JSON.parse(text) as unknown;
  const all = places(doc);
  if (all.length === 0) return mutateText(text, random);
  const [parent, key] = pick(random, all);
  const choice = Math.floor(random() * 3);
  if (choice === 0 || Array.isArray(parent)) {
    const value = pick(random, VALUES);
    (parent as Record<string | number, unknown>)[key] = value;
    return { text: JSON.stringify(doc), how: `${String(key)} = ${JSON.stringify(value)}` };
  }
  if (choice === 1) {
    delete (parent as Record<string, unknown>)[key as string];
    return { text: JSON.stringify(doc), how: `delete ${String(key)}` };
  }
  // Duplicate a key by text: JSON.stringify cannot write one.
  const marker = "__fuzz_duplicate__";
  (parent as Record<string, unknown>)[marker] = pick(random, VALUES);
  const duplicated = JSON.stringify(doc).replace(JSON.stringify(marker), JSON.stringify(key));
  return { text: duplicated, how: `duplicate ${String(key)}` };
}

const JSON_FIXTURES = ["sovereign-dev.tf.json", "pod.tf.json", "plan.json", "terraform-1.11-plan.json", "terraform-1.11-module-providers-plan.json"];
const MUTANTS_PER_FIXTURE = 70;

interface Outcome {
  readonly fixture: string;
  readonly how: string;
  readonly outcome: string;
}

async function judge(file: string): Promise<string> {
  try {
    const inputs = await readPolicyInputs([file]);
    const result = run([...inputs.stacks]);
    return `result: ${result.summary.resources} resources`;
  } catch (error) {
    if (!(error instanceof ConfigError)) return `NOT A CONFIG ERROR: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
    return error.message;
  }
}

function badOutcome(outcome: string, file: string): boolean {
  if (outcome.startsWith("result: ")) return false;
  return outcome.includes("\n") || !outcome.startsWith(`${file}: `) || INTERNAL_ERROR.test(outcome.slice(file.length));
}

describe("mutation fuzz over the fixtures", () => {
  it(`${JSON_FIXTURES.length * MUTANTS_PER_FIXTURE} JSON mutants: each a result or a one-line ConfigError`, async () => {
    const random = generator(SEED);
    const bad: Outcome[] = [];
    const kinds = new Set<string>();
    for (const fixture of JSON_FIXTURES) {
      const original = readFileSync(path.join(FIXTURES, fixture), "utf8");
      for (let i = 0; i < MUTANTS_PER_FIXTURE; i++) {
        const mutant = random() < 0.5 ? mutateText(original, random) : mutateStructure(original, random);
        const dir = folder({ [fixture]: mutant.text }, `m${i}`);
        const file = path.join(dir, fixture);
        const outcome = await judge(file);
        kinds.add(outcome.startsWith("result: ") ? "result" : "refused");
        if (badOutcome(outcome, file)) bad.push({ fixture, how: mutant.how, outcome });
      }
    }
    expect(bad).toEqual([]);
    // The fuzz reaches both outcomes: it is not a test that cannot fail.
    expect([...kinds].sort()).toEqual(["refused", "result"]);
  }, 120_000);

  it("30 HCL mutants of a *.tf folder", async () => {
    const random = generator(SEED + 1);
    const original = readFileSync(path.join(FIXTURES, "hcl", "main.tf"), "utf8");
    const bad: Outcome[] = [];
    for (let i = 0; i < 30; i++) {
      const mutant = mutateText(original, random);
      const dir = folder({ "main.tf": mutant.text }, `h${i}`);
      const outcome = await judge(dir);
      if (outcome.startsWith("result: ")) continue;
      if (outcome.includes("\n") || !outcome.startsWith(path.join(dir, "main.tf")) || INTERNAL_ERROR.test(outcome.slice(dir.length))) bad.push({ fixture: "hcl/main.tf", how: mutant.how, outcome });
    }
    expect(bad).toEqual([]);
  }, 120_000);
});
