/** @type {import('jest').Config} */
// swc instead of ts-jest: about twice as fast (options in swc.options.cjs).
module.exports = {
  testEnvironment: 'node',
  // src is a root too, so that coverage lists every source file, not only those a test loaded.
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  // `npm test` passes --coverage. V8's own coverage: no instrumenting transform on top of swc.
  // Code run outside jest's process (src/main.ts in child servers, src/web/client in Chromium)
  // is listed but counts as uncovered.
  collectCoverageFrom: ['src/**/*.ts'],
  coverageProvider: 'v8',
  coverageReporters: ['text-summary', 'json-summary'],
  // linkedom's HTML stack ships ES modules only. Node 20.19+ loads them with require() at run
  // time, but jest's module system cannot, so under jest swc compiles them to CommonJS. So is
  // anki-reader, the independent .apkg reader the Anki export's tests use.
  transformIgnorePatterns: [
    '/node_modules/(?!(css-select|boolbase|css-what|domhandler|domelementtype|domutils|dom-serializer|entities|nth-check|cssomnom|html-escaper|htmlparser2|uhyphen|anki-reader)/)',
  ],
  transform: {
    '^.+\\.(ts|js)$': [
      '@swc/jest',
      require('./swc.options.cjs'),
    ],
  },
  testTimeout: 30000,
};
