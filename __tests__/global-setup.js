// Testing.app() writes /tmp/cdktf.outdir.* folders and never removes them: give the run its own
// TMPDIR (inherited by the workers) and remove it in global-teardown.js.
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

module.exports = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hdh-jest-"));
  process.env.HDH_JEST_TMPDIR = dir;
  process.env.TMPDIR = dir;
  // No test depends on the wall clock: "today" is this day for the workers and every process they start
  // (the app, the CLI), unless a test injects another (an option, or HDH_TODAY in a child's environment).
  // Keep it equal to TEST_TODAY in __tests__/helpers/environments.ts.
  process.env.HDH_TODAY = "2026-11-29"; // before the shared app's background computation, which inherits it
  // HDH_TEST_CACHE=off: the shared app (__tests__/app-fixture.ts) is computed afresh, once for all workers.
  if (process.env.HDH_TEST_CACHE === "off") {
    process.env.HDH_TEST_CACHE_DIR = path.join(dir, "hdh-test-app");
    fs.mkdirSync(process.env.HDH_TEST_CACHE_DIR);
  }
  // The run includes suites that read the shared app (sequencer.js): compute it in the background while the
  // other suites run; global-teardown.js stops the process if it is still running.
  const prepare = process.env.HDH_PREPARE_SHARED_APP;
  if (prepare) {
    const root = path.join(__dirname, "..");
    const child = spawn(process.execPath, ["-r", path.join(root, "tools", "register-ts.js"), path.join(__dirname, "prepare-shared-app.ts"), prepare], {
      cwd: root,
      stdio: "ignore",
      detached: true, // its own process group, so that global-teardown.js can stop it with its terraform children
    });
    child.unref();
    process.env.HDH_PREPARE_SHARED_APP_PID = String(child.pid);
  }
};
