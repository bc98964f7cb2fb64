/** Jest runs TypeScript through SWC (no type-check: `npm run typecheck` does that). */
module.exports = {
  testEnvironment: "node",
  // Jest defaults to one worker per core minus one: a single worker on the two-core machine.
  maxWorkers: "100%",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  modulePathIgnorePatterns: ["<rootDir>/cdktf.out/"],
  transform: { "^.+\\.(t|j)s$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  transformIgnorePatterns: ["/node_modules/"],
  setupFilesAfterEnv: ["<rootDir>/__tests__/setup.ts"],
  globalSetup: "<rootDir>/__tests__/global-setup.js",
  testSequencer: "<rootDir>/__tests__/sequencer.js",
  globalTeardown: "<rootDir>/__tests__/global-teardown.js",
  coveragePathIgnorePatterns: ["/node_modules/", "/.gen/", "/__tests__/"],
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
};
