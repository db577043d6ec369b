// Rules about a quiz as a whole: questions must not answer each other or repeat each other, and the
// correct option must not be findable by its position or its length.
import { BLIND_MARGIN, beatsBlindStudent, blindContextOf, isChoiceQuestion } from '../blindStudent';
import type { ChoiceQuestion, Question } from '../../domain/question';
import type { FactIndex } from '../facts/factIndex';
import { formatNumber } from '../text/format';
import { containsPhrase, contentTokens, coverage, jaccard, normalizeName } from '../text/normalize';
import { findNumbers, parseNumber } from '../text/numbers';
import { answerTexts, visibleText } from './answerTexts';
import { optionMeaning } from './optionMeaning';
import { withRelatedFacts } from './support';
import type { QuizRule, Violation } from './types';

export const NEAR_DUPLICATE_PROMPTS = 0.6;
export const SAME_FACTS_PROMPTS = 0.35;
/** Choice questions sharing this many options read as one question asked twice. */
export const SHARED_OPTIONS = 3;
/** A third of the choice questions may have the longest option right: about chance for 3–4 options. */
export const LONGEST_SHARE_LIMIT = 0.34;
/** …and about a fifth should: neither too often nor too rarely longest. */
export const LONGEST_SHARE_FLOOR = 0.2;

function factKeys(index: FactIndex, q: Question): Set<string> {
  return new Set(withRelatedFacts(index, q.tests).filter((r) => r.type !== 'ENTITY').map((r) => `${r.type}:${r.id}`));
}

function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Cited sentences, as article#index keys. */
function sentenceKeys(q: Question): Set<string> {
  return new Set(q.evidence.map((e) => `${e.articleId}#${e.sentenceIndex}`));
}

/**
 * The figures a question asks the reader to supply or pick: a numeric answer, a figure option, a
 * blanked number. Any other question showing that figure, anywhere, hands it over.
 */
function answerFigures(index: FactIndex, q: Question): number[] {
  switch (q.kind) {
    case 'NUMERIC':
      return [q.answer.value, ...q.tests.flatMap((r) => (r.type === 'QUANTITY' ? [index.quantities.get(r.id)?.value ?? q.answer.value] : []))];
    case 'FILL_IN_THE_BLANK': {
      const value = parseNumber(q.answer.accepted[0] ?? '');
      return value === null ? [] : [value];
    }
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING': {
      const correct = q.options.find((o) => o.correct);
      const meaning = correct === undefined ? null : optionMeaning(index, correct.text);
      return meaning?.type === 'number' ? [meaning.value] : [];
    }
    case 'TRUE_FALSE':
      // A statement made false by changing a figure is given away by any question showing the true one.
      return q.answer.value ? [] : q.tests.flatMap((r) => (r.type === 'QUANTITY' ? [index.quantities.get(r.id)?.value ?? Number.NaN] : []));
    default:
      return [];
  }
}

/** What a question presents as true: a true statement, a correct option, a sentence, matched pairs. */
function shownAsTrue(q: Question): string {
  switch (q.kind) {
    case 'TRUE_FALSE':
      return q.answer.value ? q.prompt : '';
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      return [q.prompt, q.options.find((o) => o.correct)?.text ?? ''].join(' \n ');
    case 'MATCHING':
      return visibleText(q);
    default:
      // An ordering question's items say nothing of when each happened; its prompt is generic.
      return q.prompt;
  }
}

/**
 * The quantities a question tests, keyed by source, measure and value: Zelensky's "10,000 troops"
 * and his "10,000 soldiers" are one figure told twice, and two questions on it test one thing.
 */
function figureKeys(index: FactIndex, q: Question): Set<string> {
  const out = new Set<string>();
  for (const r of q.tests) {
    const quantity = r.type === 'QUANTITY' ? index.quantities.get(r.id) : undefined;
    if (quantity !== undefined) out.add(`${quantity.sourceId ?? ''}|${quantity.measure}|${quantity.value}`);
  }
  return out;
}

/** Relation kinds a question tests ("which place is in …" tests PART_OF). */
function relationKinds(index: FactIndex, q: Question): Set<string> {
  return new Set(q.tests.flatMap((r) => (r.type === 'RELATION' ? [index.relations.get(r.id)?.kind ?? ''] : [])).filter((k) => k !== ''));
}

function optionTexts(q: Question): string[] {
  return q.kind === 'MULTIPLE_CHOICE' || q.kind === 'WHO_SAID_IT' || q.kind === 'SOURCE_AND_STANDING' ? q.options.map((o) => normalizeName(o.text)) : [];
}

/** Why `other` gives `victim`'s answer away, or null. Exported for quiz selection. */
export function givesAway(index: FactIndex, victim: Question, other: Question): string | null {
  const seen = visibleText(other);
  // Two questions on one figure (with different tolerances, or typed and picked) test it twice.
  if (overlaps(figureKeys(index, victim), figureKeys(index, other))) return 'tests the same figure';
  // A figure to recall is given away wherever it is shown: "the 600-mile front" answers "how long is the front?".
  const figure = answerFigures(index, victim).find((v) => findNumbers(seen).some((n) => n.value === v));
  if (figure !== undefined) return `shows its answer “${formatNumber(figure)}”`;
  // Parallel questions on one relation ("which place is in Belgium?", "… in eastern Ukraine?"):
  // an answer offered among the other's options can be had by elimination.
  const correct = victim.kind === 'MULTIPLE_CHOICE' || victim.kind === 'WHO_SAID_IT' || victim.kind === 'SOURCE_AND_STANDING' ? victim.options.find((o) => o.correct) : undefined;
  if (correct !== undefined && overlaps(relationKinds(index, victim), relationKinds(index, other)) && optionTexts(other).includes(normalizeName(correct.text))) {
    return `offers its answer “${correct.text}” among its options to a parallel question`;
  }
  // Questions citing the same sentence are about the same thing even when they test different facts of it.
  const related = overlaps(factKeys(index, victim), factKeys(index, other)) || overlaps(sentenceKeys(victim), sentenceKeys(other));
  if (victim.kind === 'TRUE_FALSE') {
    return related && coverage(victim.prompt, seen) >= 0.8 ? 'restates its statement' : null;
  }
  if (victim.kind === 'MATCHING') {
    const hits = victim.answer.pairs.filter((p) => {
      const l = victim.left.find((x) => x.id === p.leftId)?.text ?? '';
      const r = victim.right.find((x) => x.id === p.rightId)?.text ?? '';
      return containsPhrase(seen, l) && coverage(r, seen) >= 0.8;
    });
    return hits.length > 0 ? `pairs ${hits.length} of its items` : null;
  }
  if (!related && coverage(victim.prompt, seen) < 0.6) return null;
  // An answer that is a statement ("Zelensky first presents his victory plan to the U.S.") is given
  // away by a related question stating it in other words.
  if (related && correct !== undefined && optionMeaning(index, correct.text).type === 'text' && coverage(correct.text, shownAsTrue(other)) >= 0.8) {
    return `states its answer “${correct.text}”`;
  }
  const leaked = answerTexts(victim, index).find((t) => containsPhrase(other.prompt, t) || (related && containsPhrase(seen, t) && isCorrectIn(other, t)));
  return leaked === undefined ? null : `shows its answer “${leaked}”`;
}

/** Whether `text` is what `q` presents as true: its prompt, or its correct option. */
function isCorrectIn(q: Question, text: string): boolean {
  if (q.kind === 'MULTIPLE_CHOICE' || q.kind === 'WHO_SAID_IT' || q.kind === 'SOURCE_AND_STANDING') {
    const correct = q.options.find((o) => o.correct);
    return correct !== undefined && containsPhrase(correct.text, text);
  }
  if (q.kind === 'TRUE_FALSE') return q.answer.value;
  return q.kind !== 'ORDERING';
}

export const noCrossGiveaway: QuizRule = {
  name: 'no-cross-giveaway',
  check(questions, index) {
    const out: Violation[] = [];
    for (const victim of questions) {
      for (const other of questions) {
        if (other === victim) continue;
        const why = givesAway(index, victim, other);
        if (why !== null) out.push({ rule: this.name, questionId: victim.id, message: `question ${other.id} ${why}` });
      }
    }
    return out;
  },
};

/** Why two questions are near-duplicates, or null. Exported for quiz selection. */
export function nearDuplicate(index: FactIndex, a: Question, b: Question): string | null {
  if (a.id === b.id) return 'is the same question';
  const similarity = jaccard(contentTokens(a.prompt), contentTokens(b.prompt));
  if (similarity >= NEAR_DUPLICATE_PROMPTS) return `has a near-identical prompt (${Math.round(similarity * 100)}% shared words)`;
  const fa = factKeys(index, a);
  const fb = factKeys(index, b);
  const sameFacts = fa.size > 0 && fa.size === fb.size && [...fa].every((k) => fb.has(k));
  if (sameFacts && similarity >= SAME_FACTS_PROMPTS) return 'tests the same facts with a similar prompt';
  // "Which of these happened last month / this week / on Thursday?" over the same four events:
  // different prompts, but a class reads the same list three times.
  if ('options' in a && 'options' in b) {
    const optionsOfA = new Set(a.options.map((o) => normalizeName(o.text)));
    const shared = b.options.filter((o) => optionsOfA.has(normalizeName(o.text))).length;
    if (shared >= SHARED_OPTIONS) return `offers ${shared} of the same options`;
  }
  return null;
}

export const noNearDuplicates: QuizRule = {
  name: 'no-near-duplicates',
  check(questions, index) {
    const out: Violation[] = [];
    questions.forEach((a, i) => {
      for (const b of questions.slice(i + 1)) {
        const why = nearDuplicate(index, a, b);
        if (why !== null) out.push({ rule: this.name, questionId: b.id, message: `question ${a.id} ${why}` });
      }
    });
    return out;
  },
};

function choices(questions: readonly Question[]): ChoiceQuestion[] {
  return questions.filter((q): q is ChoiceQuestion => q.kind === 'MULTIPLE_CHOICE' || q.kind === 'WHO_SAID_IT' || q.kind === 'SOURCE_AND_STANDING');
}

/** Whether the correct option is strictly the longest of three or more. */
export function correctIsLongest(q: ChoiceQuestion): boolean {
  if (q.options.length < 3) return false;
  const correct = q.options.find((o) => o.correct);
  return correct !== undefined && q.options.every((o) => o === correct || o.text.length < correct.text.length);
}

/**
 * The fewest questions (of `n` with three or more options) whose correct option selection tries to
 * make the longest: capping alone left the seed's longest option right 7% of the time against 28%
 * chance, so "never the longest" beat guessing. Selection aims inside the band; a bank with no
 * such question cannot meet the floor, so it is a preference, not a rule.
 */
export function longestFloor(n: number): number {
  return Math.round(n * LONGEST_SHARE_FLOOR);
}

/** The most questions (of `n` with three or more options) whose correct option may be the longest. */
export function longestAllowance(n: number): number {
  return Math.max(1, Math.floor(n * LONGEST_SHARE_LIMIT));
}

export const correctNotLongest: QuizRule = {
  name: 'correct-not-longest',
  check(questions) {
    const eligible = choices(questions).filter((q) => q.options.length >= 3);
    const longest = eligible.filter(correctIsLongest);
    if (longest.length <= longestAllowance(eligible.length)) return [];
    return [
      {
        rule: this.name,
        questionId: longest[longest.length - 1]?.id ?? '',
        message: `the correct option is the longest in ${longest.length} of ${eligible.length} questions; at most ${longestAllowance(eligible.length)} allowed`,
      },
    ];
  },
};

/**
 * Expected correct answers at each position if positions were fair (a question with n options puts
 * 1/n at each of its positions); a position may exceed its share by at most one.
 */
export function positionCounts(questions: readonly Question[]): { counts: number[]; expected: number[] } {
  const counts = [0, 0, 0, 0];
  const expected = [0, 0, 0, 0];
  for (const q of choices(questions)) {
    const at = q.options.findIndex((o) => o.correct);
    if (at >= 0) counts[at] = (counts[at] ?? 0) + 1;
    for (let p = 0; p < q.options.length && p < 4; p++) expected[p] = (expected[p] ?? 0) + 1 / q.options.length;
  }
  return { counts, expected };
}

export const balancedPositions: QuizRule = {
  name: 'balanced-positions',
  check(questions) {
    const list = choices(questions);
    if (list.length < 3) return [];
    const { counts, expected } = positionCounts(list);
    const out: Violation[] = [];
    counts.forEach((c, p) => {
      const limit = Math.ceil((expected[p] ?? 0) + 1e-9) + 1;
      if (c > limit) {
        out.push({
          rule: this.name,
          questionId: list.filter((q) => q.options.findIndex((o) => o.correct) === p).at(-1)?.id ?? '',
          message: `${c} of ${list.length} correct answers are option ${String.fromCharCode(97 + p)}; at most ${limit} expected`,
        });
      }
    });
    return out;
  },
};

export const noBlindStrategy: QuizRule = {
  name: 'no-blind-strategy',
  check(questions, index) {
    return beatsBlindStudent(questions, blindContextOf(index.facts)).map((t) => ({
      rule: this.name,
      questionId: questions.filter(isChoiceQuestion).at(-1)?.id ?? '',
      message: `a student choosing the ${t.strategy.replace(/ option$/, '')} option without reading scores ${t.points.toFixed(1)} of ${t.questions} choice questions, above chance (${t.chance.toFixed(1)}) by more than ${Math.round(BLIND_MARGIN * 100)} points`,
    }));
  },
};
