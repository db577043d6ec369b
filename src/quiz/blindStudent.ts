// The blind student: strategies that answer choice questions without reading the article (the
// option naming the most specific things; the option repeating the prompt's words, or the
// headline's). One question
// can favour a strategy by accident; a quiz must not. Over a quiz's choice questions each strategy's
// expected points stay within chance + BLIND_MARGIN of the questions it applies to (issue 11 §2).
// Selection checks this as it adds questions, and the no-blind-strategy quiz rule checks any quiz.
// (Always-true, first-option and longest-option are kept in check by the true/false balance,
// position balancing and the longest-option band; an answer printed elsewhere by the conflicts.)
import type { ChoiceOption, ChoiceQuestion, Question } from '../domain/question';
import { promptWordsRepeated } from './rules/noPromptEcho';

/** What a student sees besides the question: the article's headline, printed on every sheet. */
export interface BlindContext {
  readonly title: string;
}

export interface BlindStrategy {
  readonly name: string;
  /** How strongly the strategy favours each option; it picks the highest (ties share), all 0 is a guess. */
  readonly score: (q: ChoiceQuestion, option: ChoiceOption, context: BlindContext) => number;
}

/** Capitalised words after the first, figures, and long words: what makes an option look exact. */
function specificity(text: string): number {
  return text
    .split(/\s+/)
    .filter((t) => t !== '')
    .reduce((n, t, i) => n + (/\d/.test(t) ? 1 : i > 0 && /^\p{Lu}/u.test(t) ? 1 : t.replace(/[^\p{L}]/gu, '').length > 8 ? 0.5 : 0), 0);
}

export const BLIND_STRATEGIES: readonly BlindStrategy[] = [
  { name: 'most specific option', score: (_q, o) => specificity(o.text) },
  { name: 'option repeating a prompt word', score: (q, o) => promptWordsRepeated(q.prompt, o.text) },
  // "What is the article mainly about?": the option sharing most words with the headline.
  { name: 'option repeating the headline', score: (_q, o, c) => (c.title === '' ? 0 : promptWordsRepeated(c.title, o.text)) },
];

const POINTS = new WeakMap<ChoiceQuestion, Map<string, number>>();
const NO_CONTEXT: BlindContext = { title: '' };

/** Points a student using the strategy is expected to score on one question (0..1); cached. */
export function strategyPoints(strategy: BlindStrategy, q: ChoiceQuestion, context: BlindContext = NO_CONTEXT): number {
  let known = POINTS.get(q);
  if (known === undefined) {
    known = new Map();
    POINTS.set(q, known);
  }
  const key = `${strategy.name}|${context.title}`;
  let points = known.get(key);
  if (points === undefined) {
    points = computePoints(strategy, q, context);
    known.set(key, points);
  }
  return points;
}

function computePoints(strategy: BlindStrategy, q: ChoiceQuestion, context: BlindContext): number {
  const scores = q.options.map((o) => strategy.score(q, o, context));
  const best = Math.max(...scores);
  if (best <= 0) return 1 / q.options.length;
  const top = q.options.filter((_, i) => scores[i] === best);
  return top.some((o) => o.id === q.answer.optionId) ? 1 / top.length : 0;
}

/** How far above chance + margin a strategy ends over `questions` (≤ 0 is fair). */
export const BLIND_MARGIN = 0.1;
/** Quizzes with fewer choice questions than this are not judged (one lucky question is no pattern). */
export const BLIND_MIN_QUESTIONS = 3;

export interface BlindTally {
  readonly strategy: string;
  readonly points: number;
  readonly chance: number;
  readonly questions: number;
}

export function isChoiceQuestion(q: Question): q is ChoiceQuestion {
  return (q.kind === 'MULTIPLE_CHOICE' || q.kind === 'WHO_SAID_IT' || q.kind === 'SOURCE_AND_STANDING') && q.options.length >= 2;
}

export function blindTallies(questions: readonly Question[], context: BlindContext = NO_CONTEXT): BlindTally[] {
  const choices = questions.filter(isChoiceQuestion);
  return BLIND_STRATEGIES.map((s) => ({
    strategy: s.name,
    points: choices.reduce((sum, q) => sum + strategyPoints(s, q, context), 0),
    chance: choices.reduce((sum, q) => sum + 1 / q.options.length, 0),
    questions: choices.length,
  }));
}

/** The most points allowed over questions whose chance total is `chance`: never below one lucky question. */
export function blindAllowance(chance: number, questions: number): number {
  return Math.max(1, chance + BLIND_MARGIN * questions);
}

/** Whether the strategies stay fair over `questions` (checked only from BLIND_MIN_QUESTIONS up). */
export function beatsBlindStudent(questions: readonly Question[], context: BlindContext = NO_CONTEXT): BlindTally[] {
  return blindTallies(questions, context).filter((t) => t.questions >= BLIND_MIN_QUESTIONS && t.points > blindAllowance(t.chance, t.questions) + 1e-9);
}

/** For selection: whether adding `candidate` keeps every strategy within its allowance so far. */
export function keepsBlindStudentOut(candidate: Question, selected: readonly Question[], context: BlindContext = NO_CONTEXT): boolean {
  if (!isChoiceQuestion(candidate)) return true;
  return blindTallies([...selected, candidate], context).every((t) => t.points <= blindAllowance(t.chance, t.questions) + 1e-9);
}

/** The headline a student sees with the quiz: the event's title and its articles' titles. */
export function blindContextOf(facts: { readonly event: { readonly title: string }; readonly articles: readonly { readonly title: string | null }[] }): BlindContext {
  return { title: [facts.event.title, ...facts.articles.map((a) => a.title ?? '')].filter((t) => t !== '').join(' ') };
}
