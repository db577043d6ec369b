// Two dates are only provably different when their resolved ranges do not overlap: "this week" is
// not a wrong answer for "Friday". Unresolved dates overlap everything, since nothing rules them out.
import type { DateRef } from '../../domain/facts';

export function datesOverlap(a: DateRef, b: DateRef): boolean {
  if (a.precision === 'UNRESOLVED' || b.precision === 'UNRESOLVED') return true;
  return a.start <= b.end && b.start <= a.end;
}

/** Days between the middles of two resolved ranges; null when either is unresolved. */
export function daysApart(a: DateRef, b: DateRef): number | null {
  if (a.precision === 'UNRESOLVED' || b.precision === 'UNRESOLVED') return null;
  const mid = (d: { start: string; end: string }): number => (Date.parse(d.start) + Date.parse(d.end)) / 2;
  return Math.abs(mid(a) - mid(b)) / 86_400_000;
}

/** Closer dates are more confusable: Thursday vs Friday ≈ 0.97, June vs October ≈ 0.2. */
export function dateSimilarity(a: DateRef, b: DateRef): number {
  const days = daysApart(a, b);
  return days === null ? 0.5 : 1 / (1 + days / 30);
}

/** "in June" → "In June", "Thursday" → "On Thursday": an option that reads as an answer to "When …?". */
export function dateAnswerText(date: DateRef): string {
  const text = date.text.trim();
  if (/^(on|in|at|during|before|after|last|this|next|early|late)\b/i.test(text)) return text.charAt(0).toUpperCase() + text.slice(1);
  if (/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(text)) return `On ${text}`;
  // A day of a month takes "on": "On March 11", "On 29 November", never "In March 11".
  const month = '(january|february|march|april|may|june|july|august|september|october|november|december)';
  if (new RegExp(`^${month}\\s+\\d{1,2}\\b|^\\d{1,2}(st|nd|rd|th)?\\s+${month}\\b`, 'i').test(text)) return `On ${text}`;
  if (/^(january|february|march|april|may|june|july|august|september|october|november|december)\b/i.test(text)) {
    return `In ${text}`;
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}
