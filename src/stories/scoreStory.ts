// How strongly one article's profile says it reports the same happening as one stored event.
import type { EventProfile, StoryProfile } from './storyProfile';

/** How many stored events carry each key: a name every story shares says little. */
export interface KeyRarity {
  readonly eventCount: number;
  /** Events carrying this index key (`n:`, `p:` or `w:` prefixed); 0 when none does. */
  eventsWith(key: string): number;
}

export type StorySignal = 'NAMES' | 'PLACES' | 'WORDING' | 'TIME';

export interface StoryReason {
  readonly signal: StorySignal;
  /** This signal's part of the score, 0..1 before weighting (for TIME: the factor applied). */
  readonly strength: number;
  /** What was shared, rarest first, or the date gap. */
  readonly detail: string;
}

export interface StoryScore {
  readonly eventId: number;
  readonly score: number;
  readonly reasons: readonly StoryReason[];
}

/** Weights of the three overlap signals; they sum to 1. */
export const SIGNAL_WEIGHTS = { NAMES: 0.45, PLACES: 0.15, WORDING: 0.4 } as const;
/** Summed rarity at which a signal reaches 63% of its strength: about two rare shared keys. */
export const SATURATION = 2;
/** Days between publication dates within which time does not count against a match. */
export const SAME_NEWS_CYCLE_DAYS = 7;
/** Past this many days apart, time halves the score (the floor of the time factor). */
export const STALE_AFTER_DAYS = 45;
/** The time factor when either date is unknown: neither for nor against. */
export const UNKNOWN_TIME_FACTOR = 0.8;

export interface SignalSwitches {
  readonly names?: boolean;
  readonly places?: boolean;
  readonly wording?: boolean;
  readonly time?: boolean;
}

/** 0..1: 1 for a key no other stored event carries, near 0 for one nearly all carry. */
function rarityOf(rarity: KeyRarity, key: string): number {
  const n = rarity.eventCount + 1;
  return Math.log(n / (rarity.eventsWith(key) + 1)) / Math.log(n + 1);
}

/**
 * Shared keys, each counted by its rarity, summed: evidence in absolute terms. A ratio of shared to
 * all keys would call one shared common place ("United States" of one) a perfect match.
 */
function overlap(prefix: string, mine: readonly string[], theirs: readonly string[], rarity: KeyRarity) {
  const other = new Set(theirs);
  const shared: [string, number][] = [];
  for (const k of mine) if (other.has(k)) shared.push([k, rarityOf(rarity, prefix + k)]);
  shared.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const weight = shared.reduce((s, [, w]) => s + w, 0);
  return { strength: 1 - Math.exp(-weight / SATURATION), shared: shared.map(([k]) => k) };
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** Days from the article's date to the event's date range (0 inside it); null when unknown. */
export function dateGap(article: StoryProfile, event: EventProfile): number | null {
  if (article.publishedAt === null || event.firstPublished === null || event.lastPublished === null) return null;
  if (article.publishedAt >= event.firstPublished && article.publishedAt <= event.lastPublished) return 0;
  return Math.min(daysBetween(article.publishedAt, event.firstPublished), daysBetween(article.publishedAt, event.lastPublished));
}

export function timeFactor(gap: number | null): number {
  if (gap === null) return UNKNOWN_TIME_FACTOR;
  if (gap <= SAME_NEWS_CYCLE_DAYS) return 1;
  if (gap >= STALE_AFTER_DAYS) return 0.5;
  return 1 - (0.5 * (gap - SAME_NEWS_CYCLE_DAYS)) / (STALE_AFTER_DAYS - SAME_NEWS_CYCLE_DAYS);
}

function list(keys: readonly string[]): string {
  return keys.length <= 6 ? keys.join(', ') : `${keys.slice(0, 6).join(', ')} and ${keys.length - 6} more`;
}

export function scoreStory(article: StoryProfile, event: EventProfile, rarity: KeyRarity, on: SignalSwitches = {}): StoryScore {
  const names = overlap('n:', article.names, event.names, rarity);
  const places = overlap('p:', article.places, event.places, rarity);
  const wording = overlap('w:', article.words, event.words, rarity);
  const gap = dateGap(article, event);
  const time = on.time === false ? 1 : timeFactor(gap);
  const parts = {
    NAMES: on.names === false ? 0 : names.strength,
    PLACES: on.places === false ? 0 : places.strength,
    WORDING: on.wording === false ? 0 : wording.strength,
  };
  const overlapScore = SIGNAL_WEIGHTS.NAMES * parts.NAMES + SIGNAL_WEIGHTS.PLACES * parts.PLACES + SIGNAL_WEIGHTS.WORDING * parts.WORDING;
  const reasons: StoryReason[] = [];
  if (parts.NAMES > 0) reasons.push({ signal: 'NAMES', strength: parts.NAMES, detail: `shares ${list(names.shared)}` });
  if (parts.PLACES > 0) reasons.push({ signal: 'PLACES', strength: parts.PLACES, detail: `shares ${list(places.shared)}` });
  if (parts.WORDING > 0) reasons.push({ signal: 'WORDING', strength: parts.WORDING, detail: `claims and headline share ${list(wording.shared)}` });
  if (on.time !== false) {
    reasons.push({
      signal: 'TIME',
      strength: time,
      detail: gap === null ? 'a publication date is unknown' : gap === 0 ? 'published within the event\'s dates' : `published ${Math.round(gap)} days from the event's articles`,
    });
  }
  return { eventId: event.eventId, score: overlapScore * time, reasons };
}
