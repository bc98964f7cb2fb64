/**
 * What makes a synth start fast (tools/compile-cache.js, tools/resolve-cache.js, stacks/synth-runtime.ts,
 * stacks/one-conversion.ts) never changes what runs: a changed source is never served stale code, npm's
 * changes to node_modules are followed, and the stack written is the one the policy judged.
 * The caches patch Node's module loader, so they run in child processes, each in a temporary root.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, TerraformOutput, TerraformStack } from "cdktf";
import { convertOnceAtSynth } from "../../stacks/one-conversion";

const REPO = path.resolve(__dirname, "..", "..");
const COMPILE_CACHE = path.join(REPO, "tools", "compile-cache.js");
const RESOLVE_CACHE = path.join(REPO, "tools", "resolve-cache.js");

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "hdh-start-up-"));
  fs.mkdirSync(path.join(root, "node_modules"));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** Runs `node -e script` in the temporary root, with only the given cache installed (no TypeScript loader). */
function runNode(script: string, env: NodeJS.ProcessEnv = {}): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, ["-e", script], { cwd: root, env: { ...process.env, HDH_COMPILE_CACHE: "", ...env }, encoding: "utf8" });
  return { stdout: result.stdout.trim(), stderr: result.stderr.trim(), status: result.status };
}

function write(relative: string, text: string): string {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

describe("the V8 code cache (tools/compile-cache.js)", () => {
  const entries = () => {
    const dir = path.join(root, "node_modules", ".cache", "hdh-v8");
    return fs.existsSync(dir) ? fs.readdirSync(dir).map((name) => path.join(dir, name)) : [];
  };
  const runModule = (env: NodeJS.ProcessEnv = {}) =>
    runNode(`require(${JSON.stringify(COMPILE_CACHE)}).installCompileCache(process.cwd()); console.log(require("./module.js").value())`, env);

  it("writes an entry at exit, reuses it, and never serves it for a changed source of the same length", () => {
    write("module.js", "exports.value = () => 'one';\n");
    expect(runModule()).toMatchObject({ stdout: "one", status: 0 });
    const [entry] = entries();
    expect(entries()).toHaveLength(1);
    const written = fs.readFileSync(entry);

    expect(runModule()).toMatchObject({ stdout: "one", status: 0 });
    expect(fs.readFileSync(entry).equals(written)).toBe(true); // accepted: nothing rewritten

    write("module.js", "exports.value = () => 'two';\n"); // same length, other content
    expect(runModule()).toMatchObject({ stdout: "two", status: 0 });
    expect(fs.readFileSync(entry).equals(written)).toBe(false);
    expect(entries()).toHaveLength(1); // one entry per file: the outdated one is replaced
  });

  it("ignores an unreadable entry and writes it again", () => {
    write("module.js", "exports.value = () => 'kept';\n");
    runModule();
    const [entry] = entries();
    fs.writeFileSync(entry, "not a code cache");
    expect(runModule()).toMatchObject({ stdout: "kept", status: 0 });
    expect(fs.readFileSync(entry, "latin1")).not.toBe("not a code cache");
  });

  it("gives a module Node's own module scope, and leaves a module with a dynamic import() to Node", () => {
    write("lib/helper.js", "module.exports = 'helper';\n");
    write("lib/esm.mjs", "export const answer = 42;\n");
    write(
      "module.js",
      [
        "const path = require('node:path');",
        "exports.value = () => [require('./lib/helper'), path.relative(__dirname, require.resolve('./lib/helper')), path.basename(__filename), typeof require.cache, module.id === __filename].join(' ');",
        "exports.esm = () => import('./lib/esm.mjs').then((m) => m.answer);",
      ].join("\n"),
    );
    const script = `require(${JSON.stringify(COMPILE_CACHE)}).installCompileCache(process.cwd()); const m = require("./module.js"); m.esm().then((a) => console.log(m.value() + " " + a))`;
    for (let run = 0; run < 2; run++) expect(runNode(script)).toMatchObject({ stdout: `helper lib${path.sep}helper.js module.js object true 42`, status: 0 });
    // Node 20 loses a cached script's import() callback: module.js is compiled by Node, its helper cached.
    expect(entries()).toHaveLength(1);
  });

  it("is off with HDH_COMPILE_CACHE=0", () => {
    write("module.js", "exports.value = () => 'uncached';\n");
    expect(runModule({ HDH_COMPILE_CACHE: "0" })).toMatchObject({ stdout: "uncached", status: 0 });
    expect(entries()).toEqual([]);
  });
});

describe("the package resolution cache (tools/resolve-cache.js)", () => {
  const cacheFile = () => path.join(root, "node_modules", ".cache", "hdh-resolve.json");
  const remembered = (): Record<string, string> => (JSON.parse(fs.readFileSync(cacheFile(), "utf8")) as { found: Record<string, string> }).found;
  const npmInstalled = (stamp: string) => write("node_modules/.package-lock.json", JSON.stringify({ name: "fixture", stamp }));
  const runApp = () => runNode(`require(${JSON.stringify(RESOLVE_CACHE)}).installResolveCache(process.cwd()); console.log(require("./app.js"))`);

  beforeEach(() => {
    npmInstalled("first install");
    write("node_modules/pkg/package.json", JSON.stringify({ name: "pkg", main: "a.js" }));
    write("node_modules/pkg/a.js", "module.exports = require('./part') + '-a';\n");
    write("node_modules/pkg/part.js", "module.exports = 'pkg';\n");
    write("app.js", "module.exports = require('pkg') + ' ' + require('./local');\n");
    write("local.js", "module.exports = 'local';\n");
  });

  it("remembers where packages were found, never the project's own relative requests", () => {
    expect(runApp()).toMatchObject({ stdout: "pkg-a local", status: 0 });
    const found = Object.entries(remembered()).map(([key, file]) => [key.split("\0")[1], path.relative(root, file)]);
    expect(found).toEqual(expect.arrayContaining([["pkg", path.join("node_modules", "pkg", "a.js")], ["./part", path.join("node_modules", "pkg", "part.js")]]));
    expect(found.map(([request]) => request)).not.toContain("./local");
    expect(runApp()).toMatchObject({ stdout: "pkg-a local", status: 0 });
  });

  it("follows npm: a changed install drops every remembered answer", () => {
    runApp();
    write("node_modules/pkg/package.json", JSON.stringify({ name: "pkg", main: "b.js" }));
    write("node_modules/pkg/b.js", "module.exports = 'pkg-b';\n");
    npmInstalled("second install, another size");
    expect(runApp()).toMatchObject({ stdout: "pkg-b local", status: 0 });
  });

  it("resolves again a remembered file that no longer exists", () => {
    runApp();
    fs.rmSync(path.join(root, "node_modules", "pkg", "a.js"));
    write("node_modules/pkg/index.js", "module.exports = 'pkg-index';\n");
    expect(runApp()).toMatchObject({ stdout: "pkg-index local", status: 0 });
  });

  it("stays off without npm's record of node_modules", () => {
    fs.rmSync(path.join(root, "node_modules", ".package-lock.json"));
    expect(runApp()).toMatchObject({ stdout: "pkg-a local", status: 0 });
    expect(fs.existsSync(cacheFile())).toBe(false);
  });
});

describe("the TypeScript loader's source maps (tools/register-ts.js)", () => {
  it("maps a stack trace to the .ts lines under --enable-source-maps, from the cache too", () => {
    const file = write("thrower.ts", 'const a: number = 1;\n\nexport function boom(): never {\n  throw new Error("boom " + a);\n}\nboom();\n');
    for (let run = 0; run < 2; run++) {
      const result = spawnSync(process.execPath, ["--enable-source-maps", "-r", path.join(REPO, "tools", "register-ts.js"), file], { encoding: "utf8" });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`at boom (${file}:4:9)`);
    }
  });
});

describe("the app's cdktf runtime (stacks/synth-runtime.ts)", () => {
  /** Runs a script in the repository with the TypeScript loader and main.ts's first import. */
  const runInRepo = (script: string, env: NodeJS.ProcessEnv = {}) => {
    const result = spawnSync(process.execPath, ["-r", path.join(REPO, "tools", "register-ts.js"), "-e", `require("./stacks/synth-runtime"); ${script}`], {
      cwd: REPO,
      env: { ...process.env, HDH_TOKEN_STACKS: "", ...env },
      encoding: "utf8",
    });
    return { stdout: result.stdout.trim(), stderr: result.stderr.trim(), status: result.status };
  };
  const archiverLoaded = "Object.keys(require.cache).some((file) => /[\\\\/]archiver[\\\\/]lib[\\\\/]core\\.js$/.test(file))";

  it("loads archiver on its first use only, and then the real one", () => {
    const script = [
      `require("cdktf"); require("cdktf/lib/private/fs");`,
      `const before = ${archiverLoaded};`,
      `const file = require("node:module").createRequire(require.resolve("cdktf/lib/private/fs")).resolve("archiver");`,
      `const archiver = require.cache[file].exports;`,
      `const archive = archiver("zip");`,
      `console.log([before, ${archiverLoaded}, typeof archive.pipe, typeof archiver.create].join(" "));`,
    ].join(" ");
    expect(runInRepo(script)).toMatchObject({ stdout: "false true function function", status: 0 });
  });

  it("records token creation stacks only with HDH_TOKEN_STACKS=1", () => {
    const script = `const { Intrinsic } = require("cdktf/lib/tokens/private/intrinsic"); console.log(JSON.stringify(new Intrinsic(1).creationStack));`;
    const off = JSON.parse(runInRepo(script).stdout) as string[];
    expect(off).toEqual(["token creation stacks are not recorded: run with HDH_TOKEN_STACKS=1 to see them"]);
    const on = JSON.parse(runInRepo(script, { HDH_TOKEN_STACKS: "1" }).stdout) as string[];
    expect(on.length).toBeGreaterThan(1);
    expect(on.join("\n")).toContain("[eval]");
  });
});

describe("one conversion per synth (stacks/one-conversion.ts)", () => {
  /** A stack whose validation converts it, as the policy Aspect does; what the validation saw is kept. */
  function stackWithJudge(outdir: string, once: boolean) {
    const app = new App({ outdir, skipValidation: false });
    const stack = new TerraformStack(app, "judged");
    new TerraformOutput(stack, "answer", { value: "42" });
    if (once) convertOnceAtSynth(stack);
    const judged: unknown[] = [];
    stack.node.addValidation({ validate: () => (judged.push(stack.toTerraform()), []) });
    return { app, stack, judged };
  }

  it("writes the very JSON the validation judged, converting the stack once", () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "hdh-one-conversion-"));
    const conversions = jest.spyOn(TerraformStack.prototype, "toTerraform");
    try {
      const { app, judged } = stackWithJudge(outdir, true);
      app.synth();
      expect(conversions).toHaveBeenCalledTimes(1);
      expect(judged).toHaveLength(1);
      const written: unknown = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "judged", "cdk.tf.json"), "utf8"));
      expect(written).toEqual(judged[0]);
    } finally {
      conversions.mockRestore();
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  it("converts twice without it, and afresh after the synth", () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "hdh-one-conversion-"));
    const conversions = jest.spyOn(TerraformStack.prototype, "toTerraform");
    try {
      const plain = stackWithJudge(path.join(outdir, "plain"), false);
      plain.app.synth();
      expect(conversions).toHaveBeenCalledTimes(2);

      const { app, stack } = stackWithJudge(path.join(outdir, "once"), true);
      app.synth();
      expect(Object.prototype.hasOwnProperty.call(stack, "toTerraform")).toBe(false);
      new TerraformOutput(stack, "later", { value: "43" });
      expect(Object.keys((stack.toTerraform() as { output: object }).output)).toEqual(["answer", "later"]);
    } finally {
      conversions.mockRestore();
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
