// Lets a child process run the TypeScript sources directly, compiled by swc as jest compiles them
// (with decorator metadata, which TypeORM and type-graphql need). ts-node takes ~10 s of CPU to
// load the app; this takes about one. Use: node -r ./test/support/swcRegister.cjs src/main.ts
const { addHook } = require('pirates');
const { transformSync } = require('@swc/core');

addHook(
  (code, filename) =>
    transformSync(code, {
      filename,
      sourceMaps: 'inline',
      ...require('../../swc.options.cjs'),
    }).code,
  { exts: ['.ts'], ignoreNodeModules: true },
);
