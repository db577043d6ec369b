/** @type {import('jest').Config} */
// swc instead of ts-jest: about twice as fast; it must emit decorator metadata for TypeORM and
// type-graphql, hence legacyDecorator + decoratorMetadata.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
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
