// What of an article's facts can show it reports the same happening as another article.
import { normalizeName } from '../events/names';
import type { EntityKind, EventFacts } from '../domain/facts';
import { contentWords } from './words';

export interface StoryProfile {
  /** Normalised names of people, organisations and groups (canonical names and proper aliases). */
  readonly names: readonly string[];
  /** Normalised names of countries and places. */
  readonly places: readonly string[];
  /** Content words of the headline and the claims, at most MAX_WORDS, most frequent first. */
  readonly words: readonly string[];
  /** YYYY-MM-DD or null. */
  readonly publishedAt: string | null;
}

/** An event as the index holds it: the union of its articles' profiles and their date range. */
export interface EventProfile {
  readonly eventId: number;
  readonly names: readonly string[];
  readonly places: readonly string[];
  readonly words: readonly string[];
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly articleCount: number;
}

const PLACE_KINDS: ReadonlySet<EntityKind> = new Set(['COUNTRY', 'PLACE']);
// Outlets name who reported it, not what happened: every Reuters story would share "Reuters".
const IGNORED_KINDS: ReadonlySet<EntityKind> = new Set(['OUTLET']);
export const MAX_WORDS = 30;

/** "The U.S." → "us": the entity store's own folding, so keys match stored names. */
export const nameKey = normalizeName;

/** An alias counts as a name only when written like one ("Egeland", not "the coordinator"). */
function isProperName(alias: string): boolean {
  return /^\p{Lu}/u.test(alias) && !/^(He|She|It|They|The|This|That|These|Those)\b/.test(alias);
}

export function storyProfileOf(facts: EventFacts): StoryProfile {
  const names = new Set<string>();
  const places = new Set<string>();
  for (const e of facts.entities) {
    if (IGNORED_KINDS.has(e.kind)) continue;
    const into = PLACE_KINDS.has(e.kind) ? places : names;
    for (const n of [e.name, ...e.aliases.filter(isProperName)]) {
      const key = nameKey(n);
      if (key.length >= 2) into.add(key);
    }
  }
  const article = facts.articles[0];
  const text = [article?.title ?? '', ...facts.claims.map((c) => c.quote ?? c.paraphrase)].join('\n');
  const counts = new Map<string, number>();
  for (const w of contentWords(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  // Headline words first: a headline names the happening; ties broken alphabetically for determinism.
  const title = new Set(contentWords(article?.title ?? ''));
  const words = [...counts.entries()]
    .sort((a, b) => Number(title.has(b[0])) - Number(title.has(a[0])) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_WORDS)
    .map(([w]) => w);
  return { names: [...names].sort(), places: [...places].sort(), words, publishedAt: article?.publishedAt ?? null };
}

/** The profile of an event made of these articles' profiles. */
export function eventProfileOf(eventId: number, articles: readonly StoryProfile[]): EventProfile {
  const dates = articles.map((a) => a.publishedAt).filter((d): d is string => d !== null).sort();
  const union = (pick: (p: StoryProfile) => readonly string[]) => [...new Set(articles.flatMap(pick))].sort();
  return {
    eventId,
    names: union((p) => p.names),
    places: union((p) => p.places),
    words: union((p) => p.words),
    firstPublished: dates[0] ?? null,
    lastPublished: dates[dates.length - 1] ?? null,
    articleCount: articles.length,
  };
}

/** Index keys of a profile: one namespace each, so a place and a word spelled alike stay apart. */
export function profileKeys(p: Pick<StoryProfile, 'names' | 'places' | 'words'>): string[] {
  return [...p.names.map((k) => `n:${k}`), ...p.places.map((k) => `p:${k}`), ...p.words.map((k) => `w:${k}`)];
}
