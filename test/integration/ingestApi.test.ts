// A teacher pastes an article: it becomes stored event data and a quiz, through GraphQL.
import fs from 'node:fs';
import path from 'node:path';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let teacher: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  teacher = (await server.createKey('EDUCATOR', 'ingest tests')).auth;
});
afterAll(() => server?.stop());

const INGEST = /* GraphQL */ `
  mutation($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      article { id title sentences { index } }
      event { id title claims(first: 100) { totalCount nodes { standing speaker { name } evidence { text start end } } } quantities { value unit } }
    }
  }
`;
type Ingested = {
  ingestArticle: {
    created: boolean;
    article: { id: string; title: string | null; sentences: unknown[] };
    event: { id: string; title: string; claims: { totalCount: number; nodes: { speaker: { name: string } | null; evidence: { text: string }[] }[] }; quantities: { value: number; unit: string }[] };
  };
};

const fixtures = path.join(__dirname, '../fixtures/articles');
const article = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');
const firstTxt = fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()[0]!;

async function count(table: string): Promise<number> {
  const [row] = await server.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(row.n);
}

test('a pasted article becomes an event with sourced claims, then a quiz', async () => {
  const res = await server.gql<Ingested>(INGEST, { input: { title: 'Test article', body: article(firstTxt), publishedAt: '2025-03-14', outlet: 'Wire' } }, teacher);
  expect(res.errors).toBeUndefined();
  const { created, event } = res.data!.ingestArticle;
  expect(created).toBe(true);
  expect(event.claims.totalCount).toBeGreaterThan(0);
  expect(event.claims.nodes.some((c) => c.speaker !== null)).toBe(true);

  const quiz = await server.gql<{ generateQuiz: { quiz: { questions: { kind: string }[] } } }>(
    'mutation($id: ID!) { generateQuiz(input: { eventId: $id, count: 5, seed: "t" }) { quiz { questions { kind } } } }',
    { id: event.id },
    teacher,
  );
  expect(quiz.errors).toBeUndefined();
  expect(quiz.data!.generateQuiz.quiz.questions.length).toBeGreaterThan(0);
});

test('the same text twice (whitespace aside) is stored once', async () => {
  const body = article(firstTxt);
  const before = await count('article');
  const res = await server.gql<Ingested>(INGEST, { input: { body: body.replace(/\n/g, '\r\n  ') } }, teacher);
  expect(res.errors).toBeUndefined();
  expect(res.data!.ingestArticle.created).toBe(false);
  expect(await count('article')).toBe(before);
});

test('entities are matched across articles: NATO in a second article is the seed’s NATO', async () => {
  const natoBefore = await server.gql<{ entities: { totalCount: number } }>('{ entities(filter: { name: "NATO", kinds: [ORGANIZATION] }) { totalCount } }');
  const body = 'NATO Secretary-General Mark Rutte said on Tuesday that the alliance would hold talks with Ukraine next month. "We stand with Kyiv," Rutte told reporters in Brussels. The meeting will include 32 member states, according to a statement from NATO.';
  const res = await server.gql<Ingested>(INGEST, { input: { body, publishedAt: '2025-02-04' } }, teacher);
  expect(res.errors).toBeUndefined();
  const natoAfter = await server.gql<{ entities: { totalCount: number } }>('{ entities(filter: { name: "NATO", kinds: [ORGANIZATION] }) { totalCount } }');
  expect(natoAfter.data!.entities.totalCount).toBe(natoBefore.data!.entities.totalCount);
  const rutte = await server.gql<{ entities: { nodes: { claims: { totalCount: number } }[] } }>('{ entities(filter: { name: "Mark Rutte" }) { nodes { claims { totalCount } } } }');
  expect(rutte.data!.entities.nodes).toHaveLength(1);
});

test('an article can join an existing event', async () => {
  const seed = await server.gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 1) { nodes { id } } }');
  const eventId = seed.data!.events.nodes[0]!.id;
  const body = 'Ukrainian President Volodymyr Zelensky said on Monday that Kyiv had new evidence about the troops. "We will share it with our partners," he said.';
  const res = await server.gql<Ingested>(INGEST, { input: { body, eventId, publishedAt: '2024-10-21' } }, teacher);
  expect(res.errors).toBeUndefined();
  expect(res.data!.ingestArticle.event.id).toBe(eventId);
  const articles = await server.gql<{ event: { articles: { totalCount: number } } }>('query($id: ID!) { event(id: $id) { articles { totalCount } } }', { id: eventId });
  expect(articles.data!.event.articles.totalCount).toBe(2);
});

describe('bad input is refused with a clear error, and nothing is stored', () => {
  test.each([
    ['empty text', { body: '   \n  ' }, /empty/i],
    ['text over the size limit', { body: 'word '.repeat(30_000) }, /limit is 100,000/],
    ['binary data', { body: 'PK\u0003\u0004\u0000\u0000binary\u0000data' }, /binary/i],
    ['text that is not English', { body: 'Le président de la République a déclaré jeudi que le gouvernement allait présenter un nouveau projet de loi sur les retraites devant les députés au cours des prochaines semaines, selon plusieurs sources proches du dossier.' }, /English/],
    ['a malformed date', { body: 'The mayor said the bridge would reopen soon after repairs were finished by the city engineers this spring, officials said.', publishedAt: '2025-02-30' }, /./],
    ['an unknown event', { body: 'The mayor said the bridge would reopen soon after repairs were finished by the city engineers this spring.', eventId: Buffer.from('Event:99999').toString('base64url') }, /no event/],
  ])('%s', async (_name, input, message) => {
    const before = { articles: await count('article'), claims: await count('claim'), entities: await count('news_entity') };
    const res = await server.gql(INGEST, { input }, teacher);
    expect(res.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
    expect(res.errors?.[0]?.message).toMatch(message);
    expect({ articles: await count('article'), claims: await count('claim'), entities: await count('news_entity') }).toEqual(before);
  });
});

describe('concurrent ingestion', () => {
  const globex = (n: number) =>
    `Globex Industries said on Tuesday that it would open plant number ${n} in Springfield next year. "We expect to hire ${n * 100} workers," chief executive Hank Scorpio told reporters, according to the Springfield Shopper.`;

  test('the same text sent six times at once is stored once; the others are told it exists', async () => {
    const body = globex(1);
    const results = await Promise.all(Array.from({ length: 6 }, () => server.gql<Ingested>(INGEST, { input: { body } }, teacher)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(results.filter((r) => r.data!.ingestArticle.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.data!.ingestArticle.event.id)).size).toBe(1);
  });

  test('articles naming the same company at once share one entity for it', async () => {
    const results = await Promise.all([2, 3, 4, 5].map((n) => server.gql<Ingested>(INGEST, { input: { body: globex(n) } }, teacher)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const found = await server.gql<{ entities: { nodes: { name: string }[] } }>('{ entities(first: 100, filter: { name: "Globex Industries" }) { nodes { name } } }');
    expect(found.data!.entities.nodes.map((n) => n.name)).toEqual(['Globex Industries']);
  });

  test('a stored text sent for another event is refused, not silently filed elsewhere', async () => {
    const seed = await server.gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 1) { nodes { id } } }');
    const res = await server.gql(INGEST, { input: { body: globex(1), eventId: seed.data!.events.nodes[0]!.id } }, teacher);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/already stored, in another event/);
  });
});

test('events are found by text whatever the case of accented letters, on either store', async () => {
  const body = 'President Emmanuel Macron said on Tuesday that talks at the Élysée Palace would resume next week. "We will keep the door open," Macron told reporters in Paris.';
  const res = await server.gql<Ingested>(INGEST, { input: { body, title: 'Élysée talks to resume', publishedAt: '2025-02-04' } }, teacher);
  expect(res.errors).toBeUndefined();
  for (const text of ['élysée', 'ÉLYSÉE', 'Élysée talks']) {
    const found = await server.gql<{ events: { nodes: { title: string }[] } }>('query($t: String!) { events(first: 100, filter: { text: $t }) { nodes { title } } }', { t: text });
    expect({ text, titles: found.data!.events.nodes.map((n) => n.title) }).toEqual({ text, titles: [expect.stringMatching(/Élysée/)] });
  }
});
