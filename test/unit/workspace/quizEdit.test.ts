// Quiz edits against the made-up event's facts: each edit's new list, what the rules newly flag,
// and what becomes of a citation.
import type { ChoiceQuestion, NumericQuestion, Question, TrueFalseQuestion } from '../../../src/domain/question';
import { BadInputError } from '../../../src/errors';
import { questionBank } from '../../../src/quiz';
import { relinkEvidence, supportProblems } from '../../../src/workspace/evidenceLink';
import { contentKey, originOf, workspaceQuestionId } from '../../../src/workspace/questionOrigin';
import { applyQuizEdit, newViolations, type QuizEdit } from '../../../src/workspace/quizEdit';
import { needsNewVersion } from '../../../src/workspace/versioning';
import { quizFacts } from '../../fixtures/quizFacts';

const bank = questionBank(quizFacts);
const byPrompt = <Q extends Question>(fragment: string): Q => {
  const q = bank.find((x) => x.prompt.includes(fragment));
  if (!q) throw new Error(`no bank question with “${fragment}”`);
  return q as Q;
};
const whoSaid = byPrompt<ChoiceQuestion>('who said Ruritania is sending around 3,000 engineers');
const figure = bank.find((q): q is NumericQuestion => q.kind === 'NUMERIC' && q.prompt.includes('Anna Berg'))!;
const trueStatement = byPrompt<TrueFalseQuestion>('Berg said Ruritania has already sent surveyors');
const quiz: readonly Question[] = [whoSaid, figure, trueStatement];

const apply = (edit: QuizEdit, questions: readonly Question[] = quiz) => applyQuizEdit(questions, edit, quizFacts);
function refused(edit: QuizEdit, questions: readonly Question[] = quiz): BadInputError {
  try {
    apply(edit, questions);
  } catch (error) {
    if (error instanceof BadInputError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

test('the fixture questions are sound to begin with, so every warning below is the edit\u2019s', () => {
  for (const q of quiz) expect(supportProblems(q, quizFacts)).toEqual([]);
});

describe('an edit runs the rules and reports what it brought in', () => {
  test('a distractor that is another name for the answer is flagged: this option is also right', () => {
    const options = whoSaid.options.map((o) => ({ text: o.correct || o.text !== 'Marta Kos' ? o.text : 'Berg', correct: o.correct }));
    const out = apply({ type: 'EDIT', questionId: whoSaid.id, draft: { options } });
    const id = out.touched[0]!;
    expect(out.warnings.filter((w) => w.questionId === id && w.rule === 'distractors-valid').length).toBeGreaterThan(0);
  });

  test('a catch-all option is flagged, with the same rule name a generated question would get', () => {
    const options = whoSaid.options.map((o) => ({ text: o.text === 'Marta Kos' ? 'None of the above' : o.text, correct: o.correct }));
    const out = apply({ type: 'EDIT', questionId: whoSaid.id, draft: { options } });
    expect(out.warnings.map((w) => w.rule)).toContain('no-catch-all-options');
  });

  test('a clean edit (the explanation reworded) flags nothing, and old debts of the quiz are not repeated', () => {
    const out = apply({ type: 'EDIT', questionId: trueStatement.id, draft: { explanation: 'Sentence 2 says so.' } });
    expect(out.changed).toBe(true);
    expect(out.warnings).toEqual([]);
  });

  test('newViolations keeps only what is new, by rule, question and message', () => {
    const a = { rule: 'r', questionId: 'q1', message: 'm' };
    expect(newViolations([a], [a, { ...a, questionId: 'q2' }, { ...a, message: 'n' }, { ...a, rule: 's' }])).toEqual([
      { ...a, questionId: 'q2' },
      { ...a, message: 'n' },
      { ...a, rule: 's' },
    ]);
    expect(newViolations([a], [a])).toEqual([]);
  });
});

describe('the evidence link', () => {
  test('a tolerance widened keeps the citation: the figure still is the cited one', () => {
    const out = apply({ type: 'EDIT', questionId: figure.id, draft: { tolerance: 500 } });
    expect(out.evidence).toEqual({ status: 'KEPT', reason: null });
    const edited = out.questions[1] as NumericQuestion;
    expect(edited.evidence).toEqual(figure.evidence);
    expect(edited.tests).toEqual(figure.tests);
  });

  test('a figure the text does not give removes the citation and the tested facts, and says why', () => {
    const out = apply({ type: 'EDIT', questionId: figure.id, draft: { numberAnswer: 4000 } });
    expect(out.evidence).toEqual({ status: 'REMOVED', reason: 'the figure 4000 is not the tested quantity as the cited words give it' });
    const edited = out.questions[1]!;
    expect(edited.evidence).toEqual([]);
    expect(edited.tests).toEqual([]);
    expect(out.warnings[0]).toEqual({ rule: 'evidence-link', questionId: edited.id, message: expect.stringMatching(/^no longer rests on the sentences it cited \(the figure 4000/) });
  });

  test('a true statement rewritten into one the text does not bear out loses its citation', () => {
    const out = apply({ type: 'EDIT', questionId: trueStatement.id, draft: { prompt: 'According to the article, Berg said the bridge will reopen next week.' } });
    expect(out.evidence?.status).toBe('REMOVED');
  });

  test('a problem the question had before the edit is not the edit\u2019s doing: the citation stays', () => {
    const broken: NumericQuestion = { ...figure, answer: { ...figure.answer, value: 4000 } };
    const after: NumericQuestion = { ...broken, explanation: 'Reworded.' };
    expect(supportProblems(broken, quizFacts)).not.toEqual([]);
    expect(relinkEvidence(broken, after, quizFacts).link.status).toBe('KEPT');
  });

  test('a question that cites nothing has no link to keep', () => {
    const own: TrueFalseQuestion = { ...trueStatement, evidence: [], tests: [] };
    expect(relinkEvidence(own, { ...own, prompt: 'Changed.' }, quizFacts).link).toEqual({ status: 'NONE', reason: null });
  });
});

describe('ids and origins', () => {
  test('an edited question gets an id derived from its content; the same content, the same id; a generated one keeps its bank id', () => {
    const once = apply({ type: 'EDIT', questionId: whoSaid.id, draft: { prompt: 'Who said it?' } });
    const twice = apply({ type: 'EDIT', questionId: whoSaid.id, draft: { prompt: 'Who said it?' } });
    expect(once.touched).toEqual(twice.touched);
    expect(once.touched[0]).toMatch(/^edit-[0-9a-f]{20}$/);
    expect(originOf(once.touched[0]!)).toBe('EDITED');
    expect(originOf(whoSaid.id)).toBe('GENERATED');
    expect(workspaceQuestionId('OWN', trueStatement)).toMatch(/^own-/);
    expect(workspaceQuestionId('IMPORTED', trueStatement)).not.toBe(workspaceQuestionId('IMPORTED', { ...trueStatement, prompt: 'Other.' }));
  });

  test('an edit that changes nothing changes nothing: same list, same ids, no warnings', () => {
    const out = apply({ type: 'EDIT', questionId: whoSaid.id, draft: { prompt: whoSaid.prompt, correctOption: whoSaid.answer.optionId } });
    expect(out).toEqual({ questions: quiz, changed: false, touched: [], warnings: [], evidence: null, alreadyAsked: [] });
  });
});

describe('remove, reorder, replace, add', () => {
  test('remove takes the question out; the last one cannot go', () => {
    expect(apply({ type: 'REMOVE', questionId: figure.id }).questions).toEqual([whoSaid, trueStatement]);
    expect(refused({ type: 'REMOVE', questionId: whoSaid.id }, [whoSaid]).message).toMatch(/only question/);
    expect(refused({ type: 'REMOVE', questionId: 'q-x' }).field).toEqual(['input.questionId']);
  });

  test('reorder takes every question once', () => {
    expect(apply({ type: 'REORDER', questionIds: [trueStatement.id, whoSaid.id, figure.id] }).questions).toEqual([trueStatement, whoSaid, figure]);
    expect(apply({ type: 'REORDER', questionIds: quiz.map((q) => q.id) }).changed).toBe(false);
    expect(refused({ type: 'REORDER', questionIds: [whoSaid.id, figure.id] }).message).toBe('list every question of the quiz once: 1 of its 3 are missing');
    expect(refused({ type: 'REORDER', questionIds: [whoSaid.id, whoSaid.id, figure.id] }).field).toEqual(['input.questionIds[1]']);
    expect(refused({ type: 'REORDER', questionIds: [whoSaid.id, 'q-x', figure.id] }).message).toBe('question q-x is not in this quiz');
  });

  test('replace puts the bank question in the same place, and not one the quiz already asks', () => {
    const other = bank.find((q) => !quiz.includes(q))!;
    const out = apply({ type: 'REPLACE', questionId: figure.id, replacement: other });
    expect(out.questions).toEqual([whoSaid, other, trueStatement]);
    expect(out.touched).toEqual([other.id]);
    expect(refused({ type: 'REPLACE', questionId: figure.id, replacement: whoSaid }).message).toMatch(/already asks/);
  });

  test('an own question goes where asked, is flagged for citing nothing, and cannot be added twice', () => {
    const draft = { prompt: 'True or false: Marta Kos leads the survey.', explanation: 'The last sentence.', booleanAnswer: true };
    const out = apply({ type: 'ADD_OWN', kind: 'TRUE_FALSE', draft, position: 1 });
    const own = out.questions[1]!;
    expect(out.questions.map((q) => q.id)).toEqual([whoSaid.id, own.id, figure.id, trueStatement.id]);
    expect(originOf(own.id)).toBe('OWN');
    expect(out.warnings.filter((w) => w.questionId === own.id).map((w) => w.message)).toEqual(expect.arrayContaining(['cites no evidence', 'tests no fact']));
    expect(out.evidence).toBeNull();
    expect(refused({ type: 'ADD_OWN', kind: 'TRUE_FALSE', draft, position: null }, out.questions).message).toMatch(/already asks this question/);
    expect(refused({ type: 'ADD_OWN', kind: 'TRUE_FALSE', draft, position: 9 }).field).toEqual(['input.position']);
    expect(refused({ type: 'ADD_OWN', kind: 'TRUE_FALSE', draft, position: -1 }).field).toEqual(['input.position']);
    expect(apply({ type: 'ADD_OWN', kind: 'TRUE_FALSE', draft, position: 3 }).questions[3]!.prompt).toBe(draft.prompt);
  });

  test('added questions the quiz already asks are left out and named; the rest go in', () => {
    const own = { ...trueStatement, id: 'imp-1', prompt: 'True or false: the bridge is open.' };
    const out = apply({ type: 'ADD', questions: [whoSaid, own], position: null });
    expect(out.questions.map((q) => q.id)).toEqual([...quiz.map((q) => q.id), 'imp-1']);
    expect(out.alreadyAsked).toEqual([whoSaid.id]);
    expect(apply({ type: 'ADD', questions: [whoSaid], position: null })).toMatchObject({ changed: false, alreadyAsked: [whoSaid.id] });
  });

  test('a quiz holds at most 100 questions', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ ...trueStatement, id: `q-${i}` }));
    expect(refused({ type: 'ADD_OWN', kind: 'TRUE_FALSE', draft: { prompt: 'One more.', booleanAnswer: true }, position: null }, many).message).toMatch(/at most 100 questions; this one has 100, and 1 more/);
  });
});

describe('versions', () => {
  test('a new version only for a change to a version students have answered', () => {
    expect(needsNewVersion(true, 1)).toBe(true);
    expect(needsNewVersion(true, 0)).toBe(false);
    expect(needsNewVersion(false, 5)).toBe(false);
  });
});

test('a rule naming the edited question by its new id is not new when it said the same of the old id', () => {
  const before = [{ rule: 'no-cross-giveaway', questionId: 'q-a', message: 'question q-b shows its answer “Berg”' }];
  const after = [
    { rule: 'no-cross-giveaway', questionId: 'q-a', message: 'question edit-1 shows its answer “Berg”' },
    { rule: 'no-cross-giveaway', questionId: 'edit-1', message: 'question q-a shows its answer “Kos”' },
  ];
  expect(newViolations(before, after, new Map([['edit-1', 'q-b']]))).toEqual([after[1]]);
  expect(newViolations(before, after)).toEqual(after);
});

describe('content keys and support checks, pinned', () => {
  test('content keys ignore how objects were built (key order, absent fields) but not list order', () => {
    const a = { ...trueStatement, id: 'x' };
    const reordered = Object.fromEntries(Object.entries(trueStatement).reverse()) as unknown as Question;
    expect(contentKey(reordered)).toBe(contentKey(a));
    expect(contentKey({ ...a, extra: undefined } as unknown as Question)).toBe(contentKey(a));
    expect(contentKey({ ...whoSaid, options: [...whoSaid.options].reverse() })).not.toBe(contentKey(whoSaid));
    expect(contentKey({ ...a, prompt: 'Other.' })).not.toBe(contentKey(a));
  });

  test('support problems are the answer-supported rule\u2019s only: a catch-all option is another rule\u2019s business', () => {
    const catchAll: ChoiceQuestion = { ...whoSaid, options: whoSaid.options.map((o) => (o.correct ? o : { ...o, text: 'All of the above' })).slice(0, 2) };
    expect(supportProblems(catchAll, quizFacts)).toEqual([]);
  });

  test('a question that tests facts but cites no sentence still goes through the check', () => {
    const noEvidence: NumericQuestion = { ...figure, evidence: [] };
    expect(relinkEvidence(noEvidence, { ...noEvidence, explanation: 'Reworded.' }, quizFacts).link.status).toBe('KEPT');
    const broken = relinkEvidence(figure, { ...figure, evidence: [], answer: { ...figure.answer, value: 4000 } }, quizFacts).link;
    expect(broken.status).toBe('REMOVED');
    expect(broken.reason).toBe('cites no evidence; the figure 4000 is not the tested quantity as the cited words give it');
  });
});
