// Removes the run's TMPDIR made by global-setup.js, with every cdktf.outdir.* folder in it.
const fs = require("node:fs");

module.exports = async () => {
  const dir = process.env.HDH_JEST_TMPDIR;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
};
