// Words that give an answer away without reading: test-wise students learn that options with
// "always" or "never" are usually wrong, and that "all of the above" is usually right.
import { normalizeText } from './normalize';

const ABSOLUTE_WORDS = ['always', 'never', 'all', 'none', 'only', 'nobody', 'everyone'];

export function hasAbsoluteWord(text: string): boolean {
  const words = new Set(normalizeText(text).split(' '));
  return ABSOLUTE_WORDS.some((w) => words.has(w));
}

export function absoluteWordsIn(text: string): string[] {
  const words = new Set(normalizeText(text).split(' '));
  return ABSOLUTE_WORDS.filter((w) => words.has(w));
}

export function isCatchAllOption(text: string): boolean {
  return /\b(all|none|both|neither) of the (above|these|options)\b/.test(normalizeText(text));
}
