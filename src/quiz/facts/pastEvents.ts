// Past events a student can place in time: timeline steps that are dated, not plans, and readable
// as one short event (eventPhrase), and which of them can be ordered against each other with a key
// a reader can defend. Ordering items and "which of these happened in May?" options come from here.
import type { TimelineEntry } from '../../domain/facts';
import { contentTokens, stem } from '../text/normalize';
import { datesOverlap } from './dates';
import { stepPhrase } from './eventPhrase';
import type { FactIndex } from './factIndex';

/** Share of the shorter item's content words two items may have in common and still be two events. */
export const MAX_SHARED_WORDS = 0.6;

export interface OrderableStep {
  readonly entry: TimelineEntry;
  /** What the student reads: the event, short, without its date. */
  readonly phrase: string;
}

/** Timeline steps that can be ordering items: past, dated, readable as one event. */
export function orderableSteps(index: FactIndex): OrderableStep[] {
  const out: OrderableStep[] = [];
  for (const entry of index.facts.timeline) {
    if (entry.date.precision === 'UNRESOLVED') continue;
    const phrase = stepPhrase(index, entry);
    if (phrase !== null) out.push({ entry, phrase });
  }
  return out.sort((a, b) => (a.entry.date.start as string).localeCompare(b.entry.date.start as string) || a.entry.sequence - b.entry.sequence);
}

export function sharedWordShare(a: string, b: string): number {
  const ta = new Set(contentTokens(a).map(stem));
  const tb = new Set(contentTokens(b).map(stem));
  const smaller = Math.min(ta.size, tb.size);
  if (smaller === 0) return 1;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / smaller;
}

/**
 * Whether two steps may stand side by side: dates that do not overlap, ordered the same way by the
 * facts' sequence, different sentences, different events.
 */
export function orderableTogether(a: OrderableStep, b: OrderableStep): boolean {
  if (datesOverlap(a.entry.date, b.entry.date)) return false;
  const aFirst = (a.entry.date.start as string) < (b.entry.date.start as string);
  if (a.entry.sequence === b.entry.sequence || (a.entry.sequence < b.entry.sequence) !== aFirst) return false;
  const ea = a.entry.evidence;
  const eb = b.entry.evidence;
  if (ea.articleId === eb.articleId && ea.sentenceIndex === eb.sentenceIndex) return false;
  return sharedWordShare(a.phrase, b.phrase) <= MAX_SHARED_WORDS && a.phrase.toLowerCase() !== b.phrase.toLowerCase();
}

