// The browser modules in src/web/client. `npm run build` compiles them (tsconfig.web.json) to
// dist/web/*.js and those files are served. Run from source (jest, ts-node) there is no build, so
// the .ts source is transpiled on first request with TypeScript's transpileModule (types are
// checked by the normal typecheck, not here) and cached for the life of the process. `typescript`
// is a devDependency: it is loaded only on that path, never in a built deployment.
import fs from 'node:fs/promises';
import path from 'node:path';

export const CLIENT_MODULES = ['graphql', 'attempt', 'play', 'review', 'results'] as const;
export type ClientModule = (typeof CLIENT_MODULES)[number];

/** From dist/src/web, the build output is dist/web; from src/web this resolves to a path that does not exist. */
const BUILT_DIR = path.resolve(__dirname, '../../web');
const SOURCE_DIR = path.join(__dirname, 'client');

const cache = new Map<ClientModule, Promise<string>>();

async function load(name: ClientModule): Promise<string> {
  try {
    return await fs.readFile(path.join(BUILT_DIR, `${name}.js`), 'utf8');
  } catch {
    const source = await fs.readFile(path.join(SOURCE_DIR, `${name}.ts`), 'utf8');
    const ts = await import('typescript');
    return ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ES2020, target: ts.ScriptTarget.ES2020 },
      fileName: `${name}.ts`,
    }).outputText;
  }
}

export function isClientModule(name: string): name is ClientModule {
  return (CLIENT_MODULES as readonly string[]).includes(name);
}

export function clientScript(name: ClientModule): Promise<string> {
  let script = cache.get(name);
  if (!script) {
    script = load(name);
    // A failed load is not cached: the next request tries again.
    script.catch(() => cache.delete(name));
    cache.set(name, script);
  }
  return script;
}
