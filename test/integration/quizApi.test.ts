// Generating, storing and reading quizzes through GraphQL over HTTP.
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let eventId: string;
let teacher: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  teacher = (await server.createKey('EDUCATOR', 'quiz tests')).auth;
  const res = await server.gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 1) { nodes { id } } }');
  eventId = res.data!.events.nodes[0]!.id;
});
afterAll(() => server?.stop());

const QUESTION_FIELDS = /* GraphQL */ `
  __typename id bankId kind prompt explanation
  evidence { text sentenceIndex start end article { id } }
  difficulty { level score factors { distractorSimilarity sentencesNeeded sourceInference } }
  tests { type factId }
  ... on ChoiceQuestion { options { id text correct rationale } correctOptionId }
  ... on TrueFalseQuestion { correctAnswer }
  ... on NumericQuestion { numericAnswer { value tolerance unit } }
  ... on FillInTheBlankQuestion { acceptedAnswers }
  ... on MatchingQuestion { left { id text } right { id text } correctPairs { leftId rightId } }
  ... on OrderingQuestion { items { id text } correctOrder }
`;

const GENERATE = /* GraphQL */ `
  mutation($input: GenerateQuizInput!) {
    generateQuiz(input: $input) {
      warnings
      quiz { id title seed requestedCount questions { ${QUESTION_FIELDS} } }
    }
  }
`;

type Question = {
  __typename: string;
  id: string;
  bankId: string;
  kind: string;
  prompt: string;
  evidence: { text: string }[];
  tests: { type: string; factId: string }[];
  options?: { id: string; correct: boolean }[];
  correctOptionId?: string;
};
type Generated = { generateQuiz: { warnings: string[]; quiz: { id: string; title: string; seed: string; questions: Question[] } } };

test('a quiz asked for 20 questions on the seed event is stored and read back identically', async () => {
  const res = await server.gql<Generated>(GENERATE, { input: { eventId, count: 20, seed: 'class-7b' } }, teacher);
  expect(res.errors).toBeUndefined();
  const { quiz } = res.data!.generateQuiz;
  // Short of 20 on one article: no question may print another's answer (see no-answer-elsewhere).
  expect(quiz.questions.length).toBeGreaterThanOrEqual(12);
  expect(new Set(quiz.questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(5);
  for (const q of quiz.questions) {
    expect(q.evidence.length).toBeGreaterThan(0);
    expect(q.tests.length).toBeGreaterThan(0);
    if (q.options) expect(q.options.filter((o) => o.correct).map((o) => o.id)).toEqual([q.correctOptionId]);
  }
  const back = await server.gql<{ quiz: { questions: Question[]; seed: string } }>(`query($id: ID!) { quiz(id: $id) { seed questions { ${QUESTION_FIELDS} } } }`, { id: quiz.id }, teacher);
  expect(back.data!.quiz).toEqual({ seed: 'class-7b', questions: quiz.questions });
});

test('the same seed and options give the same questions', async () => {
  const a = await server.gql<Generated>(GENERATE, { input: { eventId, count: 8, seed: 'same' } }, teacher);
  const b = await server.gql<Generated>(GENERATE, { input: { eventId, count: 8, seed: 'same' } }, teacher);
  const [first, second] = [a.data!.generateQuiz.quiz, b.data!.generateQuiz.quiz];
  expect(first.id).not.toBe(second.id);
  // The same in everything but the quiz their question, option and item ids are scoped to.
  expect(second.questions.map((q) => q.id)).not.toEqual(first.questions.map((q) => q.id));
  expect(second.questions).toEqual(JSON.parse(JSON.stringify(first.questions).replaceAll(first.id, second.id)));
});

test('a fact a question tests can be fetched by the id it cites', async () => {
  const res = await server.gql<Generated>(GENERATE, { input: { eventId, count: 3, kinds: ['WHO_SAID_IT'], seed: 's' } }, teacher);
  const ref = res.data!.generateQuiz.quiz.questions[0]!.tests[0]!;
  const node = await server.gql<{ node: { __typename: string } }>('query($id: ID!) { node(id: $id) { __typename } }', { id: ref.factId }, teacher);
  expect(node.errors).toBeUndefined();
  expect(node.data!.node.__typename).toBe({ CLAIM: 'Claim', ENTITY: 'NewsEntity', QUANTITY: 'Quantity', TIMELINE_ENTRY: 'TimelineEntry', RELATION: 'Relation', EVENT: 'Event' }[ref.type]);
});

test('asking for more than the event supports returns what it can, with a warning, never padding', async () => {
  const res = await server.gql<Generated>(GENERATE, { input: { eventId, count: 100, kinds: ['ORDERING'], seed: 'x' } }, teacher);
  expect(res.errors).toBeUndefined();
  const { quiz, warnings } = res.data!.generateQuiz;
  expect(quiz.questions.length).toBeGreaterThan(0);
  expect(quiz.questions.length).toBeLessThan(100);
  expect(warnings.join(' ')).toMatch(new RegExp(String(quiz.questions.length)));
});

test('the question bank lists every question, and hand-picked ids make exactly that quiz', async () => {
  const bank = await server.gql<{ event: { questionBank: { id: string; kind: string }[] } }>(
    'query($id: ID!) { event(id: $id) { questionBank { id kind } } }',
    { id: eventId },
    teacher,
  );
  const all = bank.data!.event.questionBank;
  expect(all.length).toBeGreaterThan(20);
  const picked = [all[0]!.id, all[5]!.id, all[10]!.id];
  const res = await server.gql<Generated>(GENERATE, { input: { eventId, count: 3, questionIds: picked, seed: 'p' } }, teacher);
  expect(res.errors).toBeUndefined();
  expect(new Set(res.data!.generateQuiz.quiz.questions.map((q) => q.bankId))).toEqual(new Set(picked));
});

test('quizzes are listed per event', async () => {
  const res = await server.gql<{ quizzes: { totalCount: number }; event: { quizzes: { totalCount: number } } }>(
    'query($id: ID!) { quizzes(filter: { event: $id }) { totalCount } event(id: $id) { quizzes { totalCount } } }',
    { id: eventId },
    teacher,
  );
  expect(res.data!.quizzes.totalCount).toBeGreaterThan(0);
  expect(res.data!.event.quizzes.totalCount).toBe(res.data!.quizzes.totalCount);
});

test.each([
  [{ count: 0 }, /count must be at least 1/],
  [{ count: 101 }, /count must be at most 100/],
  [{ count: 5, questionIds: ['no-such-question'] }, /no-such-question/],
])('bad options %j are BAD_USER_INPUT and store nothing', async (options, message) => {
  const before = (await server.gql<{ quizzes: { totalCount: number } }>('{ quizzes { totalCount } }', {}, teacher)).data!.quizzes.totalCount;
  const res = await server.gql(GENERATE, { input: { eventId, ...options } }, teacher);
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0]?.message).toMatch(message);
  expect((await server.gql<{ quizzes: { totalCount: number } }>('{ quizzes { totalCount } }', {}, teacher)).data!.quizzes.totalCount).toBe(before);
});

test('an unknown question kind is rejected by the schema', async () => {
  const res = await server.gql(GENERATE, { input: { eventId, count: 3, kinds: ['ESSAY'] } }, teacher);
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('the question bank follows the event: an article joining it adds its questions at once', async () => {
  const BANK = 'query($id: ID!) { event(id: $id) { questionBank { id } } }';
  const before = (await server.gql<{ event: { questionBank: unknown[] } }>(BANK, { id: eventId }, teacher)).data!.event.questionBank.length;
  const body = 'Ukrainian President Volodymyr Zelensky said on Monday that around 3,000 more North Korean soldiers had reached the front. "They are already in Kursk," Zelensky told reporters in Kyiv.';
  const added = await server.gql('mutation($b: String!, $e: ID!) { ingestArticle(input: { body: $b, eventId: $e, publishedAt: "2024-10-21" }) { created } }', { b: body, e: eventId }, teacher);
  expect(added.errors).toBeUndefined();
  const after = (await server.gql<{ event: { questionBank: unknown[] } }>(BANK, { id: eventId }, teacher)).data!.event.questionBank.length;
  expect(after).toBeGreaterThan(before);
});

