// Testing.app() writes /tmp/cdktf.outdir.* folders and never removes them: give the run its own
// TMPDIR (inherited by the workers) and remove it in global-teardown.js.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

module.exports = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hdh-jest-"));
  process.env.HDH_JEST_TMPDIR = dir;
  process.env.TMPDIR = dir;
  // HDH_TEST_CACHE=off: the shared app (__tests__/app-fixture.ts) is computed afresh, once for all workers.
  if (process.env.HDH_TEST_CACHE === "off") {
    process.env.HDH_TEST_CACHE_DIR = path.join(dir, "hdh-test-app");
    fs.mkdirSync(process.env.HDH_TEST_CACHE_DIR);
  }
};
