// Removes the run's TMPDIR made by global-setup.js, with every cdktf.outdir.* folder in it.
const fs = require("node:fs");

module.exports = async () => {
  // The shared app's background computation (global-setup.js), if a run ended before it did.
  const pid = Number(process.env.HDH_PREPARE_SHARED_APP_PID);
  if (pid) {
    try {
      process.kill(-pid, "SIGTERM"); // its process group: the preparer and the terraform commands it runs
    } catch {
      // Already finished.
    }
  }
  const dir = process.env.HDH_JEST_TMPDIR;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
};
