// Asking about a number. A figure is only wrong for a question when the same source does not give
// it for the same thing: 10,000 is a wrong answer to "how many, according to South Korea's spy
// agency?" but a right one to "according to Zelensky?", so prompts always name whose figure it is.
import type { Quantity } from '../../domain/facts';
import { formatNumber, formatQuantity, unitFor } from '../text/format';
import { findNumbers } from '../text/numbers';
import { containsPhrase, textSimilarity } from '../text/normalize';
import type { FactIndex } from './factIndex';
import { figureStem, isRatio } from './figureStem';
import { escapeRegExp } from '../text/regExp';

export function sourcePhrase(index: FactIndex, q: Quantity): string {
  const source = index.entity(q.sourceId);
  return source === undefined ? 'the article' : index.displayName(source);
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function countsText(q: Quantity): string {
  return q.counts.trim().replace(/[.?]$/, '');
}

/** Whether `counts` names what it counts by measure word ("the length of …") rather than by a plural. */
const MEASURE_NOUN = /^(the )?(length|size|distance|number|amount|share|duration|value|cost|price|area|height|width|depth)\b/i;

/**
 * "how many" with the verb a person would put in: "North Korean troops being sent to Ukraine" →
 * "how many North Korean troops are being sent to Ukraine", "people injured in the fire" → "how
 * many people were injured in the fire"; a plain noun phrase is asked as it stands ("how many
 * North Korean brigades are there").
 */
export function howMany(counts: string): string {
  const words = counts.split(' ');
  const being = words.indexOf('being');
  if (being > 0) return `how many ${[...words.slice(0, being), 'are', ...words.slice(being)].join(' ')}`;
  const participle = words.findIndex((w, i) => i > 0 && /^[a-z]{3,}ed$/.test(w) && !/^(need|red|bed|seed|speed|feed|hundred)$/.test(w));
  if (participle > 0) return `how many ${[...words.slice(0, participle), 'were', ...words.slice(participle)].join(' ')}`;
  return `how many ${counts} are there`;
}

/** Words a counted phrase cannot open with: "of Australian salt", "for a single bottle" are pieces of a sentence. */
const LEADING_PREPOSITION = /^(of|for|in|on|at|to|by|from|with|into|over|under|during|per|than|about)\b/i;

/**
 * "According to Volodymyr Zelensky, how many North Korean troops are being sent …?", or null when no
 * stem a person would write can be made: never "what figure is given for hours?", "what percentage
 * is given for of Australian salt?" or "what is the amount of for a single bottle?".
 */
export function quantityPrompt(index: FactIndex, q: Quantity): string | null {
  const counts = countsText(q);
  if (LEADING_PREPOSITION.test(counts) || isRatio(index, q)) return null;
  const source = index.entity(q.sourceId);
  const stem = q.measure === 'PEOPLE' || q.measure === 'MILITARY_UNITS' || q.measure === 'COUNT' || q.measure === 'PERCENT' ? figureStem(index, q) : null;
  const asked = stem ?? counts;
  // "According to Zelensky, … in Zelensky’s plan" names him twice, and "…, according to Yonhap" already says whose it is.
  if (/\baccording to\b/i.test(asked)) {
    if (stem !== null) return `${capitalizeFirst(stem)}?`;
    return MEASURE_NOUN.test(counts) ? `What is the ${counts.replace(/^the /i, '')}?` : `${capitalizeFirst(howMany(counts))}?`;
  }
  const named = source !== undefined && index.namesOf(source).some((n) => containsPhrase(asked, n));
  const lead = `According to ${named ? 'the article' : sourcePhrase(index, q)}`;
  if (stem !== null) return `${lead}, ${stem}?`;
  if (MEASURE_NOUN.test(counts)) return `${lead}, what is the ${counts.replace(/^the /i, '')}?`;
  switch (q.measure) {
    case 'PEOPLE':
    case 'MILITARY_UNITS':
    case 'COUNT':
      return `${lead}, ${howMany(counts)}?`;
    default:
      // "what percentage is given for …", "what figure is given for …": templates no person writes.
      return null;
  }
}

/** For a typed answer: "Give the figure in miles." when the unit is not obvious from the question. */
export function unitHint(q: Quantity): string {
  if (q.measure === 'PEOPLE' || q.measure === 'MILITARY_UNITS' || q.measure === 'COUNT') return '';
  return ` Give the figure in ${unitFor(q.unit, 2)}.`;
}

/** Values that would also be right: what the same source gives for the same measure and a similar thing. */
export function coTrueValues(index: FactIndex, q: Quantity): Set<number> {
  const out = new Set<number>([q.value]);
  if (q.valueMax !== null) out.add(q.valueMax);
  for (const other of index.facts.quantities) {
    if (other.id === q.id || other.measure !== q.measure || other.sourceId !== q.sourceId) continue;
    if (textSimilarity(other.counts, q.counts) >= 0.3) {
      out.add(other.value);
      if (other.valueMax !== null) out.add(other.valueMax);
    }
  }
  return out;
}

/** Other figures in the text of the same measure that are wrong for this question, closest first. */
export function wrongValuesFromText(index: FactIndex, q: Quantity): { value: number; from: Quantity }[] {
  const coTrue = coTrueValues(index, q);
  const seen = new Set<number>();
  const out: { value: number; from: Quantity }[] = [];
  for (const other of index.facts.quantities) {
    if (other.measure !== q.measure || coTrue.has(other.value) || seen.has(other.value)) continue;
    seen.add(other.value);
    out.push({ value: other.value, from: other });
  }
  return out.sort((a, b) => numberSimilarity(q.value, b.value) - numberSimilarity(q.value, a.value) || a.value - b.value);
}

/**
 * What the figure measures, with the figure, unit said once: "the number of North Korean brigades
 * North Korea is preparing to send to Ukraine at four", "the length of the front at 600 miles".
 */
export function figureClaim(q: Quantity): string {
  const counts = countsText(q);
  if (MEASURE_NOUN.test(counts)) return `${/^the /i.test(counts) ? '' : 'the '}${counts} at ${quantityAsWritten(q)}`;
  switch (q.measure) {
    case 'PEOPLE':
    case 'MILITARY_UNITS':
    case 'COUNT':
      // The counted noun is in `counts` already ("North Korean brigades …"): give the bare number.
      return `the number of ${counts} at ${quantityAsWritten(q).replace(new RegExp(`\\s+${escapeRegExp(unitFor(q.unit, 2))}$|\\s+${escapeRegExp(q.unit)}$`), '')}`;
    case 'MONEY':
      return `the amount of ${counts} at ${quantityAsWritten(q)}`;
    default:
      return `the figure for ${counts} at ${quantityAsWritten(q)}`;
  }
}


/** The figure as the text writes it: "four brigades" stays in words, "around 12,000 troops" in digits. */
export function quantityAsWritten(q: Quantity): string {
  const written = findNumbers(q.evidence.text).find((n) => n.value === q.value);
  const text = formatQuantity(q);
  if (written === undefined || !/^[a-z]+$/i.test(written.text)) return text;
  return text.replace(formatNumber(q.value), written.text.toLowerCase());
}

/** 0..1: 10,000 vs 12,000 ≈ 0.83, 4 vs 12,000 ≈ 0. */
export function numberSimilarity(a: number, b: number): number {
  const hi = Math.max(Math.abs(a), Math.abs(b));
  return hi === 0 ? 1 : Math.min(Math.abs(a), Math.abs(b)) / hi;
}

/** Words or digits, as the original was written: a changed "four" is "six", a changed "10,000" is "12,000". */
export function writeLike(original: string, value: number): string {
  if (/^[a-z]+$/i.test(original)) {
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
    const word = words[value];
    if (word !== undefined) return /^[A-Z]/.test(original) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  }
  return original.includes(',') || value >= 10000 ? formatNumber(value) : String(value);
}

/**
 * A changed value for a false statement: another figure of the same measure from the text when
 * there is one, otherwise a clearly different one (half again, or two more for small counts).
 */
export function changedValue(index: FactIndex, q: Quantity): number {
  const fromText = wrongValuesFromText(index, q)[0];
  if (fromText !== undefined) return fromText.value;
  const coTrue = coTrueValues(index, q);
  let candidate = q.value >= 20 ? roundToTwoFigures(q.value * 1.5) : q.value + 2;
  while (coTrue.has(candidate)) candidate += q.value >= 20 ? roundToTwoFigures(q.value / 2) : 1;
  return candidate;
}

export function roundToTwoFigures(x: number): number {
  if (x === 0) return 0;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(x))) - 1);
  return Math.round(x / magnitude) * magnitude;
}

const COUNTS_FILLER = new Set(['the', 'a', 'an', 'of', 'for', 'in', 'on', 'at', 'to', 'by', 'from', 'with', 'and', 'or', 'more', 'than', 'some', 'about', 'row']);

/**
 * Whether what the figure counts is named beyond its unit, so a question can say what is counted:
 * "mid-air tanker aircraft from Boeing" does, "days of music", "donors" and "GMT" do not (the stem
 * would be "what figure is given for days?"). Such figures are not asked about.
 */
export function countsNamesThing(q: Quantity): boolean {
  const unitForms = new Set([q.unit, unitFor(q.unit, 2), `${q.unit}s`].map((u) => u.toLowerCase()));
  const words = countsText(q)
    .toLowerCase()
    .split(/[^a-z’'-]+/)
    .filter((w) => w.length >= 3 && !COUNTS_FILLER.has(w) && !unitForms.has(w));
  return words.length >= 2;
}

/** Plurals without a final s that a count may name. */
const IRREGULAR_PLURAL_NOUNS = new Set(['aircraft', 'sheep', 'fish', 'deer', 'series', 'species', 'people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle', 'feet', 'teeth', 'mice', 'geese', 'troops', 'media', 'data', 'criteria', 'crises']);

/** Units of measure: a figure in them is a length, a time or a temperature, never "how many …". */
const MEASURE_UNIT_WORDS = new Set(['degrees', 'miles', 'kilometers', 'kilometres', 'km', 'meters', 'metres', 'feet', 'inches', 'yards', 'pounds', 'lbs', 'tons', 'tonnes', 'kilograms', 'kg', 'hours', 'minutes', 'seconds', 'days', 'weeks', 'months', 'years', 'decades', 'centuries', 'dollars', 'euros', 'percent', 'acres', 'hectares', 'litres', 'liters', 'gallons', 'times']);

/** Words that end the counted noun phrase: what follows says where, how or which ("people injured in …"). */
const HEAD_END = /^(in|of|at|on|for|from|to|by|with|into|across|over|under|during|along|being|is|are|was|were|has|have|had|will|would|who|that|which|since|after|before|near|per|than|west|east|north|south|a|an|the)$/;

/**
 * Whether a count names what it counts with a plural noun phrase, so "how many …" reads as a
 * person would ask it: "small motors", "votes in the Senate", "people injured in the fire" do;
 * "day rally in the capital", "Immortals player", "miles west of Stockholm", "degrees Celsius", a
 * count of one or of 8.6 do not. Figures of other measures are not asked with "how many".
 */
export function countedNounIsPlural(q: Quantity): boolean {
  if (q.measure !== 'PEOPLE' && q.measure !== 'MILITARY_UNITS' && q.measure !== 'COUNT') return true;
  if (!Number.isInteger(q.value) || q.value < 2) return false;
  // The head noun closes the opening run of words: before a preposition or verb, before a participle
  // after a plural ("people injured …"), before a new capitalised subject ("soldiers North Korea is …").
  const words = countsText(q).split(/\s+/).filter((w) => w !== '');
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    const prev = words[i - 1] as string;
    if (HEAD_END.test(w) || (/^[a-z]/.test(prev) && /^[A-Z]/.test(w)) || (isPluralWord(prev) && /^[a-z]{3,}(ed|ing|en)$/.test(w))) {
      end = i;
      break;
    }
  }
  const head = words[end - 1];
  if (head === undefined || !/^[a-z][a-z’'-]*$/.test(head)) return false;
  // "degrees Celsius", "miles west of Stockholm", "years in prison" measure; they do not count things.
  if (MEASURE_UNIT_WORDS.has(head.toLowerCase())) return false;
  return isPluralWord(head);
}

function isPluralWord(word: string): boolean {
  const bare = word.toLowerCase();
  if (IRREGULAR_PLURAL_NOUNS.has(bare)) return true;
  return /[a-z]{2,}s$/.test(bare) && !/(ss|us|is)$/.test(bare);
}

/**
 * Whether the article gives this one figure for this thing: no other figure from the same source,
 * of the same measure, for a similar thing ("12 soldiers killed", "4 soldiers wounded" and "a
 * 7,000-strong force" leave "how many soldiers?" without one answer).
 */
export function unambiguousFigure(index: FactIndex, q: Quantity): boolean {
  return [...coTrueValues(index, q)].every((v) => v === q.value || v === q.valueMax);
}

/** Whether a figure's stem is one a person would write: no "what figure is given for <unit>?". */
export function hasPlainStem(q: Quantity): boolean {
  if (MEASURE_NOUN.test(countsText(q))) return true;
  return q.measure === 'PEOPLE' || q.measure === 'MILITARY_UNITS' || q.measure === 'COUNT' || q.measure === 'MONEY' || q.measure === 'PERCENT';
}

/** Whether a figure may be asked about (typed or picked): a named, plural, single, plainly asked thing. */
export function askableFigure(index: FactIndex, q: Quantity): boolean {
  return countsNamesThing(q) && countedNounIsPlural(q) && hasPlainStem(q) && unambiguousFigure(index, q) && hedgeOf(q).kind !== 'vague';
}

export type HedgeKind = 'above' | 'atLeast' | 'atMost' | 'below' | 'around' | 'nearly' | 'vague' | 'none';

export interface Hedge {
  readonly kind: HedgeKind;
  /** The hedge as the text writes it ("more than"), empty for none. */
  readonly words: string;
}

const HEDGES: readonly (readonly [RegExp, HedgeKind])[] = [
  [/\b(more than|over|upwards of|in excess of|greater than)\s+$/i, 'above'],
  [/\b(at least|no fewer than|no less than|a minimum of)\s+$/i, 'atLeast'],
  [/\b(as many as|as much as|up to|at most|no more than|a maximum of)\s+$/i, 'atMost'],
  [/\b(fewer than|less than|under|below)\s+$/i, 'below'],
  [/\b(nearly|almost|just under|close to)\s+$/i, 'nearly'],
  [/\b(around|about|some|roughly|approximately|an estimated|estimated|about|circa|or so)\s+$/i, 'around'],
];

/**
 * The hedge the text puts before the figure ("more than 60", "at least nine", "as many as 50,000"):
 * read from the evidence, since the facts keep only that the figure is approximate. "thousands of"
 * and "dozens of" are vague: no one figure to grade against.
 */
export function hedgeOf(q: Quantity): Hedge {
  const text = q.evidence.text;
  const span = findNumbers(text).find((n) => n.value === q.value);
  if (span === undefined) return q.approximate ? { kind: 'vague', words: '' } : { kind: 'none', words: '' };
  if (/^(dozens|hundreds|thousands|millions|billions|scores)\b/i.test(span.text) || /^\s*s\s+of\b/i.test(text.slice(span.end)) || /\b(dozens|hundreds|thousands|millions|billions) of\s*$/i.test(text.slice(0, span.start))) return { kind: 'vague', words: '' };
  const before = text.slice(0, span.start);
  for (const [pattern, kind] of HEDGES) {
    const m = pattern.exec(before);
    if (m !== null) return { kind, words: (m[1] ?? '').toLowerCase() };
  }
  return q.approximate ? { kind: 'around', words: '' } : { kind: 'none', words: '' };
}

/** Share of the value a hedge's band spans either way ("around 200" accepts 180 to 220). */
export const HEDGE_TOLERANCE = 0.1;

/** The smallest step between two values written like `value`: 1 for whole numbers, 0.1 for "2.5". */
function stepOf(value: number): number {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return 10 ** -decimals;
}

/**
 * The values a hedged figure accepts, as the text words it: "more than 60" accepts only values above
 * 60, "at least nine" nine or more, "as many as 50,000" at most 50,000, "around 200" 180 to 220.
 * A one-sided hedge has no upper (or lower) limit in the text; the band stops one stated tolerance
 * (10% of the figure, at least one step) past it, so a wild guess is still wrong.
 */
export function hedgeBand(q: Quantity): { low: number; high: number } {
  const v = q.value;
  if (q.valueMax !== null) return { low: v, high: q.valueMax };
  const step = stepOf(v);
  const t = Math.max(step, roundToTwoFigures(v * HEDGE_TOLERANCE));
  const round = (x: number): number => Math.round(x / step) * step;
  switch (hedgeOf(q).kind) {
    case 'above':
      return { low: round(v + step), high: round(v + step + 2 * t) };
    case 'atLeast':
      return { low: v, high: round(v + 2 * t) };
    case 'atMost':
      return { low: Math.max(0, round(v - 2 * t)), high: v };
    case 'below':
      return { low: Math.max(0, round(v - step - 2 * t)), high: round(v - step) };
    case 'nearly':
      return { low: Math.max(0, round(v - 2 * t)), high: v };
    case 'around':
    case 'vague':
      return { low: Math.max(0, round(v - t)), high: round(v + t) };
    case 'none':
      return { low: v, high: v };
  }
}

/** How the explanation states the band: "the article says “more than 60”: answers from 61 to 73 are accepted". */
export function hedgeExplanation(q: Quantity, band: { low: number; high: number }): string {
  if (band.low === band.high) return '';
  const hedge = hedgeOf(q);
  const written = hedge.words === '' ? quantityAsWritten(q) : `${hedge.words} ${findNumbers(q.evidence.text).find((n) => n.value === q.value)?.text ?? formatNumber(q.value)}`;
  return ` The article says “${written}”: answers from ${formatNumber(band.low)} to ${formatNumber(band.high)} are accepted.`;
}

/**
 * Wrong figures for a choice on `q`, in its own unit and magnitude (half, three quarters, one and a
 * half, double; small counts a few either side), never a figure the article prints for anything
 * else (that would be another fact relabelled) and never inside the hedge's band.
 */
export function plausibleWrongValues(index: FactIndex, q: Quantity, n = 3): number[] {
  const band = hedgeBand(q);
  const hedge = hedgeOf(q).kind;
  const printed = new Set(index.facts.quantities.flatMap((x) => [x.value, ...(x.valueMax === null ? [] : [x.valueMax])]));
  const coTrue = coTrueValues(index, q);
  const v = q.value;
  const tries = Number.isInteger(v) && v < 20 ? [v + 2, v - 2, v + 4, v + 1, v - 1, v + 3, v + 6, v - 3, v + 8] : [v * 1.5, v * 0.5, v * 2, v * 0.75, v * 3, v * 0.25, v * 1.25, v * 4].map(roundToTwoFigures);
  const out: number[] = [];
  for (const x of tries) {
    if (x <= 0 || out.includes(x) || printed.has(x) || coTrue.has(x)) continue;
    // Outside the accepted band by more than a tolerance either way, so each is plainly wrong.
    const margin = Math.max(band.high - band.low, 0);
    if (x >= band.low - margin && x <= band.high + margin) continue;
    // "more than 60" says nothing against 120, "as many as 50,000" nothing against 25,000.
    if ((hedge === 'above' || hedge === 'atLeast') && x > v) continue;
    if ((hedge === 'atMost' || hedge === 'below' || hedge === 'nearly') && x < v) continue;
    out.push(x);
    if (out.length >= n) break;
  }
  return out;
}
