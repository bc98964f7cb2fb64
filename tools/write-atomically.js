// One way to write the project's cache files (compiled code, code caches, validators, schemas): whole or not at
// all. Plain JavaScript, since tools/register-ts.js needs it before it can load TypeScript.
"use strict";
const fs = require("node:fs");

/** Writes a file beside its place, then renames it there: a concurrent process never reads half of it. */
function writeAtomically(file, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}

module.exports = { writeAtomically };
