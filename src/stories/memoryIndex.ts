// The candidate index held in memory: what the store does with tables, for the eval stream and
// unit tests. Same rules as the store: keys carried by many events do not propose candidates.
import { eventProfileOf, profileKeys, type EventProfile, type StoryProfile } from './storyProfile';
import type { KeyRarity } from './scoreStory';

/** A key carried by more events than this still scores, but does not propose candidates. */
export const CANDIDATE_KEY_CAP = 200;
/** At most this many of an article's rarest keys propose candidates. */
export const CANDIDATE_KEYS = 40;
/** At most this many events, those sharing most, are scored. */
export const MAX_CANDIDATES = 25;

/** Keys that propose candidates: the rarest, common ones left out. */
export function proposingKeys(profile: StoryProfile, rarity: KeyRarity): string[] {
  return profileKeys(profile)
    .map((k) => [k, rarity.eventsWith(k)] as const)
    .filter(([, n]) => n > 0 && n <= CANDIDATE_KEY_CAP)
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, CANDIDATE_KEYS)
    .map(([k]) => k);
}

export class MemoryStoryIndex implements KeyRarity {
  private readonly byKey = new Map<string, Set<number>>();
  private readonly articles = new Map<number, StoryProfile[]>();
  private readonly profiles = new Map<number, EventProfile>();

  get eventCount(): number {
    return this.profiles.size;
  }

  eventsWith(key: string): number {
    return this.byKey.get(key)?.size ?? 0;
  }

  candidates(profile: StoryProfile): EventProfile[] {
    const hits = new Map<number, number>();
    for (const k of proposingKeys(profile, this)) {
      for (const e of this.byKey.get(k) ?? []) hits.set(e, (hits.get(e) ?? 0) + 1);
    }
    return [...hits.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_CANDIDATES)
      .map(([e]) => this.profiles.get(e)!);
  }

  add(eventId: number, profile: StoryProfile): void {
    const list = [...(this.articles.get(eventId) ?? []), profile];
    this.articles.set(eventId, list);
    const p = eventProfileOf(eventId, list);
    this.profiles.set(eventId, p);
    for (const k of profileKeys(p)) {
      let set = this.byKey.get(k);
      if (!set) this.byKey.set(k, (set = new Set()));
      set.add(eventId);
    }
  }
}
