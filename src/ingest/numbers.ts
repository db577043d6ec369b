// Numbers as written in news copy: "10,000", "2.5", "four", "twenty-five", "two hundred", "a dozen".

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000, bn: 1_000_000_000 };

export const SPELLED_NUMBER_WORDS = [...Object.keys(UNITS), 'hundred', 'thousand', 'million', 'billion'];

/** Digits or spelled-out words to a number; null when it is neither. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().toLowerCase();
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(cleaned)) return Number(cleaned.replace(/,/g, ''));
  const words = cleaned.split(/[\s-]+/).filter((w) => w !== 'and' && w !== 'a');
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const word of words) {
    const unit = UNITS[word];
    const scale = SCALES[word];
    if (unit !== undefined) current += unit;
    else if (scale === 100) current = (current || 1) * 100;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else return null;
  }
  return total + current;
}

/** "million" → 1e6; "" → 1. */
export function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  const key = word.toLowerCase();
  if (key === 'm') return 1_000_000;
  return SCALES[key] ?? 1;
}
