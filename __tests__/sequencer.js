// Jest's order (slowest and failed first), except that the suites that read the shared offline plan of the
// app (__tests__/app-fixture.ts) run last: global-setup.js starts computing it in the background as soon as
// the run includes one of them, and the other suites run meanwhile instead of two workers waiting for it.
const Sequencer = require("@jest/test-sequencer").default;

/** Suites that need `sharedPlan` (the offline plan), by path. */
const NEEDS_SHARED_PLAN = /[/\\]__tests__[/\\]offline[/\\](default-app-plan|replacements|scaleway-app-plan)\.test\.ts$/;
/** Suites that need `sharedSynth` only. */
const NEEDS_SHARED_SYNTH = /[/\\]__tests__[/\\](foundation[/\\](stacks|main|state-backend|openstack-output|dates)|policy[/\\]cli|review[/\\]inventory)\.test\.ts$/;

class SharedAppLastSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const last = sorted.filter((test) => NEEDS_SHARED_PLAN.test(test.path));
    const prepare = last.length > 0 ? "plan" : sorted.some((test) => NEEDS_SHARED_SYNTH.test(test.path)) ? "synth" : "";
    // Read by global-setup.js, which runs after sorting, in this same process.
    if (prepare) process.env.HDH_PREPARE_SHARED_APP = prepare;
    else delete process.env.HDH_PREPARE_SHARED_APP;
    return [...sorted.filter((test) => !NEEDS_SHARED_PLAN.test(test.path)), ...last];
  }
}

module.exports = SharedAppLastSequencer;
