// How the engine writes numbers, units, quotes and sentence references. Generators and rules share
// these so that a rule can recognise what a generator wrote (an option "12,000 troops" is a number).

/** 10000 → "10,000"; written by hand so output never depends on the host's locale. */
export function formatNumber(value: number): string {
  const [whole, fraction] = String(Math.abs(value)).split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { person: 'people', man: 'men', woman: 'women', child: 'children' };
const INVARIABLE_UNITS = new Set(['usd', 'eur', 'gbp', 'percent', 'people', 'personnel']);

/** The unit as the text would write it for this value: 1 troop, 2 troops, 5 points. */
export function unitFor(unit: string, value: number): string {
  if (value === 1 || INVARIABLE_UNITS.has(unit.toLowerCase())) return unit;
  const irregular = IRREGULAR_PLURALS[unit.toLowerCase()];
  if (irregular !== undefined) return irregular;
  if (/[^aeiou]y$/i.test(unit)) return `${unit.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(unit)) return `${unit}es`;
  return `${unit}s`;
}

/** "12,000 troops", "$5", "3 percent": no hedge word, so options never differ by "around" alone. */
export function formatAmount(value: number, unit: string): string {
  if (unit.toUpperCase() === 'USD') return `$${formatNumber(value)}`;
  return `${formatNumber(value)} ${unitFor(unit, value)}`;
}

/** As the text gives it: "around 12,000 troops", "10,000 to 12,000 troops". */
export function formatQuantity(q: {
  readonly value: number;
  readonly valueMax: number | null;
  readonly approximate: boolean;
  readonly unit: string;
}): string {
  const hedge = q.approximate ? 'around ' : '';
  if (q.valueMax !== null) return `${hedge}${formatNumber(q.value)} to ${formatAmount(q.valueMax, q.unit)}`;
  return `${hedge}${formatAmount(q.value, q.unit)}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const LOWERABLE_FIRST_WORDS = new Set(
  'the a an it its this these that those there some many several he she they we his her their our'.split(' '),
);

/** Lower-case the first letter only when it is a common word: "The U.S. …" → "the U.S. …", never "north Korea". */
export function lowerFirst(text: string): string {
  const first = text.split(/\s/)[0] ?? '';
  return LOWERABLE_FIRST_WORDS.has(first.toLowerCase()) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Drops a closing full stop, but not the one that ends an abbreviation ("the U.S."). */
export function withoutFinalStop(text: string): string {
  const t = text.trim();
  if (/(?:\b\p{L}\.){2,}$/u.test(t)) return t;
  return t.replace(/[.\s]+$/, '');
}

/** Straight-quoted text as the question shows it, without the text's own closing punctuation. */
export function quoted(text: string): string {
  return `“${withoutFinalStop(text.trim().replace(/^[“”"]+|[“”"]+$/g, '')).replace(/,$/, '')}”`;
}

/** "sentence 3", "sentences 2 and 5", "sentences 1, 2 and 4", from 1-based sentence numbers. */
export function sentenceRef(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  if (sorted.length === 1) return `sentence ${sorted[0]}`;
  return `sentences ${joinList(sorted.map(String))}`;
}

export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Curly quotation marks closed or opened where the text leaves them dangling: a sentence cut from
 * a multi-sentence quote starts “ without closing it, or ends ” without opening it.
 */
export function balanceQuotes(text: string): string {
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  if (closes > opens) return `${'“'.repeat(closes - opens)}${text}`;
  if (opens > closes) return `${text}${'”'.repeat(opens - closes)}`;
  return text;
}

/** Whether every curly quotation mark in the text has its partner. */
export function quotesBalanced(text: string): boolean {
  return balanceQuotes(text) === text;
}
