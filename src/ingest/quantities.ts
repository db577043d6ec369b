// Numbers with what they count: "around 10,000 troops", "four brigades", "a 600-mile front",
// "$2.5 billion in aid", "3.2 percent", "10,000 to 12,000 soldiers".
//
// A number without a unit we can name (a time of day, a score, a bare figure) is left out: a quiz
// cannot ask about a number whose meaning it cannot state.

import type { QuantityMeasure, Sentence } from '../domain/facts';
import type { DateMention } from './dates';
import { CURRENCY_SIGNS, currencyCode, measureOf, singular } from './lexicon/units';
import { parseNumber, scaleOf, SPELLED_NUMBER_WORDS } from './numbers';
import type { Token } from './tokens';
import { tokenAt } from './tokens';

export interface QuantityDraft {
  readonly sentenceIndex: number;
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly valueMax: number | null;
  readonly approximate: boolean;
  readonly unit: string;
  readonly measure: QuantityMeasure;
  readonly counts: string;
}

const APPROXIMATE = 'around|about|approximately|roughly|nearly|almost|some|more than|over|at least|up to|fewer than|less than|an estimated|as many as|close to|upwards of|just over|just under|an average of|on average';
const SPELLED = SPELLED_NUMBER_WORDS.join('|');
const SPELLED_AGE = `(?:${SPELLED})(?:[- ](?:${SPELLED}))?`;
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:${SPELLED})(?:[- ](?:and[- ])?(?:${SPELLED}))*)`;
const CURRENCY = '(?:USD\\$|US\\$|\\$|£|€|¥)';
const SCALE = '(?:\\s*(?:million|billion|trillion|thousand)\\b|bn\\b)';
const QUANTITY = new RegExp(
  // A clock time ("6:45 p.m.") is neither of its numbers: no colon on either side.
  `(?<![\\p{L}\\d.,:$£€¥-])(?:(${APPROXIMATE})\\s+)?(${CURRENCY})?(${NUMBER})(?![\\p{L}\\d]|:\\d)(${SCALE})?` +
    `(?:\\s*(?:to|-|–|and)\\s*${CURRENCY}?(${NUMBER})(${SCALE})?)?` +
    `(?:(\\s*%|\\s+percentage points?|\\s+percent|\\s+per cent)|-(?!\\d)([\\p{L}]+(?:-[\\p{L}]+)?))?`,
  'giu',
);

const NOUN_PHRASE_TAGS = new Set(['ADJ', 'PROPN', 'NOUN']);
const LINK_WORDS = new Set(['to', 'in', 'of', 'for', 'from', 'on', 'at', 'into']);

/** "thousands of people", "tens of thousands of": a count the text gives only by its order. */
const VAGUE = /(?<![\p{L}])(?:(tens|hundreds) of )?(dozens|scores|hundreds|thousands|millions|billions) of (?=\p{L})/giu;
const VAGUE_VALUES: Record<string, number> = { dozens: 12, scores: 20, hundreds: 100, thousands: 1_000, millions: 1_000_000, billions: 1_000_000_000, tens: 10 };
/** "aged 14", "at age 65", "aged eighteen": an age in years. */
const AGE = new RegExp(`(?<![\\p{L}])(?:aged|age)\\s+(\\d{1,3}|${SPELLED_AGE})(?![\\d\\p{L}])`, 'giu');
/** "magnitude 5.1", "a 7.8-magnitude quake", "measuring 8.2 on the Richter scale". */
const MAGNITUDE = /(?<![\p{L}\d.])(?:magnitude[- ](\d(?:\.\d)?)|(\d(?:\.\d)?)[- ]magnitude|measuring (\d(?:\.\d)?)(?= on the Richter| magnitude|[\s,.])|(\d\.\d)(?=[- ](?:quake|earthquake|tremor|aftershock)))(?![\d])/giu;
/** "Thomas Sam, 42, and his wife": an age set off by commas after a name. */
const AGE_AFTER_NAME = /(?<=\p{Lu}[\p{Ll}'’-]+),\s+(\d{1,2})(?=,)/gu;

export function findQuantities(sentences: readonly Sentence[], tokens: readonly Token[], dates: readonly DateMention[]): QuantityDraft[] {
  const found: QuantityDraft[] = [];
  for (const sentence of sentences) {
    const here: QuantityDraft[] = [];
    const take = (draft: QuantityDraft | null): void => {
      if (!draft) return;
      if (dates.some((d) => d.start < draft.end && draft.start < d.end)) return;
      if (here.some((q) => q.start < draft.end && draft.start < q.end)) return;
      here.push(draft);
    };
    // Worded readings first: "a magnitude 5.1 earthquake" is a magnitude, not 5.1 earthquakes.
    for (const draft of wordedQuantities(sentence, tokens)) take(draft);
    QUANTITY.lastIndex = 0;
    for (let match = QUANTITY.exec(sentence.text); match; match = QUANTITY.exec(sentence.text)) take(readQuantity(match, sentence, tokens));
    found.push(...here.sort((a, b) => a.start - b.start));
  }
  return found;
}

/** Quantities given without a plain number and noun: vague counts, ages, quake magnitudes. */
function wordedQuantities(sentence: Sentence, tokens: readonly Token[]): QuantityDraft[] {
  const drafts: QuantityDraft[] = [];
  const at = (index: number, length: number) => ({ start: sentence.start + index, end: sentence.start + index + length });
  VAGUE.lastIndex = 0;
  for (let m = VAGUE.exec(sentence.text); m; m = VAGUE.exec(sentence.text)) {
    const { start, end } = at(m.index, m[0].length);
    const noun = nounPhraseAfter(tokens, end, sentence.end);
    if (!noun) continue;
    const value = (m[1] ? (VAGUE_VALUES[m[1].toLowerCase()] ?? 1) : 1) * (VAGUE_VALUES[(m[2] ?? '').toLowerCase()] ?? 1);
    const unit = currencyCode(singular(noun.head)) ?? singular(noun.head);
    drafts.push({ sentenceIndex: sentence.index, start, end: noun.end, value, valueMax: null, approximate: true, unit, measure: currencyCode(unit) ? 'MONEY' : measureOf(unit), counts: noun.text });
  }
  AGE.lastIndex = 0;
  for (let m = AGE.exec(sentence.text); m; m = AGE.exec(sentence.text)) {
    const { start, end } = at(m.index, m[0].length);
    const years = parseNumber(m[1] ?? '');
    if (years === null) continue;
    drafts.push({ sentenceIndex: sentence.index, start, end, value: years, valueMax: null, approximate: false, unit: 'year', measure: measureOf('year'), counts: 'age' });
  }
  AGE_AFTER_NAME.lastIndex = 0;
  for (let m = AGE_AFTER_NAME.exec(sentence.text); m; m = AGE_AFTER_NAME.exec(sentence.text)) {
    const digits = m[1] ?? '';
    const { start, end } = at(m.index + m[0].indexOf(digits), digits.length);
    drafts.push({ sentenceIndex: sentence.index, start, end, value: Number(digits), valueMax: null, approximate: false, unit: 'year', measure: measureOf('year'), counts: 'age' });
  }
  MAGNITUDE.lastIndex = 0;
  for (let m = MAGNITUDE.exec(sentence.text); m; m = MAGNITUDE.exec(sentence.text)) {
    const value = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
    const { start, end } = at(m.index, m[0].length);
    if (!m[3] || /quake|tremor|earthquake|magnitude|richter/i.test(sentence.text)) {
      drafts.push({ sentenceIndex: sentence.index, start, end, value, valueMax: null, approximate: false, unit: 'magnitude', measure: 'OTHER', counts: 'magnitude of the earthquake' });
    }
  }
  return drafts;
}

function readQuantity(match: RegExpExecArray, sentence: Sentence, tokens: readonly Token[]): QuantityDraft | null {
  const [whole, hedge, sign, firstNumber = '', firstScale, secondNumber, secondScale, percent, hyphenUnit] = match;
  // "some" and "over" only hedge a number when one follows them directly; "one" alone is too often a pronoun.
  const base = parseNumber(firstNumber);
  if (base === null) return null;
  const spelled = !/\d/.test(firstNumber);
  const value = base * scaleOf(firstScale?.trim());
  const max = secondNumber ? parseNumber(secondNumber) : null;
  const valueMax = max === null ? null : max * scaleOf((secondScale ?? firstScale)?.trim());
  // "won 9–1", "a 2-2 draw": a score, not a range; a range runs upwards.
  if (valueMax !== null && valueMax <= value) return null;
  if (!sign && !percent && !spelled && /^(?:19|20)\d{2}$/.test(firstNumber) && !secondNumber) return null;
  if (!sign && !percent && isNameNumber(sentence, match.index + (hedge ? whole.indexOf(firstNumber) : 0), firstNumber, hedge)) return null;
  // "1998–2001 epidemics": years, read as dates.
  if (/^(?:1[5-9]|20)\d{2}$/.test(firstNumber) && /^(?:1[5-9]|20)\d{2}$/.test(secondNumber ?? '')) return null;
  // "the million dollars", "several million": a scale word alone is no count.
  if (spelled && /^(?:hundred|thousand|million|billion)$/i.test(firstNumber.trim())) return null;
  const start = sentence.start + match.index + (hedge ? whole.indexOf(firstNumber) - (sign?.length ?? 0) : 0);
  const hedgeStart = sentence.start + match.index;
  let end = sentence.start + match.index + whole.length;
  const approximate = Boolean(hedge);
  const evidenceStart = hedge ? hedgeStart : start;

  let unit: string;
  let measure: QuantityMeasure;
  let counts: string;
  const after = nounPhraseAfter(tokens, end, sentence.end);
  const group = after ? null : partitive(sentence, end);
  if (percent) {
    unit = percent.trim().startsWith('percentage') ? 'percentage point' : 'percent';
    measure = 'PERCENT';
    counts = linkedPhrase(tokens, end, sentence.end)?.text ?? nounBefore(tokens, evidenceStart, sentence.start) ?? unit;
  } else if (sign) {
    unit = CURRENCY_SIGNS[sign] ?? 'USD';
    measure = 'MONEY';
    counts = (after?.text ?? linkedPhrase(tokens, end, sentence.end)?.text) ?? 'money';
  } else if (hyphenUnit && /(?:al|ic|ed)$/i.test(hyphenUnit)) {
    // "three-dimensional", "two-sided": an adjective, not a unit.
    return null;
  } else if (hyphenUnit) {
    // "a 600-mile front": the hyphenated word is the unit, the noun after it what is measured.
    unit = singular(hyphenUnit);
    measure = measureOf(unit);
    counts = after?.text ?? unit;
    if (after) end = after.end;
  } else if (group !== null) {
    // "Two of the victims were children": a count of part of a group named after "of".
    const noun = nounPhraseAfter(tokens, group, sentence.end);
    if (!noun || (spelled && firstNumber.toLowerCase() === 'one')) return null;
    unit = singular(noun.head);
    measure = measureOf(unit);
    counts = noun.text;
    end = noun.end;
  } else {
    if (!after) return null;
    if (spelled && after.head === 'of') return null;
    const currency = currencyCode(singular(after.head));
    unit = currency ?? singular(after.head);
    measure = currency ? 'MONEY' : measureOf(unit);
    // "a two day rally", "a six month period", "a 70 meter hall": a singular unit of measure
    // modifying the noun after it is the unit, as in the hyphenated "two-day rally".
    const modifier = /^(\S+)\s+\S/u.exec(after.text)?.[1]?.toLowerCase() ?? '';
    const modifierMeasure = measureOf(modifier);
    if (!currency && modifier !== after.head.toLowerCase() && singular(modifier) === modifier && (modifierMeasure === 'DURATION' || modifierMeasure === 'LENGTH')) {
      unit = modifier;
      measure = modifierMeasure;
    }
    const link = linkedPhrase(tokens, after.end, sentence.end);
    counts = link ? `${after.text} ${link.text}` : after.text;
    end = after.end;
    if (spelled && firstNumber.toLowerCase() === 'one' && measure === 'COUNT') return null;
  }
  return {
    sentenceIndex: sentence.index,
    start: evidenceStart,
    end,
    value,
    valueMax,
    approximate,
    unit,
    measure,
    counts,
  };
}

/**
 * A number that is part of a name or a time: "Delta 4 Heavy", "Internet Explorer 6", "Super Bowl 50",
 * "the #2 browser", "6 p.m.". Digits right after a capitalised word (not opening the sentence), after
 * "#", or before a.m./p.m.
 */
function isNameNumber(sentence: Sentence, index: number, number: string, hedge: string | undefined): boolean {
  if (hedge || !/^\d/.test(number)) return false;
  const before = sentence.text.slice(0, index);
  const after = sentence.text.slice(index + number.length);
  if (/#\s*$/.test(before) || /^\s*[ap]\.?m\.?(?![\p{L}])/iu.test(after)) return true;
  const previous = /(\S+)\s+$/u.exec(before)?.[1] ?? '';
  const opensSentence = /^\S+\s+$/u.test(before);
  return /^\p{Lu}[\p{L}-]*$/u.test(previous) && !opensSentence && !/^(?:The|A|An|About|Some|Over|Nearly|Around|Almost|Only|Just|All|Another|Each)$/.test(previous);
}

/** Where the group starts in "two of the victims" (after "of the"), or null. */
function partitive(sentence: Sentence, offset: number): number | null {
  const match = /^\s+of\s+(?:the|these|those|its|his|her|their|our)\s+/i.exec(sentence.text.slice(offset - sentence.start));
  return match ? offset + match[0].length : null;
}

/** The noun phrase right after a number: modifiers then a noun head ("North Korean troops"). */
function nounPhraseAfter(tokens: readonly Token[], offset: number, limit: number): { text: string; head: string; end: number } | null {
  let k = tokenAt(tokens, offset);
  const first = tokens[k];
  if (!first || first.start >= limit || first.start - offset > 1) return null;
  let head: Token | null = null;
  const from = first.start;
  for (let taken = 0; taken < 5 && k < tokens.length; taken += 1, k += 1) {
    const token = tokens[k];
    if (!token || token.start >= limit) break;
    if (token.text === '-' && head) continue;
    if (!NOUN_PHRASE_TAGS.has(token.pos) && !/^[\p{L}]+-[\p{L}]+$/u.test(token.text)) break;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') head = token;
    else if (head && token.pos === 'ADJ') break;
  }
  if (!head) return null;
  return { text: textBetween(tokens, from, head.end), head: head.text, end: head.end };
}

/** A short prepositional phrase after a noun: "to Ukraine", "of the workforce", "in aid". */
function linkedPhrase(tokens: readonly Token[], offset: number, limit: number): { text: string; end: number } | null {
  let k = tokenAt(tokens, offset);
  const link = tokens[k];
  if (!link || link.start >= limit || !LINK_WORDS.has(link.text.toLowerCase())) return null;
  let end = link.end;
  let sawNoun = false;
  for (k += 1; k < tokens.length && k <= tokenAt(tokens, offset) + 5; k += 1) {
    const token = tokens[k];
    if (!token || token.start >= limit) break;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(token.pos)) break;
    end = token.end;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') sawNoun = true;
  }
  return sawNoun ? { text: textBetween(tokens, link.start, end), end } : null;
}

function nounBefore(tokens: readonly Token[], offset: number, limit: number): string | null {
  for (let k = tokenAt(tokens, offset) - 1, seen = 0; k >= 0 && seen < 5; k -= 1, seen += 1) {
    const token = tokens[k];
    if (!token || token.start < limit) break;
    if (token.pos === 'NOUN') return token.text;
  }
  return null;
}

function textBetween(tokens: readonly Token[], start: number, end: number): string {
  let text = '';
  let previousEnd = -1;
  for (let k = tokenAt(tokens, start); k < tokens.length; k += 1) {
    const token = tokens[k];
    if (!token || token.end > end) break;
    text += (previousEnd >= 0 && token.start > previousEnd ? ' ' : '') + token.text;
    previousEnd = token.end;
  }
  return text;
}
