// Nested lists are batched per request: a page of 50 claims with their speakers, subjects,
// quantities and evidence costs exactly as many SQL statements as a page of 1.
import { saveArticleFacts } from '../../src/events/saveArticleFacts';
import { syntheticArticle } from '../../bench/syntheticFacts';
import { toGlobalId } from '../../src/graphql/common/globalId';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let eventId: string;
beforeAll(async () => {
  server = await startTestServer({ SEED: 'false' });
  const saved = await saveArticleFacts(server.dataSource, syntheticArticle(1, 60));
  eventId = toGlobalId('Event', saved.eventId);
});
afterAll(() => server?.stop());

const NESTED = /* GraphQL */ `
  query($id: ID!, $first: Int!) {
    event(id: $id) {
      title
      claims(first: $first) {
        totalCount
        edges {
          node {
            paraphrase standing
            speaker { name aliases claims { totalCount } mentions { text } }
            subjects { name }
            quantities { value unit source { name } }
            evidence { text sentence { text } article { title } }
            responses { id }
          }
        }
      }
    }
  }
`;

async function statementsFor(first: number): Promise<number> {
  server.queries.reset();
  const res = await server.gql<{ event: { claims: { edges: unknown[] } } }>(NESTED, { id: eventId, first });
  expect(res.errors).toBeUndefined();
  expect(res.data!.event.claims.edges).toHaveLength(first);
  return server.queries.count;
}

test('a page of 50 claims with nested lists costs as many statements as a page of 1', async () => {
  const one = await statementsFor(1);
  const fifty = await statementsFor(50);
  console.log(`SQL statements: 1 claim → ${one}, 50 claims → ${fifty}`);
  expect(fifty).toBe(one);
  expect(one).toBeGreaterThan(0);
});
