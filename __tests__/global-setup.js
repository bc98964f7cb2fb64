// Testing.app() writes /tmp/cdktf.outdir.* folders and never removes them: give the run its own
// TMPDIR (inherited by the workers) and remove it in global-teardown.js.
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
  process.env.HDH_TODAY = "2026-11-29";
};
