// Timeline entries from dated statements, ordered by when they happened.
//
// One entry per resolved date expression per sentence; its label is the clause around the date (the
// comma-delimited piece, or the whole sentence when that piece is too short to read alone). Entries
// with the same resolved range share a sequence number: the text does not order them. Unresolved
// dates cannot be ordered and are left out of the timeline (they stay on the claims).
//
// A timeline is for putting steps in order, and a quiz asks students to order them, so a sequence
// number is a claim that the text orders two steps. A coarse range that contains finer dated
// steps ("this week" around "Thursday", "this year" around "March 3") does not say whether its
// step came before or after them: it is left off the timeline (it stays on the claims as their
// date). Ranges that still overlap share one sequence number; disjoint ranges are ordered.

import type { Sentence, TimelineEntry } from '../domain/facts';
import type { Dateline } from './dateline';
import type { DateMention } from './dates';
import type { EntityTable } from './entityTable';
import { evidenceOf } from './evidence';

type Draft = Omit<TimelineEntry, 'id' | 'sequence'>;

export function buildTimeline(
  body: string,
  articleId: string,
  sentences: readonly Sentence[],
  table: EntityTable,
  dates: readonly DateMention[],
  dateline: Dateline | null = null,
): TimelineEntry[] {
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  const mentionsBySentence = sentences.map((): typeof table.mentions => []);
  for (const m of table.mentions) mentionsBySentence[m.sentenceIndex]?.push(m);
  for (const date of dates) {
    if (date.ref.precision === 'UNRESOLVED') continue;
    // The dateline's date ("LONDON, March 3 (Reuters) -") is when the story was filed, not a step of it.
    if (dateline && date.sentenceIndex === 0 && date.start < dateline.end) continue;
    const key = `${date.sentenceIndex}|${date.ref.start}|${date.ref.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const whole = sentences[date.sentenceIndex];
    if (!whole) continue;
    // A label never starts with the dateline ("GENEVA (AP) —"): it is not part of what happened.
    const sentence = whole.index === 0 && dateline && date.start >= dateline.end ? { ...whole, start: dateline.end, text: body.slice(dateline.end, whole.end) } : whole;
    const [start, end] = clauseAround(body, sentence, date);
    const actorIds: string[] = [];
    // The clause lies inside the date's sentence, so only that sentence's mentions can be in it.
    for (const m of mentionsBySentence[date.sentenceIndex] ?? []) {
      if (m.start >= start && m.end <= end && !actorIds.includes(m.entityId) && table.entities.get(m.entityId)?.kind !== 'PLACE') actorIds.push(m.entityId);
    }
    drafts.push({
      articleId,
      label: body.slice(start, end).replace(/[“”"]/g, '').replace(/\s+/g, ' '),
      date: date.ref,
      actorIds,
      evidence: evidenceOf(body, articleId, sentence.index, start, end),
    });
  }
  // ISO dates compare as strings.
  const contains = (outer: Draft['date'], inner: Draft['date']) =>
    outer.start! <= inner.start! && inner.end! <= outer.end! && (outer.start !== inner.start || outer.end !== inner.end);
  const kept = drafts.filter((d) => !drafts.some((other) => contains(d.date, other.date)));
  // Sweep by start: a range starting after every range so far has ended begins a new step.
  const byStart = kept.map((d, order) => ({ d, order })).sort((a, b) => (a.d.date.start! < b.d.date.start! ? -1 : a.d.date.start! > b.d.date.start! ? 1 : a.order - b.order));
  let step = 0;
  let reach = '';
  const ordered = byStart.map(({ d }) => {
    if (d.date.start! > reach) step++;
    if (d.date.end! > reach) reach = d.date.end!;
    return { d, step };
  });
  return ordered.map(({ d, step }, k) => ({ ...d, id: `timeline-${k + 1}`, sequence: step }));
}

function clauseAround(body: string, sentence: Sentence, date: DateMention): [number, number] {
  const text = sentence.text;
  const local = date.start - sentence.start;
  const left = Math.max(text.lastIndexOf(', ', local), text.lastIndexOf('; ', local));
  const rightComma = [text.indexOf(', ', local), text.indexOf('; ', local)].filter((i) => i >= 0);
  let start = left >= 0 ? left + 2 : 0;
  let end = rightComma.length > 0 ? Math.min(...rightComma) : text.length;
  if (text.slice(start, end).split(/\s+/).length < 5) {
    start = 0;
    end = text.length;
  }
  while (end > start && /[\s.,;:”"]/.test(text[end - 1] ?? '')) end -= 1;
  while (start < end && /[\s“"]/.test(text[start] ?? '')) start += 1;
  // Keep the evidence faithful: if trimming cut a quotation mark we still slice the body exactly.
  return [sentence.start + start, sentence.start + end].map((n) => Math.min(n, body.length)) as [number, number];
}
