// Hostile traffic against the real server: documents built from the schema with wrong types,
// huge and negative numbers, deep nesting, long strings and odd unicode; broken JSON, wrong
// content types and methods. The server must answer every one with a 2xx/4xx, never a 5xx or a
// stack trace, and still answer a normal query afterwards. Seeded, so a failure replays.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { newsquizSchema } from '../../../src/graphql/schema';
import { startTestServer, type TestServer } from '../../support/server';

let server: TestServer;
let schema: GraphQLSchema;
beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: 'production', INTROSPECTION: 'true', RATE_LIMIT_PER_MINUTE: '0', QUERY_COST_PER_MINUTE: '0', LOG_REQUESTS: 'false', MAX_BODY_BYTES: '200000' });
  schema = await newsquizSchema();
});
afterAll(() => server?.stop());

/** mulberry32: small, seeded, good enough to pick hostile inputs. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof random>;

const ODD_STRINGS = [
  '', ' ', '\u0000', '\uFFFF', '\uD800', '🦄'.repeat(100), 'ً'.repeat(50), '\u202Etxt.exe', "'; DROP TABLE article; --", '%_\\%',
  '<script>alert(1)</script>', '${7*7}', '../../etc/passwd', 'Y3Vyc29yOjk5OTk5OTk5OTk5OTk5OTk5OTk5', 'RXZlbnQ6MQ==', 'a'.repeat(10_000),
];
const ODD_NUMBERS = [0, -1, -2147483649, 2147483648, 1e308, -1e308, 9007199254740993, 0.5, -0.0];

function hostileValue(r: Random, type: GraphQLInputType, depth: number): string {
  // One time in five, ignore the type altogether.
  if (r.int(5) === 0) return r.pick(['null', '"x"', '42', '-1', 'true', '[1, 2]', '{ a: 1 }', '99999999999999999999', 'ENUM_NOPE', '$missing']);
  if (isNonNullType(type)) return hostileValue(r, type.ofType, depth);
  if (isListType(type)) return `[${Array.from({ length: r.int(4) }, () => hostileValue(r, type.ofType, depth + 1)).join(', ')}]`;
  if (isEnumType(type)) return r.pick([...type.getValues().map((v) => v.name), 'NOT_A_VALUE']);
  if (isInputObjectType(type)) {
    if (depth > 3) return '{}';
    const fields = Object.values(type.getFields()).filter(() => r.int(3) > 0);
    return `{ ${fields.map((f) => `${f.name}: ${hostileValue(r, f.type, depth + 1)}`).join(', ')} }`;
  }
  const name = (type as GraphQLNamedType).name;
  if (name === 'Int' || name === 'Float') return String(r.pick(ODD_NUMBERS));
  if (name === 'Boolean') return r.pick(['true', 'false']);
  return JSON.stringify(r.pick(ODD_STRINGS));
}

function selection(r: Random, type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (isUnionType(type)) return `{ __typename ${type.getTypes().slice(0, 2).map((t) => `... on ${t.name} ${selection(r, t, depth + 1)}`).join(' ')} }`;
  if (!isObjectType(type) && !isInterfaceType(type)) return '{ __typename }';
  const fields: GraphQLField<unknown, unknown>[] = Object.values((type as GraphQLObjectType).getFields());
  const chosen = depth > 6 ? fields.filter((f) => isLeafType(getNamedType(f.type))).slice(0, 2) : fields.filter(() => r.int(3) === 0).slice(0, 4);
  if (!chosen.length) return '{ __typename }';
  return `{ ${chosen.map((f) => field(r, f, depth + 1)).join(' ')} }`;
}

function field(r: Random, f: GraphQLField<unknown, unknown>, depth: number): string {
  const args = f.args.filter(() => r.int(2) === 0).map((a) => `${a.name}: ${hostileValue(r, a.type, 0)}`);
  return `${f.name}${args.length ? `(${args.join(', ')})` : ''} ${selection(r, getNamedType(f.type), depth)}`;
}

function schemaDocument(r: Random): string {
  const root = r.int(4) === 0 ? schema.getMutationType()! : schema.getQueryType()!;
  const f = r.pick(Object.values(root.getFields()));
  const op = root === schema.getQueryType() ? 'query' : 'mutation';
  const doc = `${op} { ${field(r, f, 0)} }`;
  // Sometimes break the document itself.
  switch (r.int(8)) {
    case 0: return doc.slice(0, r.int(doc.length));
    case 1: return `${'{ a '.repeat(200)}${'}'.repeat(200)}`;
    case 2: return `query { ${Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    default: return doc;
  }
}

/** Percent-encodes, turning a lone surrogate into bytes that are not UTF-8 at all: hostile too. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return `${encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, ''))}%ED%A0%80`;
  }
}

interface Hostile { method: string; headers: Record<string, string>; body?: string | Blob; query?: string }

function hostileRequest(r: Random): Hostile {
  const json = { 'content-type': 'application/json' };
  const kind = r.int(10);
  if (kind < 6) return { method: 'POST', headers: json, body: JSON.stringify({ query: schemaDocument(r), variables: r.int(4) === 0 ? { x: r.pick(ODD_STRINGS) } : undefined }) };
  if (kind === 6) {
    const q = JSON.stringify({ query: schemaDocument(r) });
    return { method: 'POST', headers: json, body: r.pick([q.slice(0, r.int(q.length)), '{"query": 1}', '[]', 'null', '"x"', '{"query":"{__typename}","variables":"nope"}', '{"query":"{__typename}","operationName":5}', '\uFEFF{}', '{"query":"{__typename}","extensions":[1]}']) };
  }
  if (kind === 7) {
    return { method: 'POST', headers: { 'content-type': r.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/graphql', '']) }, body: '{"query":"{ __typename }"}' };
  }
  if (kind === 8) {
    return { method: r.pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']), headers: r.int(2) ? { 'apollo-require-preflight': '1' } : {}, query: `?query=${encode(schemaDocument(r))}&variables=${encode(r.pick(['{', '[]', '{"a":1}', '']))}` };
  }
  return { method: 'POST', headers: json, body: new Blob([new Uint8Array(Array.from({ length: 1 + r.int(2000) }, () => r.int(256)))]) };
}

const STACK = /\n\s+at |stacktrace|node_modules|\/work\/|\.ts:\d+/;

test('2,000+ hostile requests: no 5xx, no stack trace, and the server still answers', async () => {
  const r = random(20261127);
  const requests = Array.from({ length: 2050 }, () => hostileRequest(r));
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  let next = 0;
  async function worker() {
    while (next < requests.length) {
      const req = requests[next++]!;
      const response = await fetch(`${server.graphqlUrl}${req.query ?? ''}`, { method: req.method, headers: req.headers, body: req.body });
      const text = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status >= 500 || STACK.test(text)) failures.push(`${response.status} ${req.method} ${String(req.body ?? req.query).slice(0, 200)} → ${text.slice(0, 300)}`);
    }
  }
  await Promise.all(Array.from({ length: 16 }, worker));
  console.log(`fuzz: sent ${requests.length} hostile requests; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  expect(failures.slice(0, 5)).toEqual([]);

  const after = await server.gql<{ events: { totalCount: number } }>('{ events { totalCount } }');
  expect(after.status).toBe(200);
  expect(after.data!.events.totalCount).toBe(1);
});
