// A class taking a quiz, against a real store (in-memory SQLite, migrated as in production):
// publish, open by code, submit, review, close, statistics. The quiz's questions are written out
// here, so every score and count below is worked out by hand.
import type { DataSource } from 'typeorm';
import type { ChoiceQuestion, MatchingQuestion, Question, TrueFalseQuestion } from '../../../src/domain/question';
import { openDataSource } from '../../../src/db/dataSource';
import { seedStore } from '../../../src/seeds/seedStore';
import { saveQuiz } from '../../../src/quizzes/quizStore';
import type { StoredQuiz } from '../../../src/quizzes/storedQuiz';
import { publishQuiz, unpublishQuiz } from '../../../src/attempts/shareStore';
import { liveQuizByCode, publishedView } from '../../../src/attempts/publishedQuiz';
import { submitAttempt } from '../../../src/attempts/submitAttempt';
import { attemptForReview } from '../../../src/attempts/attemptReview';
import { allAttempts, attemptById, listAttempts } from '../../../src/attempts/attemptStore';
import { optionsOf, statisticsOfQuiz } from '../../../src/attempts/classStatistics';
import { answersRevealedInReview, answersRevealedWhileLive } from '../../../src/attempts/answerReveal';
import { pageRequest } from '../../../src/paging/pagination';
import { ownerIdOf } from '../../../src/attempts/actor';
import { isUniqueViolation } from '../../../src/attempts/uniqueViolation';
import { QueryFailedError } from 'typeorm';

const base = { explanation: 'because', evidence: [], tests: [], difficulty: { level: 'EASY', score: 0, factors: { distractorSimilarity: 0, sentencesNeeded: 1, sourceInference: false } } } as const;
const choice = (id: string): ChoiceQuestion => ({
  ...base, id, kind: 'MULTIPLE_CHOICE', prompt: `Which? (${id})`,
  options: [
    { id: 'a', text: 'Alpha', correct: false, rationale: 'Wrong' },
    { id: 'b', text: 'Bravo', correct: true, rationale: 'Right' },
    { id: 'c', text: 'Charlie', correct: false, rationale: 'Wrong' },
  ],
  answer: { optionId: 'b' },
});
const tf: TrueFalseQuestion = { ...base, id: 'q-tf', kind: 'TRUE_FALSE', prompt: 'True?', answer: { value: true } };
const matching: MatchingQuestion = {
  ...base, id: 'q-match', kind: 'MATCHING', prompt: 'Match',
  left: [{ id: 'l1', text: 'one' }, { id: 'l2', text: 'two' }], right: [{ id: 'r1', text: '1' }, { id: 'r2', text: '2' }],
  answer: { pairs: [{ leftId: 'l1', rightId: 'r1' }, { leftId: 'l2', rightId: 'r2' }] },
};

let ds: DataSource;
let eventId: string;
beforeAll(async () => {
  ds = await openDataSource({ kind: 'sqlite', path: ':memory:' });
  eventId = String((await seedStore(ds)).eventId);
});
afterAll(async () => {
  if (ds?.isInitialized) await ds.destroy();
});

const at = (minute: number) => new Date(Date.UTC(2025, 2, 14, 9, minute));
let quizCount = 0;
function newQuiz(questions: Question[]): Promise<StoredQuiz> {
  quizCount++;
  return saveQuiz(ds, {
    eventId, ownerId: '7', title: `Quiz ${quizCount}`, seed: 's', requestedCount: questions.length, kinds: [], difficulty: null, warnings: [], createdAt: at(0).toISOString(), questions,
  });
}
/** Codes drawn in order, so a test can make them clash. */
const codes = (...list: string[]) => () => list.shift() ?? 'ZZZZZZZZ';

describe('publishing', () => {
  test('a quiz gets one live code; publishing again returns it; another reveal is refused', async () => {
    const quiz = await newQuiz([choice('q-1')]);
    const share = await publishQuiz(ds, Number(quiz.id), { ownerId: 7 }, { drawCode: codes('AAAA2222'), now: at(1) });
    expect(share).toMatchObject({ quizId: Number(quiz.id), liveQuizId: Number(quiz.id), code: 'AAAA2222', ownerId: 7, reveal: 'AFTER_SUBMISSION', unpublishedAt: null, createdAt: at(1).toISOString() });
    const again = await publishQuiz(ds, Number(quiz.id), null, { drawCode: codes('BBBB2222') });
    expect(again.id).toBe(share.id);
    expect(again.code).toBe('AAAA2222');
    await expect(publishQuiz(ds, Number(quiz.id), null, { reveal: 'AFTER_CLOSE' })).rejects.toThrow(
      'the quiz is live with reveal AFTER_SUBMISSION; unpublish it first to publish it with AFTER_CLOSE',
    );
  });

  test('a code that clashes with another quiz’s is drawn again; a table that always refuses gives up after five', async () => {
    const first = await newQuiz([choice('q-1')]);
    await publishQuiz(ds, Number(first.id), null, { drawCode: codes('CCCC2222') });
    const second = await newQuiz([choice('q-1')]);
    const share = await publishQuiz(ds, Number(second.id), null, { drawCode: codes('CCCC2222', 'DDDD2222') });
    expect(share.code).toBe('DDDD2222');
    const third = await newQuiz([choice('q-1')]);
    const drawn: string[] = [];
    await expect(publishQuiz(ds, Number(third.id), null, { drawCode: () => (drawn.push('CCCC2222'), 'CCCC2222') })).rejects.toThrow(
      `could not publish quiz ${third.id}: the share table keeps refusing new codes`,
    );
    expect(drawn).toHaveLength(5);
  });

  test('unpublishing closes the code once; republishing gives a new code', async () => {
    const quiz = await newQuiz([choice('q-1')]);
    await publishQuiz(ds, Number(quiz.id), null, { drawCode: codes('EEEE2222') });
    expect(await unpublishQuiz(ds, Number(quiz.id))).toBe(true);
    expect(await unpublishQuiz(ds, Number(quiz.id))).toBe(false);
    await expect(liveQuizByCode(ds, 'EEEE2222')).rejects.toThrow('no published quiz has this code; check it with your teacher');
    const again = await publishQuiz(ds, Number(quiz.id), null, { drawCode: codes('FFFF2222'), reveal: 'AFTER_CLOSE' });
    expect(again).toMatchObject({ code: 'FFFF2222', reveal: 'AFTER_CLOSE' });
  });

  test('the owner recorded is the actor’s, or none', () => {
    expect(ownerIdOf({ ownerId: 3 })).toBe(3);
    expect(ownerIdOf(null)).toBeNull();
  });
});

describe('a class takes a quiz', () => {
  let quiz: StoredQuiz;
  beforeAll(async () => {
    quiz = await newQuiz([choice('q-c1'), tf, matching]);
    await publishQuiz(ds, Number(quiz.id), null, { drawCode: codes('GGGG2222') });
  });

  test('a student opens it by the code as typed, and sees no answers', async () => {
    const view = publishedView(await liveQuizByCode(ds, ' gggg-2222 '));
    expect(view.code).toBe('GGGG2222');
    expect(view.title).toBe(quiz.title);
    expect(view.questions.map((q) => [q.number, q.id, q.shape])).toEqual([[1, 'q-c1', 'CHOICE'], [2, 'q-tf', 'TRUE_FALSE'], [3, 'q-match', 'MATCHING']]);
    expect(JSON.stringify(view)).not.toMatch(/correct|rationale|answer/);
    await expect(liveQuizByCode(ds, 'not a code')).rejects.toThrow('no published quiz has this code');
    await expect(liveQuizByCode(ds, 'HHHH2222')).rejects.toThrow('no published quiz has this code');
  });

  test('submissions are graded on the server and stored with their answers', async () => {
    const ada = await submitAttempt(ds, { code: 'GGGG2222', participant: 'Ada', answers: [
      { questionId: 'q-c1', optionId: 'b' }, { questionId: 'q-tf', booleanValue: true }, { questionId: 'q-match', pairs: matching.answer.pairs },
    ] }, at(10));
    expect(ada.attempt.score).toEqual({ points: 3, maxPoints: 3, percent: 100 });
    expect(ada.answersRevealed).toBe(true);
    expect(ada.reviewToken).toMatch(/^nqr_/);
    expect(ada.attempt.submittedAt).toBe(at(10).toISOString());

    const ben = await submitAttempt(ds, { code: 'GGGG2222', participant: 'Ben', answers: [
      { questionId: 'q-c1', optionId: 'a' }, { questionId: 'q-match', pairs: [{ leftId: 'l1', rightId: 'r1' }] },
    ] }, at(11));
    expect(ben.attempt.score).toEqual({ points: 0.5, maxPoints: 3, percent: 16.6667 });
    const cy = await submitAttempt(ds, { code: 'GGGG2222', participant: 'Cy', answers: [{ questionId: 'q-c1', optionId: 'a' }, { questionId: 'q-tf', booleanValue: false }] }, at(12));
    expect(cy.attempt.score.points).toBe(0);

    const stored = await attemptById(ds, ben.attempt.id);
    expect(stored).toEqual(ben.attempt);
    expect(stored!.answers.map((a) => [a.position, a.questionId, a.response, a.correct, a.credit])).toEqual([
      [0, 'q-c1', { optionId: 'a' }, false, 0],
      [1, 'q-tf', null, false, 0],
      [2, 'q-match', { pairs: [{ leftId: 'l1', rightId: 'r1' }] }, false, 0.5],
    ]);
    expect(await attemptById(ds, 987_654)).toBeNull();
    expect((await allAttempts(ds, Number(quiz.id))).map((a) => a.participant)).toEqual(['Ada', 'Ben', 'Cy']);
    const page = await listAttempts(ds, Number(quiz.id), pageRequest({ first: 2 }));
    expect(page.nodes.map((a) => a.participant)).toEqual(['Ada', 'Ben']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(3);
  });

  test('one submission a name, whatever look-alike letters it is typed with; blank and empty submissions are refused', async () => {
    await expect(submitAttempt(ds, { code: 'GGGG2222', participant: 'Аda', answers: [{ questionId: 'q-tf', booleanValue: true }] })).rejects.toThrow(
      'Аda has already submitted this quiz: each name may submit once',
    );
    await expect(submitAttempt(ds, { code: 'GGGG2222', participant: 'Dee', answers: [] })).rejects.toThrow('answer at least one question before submitting');
    await expect(submitAttempt(ds, { code: 'GGGG2222', participant: '  ', answers: [{ questionId: 'q-tf', booleanValue: true }] })).rejects.toThrow('participant must not be empty');
    expect(await allAttempts(ds, Number(quiz.id))).toHaveLength(3);
  });

  test('statistics: facility, discrimination, option counts, unused distractors and a suspect key', async () => {
    const report = await statisticsOfQuiz(ds, quiz);
    expect(report.attemptCount).toBe(3);
    expect(report.groupSize).toBe(1);
    // Ada 100%, Ben 16.6667%, Cy 0%.
    expect(report.meanPercent).toBe(38.8889);
    expect(report.medianPercent).toBe(16.6667);
    const [c1, t, m] = report.questions;
    expect(c1!.options!.map((o) => [o.optionId, o.text, o.count, o.upperCount, o.lowerCount])).toEqual([
      ['a', 'Alpha', 2, 0, 1], ['b', 'Bravo', 1, 1, 0], ['c', 'Charlie', 0, 0, 0],
    ]);
    expect(c1).toMatchObject({ facility: 0.3333, discrimination: 1, unusedDistractors: ['c'], suspectKey: false, answeredCount: 3 });
    expect(t!.options!.map((o) => [o.optionId, o.text, o.correct, o.count])).toEqual([['true', 'True', true, 1], ['false', 'False', false, 1]]);
    expect(t).toMatchObject({ answeredCount: 2, facility: 0.3333, unusedDistractors: [] });
    expect(m).toMatchObject({ options: null, facility: 0.5, correctShare: 0.3333, answeredCount: 2, unusedDistractors: [], suspectKey: false });
  });

  test('a key the strongest student misses while choosing a distractor is suspect', async () => {
    const odd = await newQuiz([choice('q-odd'), tf]);
    await publishQuiz(ds, Number(odd.id), null, { drawCode: codes('JJJJ2222') });
    await submitAttempt(ds, { code: 'JJJJ2222', participant: 'Top', answers: [{ questionId: 'q-odd', optionId: 'c' }, { questionId: 'q-tf', booleanValue: true }] });
    await submitAttempt(ds, { code: 'JJJJ2222', participant: 'Low', answers: [{ questionId: 'q-odd', optionId: 'b' }, { questionId: 'q-tf', booleanValue: false }] });
    const [q] = (await statisticsOfQuiz(ds, odd)).questions;
    expect(q).toMatchObject({ suspectKey: true, discrimination: -1, unusedDistractors: ['a'] });
  });

  test('the review token opens the student’s own attempt, with answers for a practice quiz', async () => {
    const dee = await submitAttempt(ds, { code: 'GGGG2222', participant: 'Dee', answers: [{ questionId: 'q-tf', booleanValue: true }] });
    const review = await attemptForReview(ds, `  ${dee.reviewToken} `);
    expect(review).toMatchObject({ reveal: 'AFTER_SUBMISSION', closedAt: null, answersRevealed: true });
    expect(review.attempt.id).toBe(dee.attempt.id);
    expect(review.quiz.id).toBe(quiz.id);
    await expect(attemptForReview(ds, dee.reviewToken.slice(0, -1) + (dee.reviewToken.endsWith('A') ? 'B' : 'A'))).rejects.toThrow(
      'no attempt has this review link; check that the whole link was copied',
    );
    await expect(attemptForReview(ds, 'junk')).rejects.toThrow('no attempt has this review link');
  });
});

describe('AFTER_CLOSE: no answers while anyone can still take the questions', () => {
  test('hidden at submission and in review until the share closes, then shown', async () => {
    const quiz = await newQuiz([choice('q-exam'), tf]);
    await publishQuiz(ds, Number(quiz.id), null, { drawCode: codes('KKKK2222'), reveal: 'AFTER_CLOSE' });
    const eve = await submitAttempt(ds, { code: 'KKKK2222', participant: 'Eve', answers: [{ questionId: 'q-exam', optionId: 'b' }] });
    expect(eve.answersRevealed).toBe(false);
    expect(await attemptForReview(ds, eve.reviewToken)).toMatchObject({ reveal: 'AFTER_CLOSE', closedAt: null, answersRevealed: false });

    await unpublishQuiz(ds, Number(quiz.id), at(30));
    await expect(submitAttempt(ds, { code: 'KKKK2222', participant: 'Fay', answers: [{ questionId: 'q-tf', booleanValue: true }] })).rejects.toThrow('no published quiz has this code');
    expect(await attemptForReview(ds, eve.reviewToken)).toMatchObject({ closedAt: at(30).toISOString(), answersRevealed: true });

    // Another live AFTER_CLOSE quiz asking one of the same questions holds the old review back again.
    const retake = await newQuiz([choice('q-exam')]);
    await publishQuiz(ds, Number(retake.id), null, { drawCode: codes('MMMM2222'), reveal: 'AFTER_CLOSE' });
    expect((await attemptForReview(ds, eve.reviewToken)).answersRevealed).toBe(false);
    // A practice share of the same questions does not: it gives its own answers away anyway.
    const practice = await newQuiz([choice('q-exam')]);
    await publishQuiz(ds, Number(practice.id), null, { drawCode: codes('NNNN2222') });
    const gus = await submitAttempt(ds, { code: 'NNNN2222', participant: 'Gus', answers: [{ questionId: 'q-exam', optionId: 'b' }] });
    expect(gus.answersRevealed).toBe(false);
    await unpublishQuiz(ds, Number(retake.id));
    expect((await attemptForReview(ds, eve.reviewToken)).answersRevealed).toBe(true);
    expect((await attemptForReview(ds, gus.reviewToken)).answersRevealed).toBe(true);
  });

  test('the reveal rules as a table', () => {
    expect(answersRevealedWhileLive('AFTER_SUBMISSION')).toBe(true);
    expect(answersRevealedWhileLive('AFTER_CLOSE')).toBe(false);
    expect(answersRevealedInReview('AFTER_CLOSE', true)).toBe(false);
    expect(answersRevealedInReview('AFTER_CLOSE', false)).toBe(true);
    expect(answersRevealedInReview('AFTER_SUBMISSION', true)).toBe(true);
  });

  test('true/false counts as two options, True and False; other kinds have none', () => {
    expect(optionsOf({ ...tf, answer: { value: false } })).toEqual([{ id: 'true', text: 'True', correct: false }, { id: 'false', text: 'False', correct: true }]);
    expect(optionsOf(matching)).toBeNull();
    expect(optionsOf(choice('x'))).toEqual([{ id: 'a', text: 'Alpha', correct: false }, { id: 'b', text: 'Bravo', correct: true }, { id: 'c', text: 'Charlie', correct: false }]);
  });
});

describe('which failed writes are a unique index saying no', () => {
  const failed = (driverError: unknown) => new QueryFailedError('INSERT …', [], driverError as Error);
  test('PostgreSQL’s 23505 and SQLite’s UNIQUE constraint code; nothing else', () => {
    expect(isUniqueViolation(failed({ code: '23505' }))).toBe(true);
    expect(isUniqueViolation(failed({ code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBe(true);
    expect(isUniqueViolation(failed({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' }))).toBe(false);
    expect(isUniqueViolation(failed({ code: '23502' }))).toBe(false);
    expect(isUniqueViolation(failed({ code: 23505 }))).toBe(false);
    expect(isUniqueViolation(Object.assign(failed({}), { driverError: null }))).toBe(false);
    expect(isUniqueViolation(failed({}))).toBe(false);
    expect(isUniqueViolation(Object.assign(new Error('x'), { driverError: { code: '23505' } }))).toBe(false);
  });
});
