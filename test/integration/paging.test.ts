// One paging property, held by every connection of the schema: walking it forward with `first`
// and `after`, or backward with `last` and `before`, at page sizes 1, 3, 20 and 100, meets every
// item exactly once, in one order, each item always under the same cursor, and as many items as
// totalCount says. The data: the seed and ten corpus articles (two of them added to an event that
// already has one, so an event's entities come from several articles in order of first mention).
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isObjectType, type GraphQLSchema } from 'graphql';
import { corpusFiles, readCorpusText } from '../../eval/gold';
import { makeQuiz, publish, rightAnswer, wrongAnswer } from '../support/attempts';
import { startTestServer, type TestServer } from '../support/server';

const SIZES = [1, 3, 20, 100] as const;

interface Edge { cursor: string; node: { id: string } }
interface ConnectionPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Edge[];
  nodes: { id: string }[];
}

const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id }';
const PAGE_ARGS = 'first: $first, after: $after, last: $last, before: $before';
const PAGE_VARS = '$first: Int, $after: String, $last: Int, $before: String';

/** A connection to walk: a query taking the four paging variables, and where its page sits in the answer. */
interface ConnectionUnderTest {
  readonly name: string;
  /** `Type.field`, to check every connection field of the schema is covered. */
  readonly field: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly pick: (data: Record<string, unknown>) => ConnectionPage;
  readonly headers?: Record<string, string>;
}

let server: TestServer;
let teacher: Record<string, string>;
const connections: ConnectionUnderTest[] = [];

const topLevel = (field: string, name: string, args = '', headers?: Record<string, string>): ConnectionUnderTest => ({
  name: `${name}${args ? `(${args})` : ''}`,
  field: `Query.${field}`,
  query: `query(${PAGE_VARS}) { page: ${field}(${PAGE_ARGS}${args ? `, ${args}` : ''}) { ${PAGE} } }`,
  pick: (d) => d.page as ConnectionPage,
  headers,
});

const nested = (type: string, field: string, parentId: string, args = '', headers?: Record<string, string>): ConnectionUnderTest => ({
  name: `${type}.${field}${args ? `(${args})` : ''} of ${parentId}`,
  field: `${type}.${field}`,
  query: `query($id: ID!, ${PAGE_VARS}) { node(id: $id) { ... on ${type} { page: ${field}(${PAGE_ARGS}${args ? `, ${args}` : ''}) { ${PAGE} } } } }`,
  variables: { id: parentId },
  pick: (d) => (d.node as { page: ConnectionPage }).page,
  headers,
});

const viewerQuizzes = (args: string, headers: Record<string, string>): ConnectionUnderTest => ({
  name: `viewer.quizzes(${args})`,
  field: 'Viewer.quizzes',
  query: `query(${PAGE_VARS}) { viewer { page: quizzes(${PAGE_ARGS}, ${args}) { ${PAGE} } } }`,
  pick: (d) => (d.viewer as { page: ConnectionPage }).page,
  headers,
});

async function gqlOk<T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T> {
  const res = await server.gql<T>(query, variables, headers);
  if (res.errors) throw new Error(`${JSON.stringify(res.errors)} for ${query.slice(0, 120)}`);
  return res.data!;
}

beforeAll(async () => {
  server = await startTestServer();
  teacher = (await server.createKey('EDUCATOR', 'paging')).auth;

  const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { event { id } } }';
  const texts = corpusFiles('news').slice(0, 10).map(readCorpusText);
  let shared: string | undefined;
  for (const [i, text] of texts.entries()) {
    const eventId = i >= 8 ? shared : undefined;
    const data = await gqlOk<{ ingestArticle: { event: { id: string } } }>(INGEST, { input: { body: text.body, publishedAt: text.date, eventId } }, teacher);
    shared ??= data.ingestArticle.event.id;
  }

  // Quizzes on two events, and attempts at one of them.
  const quiz = await makeQuiz(server, teacher, 6, 'paging-0');
  for (let i = 1; i < 4; i++) await makeQuiz(server, teacher, 3, `paging-${i}`);
  await gqlOk('mutation($e: ID!) { generateQuiz(input: { eventId: $e, count: 3, seed: "other" }) { quiz { id } } }', { e: shared }, teacher);
  const code = await publish(server, teacher, quiz.id);
  for (let s = 0; s < 7; s++) {
    const answers = quiz.questions.map((q, i) => ((i + s) % 2 ? rightAnswer(q) : wrongAnswer(q)));
    await gqlOk('mutation($c: String!, $p: String!, $a: [AnswerInput!]!) { submitAttempt(code: $c, participant: $p, answers: $a) { attemptId } }', { c: code, p: `student ${s}`, a: answers });
  }

  const { events } = await gqlOk<{ events: { nodes: { id: string; entities: { nodes: { id: string; said: { totalCount: number }; about: { totalCount: number } }[] } }[] } }>(
    '{ events(first: 20) { nodes { id entities(first: 100) { nodes { id said: claims(first: 0) { totalCount } about: claims(first: 0, asSubject: true) { totalCount } } } } } }',
  );
  const entities = [...new Map(events.nodes.flatMap((e) => e.entities.nodes).map((n) => [n.id, n])).values()];
  const most = (count: (n: (typeof entities)[number]) => number) => [...entities].sort((a, b) => count(b) - count(a)).slice(0, 3).map((n) => n.id);

  connections.push(
    topLevel('events', 'events'),
    topLevel('articles', 'articles'),
    topLevel('entities', 'entities'),
    topLevel('entities', 'entities', 'filter: { kinds: [PERSON] }'),
    topLevel('claims', 'claims'),
    topLevel('claims', 'claims', 'filter: { standings: [ASSERTED] }'),
    topLevel('quizzes', 'quizzes', '', teacher),
    nested('Quiz', 'attempts', quiz.id, '', teacher),
    // Every orderBy a screen sorts by: ties (equal titles, scores, dates) must not break paging.
    topLevel('quizzes', 'quizzes', 'orderBy: { field: TITLE, direction: DESC }', teacher),
    topLevel('quizzes', 'quizzes', 'orderBy: { field: CREATED_AT, direction: DESC }', teacher),
    nested('Quiz', 'attempts', quiz.id, 'orderBy: { field: SCORE, direction: DESC }', teacher),
    nested('Quiz', 'attempts', quiz.id, 'orderBy: { field: SUBMITTED_AT }', teacher),
    topLevel('events', 'events', 'orderBy: { field: DATE, direction: DESC }'),
    topLevel('events', 'events', 'orderBy: { field: DATE }'),
    topLevel('entities', 'entities', 'orderBy: { field: NAME }'),
    topLevel('entities', 'entities', 'orderBy: { field: MENTION_COUNT, direction: DESC }'),
    viewerQuizzes('orderBy: { field: TITLE }', teacher),
    // Ranked by relevance, not by a key: a word most articles use, over every type and over two.
    topLevel('search', 'search', 'query: "said"'),
    topLevel('search', 'search', 'query: "president said", types: [CLAIM, ENTITY]'),
    // With a key, the key's quizzes too (titled "Quiz: <event>").
    topLevel('search', 'search', 'query: "quiz"', teacher),
  );
  for (const { id } of events.nodes) {
    connections.push(nested('Event', 'articles', id), nested('Event', 'claims', id), nested('Event', 'entities', id), nested('Event', 'quizzes', id, '', teacher));
  }
  for (const id of most((n) => n.said.totalCount)) connections.push(nested('NewsEntity', 'claims', id));
  for (const id of most((n) => n.about.totalCount)) connections.push(nested('NewsEntity', 'claims', id, 'asSubject: true'));
}, 180_000);
afterAll(async () => server?.stop());

/** Every field of the committed schema whose type is a …Connection. */
function connectionFields(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((t) => !t.name.startsWith('__'))
    .flatMap((t) => Object.values(t.getFields()).filter((f) => /Connection!?$/.test(String(f.type))).map((f) => `${t.name}.${f.name}`))
    .sort();
}

test('the walks below cover every connection field of the schema', () => {
  const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));
  expect([...new Set(connections.map((c) => c.field))].sort()).toEqual(connectionFields(schema));
});

type Walk = { ids: string[]; cursors: Map<string, string>; totalCounts: Set<number>; problems: string[] };

async function walk(c: ConnectionUnderTest, size: number, direction: 'forward' | 'backward'): Promise<Walk> {
  const result: Walk = { ids: [], cursors: new Map(), totalCounts: new Set(), problems: [] };
  let cursor: string | null = null;
  for (let requests = 0; ; requests++) {
    if (requests > 1000) throw new Error(`${c.name}: no end after 1000 pages of ${size}`);
    const variables = direction === 'forward' ? { first: size, after: cursor } : { last: size, before: cursor };
    const page = c.pick(await gqlOk<Record<string, unknown>>(c.query, { ...c.variables, ...variables }, c.headers));
    result.totalCounts.add(page.totalCount);
    const ids = page.edges.map((e) => e.node.id);
    if (JSON.stringify(ids) !== JSON.stringify(page.nodes.map((n) => n.id))) result.problems.push('nodes differ from edges');
    if (ids.length > size) result.problems.push(`a page of ${ids.length} for ${size}`);
    if ((page.pageInfo.startCursor ?? null) !== (page.edges[0]?.cursor ?? null)) result.problems.push('startCursor is not the first edge');
    if ((page.pageInfo.endCursor ?? null) !== (page.edges.at(-1)?.cursor ?? null)) result.problems.push('endCursor is not the last edge');
    for (const e of page.edges) result.cursors.set(e.node.id, e.cursor);
    result.ids = direction === 'forward' ? [...result.ids, ...ids] : [...ids, ...result.ids];
    const more = direction === 'forward' ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
    if (!more) break;
    if (ids.length === 0) {
      result.problems.push('an empty page says there is more');
      break;
    }
    cursor = direction === 'forward' ? page.pageInfo.endCursor : page.pageInfo.startCursor;
  }
  return result;
}

test('every connection walks forward and backward at page sizes 1, 3, 20 and 100: no duplicate, no gap, stable cursors, totalCount seen', async () => {
  const failures: string[] = [];
  let walked = 0;
  let items = 0;
  for (const c of connections) {
    let reference: { ids: string[]; cursors: Map<string, string> } | undefined;
    for (const size of SIZES) {
      for (const direction of ['forward', 'backward'] as const) {
        const w = await walk(c, size, direction);
        walked++;
        const where = `${c.name}, ${direction} by ${size}`;
        for (const p of new Set(w.problems)) failures.push(`${where}: ${p}`);
        if (new Set(w.ids).size !== w.ids.length) failures.push(`${where}: ${w.ids.length - new Set(w.ids).size} duplicates`);
        if (w.totalCounts.size !== 1) failures.push(`${where}: totalCount changed between pages (${[...w.totalCounts].join(', ')})`);
        const [total] = w.totalCounts;
        if (total !== w.ids.length) failures.push(`${where}: saw ${w.ids.length} of totalCount ${total}`);
        if (!reference) {
          reference = w;
          items += w.ids.length;
          continue;
        }
        if (JSON.stringify(w.ids) !== JSON.stringify(reference.ids)) failures.push(`${where}: another order than forward by 1`);
        const moved = [...w.cursors].filter(([id, cur]) => reference!.cursors.get(id) !== cur);
        if (moved.length) failures.push(`${where}: ${moved.length} items under another cursor`);
      }
    }
  }
  expect(failures).toEqual([]);
  // The data is big enough to need many pages: a walk that always stopped at one page would pass.
  expect(connections.length).toBeGreaterThan(40);
  expect(items).toBeGreaterThan(500);
  expect(walked).toBe(connections.length * SIZES.length * 2);
}, 600_000);

test('a page starts right after its cursor in any connection order: after the n-th cursor come items n+1 …', async () => {
  // Independent of the walks: take the whole list at once, then ask for a page after each cursor.
  const failures: string[] = [];
  for (const c of connections.filter((x) => x.field === 'Event.entities')) {
    const all = c.pick(await gqlOk<Record<string, unknown>>(c.query, { ...c.variables, first: 100 }, c.headers));
    for (const [n, edge] of all.edges.entries()) {
      const next = c.pick(await gqlOk<Record<string, unknown>>(c.query, { ...c.variables, first: 2, after: edge.cursor }, c.headers));
      const expected = all.edges.slice(n + 1, n + 3).map((e) => e.node.id);
      if (JSON.stringify(next.edges.map((e) => e.node.id)) !== JSON.stringify(expected)) failures.push(`${c.name} after item ${n}`);
      const before = c.pick(await gqlOk<Record<string, unknown>>(c.query, { ...c.variables, last: 2, before: edge.cursor }, c.headers));
      const expectedBefore = all.edges.slice(Math.max(0, n - 2), n).map((e) => e.node.id);
      if (JSON.stringify(before.edges.map((e) => e.node.id)) !== JSON.stringify(expectedBefore)) failures.push(`${c.name} before item ${n}`);
    }
  }
  expect(failures).toEqual([]);
}, 300_000);

test('a cursor that names nothing in the list is refused, not guessed at', async () => {
  const c = connections.find((x) => x.field === 'Event.entities')!;
  const foreign = Buffer.from('cursor:999999', 'utf8').toString('base64url');
  const res = await server.gql(c.query, { ...c.variables, first: 3, after: foreign });
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('orderBy sorts: each list in the order asked, checked against the values it shows', async () => {
  // Nulls last, the rest in order: computed here from the values shown, not by the server's sort.
  const sorted = (values: (string | number | null)[], direction: 'ASC' | 'DESC') => {
    const firstNull = values.indexOf(null);
    const known = firstNull < 0 ? values : values.slice(0, firstNull);
    if (firstNull >= 0 && values.slice(firstNull).some((v) => v !== null)) return false;
    return known.every((v, i) => i === 0 || (direction === 'ASC' ? known[i - 1]! <= v! : known[i - 1]! >= v!));
  };
  const quizzes = await gqlOk<{ quizzes: { nodes: { title: string }[] } }>('{ quizzes(first: 100, orderBy: { field: TITLE, direction: DESC }) { nodes { title } } }', {}, teacher);
  expect(sorted(quizzes.quizzes.nodes.map((q) => q.title.toLowerCase()), 'DESC')).toBe(true);
  const events = await gqlOk<{ events: { nodes: { date: { start: string | null } | null }[] } }>('{ events(first: 100, orderBy: { field: DATE, direction: DESC }) { nodes { date { start } } } }');
  const starts = events.events.nodes.map((e) => e.date?.start ?? null);
  expect(sorted(starts, 'DESC')).toBe(true);
  expect(new Set(starts).size).toBeGreaterThan(3);
  const entities = await gqlOk<{ entities: { nodes: { name: string }[] } }>('{ entities(first: 100, orderBy: { field: NAME }) { nodes { name } } }');
  expect(sorted(entities.entities.nodes.map((e) => e.name.toLowerCase()), 'ASC')).toBe(true);
  const mentioned = await gqlOk<{ entities: { nodes: { mentions: unknown[] }[] } }>('{ entities(first: 30, orderBy: { field: MENTION_COUNT, direction: DESC }) { nodes { mentions { start } } } }');
  expect(sorted(mentioned.entities.nodes.map((e) => Math.min(e.mentions.length, 50)), 'DESC')).toBe(true);
  const { quizzes: mine } = await gqlOk<{ quizzes: { nodes: { id: string }[] } }>('{ quizzes(first: 100) { nodes { id } } }', {}, teacher);
  for (const { id } of mine.nodes) {
    const res = await gqlOk<{ node: { attempts: { nodes: { score: { points: number } }[] } } }>(
      'query($id: ID!) { node(id: $id) { ... on Quiz { attempts(first: 100, orderBy: { field: SCORE, direction: DESC }) { nodes { score { points } } } } } }',
      { id },
      teacher,
    );
    expect(sorted(res.node.attempts.nodes.map((a) => a.score.points), 'DESC')).toBe(true);
  }
});
