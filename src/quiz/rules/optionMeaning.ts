// What an option's text refers to in the facts, so rules can check it: an entity (by name or alias),
// a figure, a date, a standing, or plain text. Generators write options with the shared formatters,
// so a rule reads back exactly what was meant.
import type { DateRef, NewsEntity } from '../../domain/facts';
import { dateAnswerText } from '../facts/dates';
import type { FactIndex } from '../facts/factIndex';
import { normalizeName } from '../text/normalize';
import { parseNumber } from '../text/numbers';
import { responsePhraseStanding, standingClass, type StandingClass } from '../text/standing';

export type OptionMeaning =
  | { readonly type: 'entity'; readonly entity: NewsEntity }
  | { readonly type: 'number'; readonly value: number; readonly unit: string }
  | { readonly type: 'date'; readonly date: DateRef }
  | { readonly type: 'standing'; readonly standingClass: StandingClass }
  | { readonly type: 'text'; readonly text: string };

export function allDates(index: FactIndex): DateRef[] {
  const f = index.facts;
  return [
    ...(f.event.date === null ? [] : [f.event.date]),
    ...f.claims.flatMap((c) => (c.date === null ? [] : [c.date])),
    ...f.timeline.map((t) => t.date),
    ...f.relations.flatMap((r) => (r.date === null ? [] : [r.date])),
  ];
}

export function optionMeaning(index: FactIndex, text: string): OptionMeaning {
  const entity = index.entitiesNamed(text)[0];
  if (entity !== undefined) return { type: 'entity', entity };
  const standing = responsePhraseStanding(text);
  if (standing !== null) return { type: 'standing', standingClass: standingClass(standing) };
  const amount = /^\$?([\d,]+(?:\.\d+)?)(?:\s+(.+))?$/.exec(text.trim());
  if (amount !== null) {
    const value = parseNumber(amount[1] as string);
    if (value !== null) return { type: 'number', value, unit: amount[2] ?? (text.startsWith('$') ? 'USD' : '') };
  }
  const date = allDates(index).find((d) => normalizeName(dateAnswerText(d)) === normalizeName(text));
  if (date !== undefined) return { type: 'date', date };
  return { type: 'text', text };
}

/** The measure of a figure option, read from the quantities that use its unit. */
export function measureOfUnit(index: FactIndex, unit: string): string | null {
  const u = normalizeName(unit).replace(/s$/, '').replace(/ie$/, 'y');
  const q = index.facts.quantities.find((x) => normalizeName(x.unit) === u || normalizeName(x.unit) === normalizeName(unit));
  return q?.measure ?? null;
}
