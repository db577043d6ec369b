// Asking about a number. A figure is only wrong for a question when the same source does not give
// it for the same thing: 10,000 is a wrong answer to "how many, according to South Korea's spy
// agency?" but a right one to "according to Zelensky?", so prompts always name whose figure it is.
import type { Quantity } from '../../domain/facts';
import { formatNumber, formatQuantity, unitFor } from '../text/format';
import { findNumbers } from '../text/numbers';
import { containsPhrase, textSimilarity } from '../text/normalize';
import type { FactIndex } from './factIndex';

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

/** "According to Volodymyr Zelensky, how many North Korean troops are being sent …?" */
export function quantityPrompt(index: FactIndex, q: Quantity): string {
  const counts = countsText(q);
  const source = index.entity(q.sourceId);
  // "According to Zelensky, … in Zelensky’s plan" names him twice, and "…, according to Yonhap" already says whose it is.
  if (/\baccording to\b/i.test(counts)) return MEASURE_NOUN.test(counts) ? `What is the ${counts.replace(/^the /i, '')}?` : `${capitalizeFirst(howMany(counts))}?`;
  const named = source !== undefined && index.namesOf(source).some((n) => containsPhrase(counts, n));
  const lead = `According to ${named ? 'the article' : sourcePhrase(index, q)}`;
  if (MEASURE_NOUN.test(counts)) {
    return `${lead}, what is the ${counts.replace(/^the /i, '')}?`;
  }
  switch (q.measure) {
    case 'PEOPLE':
    case 'MILITARY_UNITS':
    case 'COUNT':
      return `${lead}, ${howMany(counts)}?`;
    case 'MONEY':
      return `${lead}, what is the amount of ${counts}?`;
    case 'PERCENT':
      return `${lead}, what percentage is given for ${counts}?`;
    default:
      return `${lead}, what figure is given for ${counts}?`;
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
