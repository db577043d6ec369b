// Running a quiz over real GraphQL and HTTP: share codes, the student view, grading, what a bad
// submission is told (and that it stores nothing), class statistics, and 200 students at once.
import { saveAttempt } from '../../src/attempts/attemptStore';
import { hashReviewToken, newReviewToken } from '../../src/attempts/reviewToken';
import { scoreOf } from '../../src/attempts/scoring';
import { liveShareByCode, publishQuiz } from '../../src/attempts/shareStore';
import { NotFoundError } from '../../src/errors';
import { newShareCode } from '../../src/attempts/shareCode';
import { fromGlobalId } from '../../src/graphql/common/globalId';
import { educatorHeaders, makeQuiz, publish, rightAnswer, wrongAnswer, type Answer, type EducatorQuestion } from '../support/attempts';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let quiz: { id: string; questions: EducatorQuestion[] };
let code: string;
let teacher: Record<string, string>;

beforeAll(async () => {
  // A burst large enough for the 200-at-once test; the per-code limit has its own test below.
  server = await startTestServer({ ATTEMPT_BURST_PER_CODE: '500' });
  teacher = await educatorHeaders(server);
  // Every kind but matching: on the seed an ordering question gives the matching question away, so a
  // quiz holds one or the other, and these tests need an ordering question.
  quiz = await makeQuiz(server, teacher, 12, 'attempts-3', ['MULTIPLE_CHOICE', 'TRUE_FALSE', 'WHO_SAID_IT', 'NUMERIC', 'FILL_IN_THE_BLANK', 'ORDERING', 'SOURCE_AND_STANDING']);
  code = await publish(server, teacher, quiz.id);
});
afterAll(() => server?.stop());

const SUBMIT = /* GraphQL */ `
  mutation($code: String!, $participant: String!, $answers: [AnswerInput!]!) {
    submitAttempt(code: $code, participant: $participant, answers: $answers) {
      attemptId participant answersRevealed reviewToken
      score { points maxPoints percent }
      answers { questionId number answered responseText correct credit correctAnswer { text optionId order } explanation evidence { text } }
    }
  }
`;
interface Submitted {
  submitAttempt: {
    attemptId: string;
    answersRevealed: boolean;
    reviewToken: string;
    score: { points: number; maxPoints: number; percent: number };
    answers: { questionId: string; answered: boolean; responseText: string | null; correct: boolean; credit: number; correctAnswer: { text: string } | null; explanation: string | null; evidence: { text: string }[] | null }[];
  };
}
const submit = (answers: Answer[], participant = 'Ada', shareCode = code) => server.gql<Submitted>(SUBMIT, { code: shareCode, participant, answers });

async function attemptCount(quizId = quiz.id): Promise<number> {
  const res = await server.gql<{ quiz: { attempts: { totalCount: number } } }>('query($id: ID!) { quiz(id: $id) { attempts(first: 0) { totalCount } } }', { id: quizId }, teacher);
  return res.data!.quiz.attempts.totalCount;
}

describe('share codes', () => {
  test('a code is 8 characters of an alphabet without 0, O, 1, I or L, and publishing twice returns the same code', async () => {
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(await publish(server, teacher, quiz.id)).toBe(code);
  });

  test('the student view has the questions in order, options in published order, and nothing that gives an answer away', async () => {
    const res = await server.gql<{ quizByCode: { code: string; questions: { id: string; number: number; options?: { id: string; text: string }[] }[] } }>(
      `query($code: String!) { quizByCode(code: $code) { code title questions { __typename id number kind prompt
        ... on StudentChoiceQuestion { options { id text } } ... on StudentNumericQuestion { unit }
        ... on StudentMatchingQuestion { left { id text } right { id text } } ... on StudentOrderingQuestion { items { id text } } } } }`,
      { code: code.toLowerCase().replace(/^(....)/, '$1-') },
    );
    expect(res.errors).toBeUndefined();
    const view = res.data!.quizByCode;
    // The share's own ids (issue 17 §2), never the educator's: those open the educator's views.
    expect(view.questions.map((q) => q.id.replace(/^sq_.{22}$/, 'share id'))).toEqual(quiz.questions.map(() => 'share id'));
    for (const [i, q] of view.questions.entries()) {
      const original = quiz.questions[i]!;
      if (original.options) expect(q.options).toEqual(original.options.map(({ id, text }) => ({ id: `${q.id}.${id.slice(id.lastIndexOf('.') + 1)}`, text })));
      if (original.correctOrder) expect(q).not.toMatchObject({ items: original.correctOrder.map((id) => ({ id })) });
    }
    const types = await server.gql<{ __schema: { types: { name: string; fields: { name: string }[] | null }[] } }>('{ __schema { types { name fields { name } } } }');
    const studentFields = types.data!.__schema.types.filter((t) => t.name.startsWith('Student') || t.name === 'PublishedQuiz').flatMap((t) => t.fields ?? []).map((f) => f.name);
    for (const leak of ['correct', 'correctAnswer', 'correctOptionId', 'rationale', 'explanation', 'evidence', 'acceptedAnswers', 'numericAnswer', 'correctPairs', 'correctOrder', 'tests', 'difficulty']) {
      expect(studentFields).not.toContain(leak);
    }
  });

  test('an unknown code, a malformed one and an unpublished one are all NOT_FOUND; publishing again gives a new code', async () => {
    const other = await makeQuiz(server, teacher, 3, 'unpublish');
    const otherCode = await publish(server, teacher, other.id);
    const byCode = (c: string) => server.gql(`query($c: String!) { quizByCode(code: $c) { title } }`, { c });
    expect((await byCode(otherCode)).errors).toBeUndefined();
    const stopped = await server.gql<{ unpublishQuiz: { stopped: boolean } }>('mutation($id: ID!) { unpublishQuiz(input: { quizId: $id }) { stopped } }', { id: other.id }, teacher);
    expect(stopped.data!.unpublishQuiz.stopped).toBe(true);
    for (const c of [otherCode, 'ZZZZZZZZ', 'not a code', '']) expect((await byCode(c)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await submit([], 'Ada', otherCode)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const again = await publish(server, teacher, other.id);
    expect(again).not.toBe(otherCode);
  });

  test('publishing a quiz that does not exist is NOT_FOUND', async () => {
    const res = await server.gql('mutation { publishQuiz(quizId: "UXVpejo5OTk5OTk") { code } }', {}, teacher);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('publishing retries only when a drawn code clashes', () => {
  const owner = { ownerId: 1 };

  test('a drawn code that is already taken is replaced by a fresh one', async () => {
    const other = await makeQuiz(server, teacher, 3, 'clash');
    const fresh = newShareCode();
    const draws = [code, fresh];
    const share = await publishQuiz(server.dataSource, fromGlobalId(other.id).id, owner, { drawCode: () => draws.shift()! });
    expect(share.code).toBe(fresh);
  });

  test('any other failure to store the share is reported as it is, after one try', async () => {
    const other = await makeQuiz(server, teacher, 3, 'refused');
    const ds = server.dataSource;
    const postgres = ds.options.type === 'postgres';
    // A trigger stands in for a failure that is not a clashing code (a full disk, a lost connection).
    await ds.query(postgres
      ? `CREATE FUNCTION refuse_share() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'shares are frozen'; END $$`
      : `CREATE TRIGGER refuse_share BEFORE INSERT ON quiz_share BEGIN SELECT RAISE(ABORT, 'shares are frozen'); END`);
    if (postgres) await ds.query('CREATE TRIGGER refuse_share BEFORE INSERT ON quiz_share FOR EACH ROW EXECUTE FUNCTION refuse_share()');
    let draws = 0;
    try {
      await expect(publishQuiz(ds, fromGlobalId(other.id).id, owner, { drawCode: () => (draws++, newShareCode()) })).rejects.toThrow(/shares are frozen/);
      expect(draws).toBe(1);
    } finally {
      await ds.query(postgres ? 'DROP TRIGGER refuse_share ON quiz_share' : 'DROP TRIGGER refuse_share');
      if (postgres) await ds.query('DROP FUNCTION refuse_share()');
    }
  });
});

describe('grading', () => {
  test('all right scores 100%, and every answer comes back with its explanation and quoted evidence', async () => {
    const res = await submit(quiz.questions.map(rightAnswer));
    expect(res.errors).toBeUndefined();
    const attempt = res.data!.submitAttempt;
    expect(attempt.score).toEqual({ points: 12, maxPoints: 12, percent: 100 });
    expect(attempt.answersRevealed).toBe(true);
    for (const a of attempt.answers) {
      expect(a).toMatchObject({ answered: true, correct: true, credit: 1 });
      expect(a.explanation!.length).toBeGreaterThan(10);
      expect(a.evidence!.length).toBeGreaterThan(0);
      expect(a.correctAnswer!.text.length).toBeGreaterThan(0);
    }
  });

  test('unanswered questions score 0; a numeric answer at the edge of the tolerance is right', async () => {
    const numeric = quiz.questions.find((q) => q.numericAnswer)!;
    const res = await submit([{ questionId: numeric.id, numberValue: numeric.numericAnswer!.value + numeric.numericAnswer!.tolerance }], 'Ben');
    const attempt = res.data!.submitAttempt;
    expect(attempt.score).toEqual({ points: 1, maxPoints: 12, percent: 8.3333 });
    expect(attempt.answers.filter((a) => !a.answered)).toHaveLength(11);
    expect(attempt.answers.filter((a) => !a.answered).every((a) => a.credit === 0 && a.responseText === null)).toBe(true);
  });

  test('ordering and matching earn partial credit: one item moved to the end of n loses one of n − 1 pairs', async () => {
    // One quiz per kind: on the seed, an ordering question's items give a matching question's pairs away.
    const orderingQuiz = await makeQuiz(server, teacher, 1, 'parts', ['ORDERING']);
    const ordering = orderingQuiz.questions[0]!;
    const res = await submit([wrongAnswer(ordering)], 'Bo', await publish(server, teacher, orderingQuiz.id));
    const graded = res.data!.submitAttempt.answers[0]!;
    const n = ordering.correctOrder!.length;
    expect(graded.correct).toBe(false);
    expect(graded.credit).toBeCloseTo((n - 2) / (n - 1), 10);

    const matchingQuiz = await makeQuiz(server, teacher, 1, 'parts', ['MATCHING']);
    const matching = matchingQuiz.questions[0]!;
    const m = (await submit([wrongAnswer(matching)], 'Cai', await publish(server, teacher, matchingQuiz.id))).data!.submitAttempt.answers[0]!;
    const pairs = matching.correctPairs!.length;
    expect(m.correct).toBe(false);
    expect(m.credit).toBeCloseTo((pairs - 2) / pairs, 10);
  });
});

describe('feedback is no free answer key', () => {
  const refusedAndNothingStored = async (res: Awaited<ReturnType<typeof submit>>, before: number, message: RegExp, quizId = quiz.id) => {
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
    // The failing field is null, not the whole answer (fields that can fail are nullable).
    expect(res.data).toEqual({ submitAttempt: null });
    expect(await attemptCount(quizId)).toBe(before);
  };

  test('a blank attempt, answering no question, is refused and stores nothing', async () => {
    const before = await attemptCount();
    await refusedAndNothingStored(await submit([], 'Peeking Pat'), before, /answer at least one question/);
  });

  test('a name submits once per code: the same name again, in other case and spacing, is refused and stores nothing', async () => {
    const first = await submit([rightAnswer(quiz.questions[0]!)], 'Dana  Scully');
    expect(first.errors).toBeUndefined();
    const before = await attemptCount();
    await refusedAndNothingStored(await submit(quiz.questions.map(rightAnswer), '  dana scully '), before, /dana scully has already submitted/);
  });

  test('the same name submitted twice at once lands once', async () => {
    const before = await attemptCount();
    const results = await Promise.all(Array.from({ length: 6 }, () => submit([rightAnswer(quiz.questions[0]!)], 'Twin')));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0]!.extensions?.code)).toEqual(Array(5).fill('BAD_USER_INPUT'));
    expect(await attemptCount()).toBe(before + 1);
  });

  test('published AFTER_CLOSE, a result says nothing of which answers were right: no score, no correct, no credit, no answer', async () => {
    const exam = await makeQuiz(server, teacher, 4, 'exam');
    const examCode = await publish(server, teacher, exam.id, 'AFTER_CLOSE');
    const res = await submit([rightAnswer(exam.questions[0]!), wrongAnswer(exam.questions[1]!)], 'Eve', examCode);
    expect(res.errors).toBeUndefined();
    const attempt = res.data!.submitAttempt;
    expect(attempt.answersRevealed).toBe(false);
    // Issue 17 §2 (b): four throwaway attempts answering a, b, c, d read every key from these.
    expect(attempt.score).toBeNull();
    expect(attempt.answers.map((a) => [a.correct, a.credit])).toEqual(Array(4).fill([null, null]));
    for (const a of attempt.answers) expect(a).toMatchObject({ correctAnswer: null, explanation: null, evidence: null });

    // The educator sees everything, to go over it once the quiz is closed.
    const seen = await server.gql<{ node: { answersRevealed: boolean; answers: { explanation: string | null }[] } }>(
      'query($id: ID!) { node(id: $id) { ... on Attempt { answersRevealed answers { explanation } } } }',
      { id: attempt.attemptId },
      teacher,
    );
    expect(seen.data!.node.answersRevealed).toBe(true);
    expect(seen.data!.node.answers.every((a) => a.explanation !== null)).toBe(true);
    // Closed, so its questions (shared with this file's other quizzes on the seed event) are not held back there.
    await server.gql('mutation($id: ID!) { unpublishQuiz(input: { quizId: $id }) { stopped } }', { id: exam.id }, teacher);
  });

  test('a live share keeps its reveal: publishing again with another is refused, with the same one returns the code', async () => {
    const exam = await makeQuiz(server, teacher, 3, 'exam-again');
    const examCode = await publish(server, teacher, exam.id, 'AFTER_CLOSE');
    expect(await publish(server, teacher, exam.id, 'AFTER_CLOSE')).toBe(examCode);
    const relaxed = await server.gql('mutation($id: ID!) { publishQuiz(quizId: $id) { code reveal } }', { id: exam.id }, teacher);
    expect(relaxed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(relaxed.errors?.[0]?.message).toMatch(/live with reveal AFTER_CLOSE; unpublish it first/);
    await server.gql('mutation($id: ID!) { unpublishQuiz(input: { quizId: $id }) { stopped } }', { id: exam.id }, teacher);
  });
});

describe('a bad submission is BAD_USER_INPUT with a clear message, and stores nothing', () => {
  const choice = () => quiz.questions.find((q) => q.options)!;
  const truth = () => quiz.questions.find((q) => q.correctAnswer !== undefined)!;
  const ordering = () => quiz.questions.find((q) => q.correctOrder)!;
  test.each<[string, () => { answers: Answer[]; participant?: string }, RegExp]>([
    ['an unknown question', () => ({ answers: [{ questionId: 'q-nope', optionId: 'a' }] }), /"q-nope" is not a question of this quiz/],
    ['two answers to one question', () => ({ answers: [rightAnswer(choice()), wrongAnswer(choice())] }), /answered twice/],
    ['an answer of the wrong kind', () => ({ answers: [{ questionId: choice().id, booleanValue: true }] }), /is answered with optionId, not booleanValue/],
    ['two answer fields', () => ({ answers: [{ questionId: truth().id, booleanValue: true, text: 'yes' }] }), /exactly one answer field/],
    ['no answer field', () => ({ answers: [{ questionId: truth().id }] }), /exactly one answer field/],
    ['an option the question does not have', () => ({ answers: [{ questionId: choice().id, optionId: 'zz' }] }), /"zz" is not one of its options/],
    ['an order missing an item', () => ({ answers: [{ questionId: ordering().id, order: ordering().correctOrder!.slice(1) }] }), /each of its \d+ items exactly once/],
    ['an empty participant name', () => ({ answers: [], participant: '   ' }), /participant must not be empty/],
    ['a participant name over 100 characters', () => ({ answers: [], participant: 'x'.repeat(101) }), /at most 100 characters/],
  ])('%s', async (_, make, message) => {
    const before = await attemptCount();
    const { answers, participant } = make();
    const res = await submit([rightAnswer(quiz.questions[0]!), ...answers].filter((a, i, all) => i > 0 || !all.slice(1).some((b) => b.questionId === a.questionId)), participant);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
    // The failing field is null, not the whole answer (fields that can fail are nullable).
    expect(res.data).toEqual({ submitAttempt: null });
    expect(await attemptCount()).toBe(before);
  });
});

describe('closing a quiz closes it', () => {
  const unpublish = (quizId: string) => server.gql('mutation($id: ID!) { unpublishQuiz(input: { quizId: $id }) { stopped } }', { id: quizId }, teacher);

  test('an attempt checked while the code was live but stored after it closed is refused, and stores nothing', async () => {
    const closing = await makeQuiz(server, teacher, 3, 'closing');
    const closingCode = await publish(server, teacher, closing.id);
    const share = (await liveShareByCode(server.dataSource, closingCode))!;
    await unpublish(closing.id);
    const late = saveAttempt(server.dataSource, {
      quizId: share.quizId,
      shareId: share.id,
      quizVersion: 1,
      quizRevision: 0,
      participant: 'Late Lou',
      submittedAt: new Date().toISOString(),
      graded: { score: scoreOf(0, 3), answers: [] },
      reviewHash: hashReviewToken(newReviewToken()),
    });
    await expect(late).rejects.toBeInstanceOf(NotFoundError);
    expect(await attemptCount(closing.id)).toBe(0);
  });
});

describe('a student reviews their own attempt with the token from submitting', () => {
  const REVIEW = /* GraphQL */ `
    query($token: String!) { attemptReview(token: $token) {
      quizTitle reveal closedAt answersRevealed
      attempt { participant score { points maxPoints } answersRevealed
        answers { prompt responseText correct credit correctAnswer { text } explanation evidence { text } } } } }
  `;
  interface Review {
    attemptReview: {
      quizTitle: string;
      reveal: string;
      closedAt: string | null;
      answersRevealed: boolean;
      attempt: { participant: string; score: { points: number; maxPoints: number }; answersRevealed: boolean; answers: { prompt: string; responseText: string | null; correct: boolean; credit: number; correctAnswer: { text: string } | null; explanation: string | null; evidence: { text: string }[] | null }[] };
    };
  }
  const review = (token: string) => server.gql<Review>(REVIEW, { token });
  const unpublish = (quizId: string) => server.gql('mutation($id: ID!) { unpublishQuiz(input: { quizId: $id }) { stopped } }', { id: quizId }, teacher);

  test('the token is nqr_ and 32 base64url characters, different for every attempt, and only its sha256 is stored', async () => {
    const a = (await submit([rightAnswer(quiz.questions[0]!)], 'Token One')).data!.submitAttempt;
    const b = (await submit([rightAnswer(quiz.questions[0]!)], 'Token Two')).data!.submitAttempt;
    expect(a.reviewToken).toMatch(/^nqr_[A-Za-z0-9_-]{32}$/);
    expect(b.reviewToken).not.toBe(a.reviewToken);
    const [row] = (await server.dataSource.query(`SELECT review_hash FROM attempt WHERE id = ${fromGlobalId(a.attemptId).id}`)) as { review_hash: string }[];
    expect(row!.review_hash).toBe(hashReviewToken(a.reviewToken));
    expect(row!.review_hash).not.toContain(a.reviewToken.slice(4));
  });

  test('AFTER_CLOSE: no answers while the quiz is open, all of them once it is closed; the score and responses throughout', async () => {
    const exam = await makeQuiz(server, teacher, 3, 'review-exam');
    const examCode = await publish(server, teacher, exam.id, 'AFTER_CLOSE');
    const taken = (await submit([rightAnswer(exam.questions[0]!), wrongAnswer(exam.questions[1]!)], 'Rosa', examCode)).data!.submitAttempt;

    const open = await review(taken.reviewToken);
    expect(open.errors).toBeUndefined();
    const before = open.data!.attemptReview;
    expect(before).toMatchObject({ reveal: 'AFTER_CLOSE', closedAt: null, answersRevealed: false, attempt: { participant: 'Rosa', answersRevealed: false, score: null } });
    expect(before.attempt.answers.map((a) => [a.correct, a.responseText !== null])).toEqual([[null, true], [null, true], [null, false]]);
    for (const a of before.attempt.answers) expect(a).toMatchObject({ correctAnswer: null, explanation: null, evidence: null });
    expect(before.attempt.answers.map((a) => a.prompt)).toEqual(exam.questions.map((q) => q.prompt));

    await unpublish(exam.id);
    const closed = (await review(taken.reviewToken)).data!.attemptReview;
    expect(closed.answersRevealed).toBe(true);
    expect(closed.closedAt).not.toBeNull();
    for (const a of closed.attempt.answers) {
      expect(a.correctAnswer!.text.length).toBeGreaterThan(0);
      expect(a.explanation!.length).toBeGreaterThan(10);
      expect(a.evidence!.length).toBeGreaterThan(0);
    }
    expect(closed.attempt.score).toMatchObject({ maxPoints: 3 });
    expect(closed.attempt.answers.map((a) => a.correct)).toEqual([true, false, false]);
    // Issue 17 §2 (c): publishing the same questions again holds the old review back while they are live...
    await publish(server, teacher, exam.id, 'AFTER_CLOSE');
    const republished = (await review(taken.reviewToken)).data!.attemptReview;
    expect(republished.answersRevealed).toBe(false);
    expect(republished.attempt.score).toBeNull();
    for (const a of republished.attempt.answers) expect(a).toMatchObject({ correct: null, correctAnswer: null, explanation: null, evidence: null });
    // ...and shows it again once they are closed.
    await unpublish(exam.id);
    expect((await review(taken.reviewToken)).data!.attemptReview.answersRevealed).toBe(true);
  });

  test('AFTER_SUBMISSION: the answers at once', async () => {
    const taken = (await submit([rightAnswer(quiz.questions[0]!)], 'Practice Pia')).data!.submitAttempt;
    const res = await review(taken.reviewToken);
    expect(res.errors).toBeUndefined();
    expect(res.data!.attemptReview).toMatchObject({ reveal: 'AFTER_SUBMISSION', answersRevealed: true, quizTitle: expect.any(String) });
    // Issue 17 §2 (a): the key of the question answered, not of every question.
    const [answered, ...unanswered] = res.data!.attemptReview.attempt.answers;
    expect(answered!.explanation !== null && answered!.correctAnswer !== null).toBe(true);
    expect(unanswered.length).toBeGreaterThan(0);
    for (const a of unanswered) expect(a).toMatchObject({ correctAnswer: null, explanation: null, evidence: null });
  });

  test('a token opens its own attempt only; a wrong, altered or malformed one is NOT_FOUND with a clear message', async () => {
    const mine = (await submit([rightAnswer(quiz.questions[0]!)], 'Only Me')).data!.submitAttempt;
    expect((await review(mine.reviewToken)).data!.attemptReview.attempt.participant).toBe('Only Me');
    const last = mine.reviewToken.at(-1) === 'A' ? 'B' : 'A';
    for (const token of [`${mine.reviewToken.slice(0, -1)}${last}`, `nqr_${'A'.repeat(32)}`, mine.reviewToken.slice(4), '', 'nqr_', "' OR 1=1 --"]) {
      const res = await review(token);
      // The failing field is null, not the whole answer (fields that can fail are nullable).
      expect(res.data).toEqual({ attemptReview: null });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(res.errors?.[0]?.message).toBe('no attempt has this review link; check that the whole link was copied');
    }
  });

  test('a review is never cached: the public response cache serves no stale answer after the quiz closes', async () => {
    const cached = await startTestServer({ RESPONSE_CACHE_SECONDS: '60' });
    try {
      const key = await educatorHeaders(cached);
      const exam = await makeQuiz(cached, key, 2, 'review-cache');
      const examCode = await publish(cached, key, exam.id, 'AFTER_CLOSE');
      const taken = await cached.gql<Submitted>(SUBMIT, { code: examCode, participant: 'Cass', answers: [rightAnswer(exam.questions[0]!)] });
      const token = taken.data!.submitAttempt.reviewToken;
      const res = await fetch(cached.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ attemptReview(token: "' + token + '") { answersRevealed } }' }) });
      expect(res.headers.get('cache-control') ?? '').not.toMatch(/public/);
      // Asked twice the same way: the second answer still comes from the store, not the cache.
      await cached.gql(REVIEW, { token });
      cached.queries.reset();
      await cached.gql(REVIEW, { token });
      expect(cached.queries.count).toBeGreaterThan(0);
    } finally {
      await cached.stop();
    }
  });
});

describe('the public response cache', () => {
  test("a student's submission leaves cached public reads cached: none of them reads attempts", async () => {
    const cached = await startTestServer({ RESPONSE_CACHE_SECONDS: '60' });
    try {
      const key = await educatorHeaders(cached);
      const taken = await makeQuiz(cached, key, 3, 'cache');
      const takenCode = await publish(cached, key, taken.id);
      const reads = async () => {
        await cached.gql('{ events(first: 1) { nodes { title } } }');
        await cached.gql('query($c: String!) { quizByCode(code: $c) { title questions { id } } }', { c: takenCode });
      };
      await reads();
      const res = await cached.gql(SUBMIT, { code: takenCode, participant: 'Cy', answers: [rightAnswer(taken.questions[0]!)] });
      expect(res.errors).toBeUndefined();
      cached.queries.reset();
      await reads();
      expect(cached.queries.count).toBe(0);
    } finally {
      await cached.stop();
    }
  });
});

describe('class statistics', () => {
  test('200 attempts submitted at once all land, and the statistics agree with what was submitted', async () => {
    const fresh = await makeQuiz(server, teacher, 12, 'class-of-200');
    const freshCode = await publish(server, teacher, fresh.id);
    // Student i gets question j right when (i + j) % 3 !== 0: a spread of scores, reproducible.
    const answersOf = (i: number) => fresh.questions.map((q, j) => ((i + j) % 3 !== 0 ? rightAnswer(q) : wrongAnswer(q, i)));
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => submit(answersOf(i), `Student ${i}`, freshCode)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const points = results.map((r) => r.data!.submitAttempt.score.points);
    expect(await attemptCount(fresh.id)).toBe(200);

    const res = await server.gql<{ quiz: { statistics: { attemptCount: number; meanPercent: number; medianPercent: number; groupSize: number; scoreDistribution: { count: number }[]; questions: { number: number; facility: number; correctShare: number; discrimination: number | null; options: { optionId: string; count: number; correct: boolean }[] | null }[] } } }>(
      `query($id: ID!) { quiz(id: $id) { statistics { attemptCount meanPercent medianPercent groupSize scoreDistribution { count }
        questions { number facility correctShare discrimination options { optionId count correct } } } } }`,
      { id: fresh.id },
      teacher,
    );
    expect(res.errors).toBeUndefined();
    const stats = res.data!.quiz.statistics;
    expect(stats.attemptCount).toBe(200);
    expect(stats.groupSize).toBe(54);
    expect(stats.scoreDistribution.reduce((s, b) => s + b.count, 0)).toBe(200);
    const meanPercent = (100 * points.reduce((s, p) => s + p, 0)) / 200 / 12;
    expect(stats.meanPercent).toBeCloseTo(meanPercent, 3);
    for (const [j, q] of stats.questions.entries()) {
      const right = Array.from({ length: 200 }, (_, i) => (i + j) % 3 !== 0).filter(Boolean).length;
      expect(q.correctShare).toBeCloseTo(right / 200, 4);
      if (q.options) expect(q.options.reduce((s, o) => s + o.count, 0)).toBe(200);
      if (q.options) expect(q.options.find((o) => o.correct)!.count).toBe(right);
    }
  });

  test('the educator lists attempts with their answers, in submission order', async () => {
    const res = await server.gql<{ quiz: { attempts: { totalCount: number; nodes: { participant: string; score: { maxPoints: number }; answers: { correct: boolean }[] }[] } } }>(
      'query($id: ID!) { quiz(id: $id) { attempts(first: 2) { totalCount nodes { participant score { maxPoints } answers { correct } } } } }',
      { id: quiz.id },
      teacher,
    );
    expect(res.errors).toBeUndefined();
    const { nodes } = res.data!.quiz.attempts;
    expect(nodes[0]!.participant).toBe('Ada');
    expect(nodes[0]!.answers).toHaveLength(12);
    expect(nodes[0]!.answers.every((a) => a.correct)).toBe(true);
  });
});

describe('issue 17 §2–§3: a student cannot take the key by inventing names', () => {
  test('a name that only looks like one already used is the same student: zero-width space, Cyrillic а, right-to-left override', async () => {
    const q = quiz.questions[0]!;
    expect((await submit([rightAnswer(q)], 'Nadia Quill')).errors).toBeUndefined();
    for (const disguised of ['Nadia\u200B Quill', 'N\u0430dia Quill', '\u202ENadia Quill\u202C', 'Ｎａｄｉａ Quill']) {
      const res = await submit([rightAnswer(q)], disguised);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/already submitted/);
    }
  });

  test('attempts per share code are rate limited: a script inventing names gets RATE_LIMITED, another code is unaffected', async () => {
    const limited = await startTestServer({ ATTEMPT_BURST_PER_CODE: '3', ATTEMPTS_PER_MINUTE_PER_CODE: '1' });
    try {
      const key = await educatorHeaders(limited, 'rate');
      const made = await makeQuiz(limited, key, 4, 'rate');
      const shareCode = await publish(limited, key, made.id);
      const other = await publish(limited, key, (await makeQuiz(limited, key, 4, 'rate-other')).id);
      const send = (name: string, c = shareCode) => limited.gql<Submitted>(SUBMIT, { code: c, participant: name, answers: [rightAnswer(made.questions[0]!)] });
      const results = [];
      for (let i = 0; i < 5; i++) results.push(await send(`Throwaway ${i}`));
      expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED', 'RATE_LIMITED']);
      expect(results[3]!.errors![0]!.extensions!.retryAfter).toBeGreaterThan(0);
      const elsewhere = await limited.gql<Submitted>(SUBMIT, { code: other, participant: 'Someone', answers: [] });
      expect(elsewhere.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await limited.stop();
    }
  });
});
