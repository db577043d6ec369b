// Small calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so the host's time zone never matters.

export function parseIsoDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3]) ? null : date;
}

export function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Monday of the ISO week containing `date`. */
export function mondayOf(date: Date): Date {
  return addDays(date, -((date.getUTCDay() + 6) % 7));
}

export function monthRange(year: number, monthIndex: number): { start: string; end: string } {
  const first = new Date(Date.UTC(year, monthIndex, 1));
  const last = new Date(Date.UTC(year, monthIndex + 1, 0));
  return { start: isoOf(first), end: isoOf(last) };
}

export function dayOf(year: number, monthIndex: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, monthIndex, day));
  return date.getUTCMonth() === monthIndex && date.getUTCDate() === day ? date : null;
}

export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "Oct.", "Sept", "October" → 9; null when it is not a month name. */
export function monthIndexOf(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/, '');
  if (key === 'sept') return 8;
  const index = MONTHS.findIndex((m) => m === key || (key.length >= 3 && m.slice(0, 3) === key));
  return index < 0 ? null : index;
}
