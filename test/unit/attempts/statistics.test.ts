// Class statistics on a hand-made class of ten, every figure worked out by hand (see the table).
import {
  groupSize,
  median,
  percentOf,
  quizStatistics,
  rankGroups,
  scoreDistribution,
  type AttemptForStatistics,
  type QuestionForStatistics,
} from '../../../src/attempts/statistics';

// Q1: choice, key a. Q2: choice, key b. Q3: ordering (no options), partial credit.
const questions: QuestionForStatistics[] = [
  { id: 'q1', options: [{ id: 'a', correct: true }, { id: 'b', correct: false }, { id: 'c', correct: false }] },
  { id: 'q2', options: [{ id: 'a', correct: false }, { id: 'b', correct: true }, { id: 'c', correct: false }] },
  { id: 'q3', options: null },
];

//  #   Q1   Q2   Q3    points  percent
//  1   a    c    1     2       66.67
//  2   a    b    1     3       100
//  3   a    c    .5    1.5     50
//  4   b    b    .5    1.5     50
//  5   a    c    0     1       33.33
//  6   b    b    0     1       33.33
//  7   b    a    .5    0.5     16.67
//  8   –    b    0     1       33.33
//  9   a    c    1     2       66.67
// 10   b    a    0     0       0
const table: [string | null, string, number][] = [
  ['a', 'c', 1], ['a', 'b', 1], ['a', 'c', 0.5], ['b', 'b', 0.5], ['a', 'c', 0],
  ['b', 'b', 0], ['b', 'a', 0.5], [null, 'b', 0], ['a', 'c', 1], ['b', 'a', 0],
];
const choiceAnswer = (choice: string | null, key: string) => ({
  answered: choice !== null,
  choice,
  correct: choice === key,
  credit: choice === key ? 1 : 0,
});
const attempts: AttemptForStatistics[] = table.map(([q1, q2, q3], i) => {
  const answers = [choiceAnswer(q1, 'a'), choiceAnswer(q2, 'b'), { answered: true, choice: null, correct: q3 === 1, credit: q3 }];
  return { order: i + 1, maxPoints: 3, points: answers.reduce((s, a) => s + a.credit, 0), answers };
});

// Worked out inside each test, not once at load: mutation testing credits a test only with the
// code that runs during it, so figures computed at load would be checked by no test at all.
function classOfTen() {
  const stats = quizStatistics(questions, attempts);
  const [q1, q2, q3] = stats.questions;
  return { stats, q1: q1!, q2: q2!, q3: q3! };
}

test('the class of ten: mean 1.35 points (45%), median between 1 and 1.5 points (41.67%)', () => {
  const { stats } = classOfTen();
  expect(stats.attemptCount).toBe(10);
  expect(stats.meanPoints).toBe(1.35);
  expect(stats.meanPercent).toBe(45);
  expect(stats.medianPercent).toBe(41.6667);
});

test('the score distribution counts each attempt in its ten-point bin, 100% in the last', () => {
  const { stats } = classOfTen();
  expect(stats.scoreDistribution.map((b) => b.count)).toEqual([1, 1, 0, 3, 0, 2, 2, 0, 0, 1]);
  expect(stats.scoreDistribution[9]).toEqual({ from: 90, to: 100, count: 1 });
});

test('upper and lower groups are 27% of ten, rounded: three each, ties broken by submission order', () => {
  const { stats } = classOfTen();
  // Ranked: #2 (3), #1 (2), #9 (2) | … | #8 (1), #7 (0.5), #10 (0). #8 ties #5 and #6 at 1 point but came later.
  expect(stats.groupSize).toBe(3);
});

test('a question the strong all get and the weak all miss discriminates fully (D = 1)', () => {
  const { q1 } = classOfTen();
  expect(q1).toMatchObject({ answeredCount: 9, correctShare: 0.5, facility: 0.5, upperMeanCredit: 1, lowerMeanCredit: 0, discrimination: 1 });
});

test('a distractor nobody chose is flagged as unused', () => {
  const { q1 } = classOfTen();
  expect(q1!.options).toEqual([
    { optionId: 'a', correct: true, count: 5, share: 0.5, upperCount: 3, lowerCount: 0, neverChosen: false },
    { optionId: 'b', correct: false, count: 4, share: 0.4, upperCount: 0, lowerCount: 2, neverChosen: false },
    { optionId: 'c', correct: false, count: 0, share: 0, upperCount: 0, lowerCount: 0, neverChosen: true },
  ]);
  expect(q1!.unusedDistractors).toEqual(['c']);
  expect(q1!.suspectKey).toBe(false);
});

test('a key the upper group picks less often than a distractor is suspect, and D is 0', () => {
  const { q2 } = classOfTen();
  expect(q2).toMatchObject({ answeredCount: 10, correctShare: 0.4, facility: 0.4, upperMeanCredit: 0.3333, lowerMeanCredit: 0.3333, discrimination: 0 });
  expect(q2!.options!.map((o) => [o.optionId, o.count, o.upperCount, o.lowerCount])).toEqual([['a', 2, 0, 2], ['b', 4, 1, 1], ['c', 4, 2, 0]]);
  expect(q2!.suspectKey).toBe(true);
  expect(q2!.unusedDistractors).toEqual([]);
});

test('partial credit counts in the facility index and D; only full credit counts as correct', () => {
  const { q3 } = classOfTen();
  // Credits 1, 1, .5, .5, 0, 0, .5, 0, 1, 0: mean .45; upper 1, 1, 1; lower (#8, #7, #10) 0, .5, 0.
  expect(q3).toMatchObject({ facility: 0.45, correctShare: 0.3, upperMeanCredit: 1, lowerMeanCredit: 0.1667, discrimination: 0.8333, options: null, suspectKey: false });
});

test('groups are round(27%) of the attempts, at least one, none below two attempts', () => {
  expect([0, 1, 2, 3, 4, 10, 100, 200].map(groupSize)).toEqual([0, 0, 1, 1, 1, 3, 27, 54]);
});

test('median of an even count is the mean of the middle two; of nothing, null', () => {
  expect(median([3, 1, 2, 10])).toBe(2.5);
  expect(median([5, 1, 3])).toBe(3);
  expect(median([])).toBeNull();
});

test('with one attempt there are no groups, so no discrimination; with none, no means and no flags', () => {
  const one = quizStatistics(questions, attempts.slice(0, 1));
  expect(one.groupSize).toBe(0);
  expect(one.questions[0]!.discrimination).toBeNull();
  const none = quizStatistics(questions, []);
  expect(none).toMatchObject({ attemptCount: 0, meanPercent: null, medianPercent: null, meanPoints: null });
  expect(none.questions[0]!.options!.some((o) => o.neverChosen)).toBe(false);
  expect(none.questions[0]!.facility).toBe(0);
});

test('a percent of an attempt worth nothing is 0; bins are ten points wide, from 0 to 100', () => {
  expect(percentOf({ order: 1, points: 0, maxPoints: 0, answers: [] })).toBe(0);
  expect(percentOf({ order: 1, points: 1, maxPoints: 4, answers: [] })).toBe(25);
  expect(scoreDistribution([0, 9.99, 10, 55, 99.9, 100, -5, 130])).toEqual([
    { from: 0, to: 10, count: 3 }, { from: 10, to: 20, count: 1 }, { from: 20, to: 30, count: 0 }, { from: 30, to: 40, count: 0 },
    { from: 40, to: 50, count: 0 }, { from: 50, to: 60, count: 1 }, { from: 60, to: 70, count: 0 }, { from: 70, to: 80, count: 0 },
    { from: 80, to: 90, count: 0 }, { from: 90, to: 100, count: 3 },
  ]);
});

test('ranking leaves the attempts as given; the lower group is the bottom of the ranking', () => {
  const given = attempts.slice(0, 4);
  const before = given.map((a) => a.order);
  const { upper, lower } = rankGroups(given);
  expect(given.map((a) => a.order)).toEqual(before);
  // Points: #1 2, #2 3, #3 1.5, #4 1.5; one in each group.
  expect(upper.map((a) => a.order)).toEqual([2]);
  expect(lower.map((a) => a.order)).toEqual([4]);
  expect(rankGroups(attempts.slice(0, 1))).toEqual({ upper: [], lower: [] });
});

test('the suspect-key flag: a distractor chosen by more of the upper group than the key, not as many', () => {
  const q: QuestionForStatistics[] = [{ id: 'q', options: [{ id: 'a', correct: true }, { id: 'b', correct: false }, { id: 'c', correct: false }] }];
  const attempt = (order: number, choice: string, points: number): AttemptForStatistics => ({
    order, points, maxPoints: 1, answers: [{ answered: true, choice, correct: choice === 'a', credit: choice === 'a' ? 1 : 0 }],
  });
  // Four attempts: groups of one. The top attempt chose b, the bottom one a.
  const suspect = quizStatistics(q, [attempt(1, 'b', 5), attempt(2, 'a', 3), attempt(3, 'a', 2), attempt(4, 'a', 1)]).questions[0]!;
  expect(suspect.options!.map((o) => [o.optionId, o.count, o.share, o.upperCount, o.lowerCount, o.neverChosen])).toEqual([
    ['a', 3, 0.75, 0, 1, false], ['b', 1, 0.25, 1, 0, false], ['c', 0, 0, 0, 0, true],
  ]);
  expect(suspect.suspectKey).toBe(true);
  expect(suspect.unusedDistractors).toEqual(['c']);
  // Top chose a: the key leads; a tie is not suspect either.
  expect(quizStatistics(q, [attempt(1, 'a', 5), attempt(2, 'b', 3), attempt(3, 'a', 2), attempt(4, 'b', 1)]).questions[0]!.suspectKey).toBe(false);
  const tie = quizStatistics([{ id: 'q', options: [{ id: 'a', correct: true }, { id: 'b', correct: false }] }], [attempt(1, 'a', 5), attempt(2, 'b', 5)]).questions[0]!;
  expect(tie.options!.map((o) => o.upperCount)).toEqual([1, 0]);
  // A question with no key cannot have a suspect one; an unanswered choice is no option's.
  const keyless = quizStatistics([{ id: 'q', options: [{ id: 'b', correct: false }] }], [attempt(1, 'b', 5), attempt(2, 'b', 1)]).questions[0]!;
  expect(keyless.suspectKey).toBe(false);
  expect(keyless.unusedDistractors).toEqual([]);
});

test('blank answers count as answered nowhere and earn nothing', () => {
  const q: QuestionForStatistics[] = [{ id: 'q', options: null }];
  const stats = quizStatistics(q, [
    { order: 1, points: 1, maxPoints: 1, answers: [{ answered: true, choice: null, correct: true, credit: 1 }] },
    { order: 2, points: 0, maxPoints: 1, answers: [] },
  ]);
  expect(stats.questions[0]).toMatchObject({ answeredCount: 1, correctShare: 0.5, facility: 0.5, upperMeanCredit: 1, lowerMeanCredit: 0, discrimination: 1, unusedDistractors: [], suspectKey: false });
  expect(stats).toMatchObject({ meanPoints: 0.5, meanPercent: 50, medianPercent: 50, groupSize: 1 });
});
