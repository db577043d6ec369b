/** @type {import('jest').Config} */
// The suite Stryker runs against each mutant (stryker.config.mjs): the unit tests of the folders
// it mutates. The integration tests start servers in child processes, which Stryker's per-test
// coverage cannot see into, and they take minutes. The extraction, HTTP and GraphQL-limit unit
// tests cover none of the mutated folders (the extraction tests only call validateFacts on their
// output) and some of them time themselves, which fails under a loaded machine.
const base = require('./jest.config.js');

// MUTATION_TESTS narrows the tests further (comma-separated globs under the project root), for
// a sample of a large folder whose every file is imported by most tests:
//   MUTATE=src/quiz/grading.ts MUTATION_TESTS='test/unit/quiz/grading*.test.ts' npm run test:mutation
const narrowed = process.env.MUTATION_TESTS?.split(',').map((glob) => `<rootDir>/${glob.trim()}`);

module.exports = {
  ...base,
  roots: ['<rootDir>/test/unit'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/unit/(ingest|http|graphql)/'],
  ...(narrowed ? { testMatch: narrowed } : {}),
};
