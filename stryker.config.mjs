// Mutation testing (npm run test:mutation): StrykerJS makes small deliberate bugs in the pure
// cores and runs the unit tests (jest.mutation.config.js, compiled by swc as in `npm test`)
// against each; a mutant no test kills is a missing assertion.
//
// The machine is small, so run one folder at a time:
//   MUTATE=src/access npm run test:mutation
//   MUTATE=src/quiz/rules,src/quiz/grading.ts npm run test:mutation
// Without MUTATE every folder below is mutated (long: tens of minutes).
const folders = ['src/quiz', 'src/attempts', 'src/access', 'src/paging', 'src/domain', 'src/export', 'src/workspace'];
const chosen = process.env.MUTATE ? process.env.MUTATE.split(',').map((s) => s.trim()).filter(Boolean) : folders;
const pattern = (p) => (p.endsWith('.ts') ? p : `${p.replace(/\/$/, '')}/**/*.ts`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  // findRelatedTests: a mutant runs only the test files that import its file, not every file.
  jest: { configFile: 'jest.mutation.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  // A static mutant (a module-level constant) runs the whole unit suite (~45 s here) and cannot
  // use per-test coverage; on two shared cores that is most of a run's time, so they are left out.
  ignoreStatic: true,
  mutate: chosen.map(pattern),
  // tsc is not run per mutant (swc strips types), so type-invalid mutants count as survivors
  // or kills by behaviour alone; checking them with tsc would cost minutes a folder.
  concurrency: 2,
  // Generous: on a loaded machine a worker's first jest run of a file takes seconds, and a
  // timed-out mutant restarts its worker (another jest boot) and counts as killed.
  timeoutMS: 60000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  ignorePatterns: ['dist', 'data', 'coverage', 'test-output', 'reports'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
