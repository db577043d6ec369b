// Issue 17 §2, the last leak: the question ids a share code gives students must not open the
// educator's views. Before, quizByCode named questions `<quiz id>.<bank id>`, and any educator key
// passed them to generateQuiz(questionIds) (or matched them against Event.questionBank) and read
// every answer. Now students see the share's own ids (`sq_…`, src/attempts/shareQuestionIds.ts):
// submitAttempt and reviews take them, every educator path refuses them and reveals nothing.
import { asStudentAnswer, educatorHeaders, makeQuiz, publish, rightAnswer, studentQuestionIds, type EducatorQuestion } from '../support/attempts';
import { startTestServer, type GqlResponse, type TestServer } from '../support/server';

let server: TestServer;
let teacher: Record<string, string>;
let attacker: Record<string, string>;
let quiz: { id: string; questions: EducatorQuestion[] };
let code: string;
let eventId: string;
let studentIds: string[];
/** Every option and item id the student view shows. */
let studentPartIds: string[];

const BY_CODE = /* GraphQL */ `query($code: String!) { quizByCode(code: $code) { questions { id
  ... on StudentChoiceQuestion { options { id } } ... on StudentMatchingQuestion { left { id } right { id } } ... on StudentOrderingQuestion { items { id } } } } }`;
type ById = { quizByCode: { questions: { id: string; options?: { id: string }[]; left?: { id: string }[]; right?: { id: string }[]; items?: { id: string }[] }[] } };

const SUBMIT = /* GraphQL */ `mutation($c: String!, $p: String!, $a: [AnswerInput!]!) { submitAttempt(input: { code: $c, participant: $p, answers: $a }) {
  attempt { reviewToken score { percent } answers { questionId correctAnswer { optionId order pairs { leftId rightId } } } } } }`;
type Submitted = { submitAttempt: { attempt: { reviewToken: string; score: { percent: number }; answers: { questionId: string; correctAnswer: { optionId: string | null; order: string[] | null } | null }[] } } };

beforeAll(async () => {
  server = await startTestServer({ ATTEMPT_BURST_PER_CODE: '100' });
  teacher = await educatorHeaders(server, 'teacher');
  attacker = await educatorHeaders(server, 'another educator');
  quiz = await makeQuiz(server, teacher, 8, 'share-ids', ['MULTIPLE_CHOICE', 'TRUE_FALSE', 'WHO_SAID_IT', 'ORDERING', 'FILL_IN_THE_BLANK']);
  code = await publish(server, teacher, quiz.id);
  const events = await server.gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 1) { nodes { id } } }');
  eventId = events.data!.events.nodes[0]!.id;
  const view = await server.gql<ById>(BY_CODE, { code });
  expect(view.errors).toBeUndefined();
  studentIds = view.data!.quizByCode.questions.map((q) => q.id);
  studentPartIds = view.data!.quizByCode.questions.flatMap((q) => [...(q.options ?? []), ...(q.left ?? []), ...(q.right ?? []), ...(q.items ?? [])].map((p) => p.id));
});
afterAll(() => server?.stop());

/** The bank ids and the quiz's id: what the student view must never carry. */
function secrets(): string[] {
  return [quiz.id, ...quiz.questions.map((q) => q.id.slice(q.id.lastIndexOf('.') + 1))];
}

/** A refusal that names the mistake and carries nothing of the quiz: no bank id, prompt or answer. */
function refusedRevealingNothing(res: GqlResponse<unknown>, message: RegExp = /a share code gives students; it names nothing here/): void {
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors![0]!.message).toMatch(message);
  const body = JSON.stringify(res);
  for (const secret of secrets()) expect(body).not.toContain(secret);
  for (const q of quiz.questions) expect(body).not.toContain(q.prompt);
  for (const value of Object.values(res.data ?? {})) expect(value).toBeNull();
}

test('the student view names questions, options and items by the share, and holds no bank id or quiz id', async () => {
  expect(studentIds).toHaveLength(quiz.questions.length);
  for (const id of studentIds) expect(id).toMatch(/^sq_[A-Za-z0-9_-]{22}$/);
  expect(new Set(studentIds).size).toBe(studentIds.length);
  for (const part of studentPartIds) expect(studentIds).toContain(part.slice(0, part.lastIndexOf('.')));
  const everything = JSON.stringify(await server.gql(BY_CODE, { code }));
  for (const secret of secrets()) expect(everything).not.toContain(secret);
  // Nor are they the bank's ids under another name: no questionBank id is a student id.
  const bank = await server.gql<{ event: { questionBank: { id: string; bankId: string }[] } }>('query($id: ID!) { event(id: $id) { questionBank { id bankId } } }', { id: eventId }, attacker);
  expect(bank.errors).toBeUndefined();
  const bankIds = bank.data!.event.questionBank.flatMap((q) => [q.id, q.bankId]);
  for (const id of studentIds) expect(bankIds).not.toContain(id);
});

test("another educator's key takes the ids from quizByCode to every educator path, and each refuses them", async () => {
  // generateQuiz(questionIds) was the leak: it made the attacker a quiz of these questions, answers and all.
  const GENERATE = 'mutation($e: ID!, $ids: [ID!]!) { generateQuiz(input: { eventId: $e, questionIds: $ids }) { quiz { id questions { id prompt } } } }';
  refusedRevealingNothing(await server.gql(GENERATE, { e: eventId, ids: studentIds }, attacker));
  refusedRevealingNothing(await server.gql(GENERATE, { e: eventId, ids: [studentIds[0]] }, attacker));
  // An option id in place of a question id names no bank question either.
  refusedRevealingNothing(await server.gql(GENERATE, { e: eventId, ids: [studentPartIds[0]] }, attacker), /name no question this event can make/);

  // node(id:) and nodes(ids:) resolve none of them.
  for (const id of [studentIds[0]!, studentPartIds[0]!]) {
    refusedRevealingNothing(await server.gql('query($id: ID!) { node(id: $id) { id } }', { id }, attacker), /is not a valid id/);
    refusedRevealingNothing(await server.gql('query($id: ID!) { quiz(id: $id) { id } }', { id }, attacker), /is not a valid id/);
  }
  const many = await server.gql<{ nodes: unknown[] }>('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: studentIds }, attacker);
  expect(many.data!.nodes.every((n) => n === null)).toBe(true);
  expect(many.errors!.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
  for (const secret of secrets()) expect(JSON.stringify(many)).not.toContain(secret);

  // The quiz-editing paths, on a quiz the attacker owns: a share id is no question of it, nor a bank id.
  const own = await makeQuiz(server, attacker, 3, 'attacker-own');
  const ownId = own.questions[0]!.id;
  const edits: [string, string, Record<string, unknown>][] = [
    ['editQuizQuestion', 'EditQuizQuestionInput', { quizId: own.id, questionId: studentIds[0], prompt: 'Which one?' }],
    ['removeQuizQuestion', 'RemoveQuizQuestionInput', { quizId: own.id, questionId: studentIds[0] }],
    ['reorderQuizQuestions', 'ReorderQuizQuestionsInput', { quizId: own.id, questionIds: [studentIds[0], ...own.questions.slice(1).map((q) => q.id)] }],
    ['replaceQuizQuestion', 'ReplaceQuizQuestionInput', { quizId: own.id, questionId: ownId, bankQuestionId: studentIds[0] }],
  ];
  for (const [name, type, input] of edits) {
    refusedRevealingNothing(await server.gql(`mutation($input: ${type}!) { ${name}(input: $input) { quiz { id questions { id prompt } } } }`, { input }, attacker));
  }
  // The attacker's quiz is as it was.
  const after = await server.gql<{ quiz: { version: number; questions: { id: string }[] } }>('query($id: ID!) { quiz(id: $id) { version questions { id } } }', { id: own.id }, attacker);
  expect(after.data!.quiz.questions.map((q) => q.id)).toEqual(own.questions.map((q) => q.id));

  // The owner's own views do not take them either: students' ids are for students' paths only.
  refusedRevealingNothing(await server.gql(GENERATE, { e: eventId, ids: studentIds }, teacher));
  // And the owner's views keep the quiz's own ids.
  const mine = await server.gql<{ quiz: { questions: { id: string }[] } }>('query($id: ID!) { quiz(id: $id) { questions { id } } }', { id: quiz.id }, teacher);
  expect(mine.data!.quiz.questions.map((q) => q.id)).toEqual(quiz.questions.map((q) => q.id));
});

test("a student answers with the share's ids and every result and review names the questions so", async () => {
  const answers = quiz.questions.map((q, i) => asStudentAnswer(rightAnswer(q), studentIds[i]!));
  const res = await server.gql<Submitted>(SUBMIT, { c: code, p: 'Ada', a: answers });
  expect(res.errors).toBeUndefined();
  const attempt = res.data!.submitAttempt.attempt;
  expect(attempt.score.percent).toBe(100);
  expect(attempt.answers.map((a) => a.questionId)).toEqual(studentIds);
  // The right answers' option and item ids are the share's too.
  const shown = attempt.answers.flatMap((a) => [a.correctAnswer?.optionId ?? null, ...(a.correctAnswer?.order ?? [])]).filter((id): id is string => id !== null);
  expect(shown.length).toBeGreaterThan(0);
  for (const id of shown) expect(studentPartIds).toContain(id);
  const body = JSON.stringify(res);
  for (const secret of secrets()) expect(body).not.toContain(secret);

  const review = await server.gql<{ attemptReview: { attempt: { answers: { questionId: string }[] } } }>(
    'query($t: String!) { attemptReview(token: $t) { attempt { answers { questionId correctAnswer { optionId order } } } } }',
    { t: attempt.reviewToken },
  );
  expect(review.errors).toBeUndefined();
  expect(review.data!.attemptReview.attempt.answers.map((a) => a.questionId)).toEqual(studentIds);
  for (const secret of secrets()) expect(JSON.stringify(review)).not.toContain(secret);

  // The educator's results keep the quiz's own ids.
  const results = await server.gql<{ quiz: { attempts: { nodes: { answers: { questionId: string }[] }[] } } }>(
    'query($id: ID!) { quiz(id: $id) { attempts { nodes { answers { questionId } } } } }',
    { id: quiz.id },
    teacher,
  );
  expect(results.data!.quiz.attempts.nodes[0]!.answers.map((a) => a.questionId)).toEqual(quiz.questions.map((q) => q.id));
});

test("a share id of another share is no question of this one; republishing gives new ids and old reviews keep the old share's", async () => {
  const other = await makeQuiz(server, teacher, 3, 'share-ids-other');
  const otherCode = await publish(server, teacher, other.id);
  const otherIds = await studentQuestionIds(server, otherCode);
  // The first quiz's share ids sent to another share: refused, as a question not in the quiz.
  const stray = await server.gql<Submitted>(SUBMIT, { c: otherCode, p: 'Bo', a: [{ questionId: studentIds[0], booleanValue: true }] });
  expect(stray.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(stray.errors![0]!.message).toMatch(/is not a question of this quiz/);

  const first = await server.gql<Submitted>(SUBMIT, { c: otherCode, p: 'Cy', a: other.questions.map((q, i) => asStudentAnswer(rightAnswer(q), otherIds[i]!)) });
  expect(first.errors).toBeUndefined();
  await server.gql('mutation($id: ID!) { unpublishQuiz(input: { quizId: $id }) { stopped } }', { id: other.id }, teacher);
  const again = await publish(server, teacher, other.id);
  const newIds = await studentQuestionIds(server, again);
  expect(newIds).toHaveLength(otherIds.length);
  for (const id of newIds) expect(otherIds).not.toContain(id);
  // The old share's ids do not work at the new code.
  const old = await server.gql<Submitted>(SUBMIT, { c: again, p: 'Di', a: [asStudentAnswer(rightAnswer(other.questions[0]!), otherIds[0]!)] });
  expect(old.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  // The review of the attempt made at the old share names its questions as that share did.
  const review = await server.gql<{ attemptReview: { attempt: { answers: { questionId: string }[] } } }>(
    'query($t: String!) { attemptReview(token: $t) { attempt { answers { questionId } } } }',
    { t: first.data!.submitAttempt.attempt.reviewToken },
  );
  expect(review.data!.attemptReview.attempt.answers.map((a) => a.questionId)).toEqual(otherIds);
});

test('an edit after students answered (a new quiz version) keeps old reviews and new attempts on share ids', async () => {
  const versioned = await makeQuiz(server, teacher, 3, 'share-ids-versions', ['TRUE_FALSE', 'MULTIPLE_CHOICE']);
  const shareCode = await publish(server, teacher, versioned.id);
  const before = await studentQuestionIds(server, shareCode);
  const taken = await server.gql<Submitted>(SUBMIT, { c: shareCode, p: 'Eve', a: [asStudentAnswer(rightAnswer(versioned.questions[0]!), before[0]!)] });
  expect(taken.errors).toBeUndefined();
  const edited = await server.gql<{ editQuizQuestion: { quiz: { version: number; questions: { id: string }[] } } }>(
    'mutation($input: EditQuizQuestionInput!) { editQuizQuestion(input: $input) { quiz { version questions { id } } } }',
    { input: { quizId: versioned.id, questionId: versioned.questions[1]!.id, explanation: 'Read the second paragraph again.' } },
    teacher,
  );
  expect(edited.errors).toBeUndefined();
  expect(edited.data!.editQuizQuestion.quiz.version).toBe(2);
  const after = await studentQuestionIds(server, shareCode);
  // The untouched questions keep their share ids; the edited one (a new bank id) has a new one.
  expect(after[0]).toBe(before[0]);
  expect(after[2]).toBe(before[2]);
  expect(after[1]).not.toBe(before[1]);
  const review = await server.gql<{ attemptReview: { attempt: { quizVersion: number; answers: { questionId: string }[] } } }>(
    'query($t: String!) { attemptReview(token: $t) { attempt { quizVersion answers { questionId } } } }',
    { t: taken.data!.submitAttempt.attempt.reviewToken },
  );
  expect(review.data!.attemptReview.attempt.quizVersion).toBe(1);
  expect(review.data!.attemptReview.attempt.answers.map((a) => a.questionId)).toEqual(before);
  const current = await server.gql<{ quiz: { questions: EducatorQuestion[] } }>(
    'query($id: ID!) { quiz(id: $id) { questions { id kind prompt ... on ChoiceQuestion { options { id text correct } } ... on TrueFalseQuestion { correctAnswer } } } }',
    { id: versioned.id },
    teacher,
  );
  const answers = current.data!.quiz.questions.map((q, i) => asStudentAnswer(rightAnswer(q), after[i]!));
  const later = await server.gql<Submitted>(SUBMIT, { c: shareCode, p: 'Fay', a: answers });
  expect(later.errors).toBeUndefined();
  expect(later.data!.submitAttempt.attempt.score.percent).toBe(100);
});
