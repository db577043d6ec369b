// One failing field must not take the whole page with it: a field that can fail for want of a
// key, or because what it names is absent, is nullable, so its error nulls it alone (as GitHub's
// API does). The errors keep their codes and messages.
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.stop());

test('an anonymous event page that also asks for the question bank gets the event, the bank null and UNAUTHENTICATED', async () => {
  const res = await server.gql<{ events: { nodes: { id: string; title: string; questionBank: null; quizzes: null }[] } }>(
    '{ events(first: 1) { nodes { id title questionBank { id } quizzes { totalCount } } } }',
  );
  expect(res.data?.events.nodes[0]?.title).toMatch(/\w/);
  expect(res.data?.events.nodes[0]?.questionBank).toBeNull();
  expect(res.data?.events.nodes[0]?.quizzes).toBeNull();
  expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
    ['events.nodes.0.questionBank', 'UNAUTHENTICATED'],
    ['events.nodes.0.quizzes', 'UNAUTHENTICATED'],
  ]);
});

test('nodes gives null, with NOT_FOUND, for each id that names nothing, and the others beside it', async () => {
  const events = await server.gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 1) { nodes { id } } }');
  const id = events.data!.events.nodes[0]!.id;
  const missing = Buffer.from('Event:987654', 'utf8').toString('base64url');
  const res = await server.gql<{ nodes: ({ id: string } | null)[] }>('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [id, missing, id] });
  expect(res.data?.nodes).toEqual([{ id }, null, { id }]);
  expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['nodes.1', 'NOT_FOUND']]);
});

test('a missing event by id is null with NOT_FOUND, and a sibling field still answers', async () => {
  const missing = Buffer.from('Event:987654', 'utf8').toString('base64url');
  const res = await server.gql<{ event: null; events: { totalCount: number } }>('query($id: ID!) { event(id: $id) { id } events { totalCount } }', { id: missing });
  expect(res.data).toEqual({ event: null, events: { totalCount: 1 } });
  expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});
