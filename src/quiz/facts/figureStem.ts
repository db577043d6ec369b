// "How many …?" as a person asks it, from the sentence that gives the figure: "12 people were hurt
// in the fire" asks "how many people were hurt in the fire?", "Soldiers killed 24 unarmed workers"
// asks "how many unarmed workers did soldiers kill?", "60 percent of those women said …" asks "what
// percentage of those women said …?". Where the sentence does not have one of these shapes there is
// no stem, and the figure is asked only if its counted phrase reads on its own.
import type { Quantity } from '../../domain/facts';
import { tagWords, type TaggedWord } from '../text/partsOfSpeech';
import type { FactIndex } from './factIndex';

const CLAUSE_PUNCT = /^[,;:—–()]$/;
const CLAUSE_WORD = /^(which|who|whom|whose|where|while|whereas|because|although|though|but|and|including|according|after|before|since|until|when|as)$/i;
/** Hedges in front of a figure: they stay in the explanation, not in the question. */
const HEDGE_WORD = /^(at|least|most|more|than|over|nearly|almost|about|around|some|up|to|as|many|much|roughly|approximately|an|estimated|just|under|fewer|less|no)$/i;
const MAX_REST_WORDS = 10;

function words(tokens: readonly TaggedWord[]): string {
  return tokens.map((t) => t.text).join(' ').replace(/\s+([,.;:!?%’'])/g, '$1').replace(/\s+-\s+/g, '-');
}

/** The clause end after index i: punctuation or a new clause. */
function clauseEnd(tokens: readonly TaggedWord[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as TaggedWord;
    if (CLAUSE_PUNCT.test(t.text) || t.text === '.' || t.text === '?' || t.text === '!' || (i > from && CLAUSE_WORD.test(t.text))) return i;
  }
  return tokens.length;
}

/**
 * The verb phrase only: "were killed by British troops are currently fighting …" stops before "are",
 * the main verb that comes back after the relative clause's object.
 */
function oneVerbPhrase(rest: readonly TaggedWord[]): TaggedWord[] {
  let seenNoun = false;
  for (let i = 0; i < rest.length; i++) {
    const t = rest[i] as TaggedWord;
    if (seenNoun && (t.pos === 'AUX' || t.pos === 'VERB')) return rest.slice(0, i);
    if (t.pos === 'NOUN' || t.pos === 'PROPN') seenNoun = true;
  }
  return [...rest];
}

/** The clause start before index i. */
function clauseStart(tokens: readonly TaggedWord[], before: number): number {
  for (let i = before - 1; i >= 0; i--) {
    const t = tokens[i] as TaggedWord;
    if (CLAUSE_PUNCT.test(t.text) || CLAUSE_WORD.test(t.text)) return i + 1;
  }
  return 0;
}

/**
 * The question for a count or a share, without a final "?" and in lower case ("how many people
 * were hurt in the fire"), or null when the sentence gives no shape to ask it from.
 */
export function figureStem(index: FactIndex, q: Quantity): string | null {
  const sentence = index.sentence(q.evidence);
  if (sentence === undefined) return null;
  const tokens = tagWords(sentence.text);
  const from = q.evidence.start - sentence.start;
  const to = q.evidence.end - sentence.start;
  const inside = tokens.map((t, i) => [t, i] as const).filter(([t]) => t.start >= from && t.end <= to);
  const number = inside.find(([t]) => t.pos === 'NUM' || /\d/.test(t.text));
  if (number === undefined) return null;
  const after = inside.filter(([, i]) => i > number[1]).map(([t]) => t);
  const last = inside[inside.length - 1]?.[1] ?? number[1];
  // The counted phrase: the evidence's words after the figure ("unarmed rubber plantation workers").
  if (after.some((t) => t.text === '-' || t.pos === 'PUNCT')) return null;
  if (q.measure === 'PERCENT') return percentStem(tokens, last);
  if (after.length === 0 || !['NOUN', 'PROPN'].includes((after[after.length - 1] as TaggedWord).pos)) return null;
  const counted = words(after);
  // "24 workers who were killed by British troops": the relative clause says what happened to them.
  const relative = tokens[last + 1];
  const afterRelative = tokens[last + 2];
  if (relative !== undefined && /^(who|that|which)$/i.test(relative.text) && afterRelative !== undefined && (afterRelative.pos === 'AUX' || afterRelative.pos === 'VERB')) {
    const end = clauseEnd(tokens, last + 2);
    const rest = oneVerbPhrase(tokens.slice(last + 2, end));
    if (rest.length >= 2 && rest.length <= MAX_REST_WORDS && !rest.some((t) => t.pos === 'PRON' && !/^(its|their|his|her)$/i.test(t.text))) return `how many ${counted} ${words(rest)}`;
  }
  const next = tokens[last + 1];
  // "12 people were hurt in the fire": the figure is the subject.
  if (next !== undefined && (next.pos === 'AUX' || next.pos === 'VERB')) {
    const end = clauseEnd(tokens, last + 1);
    const rest = tokens.slice(last + 1, end);
    if (rest.length === 0 || rest.length > MAX_REST_WORDS || rest.some((t) => t.pos === 'PRON' && !/^(its|their|his|her)$/i.test(t.text))) return null;
    return `how many ${counted} ${words(rest)}`;
  }
  // "Soldiers killed 24 unarmed workers": the figure is the object of a past-tense verb.
  let v = number[1] - 1;
  while (v >= 0 && HEDGE_WORD.test((tokens[v] as TaggedWord).text)) v--;
  const verb = tokens[v];
  // Past tense only ("killed", "sent"): "is sending" and "sends" are not what happened, and "did … send" needs the past.
  if (verb === undefined || verb.pos !== 'VERB' || verb.lemma === verb.text.toLowerCase() || /(ing|s)$/.test(verb.text)) return null;
  const start = clauseStart(tokens, v);
  const subject = tokens.slice(start, v);
  if (subject.length === 0 || subject.length > 6) return null;
  if (!['DET', 'PROPN', 'NOUN', 'ADJ'].includes((subject[0] as TaggedWord).pos) || !subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  if (subject.some((t) => t.pos === 'PRON' || t.pos === 'AUX' || t.pos === 'VERB')) return null;
  const end = clauseEnd(tokens, last + 1);
  const rest = tokens.slice(last + 1, end);
  if (rest.length > MAX_REST_WORDS || rest.some((t) => t.pos === 'PRON' && !/^(its|their|his|her)$/i.test(t.text))) return null;
  const first = subject[0] as TaggedWord;
  const subjectText = first.pos === 'PROPN' ? words(subject) : `${first.text.toLowerCase()}${words(subject).slice(first.text.length)}`;
  return `how many ${counted} did ${subjectText} ${verb.lemma}${rest.length > 0 ? ` ${words(rest)}` : ''}`;
}

/** "60 percent of those women said …" → "what percentage of those women said …". */
function percentStem(tokens: readonly TaggedWord[], last: number): string | null {
  const of = tokens[last + 1];
  if (of === undefined || of.text.toLowerCase() !== 'of') return null;
  const end = clauseEnd(tokens, last + 2);
  const rest = tokens.slice(last + 2, end);
  if (rest.length < 2 || rest.length > MAX_REST_WORDS + 2 || !rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  if (rest.some((t) => t.pos === 'PRON' && !/^(its|their|his|her|those|these)$/i.test(t.text))) return null;
  return `what percentage of ${words(rest)}`;
}

/** "one in four organisations": a ratio, not a count of anything. */
export function isRatio(index: FactIndex, q: Quantity): boolean {
  const sentence = index.sentence(q.evidence);
  if (sentence === undefined) return false;
  const before = sentence.text.slice(0, Math.max(0, q.evidence.start - sentence.start));
  return /\b(one|\d+|[a-z]+)\s+(in|out of)\s*$/i.test(before) && /\b(one|\d+)\s+(in|out of)\s*$/i.test(before);
}
