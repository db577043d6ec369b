// Lookups over one EventFacts bundle, built once per bundle: generators and rules ask "who is this
// entity", "which sentence is this", "what else did this speaker say" many times per question.
import type {
  Article,
  Claim,
  EventFacts,
  Evidence,
  FactRef,
  NewsEntity,
  Quantity,
  Relation,
  Sentence,
  TimelineEntry,
} from '../../domain/facts';
import { containsPhrase, normalizeName } from '../text/normalize';
import { escapeRegExp } from '../text/regExp';

export class FactIndex {
  readonly entities: ReadonlyMap<string, NewsEntity>;
  readonly claims: ReadonlyMap<string, Claim>;
  readonly quantities: ReadonlyMap<string, Quantity>;
  readonly relations: ReadonlyMap<string, Relation>;
  readonly timeline: ReadonlyMap<string, TimelineEntry>;
  /** Entities that speak in at least one claim. */
  readonly speakerIds: ReadonlySet<string>;
  /** Speakers and claim subjects: the actors a quiz should cover. */
  readonly actorIds: ReadonlySet<string>;
  private readonly articles: ReadonlyMap<string, Article>;
  private readonly byName = new Map<string, NewsEntity[]>();
  private readonly mentionCounts = new Map<string, number>();
  private readonly firstSentence: ReadonlyMap<string, number>;
  private readonly displayNames = new Map<string, string>();
  /** Words the articles capitalise mid-sentence (names): never lower-cased when a statement is embedded. */
  readonly properWords: ReadonlySet<string>;

  constructor(readonly facts: EventFacts) {
    this.entities = new Map(facts.entities.map((e) => [e.id, e]));
    this.claims = new Map(facts.claims.map((c) => [c.id, c]));
    this.quantities = new Map(facts.quantities.map((q) => [q.id, q]));
    this.relations = new Map(facts.relations.map((r) => [r.id, r]));
    this.timeline = new Map(facts.timeline.map((t) => [t.id, t]));
    this.articles = new Map(facts.articles.map((a) => [a.id, a]));
    this.firstSentence = new Map(
      facts.articles.map((a) => [a.id, a.sentences.reduce((min, s) => Math.min(min, s.index), Number.POSITIVE_INFINITY)]),
    );
    const speakers = new Set<string>();
    const actors = new Set<string>();
    for (const c of facts.claims) {
      if (c.speakerId !== null) {
        speakers.add(c.speakerId);
        actors.add(c.speakerId);
      }
      for (const s of c.subjectIds) actors.add(s);
    }
    this.speakerIds = speakers;
    this.actorIds = actors;
    for (const e of facts.entities) {
      for (const n of this.namesOf(e)) {
        const key = normalizeName(n);
        this.byName.set(key, [...(this.byName.get(key) ?? []), e]);
      }
    }
    const proper = new Set<string>();
    for (const a of facts.articles) {
      for (const s of a.sentences) {
        const words = s.text.split(/\s+/);
        words.forEach((w, i) => {
          const bare = w.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '').replace(/[’']s$/, '');
          const prev = words[i - 1] ?? '';
          if (i > 0 && /^\p{Lu}/u.test(bare) && !/[.!?:“"]$/.test(prev) && !/^[“"]/.test(w)) proper.add(bare);
        });
      }
    }
    for (const e of facts.entities) for (const n of this.namesOf(e)) for (const w of n.split(/\s+/)) if (/^\p{Lu}/u.test(w)) proper.add(w.replace(/[’']s$/, ''));
    this.properWords = proper;
    for (const m of facts.mentions) this.mentionCounts.set(m.entityId, (this.mentionCounts.get(m.entityId) ?? 0) + 1);
  }

  entity(id: string | null): NewsEntity | undefined {
    return id === null ? undefined : this.entities.get(id);
  }

  /** Canonical name first, then aliases. */
  namesOf(entity: NewsEntity): string[] {
    return [entity.name, ...entity.aliases];
  }

  /** The entities a name or alias may refer to (normalised, leading article ignored). */
  entitiesNamed(text: string): NewsEntity[] {
    return this.byName.get(normalizeName(text)) ?? [];
  }

  /**
   * The name a reader of the article knows: the canonical name when the article uses it, otherwise
   * the first alias it does use ("South Korea's spy agency" rather than "National Intelligence Service").
   */
  displayName(entity: NewsEntity): string {
    let name = this.displayNames.get(entity.id);
    if (name === undefined) {
      const inText = (n: string): boolean => this.facts.articles.some((a) => containsPhrase(a.body, n));
      name = inText(entity.name) ? entity.name : (entity.aliases.find(inText) ?? entity.name);
      // "the Harbor Council": keep the article the text gives the name, so prompts read naturally.
      // Not when the name only qualifies a longer one: "the Cusco Declaration" leaves "Cusco" bare.
      const withThe = new RegExp(`\\bthe ${escapeRegExp(name)}\\b(\\s+\\S)?`, 'gi');
      if (!/^the /i.test(name) && this.facts.articles.some((a) => [...a.body.matchAll(withThe)].some((m) => !/\p{Lu}/u.test(m[1] ?? '')))) name = `the ${name}`;
      this.displayNames.set(entity.id, name);
    }
    return name;
  }

  /** Whether the article names the entity at all: an entity it never names is no option for a reader. */
  isNamedInText(entity: NewsEntity): boolean {
    return this.namesOf(entity).some((n) => this.facts.articles.some((a) => containsPhrase(a.body, n)));
  }

  /** Lower-case a statement's first letter for embedding after "that", unless it starts with a name. */
  embed(text: string): string {
    const first = (text.split(/\s+/)[0] ?? '').replace(/[^\p{L}.]+$/gu, '').replace(/[’']s$/, '');
    return this.properWords.has(first) ? text : text.charAt(0).toLowerCase() + text.slice(1);
  }

  mentionCount(entityId: string): number {
    return this.mentionCounts.get(entityId) ?? 0;
  }

  sentence(evidence: Evidence): Sentence | undefined {
    return this.articles.get(evidence.articleId)?.sentences.find((s) => s.index === evidence.sentenceIndex);
  }

  /** The sentence's number as a reader counts them: 1 for the first sentence, whatever the index base. */
  sentenceNumber(evidence: Evidence): number {
    const first = this.firstSentence.get(evidence.articleId);
    return evidence.sentenceIndex - (first === undefined || !Number.isFinite(first) ? 0 : first) + 1;
  }

  /** The whole sentence the evidence sits in, or the evidence's own words when sentences are missing. */
  sentenceText(evidence: Evidence): string {
    return this.sentence(evidence)?.text ?? evidence.text;
  }

  article(id: string): Article | undefined {
    return this.articles.get(id);
  }

  /**
   * Every entity tied to this one by leadership or membership (either way), or by being part of it
   * or containing it at any depth: NATO headquarters is in Brussels, which is in Belgium, so neither
   * city nor country is a wrong answer for "where?" when the answer is the headquarters.
   */
  linkedEntityIds(entityId: string): Set<string> {
    const out = new Set<string>();
    for (const r of this.facts.relations) {
      if (r.kind !== 'LEADERSHIP' && r.kind !== 'MEMBERSHIP') continue;
      if (r.subjectId === entityId) out.add(r.objectId);
      if (r.objectId === entityId) out.add(r.subjectId);
    }
    const partOf = this.facts.relations.filter((r) => r.kind === 'PART_OF');
    for (const dir of ['up', 'down'] as const) {
      const frontier = [entityId];
      const seen = new Set<string>([entityId]);
      while (frontier.length > 0) {
        const id = frontier.pop() as string;
        for (const r of partOf) {
          const [from, to] = dir === 'up' ? [r.subjectId, r.objectId] : [r.objectId, r.subjectId];
          if (from === id && !seen.has(to)) {
            seen.add(to);
            out.add(to);
            frontier.push(to);
          }
        }
      }
    }
    out.delete(entityId);
    return out;
  }

  /** Evidence of one fact, first item the statement itself. */
  evidenceOf(ref: FactRef): readonly Evidence[] {
    switch (ref.type) {
      case 'CLAIM':
        return this.claims.get(ref.id)?.evidence ?? [];
      case 'QUANTITY': {
        const q = this.quantities.get(ref.id);
        return q === undefined ? [] : [q.evidence];
      }
      case 'RELATION': {
        const r = this.relations.get(ref.id);
        return r === undefined ? [] : [r.evidence];
      }
      case 'TIMELINE_ENTRY': {
        const t = this.timeline.get(ref.id);
        return t === undefined ? [] : [t.evidence];
      }
      case 'ENTITY':
        return this.facts.mentions.filter((m) => m.entityId === ref.id).map((m) => m.evidence);
      case 'EVENT':
        return [];
    }
  }

  hasFact(ref: FactRef): boolean {
    switch (ref.type) {
      case 'CLAIM':
        return this.claims.has(ref.id);
      case 'QUANTITY':
        return this.quantities.has(ref.id);
      case 'RELATION':
        return this.relations.has(ref.id);
      case 'TIMELINE_ENTRY':
        return this.timeline.has(ref.id);
      case 'ENTITY':
        return this.entities.has(ref.id);
      case 'EVENT':
        return this.facts.event.id === ref.id;
    }
  }
}


const cache = new WeakMap<EventFacts, FactIndex>();

/** One index per bundle: facts are immutable, so the index can be shared. */
export function indexFacts(facts: EventFacts): FactIndex {
  let index = cache.get(facts);
  if (index === undefined) {
    index = new FactIndex(facts);
    cache.set(facts, index);
  }
  return index;
}
