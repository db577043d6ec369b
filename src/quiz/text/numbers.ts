// Numbers as the text writes them ("10,000", "four", "600-mile"): fill-in-the-blank needs their
// spans, grading needs to accept "10000" for "10,000" and "4" for "four".

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000,
};

export interface NumberSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
}

const NUMBER_PATTERN = new RegExp(
  `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\b(?:${Object.keys(SMALL_NUMBERS).join('|')})\\b`,
  'gi',
);

/** Every number written in the text, with its span (string indices into `text`). */
export function findNumbers(text: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  for (const m of text.matchAll(NUMBER_PATTERN)) {
    const raw = m[0];
    const value = parseNumber(raw);
    if (value !== null && m.index !== undefined) out.push({ start: m.index, end: m.index + raw.length, text: raw, value });
  }
  return out;
}

/** "10,000" → 10000, "four" → 4, "12.5" → 12.5; null when it is not one number. */
export function parseNumber(text: string): number | null {
  const t = text.trim().toLowerCase();
  const word = SMALL_NUMBERS[t];
  if (word !== undefined) return word;
  if (!/^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t.replace(/,/g, ''));
}

/** The ways a reader may type a number: "10,000", "10000", and the word for small ones ("four"). */
export function numberForms(value: number): string[] {
  const forms = new Set<string>([String(value), String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',')]);
  for (const [word, v] of Object.entries(SMALL_NUMBERS)) if (v === value && v <= 20) forms.add(word);
  return [...forms];
}
