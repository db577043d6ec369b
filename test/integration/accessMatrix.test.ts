// Who may do what, asked of the real server: every mutation and every protected field with no key,
// a revoked key, another educator's key and the right key. The mutations and queries are read from
// the built schema, so a new one without a row here fails the first test.
import { newsquizSchema } from '../../src/graphql/schema';
import { makeQuiz, rightAnswer, type Answer } from '../support/attempts';
import { startTestServer, type GqlResponse, type TestServer } from '../support/server';

type Caller = 'no key' | 'revoked key' | "another educator's key" | 'the right key';
const CALLERS: readonly Caller[] = ['no key', 'revoked key', "another educator's key", 'the right key'];

/**
 * public: anyone, even with a revoked key (a student never sends one).
 * write: any live key (events are shared).
 * owned: the quiz's owner; another educator is FORBIDDEN.
 * list: any live key, narrowed to the key's own quizzes.
 * admin: an admin key; an educator is FORBIDDEN.
 */
type Rule = 'public' | 'write' | 'owned' | 'list' | 'admin';

interface Fixture {
  eventId: string;
  quizId: string;
  /** Alice's second quiz, published and unpublished by the matrix. */
  toggledQuizId: string;
  code: string;
  /** A student's attempt at Alice's quiz: hers to read, like the quiz. */
  attemptId: string;
  /** Sam's review token: the only credential attemptReview takes, valid with any key or none. */
  reviewToken: string;
  /** One answer to Alice's quiz, so a submission is a real one. */
  answers: Answer[];
  spareKeyId: number;
  /** The toggled quiz's question ids, which the editing rows change (each row its own question). */
  toggledQuestionIds: string[];
  /** A bank question the toggled quiz does not ask, to replace one with. */
  spareBankId: string;
}

interface Row {
  readonly field: string;
  /** What the row asks about, when one field answers for several things (node, nodes). */
  readonly about?: string;
  readonly rule: Rule;
  readonly query: string;
  readonly variables: (f: Fixture) => Record<string, unknown>;
  /** For list rows: the ids the answer lists. */
  readonly listed?: (data: Record<string, unknown>) => string[];
}

const ARTICLE = 'The harbour authority said on Tuesday that the north pier would close for repairs for three weeks. "Ferries will use the south pier," the harbour master told reporters.';

const quizNodes = (path: 'quizzes' | 'event') => (data: Record<string, unknown>): string[] => {
  const connection = (path === 'quizzes' ? data.quizzes : (data.event as { quizzes: unknown }).quizzes) as { nodes: { id: string }[] };
  return connection.nodes.map((n) => n.id);
};

const ROWS: readonly Row[] = [
  // Mutations
  { field: 'Mutation.ingestArticle', rule: 'write', query: 'mutation($b: String!) { ingestArticle(input: { body: $b }) { created } }', variables: () => ({ b: ARTICLE }) },
  { field: 'Mutation.generateQuiz', rule: 'write', query: 'mutation($e: ID!) { generateQuiz(input: { eventId: $e, count: 3, seed: "m" }) { quiz { id } } }', variables: (f) => ({ e: f.eventId }) },
  { field: 'Mutation.publishQuiz', rule: 'owned', query: 'mutation($q: ID!) { publishQuiz(quizId: $q) { code } }', variables: (f) => ({ q: f.toggledQuizId }) },
  { field: 'Mutation.unpublishQuiz', rule: 'owned', query: 'mutation($q: ID!) { unpublishQuiz(input: { quizId: $q }) { stopped } }', variables: (f) => ({ q: f.toggledQuizId }) },
  // Each caller is another student: one attempt per name per share.
  { field: 'Mutation.submitAttempt', rule: 'public', query: 'mutation($c: String!, $p: String!, $a: [AnswerInput!]!) { submitAttempt(code: $c, participant: $p, answers: $a) { score { maxPoints } } }', variables: (f) => ({ c: f.code, p: `Student ${++students}`, a: f.answers }) },
  // Editing: the owner only. Each row edits a question the rows before it left alone.
  { field: 'Mutation.reorderQuizQuestions', rule: 'owned', query: 'mutation($q: ID!, $ids: [ID!]!) { reorderQuizQuestions(input: { quizId: $q, questionIds: $ids }) { changed } }', variables: (f) => ({ q: f.toggledQuizId, ids: [...f.toggledQuestionIds].reverse() }) },
  { field: 'Mutation.replaceQuizQuestion', rule: 'owned', query: 'mutation($q: ID!, $id: ID!, $b: ID!) { replaceQuizQuestion(input: { quizId: $q, questionId: $id, bankQuestionId: $b }) { changed } }', variables: (f) => ({ q: f.toggledQuizId, id: f.toggledQuestionIds[1], b: f.spareBankId }) },
  { field: 'Mutation.removeQuizQuestion', rule: 'owned', query: 'mutation($q: ID!, $id: ID!) { removeQuizQuestion(input: { quizId: $q, questionId: $id }) { changed } }', variables: (f) => ({ q: f.toggledQuizId, id: f.toggledQuestionIds[2] }) },
  { field: 'Mutation.editQuizQuestion', rule: 'owned', query: 'mutation($q: ID!, $id: ID!) { editQuizQuestion(input: { quizId: $q, questionId: $id, explanation: "Edited by the matrix." }) { changed } }', variables: (f) => ({ q: f.toggledQuizId, id: f.toggledQuestionIds[3] }) },
  { field: 'Mutation.addQuizQuestion', rule: 'owned', query: 'mutation($q: ID!, $p: String!) { addQuizQuestion(input: { quizId: $q, kind: TRUE_FALSE, prompt: $p, booleanAnswer: true }) { changed } }', variables: (f) => ({ q: f.toggledQuizId, p: `True or false: statement ${++students}.` }) },
  { field: 'Mutation.importQuestions', rule: 'owned', query: 'mutation($q: ID!, $c: String!) { importQuestions(input: { quizId: $q, format: GIFT, content: $c }) { skipped { reason } } }', variables: (f) => ({ q: f.toggledQuizId, c: `::M${++students}:: Is the north pier closing (${students})? {T}` }) },
  { field: 'Mutation.importQuestions', about: "an event's bank", rule: 'write', query: 'mutation($e: ID!, $c: String!) { importQuestions(input: { eventId: $e, format: GIFT, content: $c }) { skipped { reason } } }', variables: (f) => ({ e: f.eventId, c: `::B${++students}:: Is the south pier open (${students})? {T}` }) },
  { field: 'Mutation.createApiKey', rule: 'admin', query: 'mutation { createApiKey(input: { name: "Mr Okafor", role: EDUCATOR }) { key { id } secret } }', variables: () => ({}) },
  { field: 'Mutation.revokeApiKey', rule: 'admin', query: 'mutation($id: Int!) { revokeApiKey(id: $id) { revokedAt } }', variables: (f) => ({ id: f.spareKeyId }) },
  // Queries
  { field: 'Query.quiz', rule: 'owned', query: 'query($q: ID!) { quiz(id: $q) { title } }', variables: (f) => ({ q: f.quizId }) },
  { field: 'Query.node', rule: 'owned', query: 'query($q: ID!) { node(id: $q) { id } }', variables: (f) => ({ q: f.quizId }) },
  { field: 'Query.nodes', rule: 'owned', query: 'query($q: ID!) { nodes(ids: [$q]) { id } }', variables: (f) => ({ q: f.quizId }) },
  { field: 'Query.node', about: 'an Attempt', rule: 'owned', query: 'query($a: ID!) { node(id: $a) { id ... on Attempt { participant score { points } answers { correctAnswer { text } } } } }', variables: (f) => ({ a: f.attemptId }) },
  { field: 'Query.nodes', about: 'an Attempt', rule: 'owned', query: 'query($a: ID!) { nodes(ids: [$a]) { id ... on Attempt { participant } } }', variables: (f) => ({ a: f.attemptId }) },
  { field: 'Query.quizzes', rule: 'list', query: '{ quizzes(first: 100) { nodes { id } } }', variables: () => ({}), listed: quizNodes('quizzes') },
  {
    field: 'Query.viewer',
    rule: 'list',
    query: '{ viewer { role quizzes(first: 100) { nodes { id } } } }',
    variables: () => ({}),
    listed: (data) => (data.viewer as { quizzes: { nodes: { id: string }[] } }).quizzes.nodes.map((n) => n.id),
  },
  // Quizzes are titled "Quiz: <event>" unless given a title; a search finds only the key's own.
  {
    field: 'Query.search',
    rule: 'list',
    query: '{ search(query: "quiz", types: [QUIZ], first: 100) { nodes { id } } }',
    variables: () => ({}),
    listed: (data) => (data.search as { nodes: { id: string }[] }).nodes.map((n) => n.id),
  },
  { field: 'Query.quizByCode', rule: 'public', query: 'query($c: String!) { quizByCode(code: $c) { title } }', variables: (f) => ({ c: f.code }) },
  // Token-protected, not key-protected: the student who holds the token reads their own attempt.
  { field: 'Query.attemptReview', rule: 'public', query: 'query($t: String!) { attemptReview(token: $t) { attempt { participant } } }', variables: (f) => ({ t: f.reviewToken }) },
  { field: 'Query.apiKeys', rule: 'admin', query: '{ apiKeys { id } }', variables: () => ({}) },
  // Protected fields of public types, and the quiz's private fields
  { field: 'Event.quizzes', rule: 'list', query: 'query($e: ID!) { event(id: $e) { quizzes(first: 100) { nodes { id } } } }', variables: (f) => ({ e: f.eventId }), listed: quizNodes('event') },
  { field: 'Event.questionBank', rule: 'write', query: 'query($e: ID!) { event(id: $e) { questionBank { id } } }', variables: (f) => ({ e: f.eventId }) },
  { field: 'Quiz.questions', rule: 'owned', query: 'query($q: ID!) { quiz(id: $q) { questions { id } } }', variables: (f) => ({ q: f.quizId }) },
  { field: 'Quiz.export', rule: 'owned', query: 'query($q: ID!) { quiz(id: $q) { export(format: GIFT) { content } } }', variables: (f) => ({ q: f.quizId }) },
  { field: 'Quiz.attempts', rule: 'owned', query: 'query($q: ID!) { quiz(id: $q) { attempts { totalCount } } }', variables: (f) => ({ q: f.quizId }) },
  { field: 'Quiz.versions', rule: 'owned', query: 'query($q: ID!) { quiz(id: $q) { versions { number questions { id } } } }', variables: (f) => ({ q: f.quizId }) },
  { field: 'Quiz.statistics', rule: 'owned', query: 'query($q: ID!) { quiz(id: $q) { statistics { attemptCount } } }', variables: (f) => ({ q: f.quizId }) },
];

/** Query fields anyone may read: the news itself. A Quiz through node/nodes is a row above. */
const PUBLIC_QUERIES = ['article', 'articles', 'claim', 'claims', 'entities', 'entity', 'event', 'events'];

let server: TestServer;
let fixture: Fixture;
let students = 0;
const headers = {} as Record<Caller, Record<string, string>>;
let adminAuth: Record<string, string>;

beforeAll(async () => {
  // The public response cache is on, as in production: no protected answer may come from it.
  server = await startTestServer({ RESPONSE_CACHE_SECONDS: '60' });
  const alice = await server.createKey('EDUCATOR', 'Ms Rivera');
  const bob = await server.createKey('EDUCATOR', 'Mr Chen');
  const revoked = await server.createKey('EDUCATOR', 'Mx Former');
  const admin = await server.createKey('ADMIN', 'Head of IT');
  const spare = await server.createKey('EDUCATOR', 'to be revoked');
  adminAuth = admin.auth;
  const gone = await server.gql('mutation($id: Int!) { revokeApiKey(id: $id) { id } }', { id: revoked.id }, admin.auth);
  expect(gone.errors).toBeUndefined();
  headers['no key'] = {};
  headers['revoked key'] = revoked.auth;
  headers["another educator's key"] = bob.auth;
  headers['the right key'] = alice.auth;

  const events = await server.gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 1) { nodes { id } } }');
  const eventId = events.data!.events.nodes[0]!.id;
  const quiz = await makeQuiz(server, alice.auth, 4, 'matrix');
  const toggled = await makeQuiz(server, alice.auth, 4, 'toggled');
  const toggledQuizId = toggled.id;
  const bank = await server.gql<{ event: { questionBank: { bankId: string }[] } }>('query($e: ID!) { event(id: $e) { questionBank { bankId } } }', { e: eventId }, alice.auth);
  const asked = new Set(toggled.questions.map((q) => q.id.slice(q.id.lastIndexOf('.') + 1)));
  const spareBankId = bank.data!.event.questionBank.find((q) => !asked.has(q.bankId))!.bankId;
  const published = await server.gql<{ publishQuiz: { code: string } }>('mutation($q: ID!) { publishQuiz(quizId: $q) { code } }', { q: quiz.id }, alice.auth);
  expect(published.errors).toBeUndefined();
  const code = published.data!.publishQuiz.code;
  const answers = [rightAnswer(quiz.questions[0]!)];
  const taken = await server.gql<{ submitAttempt: { attemptId: string; reviewToken: string } }>(
    'mutation($c: String!, $a: [AnswerInput!]!) { submitAttempt(code: $c, participant: "Sam", answers: $a) { attemptId reviewToken } }',
    { c: code, a: answers },
  );
  expect(taken.errors).toBeUndefined();
  fixture = { eventId, quizId: quiz.id, toggledQuizId, code, attemptId: taken.data!.submitAttempt.attemptId, reviewToken: taken.data!.submitAttempt.reviewToken, answers, spareKeyId: spare.id, toggledQuestionIds: toggled.questions.map((q) => q.id), spareBankId };
});
afterAll(() => server?.stop());

test('every mutation and every query field has a row in the matrix (or is public news)', async () => {
  const schema = await newsquizSchema();
  const covered = new Set(ROWS.map((r) => r.field));
  const mutations = Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`);
  const queries = Object.keys(schema.getQueryType()!.getFields()).filter((f) => !PUBLIC_QUERIES.includes(f)).map((f) => `Query.${f}`);
  expect([...mutations, ...queries].filter((f) => !covered.has(f))).toEqual([]);
});

function expected(rule: Rule, caller: Caller): 'UNAUTHENTICATED' | 'FORBIDDEN' | 'success' {
  if (rule === 'public') return 'success';
  if (caller === 'no key' || caller === 'revoked key') return 'UNAUTHENTICATED';
  if (caller === "another educator's key") return rule === 'owned' || rule === 'admin' ? 'FORBIDDEN' : 'success';
  return 'success';
}

const cases = ROWS.flatMap((row) => CALLERS.map((caller) => [row.about ? `${row.field} of ${row.about}` : row.field, caller, expected(row.rule, caller), row] as const));

// In order: for each row the four callers run one after the other, so the right key's write
// (unpublish, revoke) comes after the refusals it must not have been affected by.
test.each(cases)('%s with %s: %s', async (_field, caller, outcome, row) => {
  const auth = caller === 'the right key' && row.rule === 'admin' ? adminAuth : headers[caller];
  const res: GqlResponse<Record<string, unknown>> = await server.gql(row.query, row.variables(fixture), auth);
  if (outcome === 'success') {
    expect(res.errors).toBeUndefined();
    expect(res.data).not.toBeNull();
    if (row.listed) {
      // Another educator sees a list, but never Alice's quiz in it.
      const ids = row.listed(res.data!);
      if (caller === 'the right key') expect(ids).toContain(fixture.quizId);
      else expect(ids).not.toContain(fixture.quizId);
    }
    return;
  }
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
  if (caller === 'no key') expect(res.errors![0]!.message).toBe('This needs an educator API key: send Authorization: Bearer <key>');
  if (outcome === 'UNAUTHENTICATED' && caller === 'revoked key') expect(res.errors![0]!.message).toMatch(/unknown or revoked/);
});

describe('attemptReview: the token is the credential', () => {
  const REVIEW = 'query($t: String!) { attemptReview(token: $t) { answersRevealed attempt { participant answers { answered correctAnswer { text } explanation evidence { text } } } } }';
  interface Review {
    attemptReview: { answersRevealed: boolean; attempt: { participant: string; answers: { answered: boolean; correctAnswer: { text: string } | null; explanation: string | null; evidence: { text: string }[] | null }[] } };
  }
  const review = (token: string, auth: Record<string, string> = {}) => server.gql<Review>(REVIEW, { t: token }, auth);
  const revealed = (r: Review['attemptReview']) => r.attempt.answers.every((a) => a.correctAnswer !== null && a.explanation !== null && a.evidence !== null);
  const hidden = (r: Review['attemptReview']) => r.attempt.answers.every((a) => a.correctAnswer === null && a.explanation === null && a.evidence === null);

  test('no token, or a wrong one, is NOT_FOUND, whoever asks; no key is needed for a right one', async () => {
    const missing = await server.gql('{ attemptReview { answersRevealed } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    for (const caller of CALLERS) {
      for (const token of ['', `nqr_${'x'.repeat(32)}`, fixture.reviewToken.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))]) {
        const res = await review(token, headers[caller]);
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
      }
    }
    expect((await review(fixture.reviewToken)).data!.attemptReview.attempt.participant).toBe('Sam');
  });

  test('AFTER_CLOSE: no answers before the quiz closes, the answers after unpublishQuiz; only the token\'s own attempt', async () => {
    const alice = headers['the right key'];
    const exam = await makeQuiz(server, alice, 3, 'matrix-review');
    const published = await server.gql<{ publishQuiz: { code: string } }>('mutation($q: ID!) { publishQuiz(quizId: $q, reveal: AFTER_CLOSE) { code } }', { q: exam.id }, alice);
    const take = (participant: string) =>
      server.gql<{ submitAttempt: { reviewToken: string } }>(
        'mutation($c: String!, $p: String!, $a: [AnswerInput!]!) { submitAttempt(code: $c, participant: $p, answers: $a) { reviewToken } }',
        { c: published.data!.publishQuiz.code, p: participant, a: [rightAnswer(exam.questions[0]!)] },
      );
    const kim = (await take('Kim')).data!.submitAttempt.reviewToken;
    const lee = (await take('Lee')).data!.submitAttempt.reviewToken;

    const before = (await review(kim)).data!.attemptReview;
    expect(before.answersRevealed).toBe(false);
    expect(hidden(before)).toBe(true);

    const closed = await server.gql('mutation($q: ID!) { unpublishQuiz(input: { quizId: $q }) { stopped } }', { q: exam.id }, alice);
    expect(closed.errors).toBeUndefined();
    const after = (await review(kim)).data!.attemptReview;
    expect(after.answersRevealed).toBe(true);
    expect(revealed(after)).toBe(true);
    expect(after.attempt.participant).toBe('Kim');
    expect((await review(lee)).data!.attemptReview.attempt.participant).toBe('Lee');
  });

  test('AFTER_SUBMISSION: the answers at once', async () => {
    const now = (await review(fixture.reviewToken)).data!.attemptReview;
    expect(now.answersRevealed).toBe(true);
    // The key of each question answered; none of those left blank (issue 17 §2 a).
    const answered = now.attempt.answers.filter((a) => a.answered);
    expect(answered.length).toBeGreaterThan(0);
    expect(revealed({ ...now, attempt: { ...now.attempt, answers: answered } })).toBe(true);
    expect(hidden({ ...now, attempt: { ...now.attempt, answers: now.attempt.answers.filter((a) => !a.answered) } })).toBe(true);
  });
});

test('an admin reads every quiz but cannot run another educator\'s class', async () => {
  const read = await server.gql<{ quiz: { title: string } }>('query($q: ID!) { quiz(id: $q) { title statistics { attemptCount } } }', { q: fixture.quizId }, adminAuth);
  expect(read.errors).toBeUndefined();
  const publish = await server.gql('mutation($q: ID!) { publishQuiz(quizId: $q) { code } }', { q: fixture.toggledQuizId }, adminAuth);
  expect(publish.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('protected answers are never public in Cache-Control, and a refusal is not served from the cache', async () => {
  const post = (query: string, auth: Record<string, string> = {}) =>
    fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query }) });
  const mine = await post('{ quizzes { totalCount } }', headers['the right key']);
  expect(mine.headers.get('cache-control') ?? '').not.toMatch(/public/);
  const refused = await post('{ events(first: 1) { nodes { quizzes { totalCount } } } }');
  expect(refused.headers.get('cache-control') ?? '').not.toMatch(/public/);
  const again = await post('{ events(first: 1) { nodes { quizzes { totalCount } } } }', headers['the right key']);
  const body = (await again.json()) as { errors?: unknown };
  expect(body.errors).toBeUndefined();
});

test('a malformed Authorization header is UNAUTHENTICATED, not ignored', async () => {
  const res = await server.gql('{ quizzes { totalCount } }', {}, { authorization: 'Basic YWxhZGRpbjpvcGVuc2VzYW1l' });
  expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});
