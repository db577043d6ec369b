// SIGTERM lets requests in flight finish, then the process exits 0: a rolling deploy drops nothing.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startServerProcess } from '../../support/serverProcess';

test('a request still arriving when SIGTERM comes is answered, then the process exits 0', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-term-'));
  try {
    const server = await startServerProcess({ DATABASE_PATH: path.join(dir, 'db.sqlite'), SEED: 'false' });
    // Under test:postgres the child gets a scratch PostgreSQL database rather than the file.
    expect(server.output()).toContain(process.env.DATABASE_URL ? '(PostgreSQL)' : '(SQLite ');
    const body = JSON.stringify({ query: '{ events(first: 1) { totalCount } }' });
    // A slow client: headers and half the body now, the rest after SIGTERM.
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 200);
    });
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text).data).toEqual({ events: { totalCount: 0 } });
    expect(await server.exited).toEqual({ code: 0, signal: null });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
