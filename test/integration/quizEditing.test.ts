// Editing a stored quiz over HTTP, against the real server: each edit comes back with what the
// quiz rules flag; bad input stores nothing; an edit after students have answered makes a new
// version, and the old attempt's review and statistics keep the questions it answered.
import { saveAttempt } from '../../src/attempts/attemptStore';
import { hashReviewToken, newReviewToken } from '../../src/attempts/reviewToken';
import { scoreOf } from '../../src/attempts/scoring';
import { liveShareByCode } from '../../src/attempts/shareStore';
import { BadInputError } from '../../src/errors';
import { makeQuiz, publish, rightAnswer, type EducatorQuestion } from '../support/attempts';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let teacher: Record<string, string>;
let other: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  teacher = (await server.createKey('EDUCATOR', 'Ms Rivera')).auth;
  other = (await server.createKey('EDUCATOR', 'Mr Chen')).auth;
});
afterAll(() => server?.stop());

const PAYLOAD = /* GraphQL */ `
  userErrors { field message code }
  changed newVersion
  warnings { rule questionId message }
  evidence { status reason }
  questions { id bankId origin kind prompt evidence { text } ... on ChoiceQuestion { options { id key text correct rationale } } ... on TrueFalseQuestion { correctAnswer } }
  quiz { id version questions { id prompt } }
`;

interface Payload {
  userErrors: { field: string[] | null; message: string; code: string }[];
  changed: boolean | null;
  newVersion: boolean | null;
  warnings: { rule: string; questionId: string | null; message: string }[] | null;
  evidence: { status: string; reason: string | null } | null;
  questions: { id: string; bankId: string; origin: string; kind: string; prompt: string; evidence: { text: string }[]; options?: { id: string; key: string; text: string; correct: boolean; rationale: string }[]; correctAnswer?: boolean }[] | null;
  quiz: { id: string; version: number; questions: { id: string; prompt: string }[] } | null;
}

async function mutate(name: string, inputType: string, input: Record<string, unknown>, auth = teacher): Promise<Payload> {
  const res = await server.gql<Record<string, Payload>>(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${PAYLOAD} } }`, { input }, auth);
  expect(res.errors).toBeUndefined();
  return res.data![name]!;
}
const edit = (input: Record<string, unknown>, auth = teacher) => mutate('editQuizQuestion', 'EditQuizQuestionInput', input, auth);

const QUIZ = /* GraphQL */ `query($id: ID!) { quiz(id: $id) { version questions { id prompt ... on ChoiceQuestion { options { text correct } } } } }`;
const quizNow = async (id: string) => (await server.gql<{ quiz: { version: number; questions: { id: string; prompt: string }[] } }>(QUIZ, { id }, teacher)).data!.quiz;

function choiceOf(questions: EducatorQuestion[]): EducatorQuestion {
  const q = questions.find((x) => x.options && x.options.length >= 3);
  if (!q) throw new Error('the seed quiz has no choice question');
  return q;
}

describe('editing a question', () => {
  test('a catch-all distractor typed in is flagged by the same rule generated questions obey; the citation stays', async () => {
    const quiz = await makeQuiz(server, teacher, 6, 'edit-rules');
    const q = choiceOf(quiz.questions);
    const options = q.options!.map((o, i) => ({ text: !o.correct && i === q.options!.findIndex((x) => !x.correct) ? 'All of the above' : o.text, correct: o.correct }));
    const out = await edit({ quizId: quiz.id, questionId: q.id, options });
    expect(out.userErrors).toEqual([]);
    expect(out.changed).toBe(true);
    const [edited] = out.questions!;
    expect(edited!.origin).toBe('EDITED');
    expect(edited!.id).not.toBe(q.id);
    expect(edited!.options!.map((o) => o.text)).toContain('All of the above');
    expect(out.warnings!.some((w) => w.rule === 'no-catch-all-options' && w.questionId === edited!.id)).toBe(true);
    expect(out.evidence).toEqual({ status: 'KEPT', reason: null });
    expect(edited!.evidence.length).toBeGreaterThan(0);
    // The rationale of each option left as it was is kept.
    const before = new Map(q.options!.map((o) => [o.text, o]));
    expect(edited!.options!.filter((o) => before.has(o.text)).every((o) => o.rationale !== '')).toBe(true);
    // Stored: the quiz asks the edited question where the old one was.
    const stored = await quizNow(quiz.id);
    expect(stored.questions.map((x) => x.id)).toEqual(quiz.questions.map((x) => (x.id === q.id ? edited!.id : x.id)));
  });

  test('making a wrong option the answer breaks its support: the citation is removed and the payload says why', async () => {
    const quiz = await makeQuiz(server, teacher, 6, 'edit-evidence');
    const q = choiceOf(quiz.questions);
    const wrong = q.options!.find((o) => !o.correct)!;
    const out = await edit({ quizId: quiz.id, questionId: q.id, correctOption: wrong.id });
    expect(out.userErrors).toEqual([]);
    expect(out.evidence!.status).toBe('REMOVED');
    expect(out.evidence!.reason).toMatch(/answer|figure|date|standing/);
    expect(out.questions![0]!.evidence).toEqual([]);
    expect(out.questions![0]!.options!.find((o) => o.correct)!.text).toBe(wrong.text);
    expect(out.warnings!.find((w) => w.rule === 'evidence-link')?.message).toMatch(/no longer rests on the sentences it cited/);
  });

  test('a prompt reworded keeps the citation', async () => {
    const quiz = await makeQuiz(server, teacher, 6, 'edit-prompt');
    const q = choiceOf(quiz.questions);
    const out = await edit({ quizId: quiz.id, questionId: q.id, prompt: `${q.prompt.replace(/\?$/, '')}, according to the article?` });
    expect(out.evidence!.status).toBe('KEPT');
    expect(out.questions![0]!.evidence.length).toBeGreaterThan(0);
  });

  test('an edit that changes nothing stores nothing and keeps the id', async () => {
    const quiz = await makeQuiz(server, teacher, 4, 'edit-nothing');
    const q = quiz.questions[0]!;
    const out = await edit({ quizId: quiz.id, questionId: q.id, prompt: q.prompt });
    expect(out.changed).toBe(false);
    expect(out.questions).toEqual([]);
    expect((await quizNow(quiz.id)).questions.map((x) => x.id)).toEqual(quiz.questions.map((x) => x.id));
  });

  test.each([
    ['two correct options', (q: EducatorQuestion) => ({ options: q.options!.map((o, i) => ({ text: o.text, correct: o.correct || i === q.options!.findIndex((x) => !x.correct) })) }), ['input', 'options'], /exactly one option must be correct; 2 are/],
    ['a field of another kind', () => ({ tolerance: 2 }), ['input', 'tolerance'], /tolerance does not apply to a MULTIPLE_CHOICE|tolerance does not apply to a WHO_SAID_IT|tolerance does not apply to a SOURCE_AND_STANDING/],
    ['an empty prompt', () => ({ prompt: '   ' }), ['input', 'prompt'], /prompt must not be empty/],
    ['a correct option that names none', () => ({ correctOption: 'z' }), ['input', 'correctOption'], /correctOption “z” names no option/],
  ])('%s is BAD_USER_INPUT with its field, and nothing is written', async (_name, changes, field, message) => {
    const quiz = await makeQuiz(server, teacher, 4, 'edit-bad');
    const q = choiceOf(quiz.questions);
    const before = await quizNow(quiz.id);
    const out = await edit({ quizId: quiz.id, questionId: q.id, ...changes(q) });
    expect(out.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field, message: expect.stringMatching(message) }]);
    expect(out.quiz).toBeNull();
    expect(await quizNow(quiz.id)).toEqual(before);
  });

  test('a question not in the quiz, and another educator, are refused', async () => {
    const quiz = await makeQuiz(server, teacher, 3, 'edit-refused');
    const missing = await edit({ quizId: quiz.id, questionId: 'q-nothing', prompt: 'Who?' });
    expect(missing.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'questionId'], message: 'question q-nothing is not in this quiz' }]);
    const forbidden = await edit({ quizId: quiz.id, questionId: quiz.questions[0]!.id, prompt: 'Who?' }, other);
    expect(forbidden.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
  });
});

describe('remove, reorder, replace, add', () => {
  test('each edit stores the new list; an own question is flagged for citing nothing', async () => {
    const quiz = await makeQuiz(server, teacher, 4, 'edit-list');
    const ids = quiz.questions.map((q) => q.id);

    const reordered = await mutate('reorderQuizQuestions', 'ReorderQuizQuestionsInput', { quizId: quiz.id, questionIds: [...ids].reverse() });
    expect(reordered.quiz!.questions.map((q) => q.id)).toEqual([...ids].reverse());
    const partial = await mutate('reorderQuizQuestions', 'ReorderQuizQuestionsInput', { quizId: quiz.id, questionIds: ids.slice(1) });
    expect(partial.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', message: 'list every question of the quiz once: 1 of its 4 are missing' });

    const removed = await mutate('removeQuizQuestion', 'RemoveQuizQuestionInput', { quizId: quiz.id, questionId: ids[0] });
    expect(removed.quiz!.questions.map((q) => q.id)).toEqual(ids.slice(1).reverse());

    const bank = await server.gql<{ quiz: { event: { questionBank: { bankId: string }[] } } }>('query($id: ID!) { quiz(id: $id) { event { questionBank { bankId } } } }', { id: quiz.id }, teacher);
    const asked = new Set(quiz.questions.map((q) => q.id.slice(q.id.lastIndexOf('.') + 1)));
    const spare = bank.data!.quiz.event.questionBank.find((b) => !asked.has(b.bankId))!.bankId;
    const replaced = await mutate('replaceQuizQuestion', 'ReplaceQuizQuestionInput', { quizId: quiz.id, questionId: ids[1], bankQuestionId: spare });
    expect(replaced.userErrors).toEqual([]);
    expect(replaced.questions!.map((q) => [q.bankId, q.origin])).toEqual([[spare, 'GENERATED']]);
    expect(replaced.quiz!.questions.map((q) => q.id)).toEqual([ids[3], ids[2], replaced.questions![0]!.id]);
    const unknown = await mutate('replaceQuizQuestion', 'ReplaceQuizQuestionInput', { quizId: quiz.id, questionId: ids[2], bankQuestionId: 'q-none' });
    expect(unknown.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'bankQuestionId'], message: "no question of this quiz's event bank has id q-none" }]);

    const added = await mutate('addQuizQuestion', 'AddQuizQuestionInput', {
      quizId: quiz.id,
      kind: 'TRUE_FALSE',
      position: 0,
      prompt: 'True or false: the article was published on a Tuesday.',
      explanation: 'Check the dateline.',
      booleanAnswer: true,
    });
    expect(added.userErrors).toEqual([]);
    const own = added.questions![0]!;
    expect(own).toMatchObject({ origin: 'OWN', kind: 'TRUE_FALSE', correctAnswer: true, evidence: [] });
    expect(added.quiz!.questions[0]!.id).toBe(own.id);
    expect(added.warnings!.filter((w) => w.questionId === own.id).map((w) => w.message)).toEqual(expect.arrayContaining(['cites no evidence', 'tests no fact']));
    expect(added.evidence).toBeNull();
    // The same question twice is one question asked twice.
    const again = await mutate('addQuizQuestion', 'AddQuizQuestionInput', { quizId: quiz.id, kind: 'TRUE_FALSE', prompt: 'True or false: the article was published on a Tuesday.', explanation: 'Check the dateline.', booleanAnswer: true });
    expect(again.userErrors[0]!.message).toMatch(/the quiz already asks this question/);

    const noAnswer = await mutate('addQuizQuestion', 'AddQuizQuestionInput', { quizId: quiz.id, kind: 'NUMERIC', prompt: 'How many?' });
    expect(noAnswer.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'numberAnswer'], message: 'a numeric question needs numberAnswer' }]);
    expect((await quizNow(quiz.id)).questions).toHaveLength(4);
  });
});

describe('importing a teacher\'s file', () => {
  const IMPORT = /* GraphQL */ `mutation($input: ImportQuestionsInput!) { importQuestions(input: $input) {
    userErrors { field message code }
    skipped { number title reason } notes { number title message }
    warnings { rule questionId message } newVersion
    questions { id origin kind prompt }
    quiz { questions { id } }
  } }`;
  interface Imported {
    importQuestions: {
      userErrors: { field: string[] | null; message: string; code: string }[];
      skipped: { number: number; title: string | null; reason: string }[] | null;
      notes: { number: number; title: string | null; message: string }[] | null;
      warnings: { rule: string; questionId: string | null; message: string }[] | null;
      newVersion: boolean | null;
      questions: { id: string; origin: string; kind: string; prompt: string }[] | null;
      quiz: { questions: { id: string }[] } | null;
    };
  }
  const importFile = async (input: Record<string, unknown>, auth = teacher) => {
    const res = await server.gql<Imported>(IMPORT, { input }, auth);
    expect(res.errors).toBeUndefined();
    return res.data!.importQuestions;
  };
  const GIFT = '::Pier:: Which pier will ferries use? {=the south pier ~the north pier ~the west pier}\n\n::Essay:: Describe the harbour. {}\n\n::Weeks:: For how many weeks will the pier close? {#3}\n';
  const XML = '<?xml version="1.0"?><quiz><question type="truefalse"><name><text>Ferries</text></name><questiontext format="plain_text"><text>Ferries will stop running.</text></questiontext>' +
    '<answer fraction="0"><text>true</text></answer><answer fraction="100"><text>false</text></answer></question>' +
    '<question type="essay"><name><text>Why</text></name><questiontext format="plain_text"><text>Why?</text></questiontext></question></quiz>';

  test('GIFT: the gradable questions join the quiz where asked, the rest are listed with why, and the rules flag what they lack', async () => {
    const quiz = await makeQuiz(server, teacher, 3, 'import-gift');
    const out = await importFile({ quizId: quiz.id, format: 'GIFT', content: GIFT, position: 0 });
    expect(out.userErrors).toEqual([]);
    expect(out.questions!.map((q) => [q.origin, q.kind, q.prompt])).toEqual([
      ['IMPORTED', 'MULTIPLE_CHOICE', 'Which pier will ferries use?'],
      ['IMPORTED', 'NUMERIC', 'For how many weeks will the pier close?'],
    ]);
    expect(out.quiz!.questions.map((q) => q.id)).toEqual([...out.questions!.map((q) => q.id), ...quiz.questions.map((q) => q.id)]);
    expect(out.skipped).toEqual([{ number: 2, title: 'Essay', reason: 'an essay question has no answer to grade' }]);
    expect(out.warnings!.filter((w) => w.message === 'cites no evidence').map((w) => w.questionId).sort()).toEqual(out.questions!.map((q) => q.id).sort());
    expect(out.newVersion).toBe(false);

    // The same file again: everything in it is already asked, so nothing is added and each is named.
    const again = await importFile({ quizId: quiz.id, format: 'GIFT', content: GIFT });
    expect(again.questions).toEqual([]);
    expect(again.skipped!.map((s) => [s.number, s.reason])).toEqual([[1, 'the quiz already asks this question'], [2, 'an essay question has no answer to grade'], [3, 'the quiz already asks this question']]);
    expect((await quizNow(quiz.id)).questions).toHaveLength(5);
  });

  test('Moodle XML: a true/false question comes in; a file with nothing to import, or not XML, is BAD_USER_INPUT and adds nothing', async () => {
    const quiz = await makeQuiz(server, teacher, 3, 'import-xml');
    const out = await importFile({ quizId: quiz.id, format: 'MOODLE_XML', content: XML });
    expect(out.questions!.map((q) => [q.kind, q.prompt])).toEqual([['TRUE_FALSE', 'Ferries will stop running.']]);
    expect(out.skipped).toEqual([{ number: 2, title: 'Why', reason: 'an essay question has no answer to grade' }]);

    const before = await quizNow(quiz.id);
    const nothing = await importFile({ quizId: quiz.id, format: 'GIFT', content: '::Essay:: Describe the harbour. {}\n' });
    expect(nothing.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'content'], message: 'nothing in the file could be imported: question 1 (Essay): an essay question has no answer to grade' }]);
    const broken = await importFile({ quizId: quiz.id, format: 'MOODLE_XML', content: '<quiz><question type="truefalse"></quiz>' });
    expect(broken.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'content'], message: expect.stringMatching(/^not well-formed XML at line 1/) });
    const forbidden = await importFile({ quizId: quiz.id, format: 'MOODLE_XML', content: XML }, other);
    expect(forbidden.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(await quizNow(quiz.id)).toEqual(before);
  });
});

describe("importing into the event's question bank", () => {
  test("the key's own bank gains the questions: shown in Event.questionBank to that key alone, and a quiz question can be replaced by one", async () => {
    const quiz = await makeQuiz(server, teacher, 3, 'import-bank');
    const eventId = (await server.gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 1) { nodes { id } } }')).data!.events.nodes[0]!.id;
    const IMPORT = 'mutation($input: ImportQuestionsInput!) { importQuestions(input: $input) { userErrors { field message code } quiz { id } questions { id bankId origin prompt } skipped { number reason } warnings { rule questionId message } } }';
    type Out = { importQuestions: { userErrors: { field: string[] | null; message: string; code: string }[]; quiz: null; questions: { id: string; bankId: string; origin: string; prompt: string }[] | null; skipped: { number: number; reason: string }[] | null; warnings: { rule: string; questionId: string | null; message: string }[] | null } };
    const content = '::Closed:: The north pier will close for repairs. {T}\n\n::Essay:: Why? {}\n';
    const first = (await server.gql<Out>(IMPORT, { input: { eventId, format: 'GIFT', content } }, teacher)).data!.importQuestions;
    expect(first.userErrors).toEqual([]);
    expect(first.quiz).toBeNull();
    expect(first.questions!.map((q) => [q.origin, q.prompt])).toEqual([['IMPORTED', 'The north pier will close for repairs.']]);
    const bankId = first.questions![0]!.bankId;
    expect(first.questions![0]!.id).toBe(bankId);
    expect(first.warnings!.filter((w) => w.questionId === bankId).map((w) => w.message)).toContain('cites no evidence');
    expect(first.skipped).toEqual([{ number: 2, reason: 'an essay question has no answer to grade' }]);

    const again = (await server.gql<Out>(IMPORT, { input: { eventId, format: 'GIFT', content } }, teacher)).data!.importQuestions;
    expect(again.questions).toEqual([]);
    expect(again.skipped!.map((s) => s.reason)).toEqual(['your bank for this event already has this question', 'an essay question has no answer to grade']);

    const bankOf = async (auth: Record<string, string>) =>
      (await server.gql<{ event: { questionBank: { bankId: string; origin: string }[] } }>('query($e: ID!) { event(id: $e) { questionBank { bankId origin } } }', { e: eventId }, auth)).data!.event.questionBank;
    expect((await bankOf(teacher)).filter((q) => q.origin === 'IMPORTED').map((q) => q.bankId)).toEqual([bankId]);
    expect((await bankOf(other)).some((q) => q.bankId === bankId)).toBe(false);

    const replaced = await mutate('replaceQuizQuestion', 'ReplaceQuizQuestionInput', { quizId: quiz.id, questionId: quiz.questions[0]!.id, bankQuestionId: bankId });
    expect(replaced.userErrors).toEqual([]);
    expect(replaced.questions!.map((q) => [q.bankId, q.origin])).toEqual([[bankId, 'IMPORTED']]);

    const both = (await server.gql<Out>(IMPORT, { input: { eventId, quizId: quiz.id, format: 'GIFT', content } }, teacher)).data!.importQuestions;
    expect(both.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input'], message: 'give quizId (into a quiz) or eventId (into its question bank), one of the two' }]);
  });
});

describe('versions', () => {
  const SUBMIT = 'mutation($c: String!, $p: String!, $a: [AnswerInput!]!) { submitAttempt(input: { code: $c, participant: $p, answers: $a }) { userErrors { message } attempt { attemptId reviewToken quizVersion } } }';
  const REVIEW = 'query($t: String!) { attemptReview(token: $t) { attempt { quizVersion answers { questionId prompt correctAnswer { text } } } } }';
  type Review = { attemptReview: { attempt: { quizVersion: number; answers: { questionId: string; prompt: string; correctAnswer: { text: string } | null }[] } } };
  const VERSIONS = 'query($id: ID!) { quiz(id: $id) { version versions { number current attemptCount supersededAt questions { id prompt } } statistics { quizVersion attemptCount } first: statistics(version: 1) { quizVersion attemptCount questions { question { id prompt } } } attempts { nodes { participant quizVersion answers { prompt } } } } }';
  type Versions = {
    quiz: {
      version: number;
      versions: { number: number; current: boolean; attemptCount: number; supersededAt: string | null; questions: { id: string; prompt: string }[] }[];
      statistics: { quizVersion: number; attemptCount: number };
      first: { quizVersion: number; attemptCount: number; questions: { question: { id: string; prompt: string } }[] };
      attempts: { nodes: { participant: string; quizVersion: number; answers: { prompt: string }[] }[] };
    };
  };

  test('edits before anyone answers change version 1 in place; after an attempt an edit makes version 2, and the attempt keeps what it answered', async () => {
    const made = await makeQuiz(server, teacher, 4, 'versions');
    // A choice question first: its prompt can be rewritten freely (a fill-in prompt must keep its blank).
    const q = choiceOf(made.questions);
    const quiz = { ...made, questions: [q, ...made.questions.filter((x) => x !== q)] };
    await mutate('reorderQuizQuestions', 'ReorderQuizQuestionsInput', { quizId: quiz.id, questionIds: quiz.questions.map((x) => x.id) });
    const early = await edit({ quizId: quiz.id, questionId: q.id, explanation: 'Reread the first paragraph.' });
    expect(early).toMatchObject({ changed: true, newVersion: false, quiz: { version: 1 } });
    const firstId = early.questions![0]!.id;

    const code = await publish(server, teacher, quiz.id);
    const taken = await server.gql<{ submitAttempt: { attempt: { reviewToken: string; quizVersion: number } } }>(SUBMIT, { c: code, p: 'Sam', a: [retarget(rightAnswer(q), q.id, firstId)] });
    expect(taken.errors).toBeUndefined();
    expect(taken.data!.submitAttempt.attempt.quizVersion).toBe(1);
    const token = taken.data!.submitAttempt.attempt.reviewToken;
    const reviewBefore = (await server.gql<Review>(REVIEW, { t: token })).data!.attemptReview;

    const later = await edit({ quizId: quiz.id, questionId: firstId, prompt: 'A question the teacher rewrote after Sam answered?' });
    expect(later).toMatchObject({ changed: true, newVersion: true, quiz: { version: 2 } });
    const again = await edit({ quizId: quiz.id, questionId: later.questions![0]!.id, explanation: 'Reread the second paragraph.' });
    expect(again).toMatchObject({ changed: true, newVersion: false, quiz: { version: 2 } });

    // Sam's review is what Sam saw, question for question.
    const reviewAfter = (await server.gql<Review>(REVIEW, { t: token })).data!.attemptReview;
    expect(reviewAfter).toEqual(reviewBefore);
    expect(reviewAfter.attempt.quizVersion).toBe(1);
    expect(reviewAfter.attempt.answers[0]!.prompt).toBe(q.prompt);

    // The live share now serves version 2; an attempt there belongs to it.
    const student = await server.gql<{ quizByCode: { questions: { id: string; prompt: string }[] } }>('query($c: String!) { quizByCode(code: $c) { questions { id prompt } } }', { c: code });
    expect(student.data!.quizByCode.questions[0]!.prompt).toBe('A question the teacher rewrote after Sam answered?');
    const kim = await server.gql<{ submitAttempt: { attempt: { quizVersion: number } } }>(SUBMIT, { c: code, p: 'Kim', a: [{ questionId: student.data!.quizByCode.questions[1]!.id, ...answerPart(quiz.questions[1]!) }] });
    expect(kim.errors).toBeUndefined();
    expect(kim.data!.submitAttempt.attempt.quizVersion).toBe(2);

    const vres = await server.gql<Versions>(VERSIONS, { id: quiz.id }, teacher);
    expect(vres.errors).toBeUndefined();
    const v = vres.data!.quiz;
    expect(v.version).toBe(2);
    expect(v.versions.map((x) => [x.number, x.current, x.attemptCount, x.supersededAt === null])).toEqual([[1, false, 1, false], [2, true, 1, true]]);
    expect(v.versions[0]!.questions[0]!.prompt).toBe(q.prompt);
    expect(v.versions[1]!.questions[0]!.prompt).toBe('A question the teacher rewrote after Sam answered?');
    // Statistics per version: each counts its own attempt, over its own questions.
    expect(v.statistics).toEqual({ quizVersion: 2, attemptCount: 1 });
    expect(v.first.quizVersion).toBe(1);
    expect(v.first.attemptCount).toBe(1);
    expect(v.first.questions[0]!.question.prompt).toBe(q.prompt);
    // Each attempt listed with the questions it answered.
    expect(v.attempts.nodes.map((a) => [a.participant, a.quizVersion, a.answers[0]!.prompt])).toEqual([
      ['Sam', 1, q.prompt],
      ['Kim', 2, 'A question the teacher rewrote after Sam answered?'],
    ]);
    const none = await server.gql('query($id: ID!) { quiz(id: $id) { statistics(version: 7) { attemptCount } } }', { id: quiz.id }, teacher);
    expect(none.errors?.[0]).toMatchObject({ message: 'this quiz has versions 1 to 2; there is no version 7', extensions: { code: 'BAD_USER_INPUT' } });
  });

  test('an attempt graded before an edit and stored after it is refused, and stores nothing', async () => {
    const quiz = await makeQuiz(server, teacher, 3, 'versions-race');
    const code = await publish(server, teacher, quiz.id);
    const share = (await liveShareByCode(server.dataSource, code))!;
    await edit({ quizId: quiz.id, questionId: quiz.questions[0]!.id, explanation: 'Changed while a student was answering.' });
    const late = saveAttempt(server.dataSource, {
      quizId: share.quizId,
      shareId: share.id,
      quizVersion: 1,
      quizRevision: 0,
      participant: 'Slow Sol',
      submittedAt: new Date().toISOString(),
      graded: { score: scoreOf(0, 3), answers: [] },
      reviewHash: hashReviewToken(newReviewToken()),
    });
    await expect(late).rejects.toBeInstanceOf(BadInputError);
    await expect(late).rejects.toThrow(/the teacher changed this quiz while you were answering/);
    const count = await server.gql<{ quiz: { attempts: { totalCount: number } } }>('query($id: ID!) { quiz(id: $id) { attempts { totalCount } } }', { id: quiz.id }, teacher);
    expect(count.data!.quiz.attempts.totalCount).toBe(0);
  });
});

function answerPart(q: EducatorQuestion): Record<string, unknown> {
  const { questionId: _q, ...rest } = rightAnswer(q);
  // Option, item and pair ids carry the question id; the question kept its id, so they still name its parts.
  return rest;
}

/** An answer built for a question, sent to the question an edit made of it: its option and item ids carry the question's id. */
function retarget(answer: ReturnType<typeof rightAnswer>, from: string, to: string): ReturnType<typeof rightAnswer> {
  const move = (id: string) => (id.startsWith(`${from}.`) ? `${to}${id.slice(from.length)}` : id);
  return {
    ...answer,
    questionId: to,
    ...(answer.optionId ? { optionId: move(answer.optionId) } : {}),
    ...(answer.order ? { order: answer.order.map(move) } : {}),
    ...(answer.pairs ? { pairs: answer.pairs.map((p) => ({ leftId: move(p.leftId), rightId: move(p.rightId) })) } : {}),
  };
}

describe('edits racing submissions', () => {
  test('whatever the interleaving, every stored attempt answered the questions of the version it names', async () => {
    const quiz = await makeQuiz(server, teacher, 4, 'race');
    const code = await publish(server, teacher, quiz.id);
    const opened = await server.gql<{ quizByCode: { questions: { id: string }[] } }>('query($c: String!) { quizByCode(code: $c) { questions { id } } }', { c: code });
    const firstId = opened.data!.quizByCode.questions[0]!.id;
    const SUBMIT = 'mutation($c: String!, $p: String!, $a: [AnswerInput!]!) { submitAttempt(input: { code: $c, participant: $p, answers: $a }) { userErrors { message } attempt { quizVersion } } }';
    // Students answer the first question by the id they were shown; the teacher rewords the last one
    // four times meanwhile. Each submission is stored against the version it was graded on, or refused.
    const last = quiz.questions[3]!;
    let lastId = last.id;
    const edits = (async () => {
      for (let i = 0; i < 4; i++) {
        const out = await edit({ quizId: quiz.id, questionId: lastId, explanation: `Reworded ${i}.` });
        lastId = out.questions![0]!.id;
      }
    })();
    const answer = retarget(rightAnswer(quiz.questions[0]!), quiz.questions[0]!.id, firstId);
    const submissions = Array.from({ length: 12 }, (_, i) => server.gql<{ submitAttempt: { userErrors: { message: string }[]; attempt: { quizVersion: number } | null } }>(SUBMIT, { c: code, p: `Racer ${i}`, a: [answer] }));
    const [results] = await Promise.all([Promise.all(submissions), edits]);
    for (const r of results) {
      expect(r.errors).toBeUndefined();
      const { userErrors, attempt } = r.data!.submitAttempt;
      if (attempt === null) expect(userErrors[0]!.message).toMatch(/the teacher changed this quiz while you were answering/);
    }
    const read = await server.gql<{ quiz: { versions: { number: number; questions: { id: string }[] }[]; attempts: { nodes: { quizVersion: number; answers: { questionId: string }[] }[] } } }>(
      'query($id: ID!) { quiz(id: $id) { versions { number questions { id } } attempts(first: 20) { nodes { quizVersion answers { questionId } } } } }',
      { id: quiz.id },
      teacher,
    );
    expect(read.errors).toBeUndefined();
    const stored = read.data!.quiz;
    const questionsOf = new Map(stored.versions.map((v) => [v.number, v.questions.map((q) => q.id)]));
    expect(stored.attempts.nodes.length).toBe(results.filter((r) => r.data!.submitAttempt.attempt !== null).length);
    for (const a of stored.attempts.nodes) expect(a.answers.map((x) => x.questionId)).toEqual(questionsOf.get(a.quizVersion));
    // Versions are made only for versions someone answered.
    const answered = new Set(stored.attempts.nodes.map((a) => a.quizVersion));
    for (const v of stored.versions.slice(0, -1)) expect(answered.has(v.number)).toBe(true);
  });
});
