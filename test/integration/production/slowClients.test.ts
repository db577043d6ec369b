// A client that sends its request slowly (a slowloris) gets an answer and loses its connection,
// instead of holding a socket open for as long as it likes. Raw sockets: fetch cannot trickle.
import net from 'node:net';
import { startTestServer, type TestServer } from '../../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: 'production', HEADERS_TIMEOUT_MS: '400', REQUEST_TIMEOUT_MS: '1200', LOG_REQUESTS: 'false' });
});
afterAll(() => server?.stop());

interface Exchange {
  /** The status line of the first response, or null when the server closed without one. */
  statusLine: string | null;
  /** Milliseconds from connecting until the server closed the connection. */
  closedAfterMs: number;
}

/** Connects, writes `sent`, then says nothing more; resolves when the server closes the socket. */
function sendAndWait(sent: string, giveUpMs = 10_000): Promise<Exchange> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let received = '';
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(sent));
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the connection open for ${giveUpMs} ms; it sent: ${JSON.stringify(received)}`));
    }, giveUpMs);
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(giveUp);
      resolve({ statusLine: received ? received.split('\r\n')[0]! : null, closedAfterMs: Date.now() - started });
    });
  });
}

test('headers that never finish get 408 and a closed connection once HEADERS_TIMEOUT_MS has passed', async () => {
  const { statusLine, closedAfterMs } = await sendAndWait('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: appl');
  expect(statusLine).toBe('HTTP/1.1 408 Request Timeout');
  expect(closedAfterMs).toBeGreaterThanOrEqual(350);
  expect(closedAfterMs).toBeLessThan(1200 + 1000);
});

test('a body that stops arriving gets 408 and a closed connection once REQUEST_TIMEOUT_MS has passed', async () => {
  const body = JSON.stringify({ query: '{ events(first: 1) { totalCount } }' });
  const head = `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
  const { statusLine, closedAfterMs } = await sendAndWait(head + body.slice(0, 10));
  expect(statusLine).toBe('HTTP/1.1 408 Request Timeout');
  expect(closedAfterMs).toBeGreaterThanOrEqual(1100);
  expect(closedAfterMs).toBeLessThan(1200 + 1500);
});

test('a client that sends its whole request at once is answered as usual, on a connection it may keep', async () => {
  const body = JSON.stringify({ query: '{ events(first: 1) { totalCount } }' });
  const response = await new Promise<string>((resolve, reject) => {
    const { port } = new URL(server.url);
    let received = '';
    const socket = net.connect(Number(port), '127.0.0.1', () =>
      socket.write(`POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`),
    );
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (received.includes('"totalCount"')) {
        socket.destroy();
        resolve(received);
      }
    });
    socket.on('error', reject);
  });
  expect(response.split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
  expect(response).toMatch(/\r\nConnection: keep-alive\r\n/i);
});
