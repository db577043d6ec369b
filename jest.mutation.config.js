/** @type {import('jest').Config} */
// The suite Stryker runs against each mutant (stryker.config.mjs): the unit tests only. The
// integration tests start servers in child processes, which Stryker's per-test coverage cannot
// see into, and they take minutes; the pure cores it mutates are tested in test/unit.
const base = require('./jest.config.js');

module.exports = { ...base, roots: ['<rootDir>/test/unit'] };
