// Which bank questions cannot share a quiz, and why: one repeats the other, both ask for the same
// answer, or one gives the other's answer away or prints it. Selection reads this graph to choose a large set of good questions none of which
// conflict, and to say which chosen questions shut the others out when a quiz comes out short.
// Pairs are computed once per facts (the bank is fixed for them) and cached with the facts' index.
import type { Question } from '../domain/question';
import type { FactIndex } from './facts/factIndex';
import { printsAnswerOf } from './rules/noAnswerElsewhere';
import { statementOfPrompt } from './compose/trueFalseQuestion';
import { answerTexts } from './rules/answerTexts';
import { openingEntity } from './rules/noFalseBySilence';
import { givesAway, nearDuplicate } from './rules/quizRules';
import { normalizeName } from './text/normalize';

export type ConflictKind = 'repeats' | 'same-answer' | 'gives-away' | 'prints-answer';

export interface Conflict {
  readonly kind: ConflictKind;
  /** The answer text printed, when kind is 'prints-answer' and the rule names it. */
  readonly answer: string | null;
}

const PAIRS = new WeakMap<FactIndex, Map<string, Conflict | null>>();

function quoted(message: string): string | null {
  const m = /“([^”]+)”/.exec(message);
  return m === null ? null : (m[1] as string);
}

/** An answer both questions ask for ("Paris" twice): the second adds nothing, and one recalls the other. */
function sharedAnswer(index: FactIndex, a: Question, b: Question): string | null {
  const ofA = answerKeys(index, a);
  for (const [key, text] of answerKeys(index, b)) if (ofA.has(key)) return text;
  return null;
}

const ANSWER_KEYS = new WeakMap<Question, Map<string, string>>();

/** A question's answer texts, normalised, each with its text as written; cached per question. */
function answerKeys(index: FactIndex, q: Question): Map<string, string> {
  let keys = ANSWER_KEYS.get(q);
  if (keys === undefined) {
    keys = new Map(answerTexts(q, index).map((t) => [normalizeName(t), t] as const).filter(([k]) => k !== ''));
    ANSWER_KEYS.set(q, keys);
  }
  return keys;
}

const factKey = (r: { type: string; id: string }): string => `${r.type}:${r.id}`;

/**
 * Questions a teacher reads as the same question twice though their words differ: a date or role
 * asked again that an ordering or matching question already holds; a true/false statement on the
 * one fact another question tests; two false statements giving one speaker's words to the same
 * stand-in ("Zelensky said …" over four of Rutte's lines).
 */
function repeatsFocus(index: FactIndex, a: Question, b: Question): boolean {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    if ((y.kind === 'ORDERING' || y.kind === 'MATCHING') && x.kind !== y.kind && x.tests.length > 0) {
      const held = new Set(y.tests.map(factKey));
      if (x.tests.every((r) => held.has(factKey(r)))) return true;
    }
  }
  if ((a.kind === 'TRUE_FALSE' || b.kind === 'TRUE_FALSE') && a.tests.length === 1 && b.tests.length === 1 && factKey(a.tests[0]!) === factKey(b.tests[0]!)) return true;
  if (a.kind === 'TRUE_FALSE' && b.kind === 'TRUE_FALSE' && !a.answer.value && !b.answer.value) {
    const swap = (q: Question): string | null => {
      const ref = q.tests.length === 1 && q.tests[0]!.type === 'CLAIM' ? q.tests[0]! : null;
      const speaker = ref === null ? null : (index.claims.get(ref.id)?.speakerId ?? null);
      const named = openingEntity(index, statementOfPrompt(q.prompt));
      return speaker === null || named === undefined || named.id === speaker ? null : `${speaker}>${named.id}`;
    };
    const sa = swap(a);
    if (sa !== null && sa === swap(b)) return true;
  }
  return false;
}

function compute(index: FactIndex, a: Question, b: Question): Conflict | null {
  if (nearDuplicate(index, a, b) !== null || repeatsFocus(index, a, b)) return { kind: 'repeats', answer: null };
  const same = sharedAnswer(index, a, b);
  if (same !== null) return { kind: 'same-answer', answer: same };
  const printed = printsAnswerOf(index, a, b) ?? printsAnswerOf(index, b, a);
  if (printed !== null) return { kind: 'prints-answer', answer: quoted(printed) };
  const given = givesAway(index, a, b) ?? givesAway(index, b, a);
  if (given !== null) return { kind: 'gives-away', answer: quoted(given) };
  return null;
}

/** Why `a` and `b` cannot share a quiz, or null. Symmetric; cached per facts. */
export function conflictBetween(index: FactIndex, a: Question, b: Question): Conflict | null {
  let cache = PAIRS.get(index);
  if (cache === undefined) {
    cache = new Map();
    PAIRS.set(index, cache);
  }
  const key = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
  if (cache.has(key)) return cache.get(key) ?? null;
  const found = compute(index, a, b);
  cache.set(key, found);
  return found;
}

const GRAPHS = new WeakMap<FactIndex, Map<string, readonly (readonly number[])[]>>();
const MAX_GRAPHS_PER_FACTS = 16;

/**
 * For each question of `pool` (by position), the positions of the questions it conflicts with;
 * cached per facts and pool (the bank, or the bank filtered by difficulty).
 */
export function conflictGraph(index: FactIndex, pool: readonly Question[]): readonly (readonly number[])[] {
  let perPool = GRAPHS.get(index);
  if (perPool === undefined) {
    perPool = new Map();
    GRAPHS.set(index, perPool);
  }
  const key = pool.map((q) => q.id).join(' ');
  let graph = perPool.get(key);
  if (graph === undefined) {
    if (perPool.size >= MAX_GRAPHS_PER_FACTS) perPool.clear();
    graph = buildGraph(index, pool);
    perPool.set(key, graph);
  }
  return graph;
}

function buildGraph(index: FactIndex, pool: readonly Question[]): number[][] {
  const out: number[][] = pool.map(() => []);
  for (let i = 0; i < pool.length; i++) {
    for (let j = i + 1; j < pool.length; j++) {
      if (conflictBetween(index, pool[i] as Question, pool[j] as Question) !== null) {
        (out[i] as number[]).push(j);
        (out[j] as number[]).push(i);
      }
    }
  }
  return out;
}

/** Every conflicting pair of `pool` by position, with why: what a worker thread sends back. */
export function conflictPairs(index: FactIndex, pool: readonly Question[]): [number, number, Conflict][] {
  const out: [number, number, Conflict][] = [];
  const graph = conflictGraph(index, pool);
  graph.forEach((js, i) => {
    for (const j of js) if (j > i) out.push([i, j, conflictBetween(index, pool[i] as Question, pool[j] as Question) as Conflict]);
  });
  return out;
}

/** Takes pairs computed elsewhere (a worker thread) for `pool` as this facts' answers: no pair is computed again. */
export function adoptConflictPairs(index: FactIndex, pool: readonly Question[], pairs: readonly (readonly [number, number, Conflict])[]): void {
  let cache = PAIRS.get(index);
  if (cache === undefined) {
    cache = new Map();
    PAIRS.set(index, cache);
  }
  const key = (a: Question, b: Question): string => (a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`);
  for (let i = 0; i < pool.length; i++) for (let j = i + 1; j < pool.length; j++) cache.set(key(pool[i] as Question, pool[j] as Question), null);
  for (const [i, j, conflict] of pairs) cache.set(key(pool[i] as Question, pool[j] as Question), conflict);
}
