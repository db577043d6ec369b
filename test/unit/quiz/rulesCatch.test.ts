// The rules a review found could be switched off with every test still passing. Each is shown
// here catching its defect by its own message, beside the sound question it was made from.
import type { ChoiceQuestion, MatchingQuestion, OrderingQuestion, TrueFalseQuestion } from '../../../src/domain/question';
import { checkQuiz, questionBank } from '../../../src/quiz';
import { quizFacts } from '../../fixtures/quizFacts';
import { ofKind, testsFact } from './helpers';

const bank = questionBank(quizFacts);
const messages = (q: Parameters<typeof checkQuiz>[0][number], facts = quizFacts) => checkQuiz([q], facts, { scope: 'BANK' }).map((v) => `${v.rule}: ${v.message}`);

test('a matching item that names its own match is caught', () => {
  const matching = ofKind(bank, 'MATCHING')[0] as MatchingQuestion;
  expect(messages(matching)).toEqual([]);
  const berg = matching.left.find((l) => l.text === 'Anna Berg')!;
  const bergsItem = matching.answer.pairs.find((p) => p.leftId === berg.id)!.rightId;
  const named = { ...matching, right: matching.right.map((r) => (r.id === bergsItem ? { ...r, text: `Berg says ${r.text}` } : r)) };
  expect(messages(named)).toEqual([expect.stringMatching(/^no-self-giveaway: the item “Berg says .*” names its own match Anna Berg$/)]);
});

test('two date distractors that overlap each other are caught', () => {
  const when = ofKind(bank, 'MULTIPLE_CHOICE').find((q) => q.prompt.startsWith('According to the article, when did Anna Berg say')) as ChoiceQuestion;
  expect(when.options.map((o) => [o.text, o.correct])).toEqual([['In May', false], ['On Monday', true], ['On Tuesday', false], ['In March', false]]);
  // Another fact dated 11 June 2030, the same day as "Tuesday": as options the two cannot both be wrong for a reason.
  const facts = structuredClone(quizFacts) as { claims: { id: string; date: unknown }[] } & typeof quizFacts;
  facts.claims.find((c) => c.id === 'c-vell-ready')!.date = { text: 'June 11', precision: 'DAY', start: '2030-06-11', end: '2030-06-11' };
  expect(messages(when, facts)).toEqual([]);
  const options = when.options.map((o) => (o.text === 'In May' ? { ...o, text: 'On June 11' } : o));
  expect(messages({ ...when, options }, facts)).toEqual(['distractors-valid: date options “On June 11” and “On Tuesday” overlap']);
});

test('ordering items presented already in order are caught', () => {
  const ordering = ofKind(bank, 'ORDERING')[0] as OrderingQuestion;
  expect(messages(ordering)).toEqual([]);
  const inOrder = { ...ordering, items: ordering.answer.order.map((id) => ordering.items.find((i) => i.id === id)!) };
  expect(messages(inOrder)).toEqual(['well-formed: items are presented already in order']);
});

test('a true statement needs the cited text to bear it out, not merely share some words with it', () => {
  const truth = ofKind(bank, 'TRUE_FALSE').find((q) => q.answer.value && testsFact(q, 'c-berg-sending') && q.prompt.includes('3,000 engineers')) as TrueFalseQuestion;
  expect(truth.prompt).toBe('According to the article, Berg said Ruritania is sending around 3,000 engineers to Freedonia to help rebuild the Varna Bridge.');
  expect(messages(truth)).toEqual([]);
  // Subject and verb kept, the rest made up: well under three quarters of its words are the text's.
  const madeUp = { ...truth, prompt: 'According to the article, Berg said Ruritania is withdrawing every soldier from the northern road.' };
  expect(messages(madeUp)).toEqual(['answer-supported: the true statement is not borne out by the cited text']);
});
