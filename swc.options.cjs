// The one swc configuration for running TypeScript sources without tsc: jest (jest.config.js)
// and child processes started from source (test/support/swcRegister.cjs). It must emit decorator
// metadata, which TypeORM and type-graphql read (tsx and esbuild cannot).
module.exports = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
};
