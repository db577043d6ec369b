// Whether a figure is the point of its statement, so that changing it tests reading: "aid may take
// up to two weeks" is about the two weeks; "the 26-hour visit will take him to Ottawa", "a two day
// rally" and a 30-word sentence with one number among many details are not about their figure,
// and a student rejects such a change by noticing the odd number, or cannot tell it matters.
import type { Quantity } from '../../domain/facts';
import { unitFor } from '../text/format';
import { findNumbers, type NumberSpan } from '../text/numbers';

/** A statement longer than this carries details besides its figure. */
export const MAX_FIGURE_STATEMENT_WORDS = 20;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/** The one place the statement writes the quantity's figure, when it writes it once and no other figure. */
export function soleFigure(statement: string, q: Quantity): NumberSpan | null {
  const numbers = findNumbers(statement);
  const only = numbers[0];
  return numbers.length === 1 && only !== undefined && only.value === q.value ? only : null;
}

/** Whether the figure at `span` is the statement's point: short statement, sole figure, not a modifier ("two-page", "two day rally"). */
export function isMainFigure(statement: string, span: NumberSpan, q: Quantity): boolean {
  if (wordCount(statement) > MAX_FIGURE_STATEMENT_WORDS) return false;
  const after = statement.slice(span.end);
  if (/^-/.test(after) || /^-?\s*(year|month|week|day|hour|minute|second)s?-old\b/i.test(after)) return false;
  // "two day rally", "four test series": the unit in the singular before another noun modifies it.
  const next = /^\s+([A-Za-z-]+)\s+([a-z]+)/.exec(after);
  const singular = q.unit.toLowerCase();
  if (next !== null && q.value !== 1 && (next[1] ?? '').toLowerCase() === singular && singular !== unitFor(q.unit, 2).toLowerCase()) return false;
  // "a 12 year cycle", "a two day rally": a unit word in the singular before another word.
  if (q.value !== 1 && /^\s+(year|month|week|day|hour|minute|second|page|mile|kilometre|kilometer|km|point|man|member|game|metre|meter|foot|inch|pound|ton|tonne|seat|lane|party|nation|state|team|star|storey|story)\s+[A-Za-z]/i.test(after)) return false;
  return true;
}

