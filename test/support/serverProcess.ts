// Starts src/main.ts in a child process (compiled on the fly by swc), as production runs it, and
// waits for its "ready at" line. Under `npm run test:postgres` a child whose env names no
// DATABASE_URL gets a scratch PostgreSQL database of its own (config prefers it to DATABASE_PATH),
// dropped once the child has exited; a test that restarts a server on the same store passes
// createTestStore's env instead.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createScratchDatabase } from './postgres';

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly graphqlUrl: string;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const root = path.join(__dirname, '../..');

// Children started and not yet exited. A test that fails between start and SIGTERM would leave its
// server running and Jest waiting on its pipes; after the file's tests, whatever remains is killed.
const running = new Set<ChildProcess>();
// Scratch databases being dropped after their child exited; the file's tests wait for them.
const dropping = new Set<Promise<void>>();
afterAll(async () => {
  await Promise.all([...running].map((child) => {
    const exit = once(child, 'exit');
    child.kill('SIGKILL');
    return exit;
  }));
  await Promise.all(dropping);
});

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const maintenance = process.env.DATABASE_URL;
  const scratch = maintenance && !env.DATABASE_URL ? await createScratchDatabase(maintenance) : null;
  const child = spawn(process.execPath, ['-r', './test/support/swcRegister.cjs', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', PORT: '0', LOG_REQUESTS: 'false', ...env, ...(scratch ? { DATABASE_URL: scratch.url } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let out = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  if (scratch) {
    const drop = exited.then(() => scratch.drop()).finally(() => dropping.delete(drop));
    dropping.add(drop);
  }
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /ready at (http:\/\/\S+\/graphql)/.exec(out);
      if (ready) resolve({ child, graphqlUrl: ready[1]!, output: () => out, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(({ code, signal }) => reject(new Error(`server exited (${code ?? signal}) before ready:\n${out}`)));
  });
}
