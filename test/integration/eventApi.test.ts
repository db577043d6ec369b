// The seed event through real GraphQL over HTTP: the data a front end reads, its ids, pages,
// filters and errors.
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const EVENT_QUERY = /* GraphQL */ `
  query SeedEvent {
    events(first: 1) {
      totalCount
      nodes {
        id
        title
        date { text precision start end }
        place { name }
        articles(first: 5) { nodes { id body sentences { index start end text } } }
        claims(first: 100) {
          totalCount
          nodes {
            id paraphrase quote standing modality
            speaker { id name kind }
            via { name }
            subjects { name }
            respondsTo { id }
            quantities { value valueMax approximate unit measure counts }
            evidence { sentenceIndex start end text article { id } }
          }
        }
        timeline { label sequence date { precision start end } }
        quantities { value unit approximate source { name } }
      }
    }
  }
`;

interface SeedEvent {
  events: {
    totalCount: number;
    nodes: {
      id: string;
      title: string;
      date: { text: string; precision: string; start: string | null; end: string | null };
      place: { name: string } | null;
      articles: { nodes: { id: string; body: string; sentences: { index: number; start: number; end: number; text: string }[] }[] };
      claims: {
        totalCount: number;
        nodes: {
          id: string;
          paraphrase: string;
          quote: string | null;
          standing: string;
          speaker: { id: string; name: string; kind: string } | null;
          via: { name: string } | null;
          respondsTo: { id: string } | null;
          quantities: { value: number; approximate: boolean; unit: string }[];
          evidence: { sentenceIndex: number; start: number; end: number; text: string; article: { id: string } }[];
        }[];
      };
      timeline: { label: string; sequence: number; date: { precision: string; start: string | null } }[];
      quantities: { value: number; unit: string; approximate: boolean; source: { name: string } | null }[];
    }[];
  };
}

async function seedEvent() {
  const res = await server.gql<SeedEvent>(EVENT_QUERY);
  expect(res.errors).toBeUndefined();
  return res.data!.events.nodes[0]!;
}

test('the seed event is served with its date and place resolved', async () => {
  const event = await seedEvent();
  expect(event.date).toMatchObject({ precision: 'DAY', start: '2024-10-17', end: '2024-10-17' });
  expect(event.place?.name).toBe('Brussels');
});

test('every claim, quote and figure points at the exact words of the article body', async () => {
  const event = await seedEvent();
  const article = event.articles.nodes[0]!;
  expect(event.claims.nodes.length).toBeGreaterThan(10);
  for (const claim of event.claims.nodes) {
    expect(claim.evidence.length).toBeGreaterThan(0);
    for (const e of claim.evidence) {
      expect(e.article.id).toBe(article.id);
      expect(article.body.slice(e.start, e.end)).toBe(e.text);
      const sentence = article.sentences[e.sentenceIndex]!;
      expect(e.start).toBeGreaterThanOrEqual(sentence.start);
      expect(e.end).toBeLessThanOrEqual(sentence.end);
    }
    if (claim.quote) expect(claim.evidence[0]!.text).toContain(claim.quote);
  }
});

test('the four sources carry the standing their words give', async () => {
  const claims = (await seedEvent()).claims.nodes;
  const standingsOf = (speaker: RegExp) => new Set(claims.filter((c) => c.speaker && speaker.test(c.speaker.name)).map((c) => c.standing));
  expect(standingsOf(/Zelensky/)).toContain('ASSERTED');
  expect(standingsOf(/Rutte/)).toContain('NO_EVIDENCE');
  expect(standingsOf(/U\.S\.|United States/)).toEqual(new Set(['NOT_CONFIRMED', 'UNDER_INVESTIGATION']));
  const spyAgency = claims.find((c) => c.via?.name === 'Yonhap News Agency');
  expect(spyAgency?.speaker?.kind).toBe('AGENCY');
  expect(spyAgency?.quantities.map((q) => [q.value, q.unit, q.approximate])).toEqual(
    expect.arrayContaining([[4, 'brigade', false], [12000, 'troop', true]]),
  );
  const doubts = claims.filter((c) => c.standing === 'NO_EVIDENCE' || c.standing === 'NOT_CONFIRMED');
  expect(doubts.every((c) => c.respondsTo !== null)).toBe(true);
});

test('the timeline runs from the June trip to Friday’s intelligence report', async () => {
  const timeline = (await seedEvent()).timeline;
  const sequences = timeline.map((t) => t.sequence);
  expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
  const resolved = timeline.filter((t) => t.date.start !== null).map((t) => t.date.start!);
  expect(resolved[0]).toBe('2024-06-01');
  expect(resolved[resolved.length - 1]).toBe('2024-10-18');
});

test('any object is refetched through node(id) with its type', async () => {
  const claim = (await seedEvent()).claims.nodes[0]!;
  const res = await server.gql<{ node: { __typename: string; id: string; paraphrase: string } }>(
    'query($id: ID!) { node(id: $id) { __typename id ... on Claim { paraphrase } } }',
    { id: claim.id },
  );
  expect(res.data?.node).toEqual({ __typename: 'Claim', id: claim.id, paraphrase: claim.paraphrase });
});

describe('errors a client can act on', () => {
  test('an id that names nothing is NOT_FOUND', async () => {
    const unknown = Buffer.from('Claim:999999').toString('base64url');
    const res = await server.gql(`{ node(id: "${unknown}") { id } claim(id: "${unknown}") { id } }`);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
  });

  test('a malformed id is BAD_USER_INPUT, and so is an id of the wrong type', async () => {
    const event = await seedEvent();
    const malformed = await server.gql('{ node(id: "not-an-id!") { id } }');
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.message).toMatch(/not a valid id/);
    const wrongType = await server.gql(`{ claim(id: "${event.id}") { id } }`);
    expect(wrongType.errors?.[0]?.message).toMatch(/must be the id of a Claim; got the id of a Event/);
  });

  test.each([
    ['first: 101', /first must be between 0 and 100; got 101/],
    ['first: -1', /first must be between 0 and 100; got -1/],
    ['last: 1000', /last must be between 0 and 100; got 1000/],
    ['first: 1, last: 1', /first or last, not both/],
    ['after: "bogus"', /not a cursor/],
  ])('a page request with %s is BAD_USER_INPUT', async (args, message) => {
    const res = await server.gql(`{ claims(${args}) { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
  });
});

describe('cursor pagination', () => {
  type Page = { claims: { totalCount: number; edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null } } };
  const PAGE = 'query($first: Int, $after: String, $last: Int, $before: String) { claims(first: $first, after: $after, last: $last, before: $before) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }';

  test('walking forward in pages of 4 visits every claim once, in order', async () => {
    const all = (await server.gql<Page>(PAGE, { first: 100 })).data!.claims;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page['claims'] = (await server.gql<Page>(PAGE, { first: 4, after })).data!.claims;
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.edges.map((e) => e.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e) => e.node.id));
  });

  test('walking backward with last/before gives the same items from the end', async () => {
    const all = (await server.gql<Page>(PAGE, { first: 100 })).data!.claims.edges.map((e) => e.node.id);
    const lastThree = (await server.gql<Page>(PAGE, { last: 3 })).data!.claims;
    expect(lastThree.edges.map((e) => e.node.id)).toEqual(all.slice(-3));
    expect(lastThree.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = (await server.gql<Page>(PAGE, { last: 2, before: lastThree.pageInfo.startCursor })).data!.claims;
    expect(before.edges.map((e) => e.node.id)).toEqual(all.slice(-5, -3));
  });

  test('a nested connection pages the same way', async () => {
    const res = await server.gql<{ events: { nodes: { claims: { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } } }[] } }>(
      '{ events(first: 1) { nodes { claims(first: 2) { totalCount edges { cursor } pageInfo { hasNextPage } } } } }',
    );
    const claims = res.data!.events.nodes[0]!.claims;
    expect(claims.edges).toHaveLength(2);
    expect(claims.totalCount).toBeGreaterThan(2);
    expect(claims.pageInfo.hasNextPage).toBe(true);
  });
});

describe('filters', () => {
  const names = (res: { data: { entities: { nodes: { name: string }[] } } | null }) => res.data!.entities.nodes.map((n) => n.name);

  test('entities match by alias: "western security alliance" is NATO, "Kyiv" is the Government of Ukraine', async () => {
    const nato = await server.gql<{ entities: { nodes: { name: string }[] } }>('{ entities(filter: { name: "the Western Security Alliance" }) { nodes { name } } }');
    // NATO, and the one place named after it ("the western security alliance’s headquarters").
    expect(names(nato)).toEqual(['NATO', 'NATO headquarters']);
    const kyiv = await server.gql<{ entities: { nodes: { name: string }[] } }>('{ entities(filter: { name: "kyiv" }) { nodes { name kind } } }');
    expect(names(kyiv)).toEqual(['Government of Ukraine']);
  });

  test('entities filter by kind', async () => {
    const res = await server.gql<{ entities: { nodes: { name: string; kind: string }[] } }>('{ entities(first: 100, filter: { kinds: [PERSON] }) { nodes { name kind } } }');
    expect(new Set(res.data!.entities.nodes.map((n) => n.kind))).toEqual(new Set(['PERSON']));
    expect(names(res)).toEqual(expect.arrayContaining(['Volodymyr Zelensky', 'Mark Rutte', 'Vladimir Putin', 'Kim Jong Un']));
  });

  test('claims filter by speaker and standing', async () => {
    const rutte = await server.gql<{ entities: { nodes: { id: string }[] } }>('{ entities(filter: { name: "Rutte" }) { nodes { id } } }');
    const rutteId = rutte.data!.entities.nodes[0]!.id;
    const res = await server.gql<{ claims: { nodes: { speaker: { id: string }; standing: string }[] } }>(
      'query($speaker: ID!) { claims(first: 100, filter: { speaker: $speaker, standings: [NO_EVIDENCE] }) { nodes { standing speaker { id } } } }',
      { speaker: rutteId },
    );
    expect(res.data!.claims.nodes.length).toBeGreaterThan(0);
    expect(res.data!.claims.nodes.every((c) => c.speaker.id === rutteId && c.standing === 'NO_EVIDENCE')).toBe(true);
  });

  test('claims filter by subject entity', async () => {
    const nk = await server.gql<{ entities: { nodes: { id: string }[] } }>('{ entities(filter: { name: "North Korea", kinds: [COUNTRY] }) { nodes { id } } }');
    const id = nk.data!.entities.nodes[0]!.id;
    const res = await server.gql<{ claims: { nodes: { subjects: { id: string }[] }[] } }>('query($id: ID!) { claims(first: 100, filter: { subject: $id }) { nodes { subjects { id } } } }', { id });
    expect(res.data!.claims.nodes.length).toBeGreaterThan(3);
    expect(res.data!.claims.nodes.every((c) => c.subjects.some((s) => s.id === id))).toBe(true);
  });

  test('events filter by text and date range', async () => {
    const count = async (filter: string) =>
      (await server.gql<{ events: { totalCount: number } }>(`{ events(filter: ${filter}) { totalCount } }`)).data!.events.totalCount;
    expect(await count('{ text: "north korea" }')).toBe(1);
    expect(await count('{ text: "volcano" }')).toBe(0);
    expect(await count('{ from: "2024-10-01", to: "2024-10-31" }')).toBe(1);
    expect(await count('{ from: "2025-01-01" }')).toBe(0);
  });
});
