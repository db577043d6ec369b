// Requests that overlap in time must not see each other's transactions. On SQLite the server has
// one connection, so two reads each opening a transaction met "cannot start a transaction within
// a transaction"; on PostgreSQL loadEventFacts ran concurrent queries on one transaction's client.
// The same file runs on both (npm run test:postgres).
import { Client } from 'pg';
import { corpusFiles, readCorpusText } from '../../eval/gold';
import { makeQuiz, publish, rightAnswer, wrongAnswer, type EducatorQuestion } from '../support/attempts';
import { startTestServer, type GqlResponse, type TestServer } from '../support/server';

let server: TestServer;
let teacher: Record<string, string>;
let eventIds: string[];
let quiz: { id: string; questions: EducatorQuestion[] };
let code: string;
const texts = corpusFiles('news').slice(20, 40).map(readCorpusText);
const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created event { id } } }';

// The server runs in this process, on this copy of pg: count the queries handed to a client while
// it still has one queued, as pg does before it warns (once a process, so a warning alone would
// not show which test caused it).
let queuedOnBusyClient = 0;
const clientQuery = Client.prototype.query;
Client.prototype.query = function (this: Client & { _queryQueue?: unknown[] }, ...args: unknown[]) {
  if ((this._queryQueue?.length ?? 0) > 0) queuedOnBusyClient++;
  return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof clientQuery;

beforeAll(async () => {
  server = await startTestServer();
  teacher = (await server.createKey('EDUCATOR', 'concurrency')).auth;
  for (const text of texts.slice(0, 3)) {
    const res = await server.gql(INGEST, { input: { body: text.body, publishedAt: text.date } }, teacher);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
  const events = await server.gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 10) { nodes { id } } }');
  eventIds = events.data!.events.nodes.map((e) => e.id);
  quiz = await makeQuiz(server, teacher, 8, 'concurrency');
  code = await publish(server, teacher, quiz.id);
}, 120_000);
afterAll(async () => {
  Client.prototype.query = clientQuery;
  await server?.stop();
});

const errorsOf = (label: string, res: GqlResponse<unknown>) =>
  res.status === 200 && !res.errors ? [] : [`${label}: ${res.status} ${(res.errors ?? []).map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`];

test('two events with their question banks in one request: no transaction inside a transaction', async () => {
  // The last two: no request has read their facts yet, so both are read from the store at once.
  const res = await server.gql('{ events(last: 2) { nodes { id questionBank { id } } } }', {}, teacher);
  expect(errorsOf('events with banks', res)).toEqual([]);
});

test('50 concurrent mixed requests (question banks, generateQuiz, ingestArticle, submitAttempt) give no error', async () => {
  const requests: (() => Promise<string[]>)[] = [];
  for (let i = 0; i < 50; i++) {
    const eventId = eventIds[i % eventIds.length]!;
    switch (i % 5) {
      case 0:
        requests.push(async () => errorsOf(`banks ${i}`, await server.gql('{ events(first: 4) { nodes { id questionBank { id } } } }', {}, teacher)));
        break;
      case 1:
        requests.push(async () =>
          errorsOf(`bank of ${eventId}`, await server.gql('query($id: ID!) { node(id: $id) { ... on Event { questionBank { id prompt } } } }', { id: eventId }, teacher)),
        );
        break;
      case 2:
        requests.push(async () =>
          errorsOf(
            `generateQuiz ${i}`,
            await server.gql('mutation($e: ID!, $s: String!) { generateQuiz(input: { eventId: $e, count: 5, seed: $s }) { quiz { id questions { id } } } }', { e: eventId, s: `c${i}` }, teacher),
          ),
        );
        break;
      case 3: {
        // New texts, and one joining an event other requests are reading.
        const text = texts[3 + Math.floor(i / 5)]!;
        const input = { body: text.body, publishedAt: text.date, ...(i === 3 ? { eventId: eventIds[1] } : {}) };
        requests.push(async () => errorsOf(`ingest ${text.file}`, await server.gql(INGEST, { input }, teacher)));
        break;
      }
      default: {
        const answers = quiz.questions.map((q, n) => ((n + i) % 3 ? rightAnswer(q) : wrongAnswer(q)));
        requests.push(async () =>
          errorsOf(
            `submit ${i}`,
            await server.gql('mutation($c: String!, $p: String!, $a: [AnswerInput!]!) { submitAttempt(code: $c, participant: $p, answers: $a) { attemptId score { points } } }', {
              c: code,
              p: `student ${i}`,
              a: answers,
            }),
          ),
        );
      }
    }
  }
  const errors = (await Promise.all(requests.map((r) => r()))).flat();
  expect(errors).toEqual([]);

  // Everything the requests wrote is there, whole.
  const after = await server.gql<{ quiz: { attempts: { totalCount: number } }; articles: { totalCount: number } }>(
    'query($id: ID!) { quiz(id: $id) { attempts { totalCount } } articles { totalCount } }',
    { id: quiz.id },
    teacher,
  );
  expect(after.data!.quiz.attempts.totalCount).toBe(10);
  expect(after.data!.articles.totalCount).toBe(1 + 3 + 10);
}, 180_000);

test('no request queued queries on a client already running one (pg warns before pg 9 refuses)', () => {
  expect(queuedOnBusyClient).toBe(0);
});
