// `npm run keys -- create|list|revoke`: the CLI an operator makes keys with, run from source (npm
// run keys builds first; the script is the same) against the store a server then uses. On
// PostgreSQL (DATABASE_URL set) both share a scratch database.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createScratchDatabase, type ScratchDatabase } from '../support/postgres';
import { startTestServer, type TestServer } from '../support/server';

const root = path.join(__dirname, '../..');
let dir: string;
let scratch: ScratchDatabase | null = null;
let store: Record<string, string>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-keys-'));
  scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL) : null;
  store = scratch ? { DATABASE_URL: scratch.url } : { DATABASE_PATH: path.join(dir, 'keys.sqlite') };
});
afterAll(async () => {
  await scratch?.drop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function keys(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['-r', './test/support/swcRegister.cjs', 'scripts/keys.ts', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', SEED: 'false', ...store },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, out, err })));
}

test('create prints a working key once, list shows it without the secret, revoke stops it', async () => {
  const made = await keys('create', '--role', 'admin', '--name', 'Head of year');
  expect(made.code).toBe(0);
  const secret = made.out.trim();
  expect(secret).toMatch(/^nq_[A-Za-z0-9_-]{43}$/);
  expect(made.err).toMatch(/^Made key (\d+) \(admin, "Head of year"\)\. The key is shown once; store it now:/);
  const id = /^Made key (\d+)/.exec(made.err)![1]!;

  const listed = await keys('list');
  expect(listed.code).toBe(0);
  expect(listed.out).toMatch(new RegExp(`^${id}\\tadmin\\tlive\\t\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\tHead of year$`, 'm'));
  expect(listed.out).not.toContain(secret.slice(3));

  // The server on the same store takes the key, for reads an admin may make and for writes.
  let server: TestServer | undefined;
  try {
    server = await startTestServer({ ...store, SEED: 'true' });
    const auth = { authorization: `Bearer ${secret}` };
    const keysSeen = await server.gql<{ apiKeys: { name: string }[] }>('{ apiKeys { name } }', {}, auth);
    expect(keysSeen.errors).toBeUndefined();
    expect(keysSeen.data!.apiKeys.map((k) => k.name)).toEqual(['Head of year']);
    const events = await server.gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 1) { nodes { id } } }');
    const quiz = await server.gql<{ generateQuiz: { quiz: { id: string } } }>(
      'mutation($id: ID!) { generateQuiz(input: { eventId: $id, count: 3, seed: "keys" }) { quiz { id } } }',
      { id: events.data!.events.nodes[0]!.id },
      auth,
    );
    expect(quiz.errors).toBeUndefined();
    expect(quiz.data!.generateQuiz.quiz.id).toEqual(expect.any(String));

    const revoked = await keys('revoke', id);
    expect(revoked.code).toBe(0);
    expect(revoked.out).toMatch(new RegExp(`^revoked key ${id} \\("Head of year"\\) at \\d{4}-`));
    expect((await keys('list')).out).toMatch(new RegExp(`^${id}\\tadmin\\trevoked \\d{4}-`, 'm'));
    const after = await server.gql('{ apiKeys { name } }', {}, auth);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  } finally {
    await server?.stop();
  }
});

test.each([
  [[], /^usage: npm run keys -- create --role educator\|admin --name "<name>" \| list \| revoke <id>/],
  [['delete', '1'], /^usage: /],
  [['create', '--name', 'x'], /^--role is required\nusage: /],
  [['create', '--role', 'educator'], /^--name is required\nusage: /],
  [['create', '--role', 'educator', '--name', '--role'], /^--name is required/],
  [['create', '--role', 'owner', '--name', 'x'], /^role must be one of educator, admin; got "owner"/],
  [['revoke', 'abc'], /^revoke takes a key id \(a positive integer\)/],
  [['revoke', '0'], /^revoke takes a key id/],
  [['revoke', '424242'], /^no API key with id 424242/],
])('%j is refused with exit code 1 and a message', async (args, message) => {
  const run = await keys(...(args as string[]));
  expect(run.code).toBe(1);
  expect(run.err).toMatch(message);
  expect(run.out).toBe('');
});
