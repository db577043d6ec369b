/** @type {import('jest').Config} */
// swc instead of ts-jest: about twice as fast; it must emit decorator metadata for TypeORM and
// type-graphql, hence legacyDecorator + decoratorMetadata.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // linkedom's HTML stack ships ES modules only. Node 20.19+ loads them with require() at run
  // time, but jest's module system cannot, so under jest swc compiles them to CommonJS.
  transformIgnorePatterns: [
    '/node_modules/(?!(css-select|boolbase|css-what|domhandler|domelementtype|domutils|dom-serializer|entities|nth-check|cssomnom|html-escaper|htmlparser2|uhyphen)/)',
  ],
  transform: {
    '^.+\\.(ts|js)$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  testTimeout: 30000,
};
