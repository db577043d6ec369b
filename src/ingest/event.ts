// The event an article reports: titled by the headline when there is one, else by what the first
// sentence says (without its attribution); summarised by the lead; dated and placed by the lead.

import type { NewsEvent, Sentence } from '../domain/facts';
import type { Attribution } from './attributions';
import type { Dateline } from './dateline';
import type { DateMention } from './dates';
import type { EntityTable } from './entityTable';

const MAX_TITLE = 120;

export function buildEvent(
  eventId: string,
  title: string | null,
  body: string,
  sentences: readonly Sentence[],
  attributions: readonly Attribution[],
  dates: readonly DateMention[],
  table: EntityTable,
  dateline: Dateline | null = null,
): NewsEvent {
  const lead = sentences[0];
  const leadClaim = attributions.find((a) => a.sentenceIndex === 0);
  const aside = leadClaim?.aside;
  const leadWords = !leadClaim
    ? (lead?.text ?? '')
    : aside
      ? body.slice(leadClaim.contentStart, aside.start) + body.slice(aside.end, leadClaim.contentEnd)
      : body.slice(leadClaim.contentStart, leadClaim.contentEnd);
  const leadContent = leadWords.replace(/[“”"]/g, '');
  const derived = shorten(leadContent.replace(/[.!?]+$/, ''));
  const summarySentences = lead && lead.text.length < 80 && sentences[1] ? [lead, sentences[1]] : lead ? [lead] : [];
  const leadDate = leadClaim?.date ?? dates.find((d) => d.sentenceIndex === 0 && d.ref.precision !== 'UNRESOLVED') ?? null;
  // Where it happened: a place the lead names, else where the dateline filed from (the reporter is
  // usually there), else a place in the next two sentences.
  const places = table.mentions
    .filter((m) => m.sentenceIndex <= 2 && table.entities.get(m.entityId)?.kind === 'PLACE')
    .sort((a, b) => a.start - b.start);
  const inDateline = (m: { start: number }): boolean => dateline !== null && m.start < dateline.end;
  const place =
    places.find((m) => m.sentenceIndex === 0 && !inDateline(m)) ??
    (dateline ? table.mentions.find((m) => m.sentenceIndex === 0 && m.start === dateline.placeStart) : undefined) ??
    places.find((m) => !inDateline(m));
  return {
    id: eventId,
    title: title?.trim() || derived || 'Untitled event',
    summary: summarySentences.map((s) => s.text).join(' ') || derived,
    date: leadDate?.ref ?? null,
    placeId: place?.entityId ?? null,
  };
}

function shorten(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_TITLE) return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  const cut = trimmed.lastIndexOf(' ', MAX_TITLE - 1);
  return `${trimmed.slice(0, cut > 40 ? cut : MAX_TITLE - 1)}…`;
}
