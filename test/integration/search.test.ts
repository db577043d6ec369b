// Full-text search through real HTTP, over hand-built articles whose words are chosen so the
// right answer is known without asking either engine: run on SQLite (FTS5) and PostgreSQL
// (tsvector) alike, the same assertions hold on both. Paging is the generic property's
// (paging.test.ts walks Query.search too).
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let teacher: Record<string, string>;
const ids: Record<string, string> = {};

const ARTICLES = {
  airship: {
    title: 'Zeppelins return to the skies over Friedrichshafen',
    body: 'Three zeppelins flew over Lake Constance on Tuesday, the operator said. "We have never sold so many tickets," said Karla Brandt, a spokeswoman for the operator. The airships carry twelve passengers each.',
  },
  walrus: {
    title: 'Walrus colony counted on Svalbard',
    body: 'Researchers counted 4,200 walruses on the beaches of Svalbard this summer, the Norwegian Polar Institute said. The count was the highest since surveys began, said Erik Olsen, who led the survey.',
  },
  both: {
    title: 'Harbour festival',
    body: 'A wooden walrus and a model zeppelin led the parade through the harbour on Saturday, the organisers said.',
  },
};

async function search(query: string, extra = '') {
  const res = await server.gql<{ search: { totalCount: number; edges: { rank: number; type: string; node: { id: string; __typename: string; name?: string }; snippet: { text: string; highlights: { start: number; end: number }[] } }[] } }>(
    `query($q: String!) { search(query: $q, first: 100${extra}) { totalCount edges { rank type node { id __typename ... on NewsEntity { name } } snippet { text highlights { start end } } } } }`,
    { q: query },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.search;
}

const articleIds = async (query: string) => (await search(query, ', types: [ARTICLE]')).edges.map((e) => e.node.id).sort();

beforeAll(async () => {
  server = await startTestServer();
  teacher = (await server.createKey('EDUCATOR', 'search')).auth;
  for (const [name, article] of Object.entries(ARTICLES)) {
    const res = await server.gql<{ ingestArticle: { article: { id: string } } }>(
      'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } userErrors { message } } }',
      { input: { ...article, publishedAt: '2026-11-01' } },
      teacher,
    );
    if (res.errors || !res.data?.ingestArticle.article) throw new Error(JSON.stringify(res));
    ids[name] = res.data.ingestArticle.article.id;
  }
}, 60_000);
afterAll(() => server.stop());

test('an article is found by a word of its text, in any of its forms, and only articles holding it are', async () => {
  expect(await articleIds('zeppelin')).toEqual([ids.airship, ids.both].sort());
  // Stemmed on both engines: the plural finds the singular and the other way round.
  expect(await articleIds('zeppelins')).toEqual([ids.airship, ids.both].sort());
  expect(await articleIds('colonies')).toEqual([ids.walrus]);
  expect(await articleIds('counting')).toEqual([ids.walrus]);
  expect(await articleIds('Friedrichshafen')).toEqual([ids.airship]);
});

test('every word is required; stop words, case and punctuation are ignored; no word is an operator', async () => {
  expect(await articleIds('zeppelin walrus')).toEqual([ids.both]);
  expect(await articleIds('The ZEPPELIN, and the walrus!')).toEqual([ids.both]);
  // "or" and "and" are stop words; quotes, brackets, "-" and "*" are not operators but spaces: as
  // FTS5 or tsquery syntax, "-parade" would leave out the one article that holds all three words.
  expect(await articleIds('zeppelin OR walrus')).toEqual([ids.both]);
  expect(await articleIds('"zeppelin" AND (walrus*) -parade')).toEqual([ids.both]);
  expect(await articleIds('zeppelin:* & !walrus')).toEqual([ids.both]);
  expect(await articleIds('zeppelin penguin')).toEqual([]);
});

test('the headline weighs more than the text: the article titled with the word ranks first', async () => {
  const { edges } = await search('zeppelins', ', types: [ARTICLE]');
  expect(edges.map((e) => e.node.id)).toEqual([ids.airship, ids.both]);
  expect(edges.map((e) => e.rank)).toEqual([1, 2]);
});

test('a snippet is plain text around the match, its highlights on the words searched for', async () => {
  const { edges } = await search('walrus colony', ', types: [ARTICLE]');
  expect(edges).toHaveLength(1);
  const { text, highlights } = edges[0]!.snippet;
  expect(text).not.toMatch(/[<>\uE000\uE001]/);
  const marked = highlights.map((h) => text.slice(h.start, h.end).toLowerCase());
  expect(marked.length).toBeGreaterThanOrEqual(2);
  for (const word of marked) expect(['walrus', 'walruses', 'colony']).toContain(word);
  expect(marked).toEqual(expect.arrayContaining(['walrus', 'colony']));
});

test('claims and entities are searched too, and types narrows the search', async () => {
  const all = await search('Brandt');
  const types = new Set(all.edges.map((e) => e.type));
  expect(types).toContain('ARTICLE');
  expect(types).toContain('ENTITY');
  expect(all.edges.every((e) => e.node.__typename === { ARTICLE: 'Article', CLAIM: 'Claim', ENTITY: 'NewsEntity' }[e.type])).toBe(true);
  const entities = await search('Brandt', ', types: [ENTITY]');
  expect(entities.edges.length).toBeGreaterThanOrEqual(1);
  expect(entities.edges.every((e) => e.type === 'ENTITY' && /Brandt/.test(e.node.name!))).toBe(true);
  expect(entities.totalCount).toBe(entities.edges.length);
  // An entity is found by the other names it goes by: the seed's "Kyiv" names Ukraine's government.
  const { entities: seedEntities } = (await server.gql<{ entities: { nodes: { id: string; name: string; aliases: string[] }[] } }>('{ entities(first: 100) { nodes { id name aliases } } }')).data!;
  const aliased = seedEntities.nodes.find((e) => e.aliases.includes('Kyiv'))!;
  expect(aliased.name).not.toMatch(/Kyiv/);
  expect((await search('Kyiv', ', types: [ENTITY]')).edges.map((e) => e.node.id)).toContain(aliased.id);
  // The seed's claims: Zelensky's words are claims about North Korea.
  const claims = await search('Zelensky Korea', ', types: [CLAIM]');
  expect(claims.totalCount).toBeGreaterThan(0);
  expect(claims.edges.every((e) => e.node.__typename === 'Claim')).toBe(true);
});

test('what ingestion writes is searchable at once: the index follows every stored article', async () => {
  expect(await articleIds('quokka')).toEqual([]);
  const res = await server.gql<{ ingestArticle: { article: { id: string } } }>(
    'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }',
    { input: { title: 'Quokka sightings rise', body: 'Rangers on Rottnest Island counted more quokkas this year than last, the park authority said on Monday.', publishedAt: '2026-11-02' } },
    teacher,
  );
  expect(await articleIds('quokka')).toEqual([res.data!.ingestArticle.article.id]);
});

test('a search with no word to look for, or too long, is a bad request a person can read', async () => {
  for (const [query, message] of [
    ['the of and', /at least one word that is not a stop word/],
    ['!!! ???', /at least one word/],
    ['x'.repeat(201), /at most 200 characters/],
    [Array.from({ length: 11 }, (_, i) => `word${i}`).join(' '), /at most 10 words/],
  ] as const) {
    const res = await server.gql('query($q: String!) { search(query: $q) { totalCount } }', { q: query });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
  }
});

describe('quizzes', () => {
  const QUIZ_SEARCH = 'query($q: String!, $types: [SearchType!]) { search(query: $q, types: $types) { totalCount edges { type snippet { text } node { id ... on Quiz { title } } } } }';
  let other: Record<string, string>;
  let admin: Record<string, string>;
  const quizIds: Record<string, string> = {};

  beforeAll(async () => {
    other = (await server.createKey('EDUCATOR', 'other teacher')).auth;
    admin = (await server.createKey('ADMIN', 'admin')).auth;
    const { events } = (await server.gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 1) { nodes { id } } }')).data!;
    for (const [name, key, title] of [['mine', teacher, 'Marmalade review quiz'], ['theirs', other, 'Marmalade revision sheet']] as const) {
      const res = await server.gql<{ generateQuiz: { quiz: { id: string } } }>(
        'mutation($input: GenerateQuizInput!) { generateQuiz(input: $input) { quiz { id } } }',
        { input: { eventId: events.nodes[0]!.id, count: 2, seed: name, title } },
        key,
      );
      if (!res.data?.generateQuiz.quiz) throw new Error(JSON.stringify(res));
      quizIds[name] = res.data.generateQuiz.quiz.id;
    }
  });

  const found = async (headers: Record<string, string>, types?: string[]) => {
    const res = await server.gql<{ search: { edges: { type: string; node: { id: string; title?: string } }[] } }>(QUIZ_SEARCH, { q: 'marmalade', types }, headers);
    if (res.errors) return res.errors.map((e) => e.extensions?.code);
    return res.data!.search.edges.filter((e) => e.type === 'QUIZ').map((e) => e.node.id).sort();
  };

  test('a key finds its own quizzes by title, not another educator\'s; an admin finds every one', async () => {
    expect(await found(teacher)).toEqual([quizIds.mine]);
    expect(await found(other, ['QUIZ'])).toEqual([quizIds.theirs]);
    expect(await found(admin)).toEqual([quizIds.mine, quizIds.theirs].sort());
  });

  test('without a key the default search leaves quizzes out, and asking for them is UNAUTHENTICATED', async () => {
    expect(await found({})).toEqual([]);
    expect(await found({}, ['QUIZ', 'ARTICLE'])).toEqual(['UNAUTHENTICATED']);
  });
});
