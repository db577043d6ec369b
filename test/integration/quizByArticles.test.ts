// Quizzes on some articles of an event (generateQuiz articleIds, factsOfArticles): a teacher makes a
// quiz on one report of a larger story. Two corpus articles are ingested into one event; a quiz on
// either rests only on that article's sentences, and requests naming articles of other events,
// unknown articles or articles outside the given event are refused with a clear message.
import { readCorpusText } from '../../eval/gold';
import { toGlobalId } from '../../src/graphql/common/globalId';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let teacher: Record<string, string>;
const ids = { event: '', first: '', second: '', other: '', otherEvent: '' };

const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } event { id } } }';
const GENERATE = 'mutation($input: GenerateQuizInput!) { generateQuiz(input: $input) { quiz { questions { id evidence { article { id } } } } } }';

async function ingest(file: string, eventId?: string): Promise<{ article: string; event: string }> {
  const t = readCorpusText(file);
  const res = await server.gql<{ ingestArticle: { article: { id: string }; event: { id: string } } }>(INGEST, { input: { title: t.title, body: t.body, publishedAt: t.date, ...(eventId ? { eventId } : {}) } }, teacher);
  expect(res.errors).toBeUndefined();
  return { article: res.data!.ingestArticle.article.id, event: res.data!.ingestArticle.event.id };
}

beforeAll(async () => {
  server = await startTestServer();
  teacher = (await server.createKey('EDUCATOR', 'articleIds tests')).auth;
  const a = await ingest('news/018-americans-contribute-to-relief-effort.txt');
  const b = await ingest('news/019-un-optimistic-on-tsunami-aid-effort.txt', a.event);
  const c = await ingest('news/017-security-firm-identifies-united-states-as-world-s.txt');
  Object.assign(ids, { event: a.event, first: a.article, second: b.article, other: c.article, otherEvent: c.event });
}, 120_000);
afterAll(() => server?.stop());

test('a quiz on one article of a two-article event cites only that article, and one on both cites both', async () => {
  for (const article of [ids.first, ids.second]) {
    const res = await server.gql<any>(GENERATE, { input: { articleIds: [article], count: 8, seed: 'one-article' } }, teacher);
    expect(res.errors).toBeUndefined();
    const cited = new Set(res.data.generateQuiz.quiz.questions.flatMap((q: any) => q.evidence.map((e: any) => e.article.id)));
    expect(res.data.generateQuiz.quiz.questions.length).toBeGreaterThan(3);
    expect([...cited]).toEqual([article]);
  }
  const both = await server.gql<any>(GENERATE, { input: { eventId: ids.event, articleIds: [ids.first, ids.second], count: 16, seed: 'both' } }, teacher);
  const cited = new Set(both.data.generateQuiz.quiz.questions.flatMap((q: any) => q.evidence.map((e: any) => e.article.id)));
  expect([...cited].sort()).toEqual([ids.first, ids.second].sort());
}, 60_000);

test.each([
  ['articles of two events', () => ({ articleIds: [ids.first, ids.other] }), /^articleIds belong to different events; a quiz covers one event$/],
  ['an article outside the event given', () => ({ eventId: ids.event, articleIds: [ids.other] }), /^articleIds must be articles of the event given as eventId$/],
  ['an article that does not exist', () => ({ articleIds: [ids.first, toGlobalId('Article', '999999')] }), /^1 of the articleIds name no stored article$/],
])('refuses %s with BAD_USER_INPUT, storing nothing', async (_name, input, message) => {
  const before = await server.gql<any>('{ viewer { quizzes(first: 1) { totalCount } } }', {}, teacher);
  const res = await server.gql<any>(GENERATE, { input: { ...input(), count: 5, seed: 'bad' } }, teacher);
  expect(res.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(message), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  const after = await server.gql<any>('{ viewer { quizzes(first: 1) { totalCount } } }', {}, teacher);
  expect(after.data).toEqual(before.data);
});
