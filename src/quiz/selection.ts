// generateQuiz: picks questions from the bank with the seeded rng. It prefers good questions that
// shut out few others, mixes kinds, avoids questions that repeat or answer each other, prefers facts
// not yet tested, balances correct positions, and when it cannot reach the count says so (naming
// what shut the rest out) rather than padding.
import type { EventFacts } from '../domain/facts';
import { DIFFICULTY_LEVELS, questionSkill, type DifficultyLevel, type GeneratedQuiz, type Question, type QuestionKind } from '../domain/question';
import { questionBank } from './bank';
import { QuizInputError } from './errors';
import { indexFacts, type FactIndex } from './facts/factIndex';
import { checkKinds } from './kinds';
import { balanceCorrectPositions } from './positions';
import { createRng } from './random';
import { correctIsLongest, longestAllowance, longestFloor } from './rules/quizRules';
import { blindContextOf, keepsBlindStudentOut } from './blindStudent';
import { conflictBetween, conflictGraph, type Conflict, type ConflictKind } from './conflicts';
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

/**
 * Whether a true/false question keeps the quiz's keys balanced: one side leads by at most one, and
 * only the side `leads` names (with four or more items, 40–60% True). Which side may lead is the
 * quiz seed's choice, so neither "always True" nor "always False" wins across quizzes: when false
 * always led, a quiz's lone true/false item was always False. A text with provably false
 * statements of only one kind gets at most one true/false item.
 */
export function keepsTrueFalseBalance(candidate: Question, selected: readonly Question[], leads: 'TRUE' | 'FALSE' = 'FALSE'): boolean {
  if (candidate.kind !== 'TRUE_FALSE') return true;
  let lead = candidate.answer.value ? 1 : -1;
  for (const s of selected) if (s.kind === 'TRUE_FALSE') lead += s.answer.value ? 1 : -1;
  return leads === 'TRUE' ? lead === 0 || lead === 1 : lead === 0 || lead === -1;
}

interface Picked {
  readonly questions: Question[];
  /** True/false questions that fitted but were held back to keep the keys balanced. */
  readonly heldForBalance: number;
  /** For each pool question shut out by a chosen one, why (by pool position). */
  readonly shutOut: readonly Conflict[];
}

/** How much shutting out the rest of the pool weighs against a question's own quality. */
export const BLOCKING_WEIGHT = 0.6;
/** Seeded jitter, so different seeds still give different quizzes among questions of like rank. */
export const RANK_JITTER = 0.25;
/** Each question of a kind already chosen lowers the next one of that kind by this: quizzes mix kinds. */
export const KIND_REPEAT_PENALTY = 0.12;
/** A question on facts no chosen question tests yet is preferred by this. */
export const FRESH_FACTS_BONUS = 0.15;
/**
 * Shutting out the last live questions of a kind the quiz lacks costs this much (spread over the
 * kind's live questions): one matching question blocked by a true/false statement is a kind lost.
 */
export const KIND_LOSS_WEIGHT = 0.5;
/** Below the band's floor, a choice whose correct option is the longest is preferred by this. */
export const LONGEST_BONUS = 0.3;

/** Main-idea and cause-and-effect questions: what issue 11 asks every quiz to hold one of, where the text allows. */
export function testsUnderstanding(q: Question): boolean {
  const skill = questionSkill(q);
  return skill === 'MAIN_IDEA' || skill === 'CAUSE_EFFECT';
}

/**
 * Three or more true/false items in odd number always let one side lead ("always True" scores 2 of
 * 3): the weakest item of the leading side leaves, so such quizzes are keyed half True. A lone item
 * stays (which side it falls on is the seed's choice, so neither guess wins across quizzes).
 */
function evenTrueFalse(index: FactIndex, selected: Question[]): boolean {
  const tf = selected.filter((q): q is Extract<Question, { kind: 'TRUE_FALSE' }> => q.kind === 'TRUE_FALSE');
  if (tf.length < 3 || tf.length % 2 === 0) return false;
  const trues = tf.filter((q) => q.answer.value).length;
  const leading = tf.filter((q) => q.answer.value === trues > tf.length - trues);
  const weakest = leading.reduce((a, b) => (questionQuality(index, b) < questionQuality(index, a) ? b : a));
  selected.splice(selected.indexOf(weakest), 1);
  return true;
}

function longestFits(q: Question, longest: { count: number; eligible: number }): boolean {
  if (!isChoice(q)) return true;
  const extra = correctIsLongest(q) ? 1 : 0;
  return longest.count + extra <= longestAllowance(longest.eligible + 1);
}

/**
 * Greedy selection over the conflict graph (a maximum-weight independent set, approximately): at
 * each step the live candidate with the best score joins, and every candidate it conflicts with
 * leaves. A candidate's score is its quality, less what it would shut out (the share of the live
 * pool it conflicts with: a question whose answer every statement prints blocks half the bank),
 * less the kinds it would shut out of the quiz, less a penalty per chosen question of its kind, plus a bonus for facts not yet tested and a
 * seeded jitter. Quiz-level constraints (true/false balance, the longest-option band) are checked
 * against what is chosen so far.
 */
/**
 * How kinds are brought in: 'free' lets every candidate compete from the start; 'missing' lets only
 * kinds not yet in the quiz compete while any has a candidate; 'scarce' takes the scarcest missing
 * kind first.
 */
type KindOrder = 'free' | 'missing' | 'scarce';

function pickOnce(index: FactIndex, pool: readonly Question[], count: number, seed: string, order: KindOrder, understandingFirst: boolean, swaps = false): Picked {
  const rng = createRng(`quiz|${seed}`);
  const quality = pool.map((q) => questionQuality(index, q));
  const jitter = pool.map(() => RANK_JITTER * rng.next());
  const graph = conflictGraph(index, pool);
  const keys = pool.map((q) => factKeys(index, q));
  const live = new Set(pool.keys());
  const selected: Question[] = [];
  const tested = new Set<string>();
  const perKind = new Map<QuestionKind, number>();
  const longest = { count: 0, eligible: 0 };
  const blind = blindContextOf(index.facts);
  const leads = createRng(`true-false|${seed}`).next() < 0.5 ? 'TRUE' : 'FALSE';
  const liveOfKind = new Map<QuestionKind, number>();
  for (const q of pool) liveOfKind.set(q.kind, (liveOfKind.get(q.kind) ?? 0) + 1);
  const leave = (i: number): void => {
    if (!live.delete(i)) return;
    const kind = (pool[i] as Question).kind;
    liveOfKind.set(kind, (liveOfKind.get(kind) ?? 1) - 1);
  };
  while (selected.length < count && live.size > 0) {
    const wantLongest = longest.count < longestFloor(longest.eligible + 1);
    let best = -1;
    let bestScore = -Infinity;
    // With 'missing' or 'scarce', while some kind is missing from the quiz and still has a candidate,
    // only missing kinds compete (a kind with one candidate is easily shut out later, but taking it
    // first can shut out more questions than it brings: a who-said-it question whose answer every
    // other question prints); then all compete.
    const allowed = [...live].filter((i) => {
      const q = pool[i] as Question;
      return keepsTrueFalseBalance(q, selected, leads) && longestFits(q, longest) && keepsBlindStudentOut(q, selected, blind);
    });
    const missing = order === 'free' ? [] : allowed.filter((i) => !perKind.has((pool[i] as Question).kind));
    const scarcest = order !== 'scarce' ? null : missing.reduce<QuestionKind | null>((k, i) => {
      const kind = (pool[i] as Question).kind;
      return k === null || (liveOfKind.get(kind) ?? 0) < (liveOfKind.get(k) ?? 0) || ((liveOfKind.get(kind) ?? 0) === (liveOfKind.get(k) ?? 0) && kind < k) ? kind : k;
    }, null);
    // A question testing understanding (what the article is mainly about, why something happened)
    // goes in first when the bank has one that fits: a reading quiz should not be recall alone.
    const understanding = !understandingFirst || selected.some(testsUnderstanding) ? [] : allowed.filter((j) => testsUnderstanding(pool[j] as Question));
    const competing =
      understanding.length > 0 ? understanding : scarcest !== null ? missing.filter((j) => (pool[j] as Question).kind === scarcest) : missing.length > 0 ? missing : allowed;
    for (const i of competing) {
      const q = pool[i] as Question;
      let neighbours = 0;
      let kindsLost = 0;
      for (const j of graph[i] as readonly number[]) {
        if (!live.has(j)) continue;
        neighbours++;
        const kind = (pool[j] as Question).kind;
        if (kind !== q.kind && !perKind.has(kind)) kindsLost += 1 / (liveOfKind.get(kind) ?? 1);
      }
      let score = (quality[i] as number) + (jitter[i] as number) - KIND_REPEAT_PENALTY * (perKind.get(q.kind) ?? 0);
      score -= (BLOCKING_WEIGHT * neighbours) / Math.max(1, live.size - 1) + KIND_LOSS_WEIGHT * kindsLost;
      if ((keys[i] as string[]).every((k) => !tested.has(k))) score += FRESH_FACTS_BONUS;
      if (wantLongest && isChoice(q) && correctIsLongest(q)) score += LONGEST_BONUS;
      if (score > bestScore || (score === bestScore && best >= 0 && q.id < (pool[best] as Question).id)) {
        best = i;
        bestScore = score;
      }
    }
    if (best < 0) break;
    const q = pool[best] as Question;
    selected.push(q);
    perKind.set(q.kind, (perKind.get(q.kind) ?? 0) + 1);
    (keys[best] as string[]).forEach((k) => tested.add(k));
    if (isChoice(q)) {
      longest.eligible++;
      if (correctIsLongest(q)) longest.count++;
    }
    leave(best);
    for (const j of graph[best] as readonly number[]) leave(j);
  }
  if (swaps && selected.length < count) {
    const fits = (list: readonly Question[]): boolean => {
      const band = { count: 0, eligible: 0 };
      return list.every((q, k) => {
        const before = list.slice(0, k);
        const ok = keepsTrueFalseBalance(q, before, leads) && longestFits(q, band) && keepsBlindStudentOut(q, before, blind);
        if (isChoice(q)) {
          band.eligible++;
          if (correctIsLongest(q)) band.count++;
        }
        return ok;
      });
    };
    for (const i of swapInTwo(pool, graph, selected, count, fits)) live.delete(i);
  }
  if (evenTrueFalse(index, selected)) {
    // The place it leaves goes to the best other question that still fits and conflicts with none chosen.
    const chosen = new Set(selected.map((q) => pool.indexOf(q)));
    const extra = [...live]
      .filter((i) => (pool[i] as Question).kind !== 'TRUE_FALSE' && !(graph[i] as readonly number[]).some((j) => chosen.has(j)))
      .filter((i) => longestFits(pool[i] as Question, longest) && keepsBlindStudentOut(pool[i] as Question, selected, blind))
      .sort((a, b) => questionQuality(index, pool[b] as Question) - questionQuality(index, pool[a] as Question) || a - b)[0];
    if (extra !== undefined) {
      selected.push(pool[extra] as Question);
      live.delete(extra);
    }
  }
  const heldForBalance = [...live].filter((i) => !keepsTrueFalseBalance(pool[i] as Question, selected, leads)).length;
  const shutOut: Conflict[] = [];
  pool.forEach((q, i) => {
    if (live.has(i) || selected.includes(q)) return;
    const why = selected.map((s) => conflictBetween(index, s, q)).find((c) => c !== null);
    if (why !== undefined && why !== null) shutOut.push(why);
  });
  return { questions: selected, heldForBalance, shutOut };
}

/**
 * Where the greedy pass stops short, one chosen question that alone shuts out two questions that can
 * share a quiz makes way for them (a 1-for-2 swap, repeated while one exists): a blank on the name
 * every sentence prints blocks two statements that block nothing else. Every conflict still holds,
 * and the quiz-level checks (`fits`) are made again on the result. A question testing understanding
 * never makes way. Edits `selected` in place; returns the pool positions swapped in.
 */
export function swapInTwo(pool: readonly Question[], graph: readonly (readonly number[])[], selected: Question[], count: number, fits: (list: readonly Question[]) => boolean): number[] {
  const added: number[] = [];
  const position = new Map(pool.map((q, i) => [q, i] as const));
  let improved = true;
  while (improved && selected.length < count) {
    improved = false;
    const chosen = new Set(selected.map((q) => position.get(q) as number));
    for (const out of [...chosen].sort((a, b) => a - b)) {
      if (testsUnderstanding(pool[out] as Question)) continue;
      // Questions whose only conflict among the chosen is `out`.
      const freed = (graph[out] as readonly number[]).filter((j) => !chosen.has(j) && (graph[j] as readonly number[]).every((k) => k === out || !chosen.has(k)));
      for (let x = 0; x < freed.length && !improved; x++) {
        for (let y = x + 1; y < freed.length && !improved; y++) {
          const a = freed[x] as number;
          const b = freed[y] as number;
          if ((graph[a] as readonly number[]).includes(b)) continue;
          const rest = selected.filter((q) => q !== pool[out]);
          const next = [[...rest, pool[a] as Question, pool[b] as Question], [...rest, pool[b] as Question, pool[a] as Question]].find(fits);
          if (next === undefined) continue;
          selected.splice(0, selected.length, ...next);
          added.push(a, b);
          improved = true;
        }
      }
      if (improved) break;
    }
  }
  return added;
}

/** What a question testing understanding is worth against quiz length: a quiz one question shorter holding one wins. */
export const UNDERSTANDING_WORTH = 1.5;

/**
 * The best of the selections made with each KindOrder, with and without a question testing
 * understanding taken first (its options can print answers that shut out half the bank). More
 * questions win, counting a question testing understanding as UNDERSTANDING_WORTH of them; then
 * more kinds, then more total quality. Without it first only where that is short of the count.
 */
function pick(index: FactIndex, pool: readonly Question[], count: number, seed: string): Picked {
  const orders = ['missing', 'scarce', 'free'] as const;
  const run = (order: KindOrder, understandingFirst: boolean) => ({ order, understandingFirst, picked: pickOnce(index, pool, count, seed, order, understandingFirst) });
  let tries = orders.map((order) => run(order, true));
  if (tries.every((t) => t.picked.questions.length < count)) tries = [...tries, ...orders.map((order) => run(order, false))];
  const worth = (p: Picked): number => p.questions.length + (p.questions.some(testsUnderstanding) ? UNDERSTANDING_WORTH : 0);
  const kinds = (p: Picked): number => new Set(p.questions.map((q) => q.kind)).size;
  const quality = (p: Picked): number => p.questions.reduce((sum, q) => sum + questionQuality(index, q), 0);
  const best = tries.reduce((a, b) => {
    const better = worth(b.picked) - worth(a.picked) || kinds(b.picked) - kinds(a.picked) || quality(b.picked) - quality(a.picked);
    return better > 0 ? b : a;
  });
  // The swaps run on the chosen selection only, so they lengthen it without changing which wins
  // (a recall-only quiz made full by swaps would otherwise beat one testing understanding).
  return best.picked.questions.length < count ? pickOnce(index, pool, count, seed, best.order, best.understandingFirst, true) : best.picked;
}

/** "would repeat 3, give away 2 or print the answer of 12 (most often “Paris”) of the questions already chosen". */
function blockersPhrase(shutOut: readonly Conflict[]): string {
  const n = (kind: ConflictKind): number => shutOut.filter((c) => c.kind === kind).length;
  const answers = new Map<string, number>();
  for (const c of shutOut) if (c.kind === 'prints-answer' && c.answer !== null) answers.set(c.answer, (answers.get(c.answer) ?? 0) + 1);
  const top = [...answers].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  const parts = [
    n('repeats') > 0 ? `repeat ${n('repeats')}` : null,
    n('same-answer') > 0 ? `ask for the same answer as ${n('same-answer')}` : null,
    n('gives-away') > 0 ? `give away the answer of ${n('gives-away')}` : null,
    n('prints-answer') > 0 ? `print the answer of ${n('prints-answer')}${top !== undefined && top[1] > 1 ? ` (most often “${top[0]}”)` : ''}` : null,
  ].filter((x): x is string => x !== null);
  const list = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1] as string}`;
  return `${list} of the questions already chosen`;
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
  const { questions: selected, heldForBalance, shutOut } = pick(index, pool, options.count, options.seed);
  const warnings: string[] = [];
  if (selected.length < options.count) {
    const filters = [
      options.kinds === undefined ? null : `kinds ${kinds.join(', ')}`,
      options.difficulty === undefined ? null : `difficulty ${options.difficulty}`,
    ].filter((x): x is string => x !== null);
    const scope = filters.length === 0 ? 'this event' : `this event with ${filters.join(' and ')}`;
    const others = pool.length - selected.length;
    const why =
      pool.length < options.count
        ? `${scope} supports only ${pool.length} sound question${pool.length === 1 ? '' : 's'}`
        : shutOut.length === 0
          ? `the other ${others} questions ${scope} supports would unbalance the quiz`
          : `of the other ${others} questions ${scope} supports, ${shutOut.length} would ${blockersPhrase(shutOut)}`;
    const balance = heldForBalance === 0 ? '' : `; ${heldForBalance} more true/false statement${heldForBalance === 1 ? ' was' : 's were'} held back because the text gives too few provably false ones to keep true and false answers balanced`;
    warnings.push(`Only ${selected.length} of the ${options.count} requested questions could be made: ${why}${balance}.`);
  }
  return { questions: balanceCorrectPositions(selected, rng), warnings };
}
