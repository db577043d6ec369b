// generateQuiz: picks questions from the bank with the seeded rng. It mixes kinds round-robin,
// avoids questions that repeat or answer each other, prefers questions on facts not yet tested,
// balances correct positions, and when it cannot reach the count says so rather than padding.
import type { EventFacts } from '../domain/facts';
import { DIFFICULTY_LEVELS, type DifficultyLevel, type GeneratedQuiz, type Question, type QuestionKind } from '../domain/question';
import { questionBank } from './bank';
import { QuizInputError } from './errors';
import { indexFacts, type FactIndex } from './facts/factIndex';
import { checkKinds } from './kinds';
import { balanceCorrectPositions } from './positions';
import { createRng } from './random';
import { correctIsLongest, givesAway, longestAllowance, longestFloor, nearDuplicate } from './rules/quizRules';
import { printsAnswerOf } from './rules/noAnswerElsewhere';
import { withRelatedFacts } from './rules/support';
import { checkQuiz } from './rules';
import { questionQuality } from './quality';

export const MAX_QUIZ_QUESTIONS = 100;

export interface QuizOptions {
  readonly count: number;
  readonly kinds?: readonly QuestionKind[];
  readonly difficulty?: DifficultyLevel;
  readonly seed: string;
  /** Use exactly these bank questions, in this order. */
  readonly questionIds?: readonly string[];
}

function checkOptions(options: QuizOptions): void {
  const { count } = options;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_QUIZ_QUESTIONS) {
    throw new QuizInputError(`count must be a whole number from 1 to ${MAX_QUIZ_QUESTIONS}, got ${String(count)}`);
  }
  if (typeof options.seed !== 'string') throw new QuizInputError('seed must be a string');
  if (options.difficulty !== undefined && !(DIFFICULTY_LEVELS as readonly string[]).includes(options.difficulty)) {
    throw new QuizInputError(`unknown difficulty "${String(options.difficulty)}"; use ${DIFFICULTY_LEVELS.join(', ')}`);
  }
}

function chosenQuestions(facts: EventFacts, ids: readonly string[]): Question[] {
  if (ids.length === 0) throw new QuizInputError('questionIds must name at least one question');
  if (ids.length > MAX_QUIZ_QUESTIONS) throw new QuizInputError(`a quiz holds at most ${MAX_QUIZ_QUESTIONS} questions; ${ids.length} questionIds given`);
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length > 0) throw new QuizInputError(`questionIds repeat ${[...new Set(duplicates)].join(', ')}`);
  const bank = new Map(questionBank(facts).map((q) => [q.id, q]));
  const unknown = ids.filter((id) => !bank.has(id));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 5).join(', ');
    throw new QuizInputError(`${unknown.length} of the questionIds name no question this event can make: ${shown}${unknown.length > 5 ? ', …' : ''}`);
  }
  return ids.map((id) => bank.get(id) as Question);
}

function factKeys(index: FactIndex, q: Question): string[] {
  return withRelatedFacts(index, q.tests).map((r) => `${r.type}:${r.id}`);
}

function isChoice(q: Question): q is Extract<Question, { kind: 'MULTIPLE_CHOICE' | 'WHO_SAID_IT' | 'SOURCE_AND_STANDING' }> {
  return (q.kind === 'MULTIPLE_CHOICE' || q.kind === 'WHO_SAID_IT' || q.kind === 'SOURCE_AND_STANDING') && q.options.length >= 3;
}

/** Whether `candidate` can join `selected`: no repeats, no give-aways either way, lengths not a clue. */
function fits(index: FactIndex, candidate: Question, selected: readonly Question[], longest: { count: number; eligible: number }): boolean {
  for (const s of selected) {
    if (nearDuplicate(index, s, candidate) !== null) return false;
    if (givesAway(index, s, candidate) !== null || givesAway(index, candidate, s) !== null) return false;
    if (printsAnswerOf(index, s, candidate) !== null || printsAnswerOf(index, candidate, s) !== null) return false;
  }
  if ((candidate.kind === 'MULTIPLE_CHOICE' || candidate.kind === 'WHO_SAID_IT' || candidate.kind === 'SOURCE_AND_STANDING') && candidate.options.length >= 3) {
    const extra = correctIsLongest(candidate) ? 1 : 0;
    if (longest.count + extra > longestAllowance(longest.eligible + 1)) return false;
  }
  return true;
}

/**
 * Whether a true/false question keeps the quiz's keys balanced: true never outnumbers false and
 * false leads by at most one (with four or more items, 40–60% True). On extracted facts true statements far outnumber provably false ones, and a
 * student answering "True" throughout would otherwise pass.
 */
export function keepsTrueFalseBalance(candidate: Question, selected: readonly Question[]): boolean {
  if (candidate.kind !== 'TRUE_FALSE') return true;
  let trues = 0;
  let falses = 0;
  for (const s of selected) if (s.kind === 'TRUE_FALSE') s.answer.value ? trues++ : falses++;
  // A true statement needs a false one already in; a false one may lead by one. So "always True"
  // never beats a coin on any quiz, and a text with no provably false statement gets no true/false.
  return candidate.answer.value ? trues < falses : falses <= trues;
}

interface Picked {
  readonly questions: Question[];
  /** True/false questions that fitted but were held back to keep the keys balanced. */
  readonly heldForBalance: number;
}

/** Whether two questions cannot share a quiz: they repeat each other or one gives the other away. */
function conflict(index: FactIndex, a: Question, b: Question): boolean {
  return (
    nearDuplicate(index, a, b) !== null ||
    givesAway(index, a, b) !== null ||
    givesAway(index, b, a) !== null ||
    printsAnswerOf(index, a, b) !== null ||
    printsAnswerOf(index, b, a) !== null
  );
}

const BLOCKING = new WeakMap<FactIndex, Map<string, number>>();

/**
 * For each question, the share of the other pool questions it cannot share a quiz with. A question
 * whose answer is printed everywhere (a "two" that every statement of a two-day rally shows) shuts
 * out half the bank; preferring questions that block few others fills a quiz from the same sound
 * bank instead of running short. Cached per facts: the bank is fixed for them.
 */
function blockingShares(index: FactIndex, pool: readonly Question[]): Map<string, number> {
  let cached = BLOCKING.get(index);
  if (cached === undefined) {
    cached = new Map();
    BLOCKING.set(index, cached);
  }
  const missing = pool.filter((q) => !cached.has(`${q.id}|${pool.length}`));
  if (missing.length > 0) {
    for (const q of pool) {
      let n = 0;
      for (const other of pool) if (other !== q && conflict(index, q, other)) n++;
      cached.set(`${q.id}|${pool.length}`, pool.length <= 1 ? 0 : n / (pool.length - 1));
    }
  }
  return new Map(pool.map((q) => [q.id, cached.get(`${q.id}|${pool.length}`) ?? 0]));
}

/** How much blocking others weighs against a question's own quality when ranking. */
export const BLOCKING_WEIGHT = 0.6;
/** Seeded jitter, so different seeds still give different quizzes among questions of like rank. */
export const RANK_JITTER = 0.25;

/**
 * Candidates in the order selection tries them: best quality and least blocking first, with a
 * seeded jitter so that quizzes for different seeds differ.
 */
function ranked(index: FactIndex, pool: readonly Question[], rng: ReturnType<typeof createRng>): Question[] {
  const blocking = blockingShares(index, pool);
  const rank = new Map(pool.map((q) => [q.id, questionQuality(index, q) - BLOCKING_WEIGHT * (blocking.get(q.id) ?? 0) + RANK_JITTER * rng.next()]));
  return [...pool].sort((a, b) => (rank.get(b.id) ?? 0) - (rank.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
}

function pick(index: FactIndex, pool: readonly Question[], count: number, seed: string): Picked {
  const rng = createRng(`quiz|${seed}`);
  const byKind = new Map<QuestionKind, Question[]>();
  for (const q of ranked(index, pool, rng)) byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), q]);
  const kindOrder = rng.shuffle([...byKind.keys()]);
  const selected: Question[] = [];
  const tested = new Set<string>();
  const longest = { count: 0, eligible: 0 };
  const fresh = (q: Question): boolean => factKeys(index, q).every((k) => !tested.has(k));
  const take = (kind: QuestionKind, accept: (q: Question) => boolean): boolean => {
    const list = byKind.get(kind) ?? [];
    const ok = (q: Question): boolean => accept(q) && keepsTrueFalseBalance(q, selected) && fits(index, q, selected, longest);
    // Below the band's floor, a choice whose correct option is the longest goes first.
    const wantLongest = longest.count < longestFloor(longest.eligible + 1);
    const longestAt = wantLongest ? list.findIndex((q) => isChoice(q) && correctIsLongest(q) && ok(q)) : -1;
    const at = longestAt >= 0 ? longestAt : list.findIndex(ok);
    if (at < 0) return false;
    const [q] = list.splice(at, 1) as [Question];
    selected.push(q);
    factKeys(index, q).forEach((k) => tested.add(k));
    if ((q.kind === 'MULTIPLE_CHOICE' || q.kind === 'WHO_SAID_IT' || q.kind === 'SOURCE_AND_STANDING') && q.options.length >= 3) {
      longest.eligible++;
      if (correctIsLongest(q)) longest.count++;
    }
    return true;
  };
  // One of each kind first (on untested facts when possible), so that a short quiz still mixes
  // kinds; then only questions on facts no chosen question tests yet; then, if short, any that fit.
  // Scarce kinds go first in that round: a kind with one candidate is easily crowded out later.
  const scarceFirst = [...kindOrder].sort((a, b) => (byKind.get(a)?.length ?? 0) - (byKind.get(b)?.length ?? 0));
  for (const kind of scarceFirst) {
    if (selected.length >= count) break;
    if (!take(kind, fresh)) take(kind, () => true);
  }
  for (const accept of [fresh, () => true]) {
    let added = true;
    while (added && selected.length < count) {
      added = false;
      for (const kind of kindOrder) {
        if (selected.length >= count) break;
        if (take(kind, accept)) added = true;
      }
    }
  }
  const tf = selected.filter((q) => q.kind === 'TRUE_FALSE').length;
  const heldForBalance = tf === 0 ? 0 : (byKind.get('TRUE_FALSE') ?? []).filter((q) => fits(index, q, selected, longest)).length;
  return { questions: selected, heldForBalance };
}

export function generateQuiz(facts: EventFacts, options: QuizOptions): GeneratedQuiz {
  checkOptions(options);
  const kinds = checkKinds(options.kinds);
  const index = indexFacts(facts);
  const rng = createRng(`positions|${options.seed}`);

  if (options.questionIds !== undefined) {
    const chosen = balanceCorrectPositions(chosenQuestions(facts, options.questionIds), rng);
    const warnings: string[] = [];
    if (options.count !== chosen.length) warnings.push(`Using the ${chosen.length} questions asked for by id; count ${options.count} was not applied.`);
    const problems = checkQuiz(chosen, facts).filter((v) => v.rule !== 'balanced-positions');
    for (const v of problems) warnings.push(`Question ${v.questionId}: ${v.message} (${v.rule}).`);
    return { questions: chosen, warnings };
  }

  const bank = questionBank(facts, kinds);
  const pool = options.difficulty === undefined ? bank : bank.filter((q) => q.difficulty.level === options.difficulty);
  const { questions: selected, heldForBalance } = pick(index, pool, options.count, options.seed);
  const warnings: string[] = [];
  if (selected.length < options.count) {
    const filters = [
      options.kinds === undefined ? null : `kinds ${kinds.join(', ')}`,
      options.difficulty === undefined ? null : `difficulty ${options.difficulty}`,
    ].filter((x): x is string => x !== null);
    const scope = filters.length === 0 ? 'this event' : `this event with ${filters.join(' and ')}`;
    const why =
      pool.length < options.count
        ? `${scope} supports only ${pool.length} sound question${pool.length === 1 ? '' : 's'}`
        : `the other ${pool.length - selected.length} questions ${scope} supports would repeat or give away questions already chosen`;
    const balance = heldForBalance === 0 ? '' : `; ${heldForBalance} more true/false statement${heldForBalance === 1 ? ' was' : 's were'} held back because the text gives too few provably false ones to keep true and false answers balanced`;
    warnings.push(`Only ${selected.length} of the ${options.count} requested questions could be made: ${why}${balance}.`);
  }
  return { questions: balanceCorrectPositions(selected, rng), warnings };
}
