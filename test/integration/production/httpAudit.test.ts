// The GraphQL-over-HTTP spec's audit (graphql-http) against the real server, middleware and all.
// Production mode, but with introspection on: several audit checks query `__type`, which a
// production server with introspection off rightly refuses (that alone fails two MUSTs).
// The warnings left are Apollo's choice of 400 (not 200) for parse, validation and variable
// errors under `Accept: application/json`; the spec allows it for legacy clients' sake.
import { auditServer } from 'graphql-http';
import { startTestServer, type TestServer } from '../../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: 'production', INTROSPECTION: 'true', RATE_LIMIT_PER_MINUTE: '0', QUERY_COST_PER_MINUTE: '0', LOG_REQUESTS: 'false' });
});
afterAll(() => server?.stop());

test('the server passes every MUST of the GraphQL-over-HTTP audit', async () => {
  const results = await auditServer({ url: server.graphqlUrl });
  const counts = { ok: 0, warn: 0, notice: 0, error: 0 };
  for (const r of results) counts[r.status]++;
  const notOk = results.filter((r) => r.status !== 'ok').map((r) => `${r.status}: ${r.name}${'reason' in r ? ` (${r.reason})` : ''}`);
  console.log(`graphql-http audit: ${counts.ok} ok, ${counts.warn} warnings, ${counts.notice} notices, ${counts.error} errors\n${notOk.join('\n')}`);
  expect(results.filter((r) => r.status === 'error').map((r) => r.name)).toEqual([]);
  expect(counts.ok).toBeGreaterThanOrEqual(55);
});
