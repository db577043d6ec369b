// The event data model: plain, immutable facts, each tied to the words it comes from.
//
// One shape serves every layer: curated seeds, the extraction pipeline's output, what the store
// saves and loads, and what the quiz engine reads. Ids are strings; inside a bundle that has not
// been stored yet they are local keys, and the store maps them to its own ids when it saves.
//
// Offsets (`start`, `end`) are JavaScript string indices (UTF-16 code units) into the article body,
// end exclusive: `body.slice(start, end) === text` always holds.

/** Where a fact comes from: one span of one sentence of one article. */
export interface Evidence {
  readonly articleId: string;
  readonly sentenceIndex: number;
  readonly start: number;
  readonly end: number;
  /** The body's text over [start, end): kept with the span so a reader needs no second lookup. */
  readonly text: string;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Article {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  readonly publishedAt: string | null;
  readonly body: string;
  readonly sentences: readonly Sentence[];
}

export type DatePrecision = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | 'UNRESOLVED';

/**
 * A date as the text gives it ("Thursday", "last month") and what it resolves to: an inclusive
 * range of ISO dates. UNRESOLVED keeps the words with no range.
 */
export type DateRef =
  | { readonly text: string; readonly precision: 'UNRESOLVED'; readonly start: null; readonly end: null }
  | {
      readonly text: string;
      readonly precision: Exclude<DatePrecision, 'UNRESOLVED'>;
      readonly start: string;
      readonly end: string;
    };

export const ENTITY_KINDS = [
  'PERSON',
  'ORGANIZATION',
  'COUNTRY',
  'PLACE',
  'OUTLET',
  'AGENCY',
  'GROUP',
  'GOVERNMENT',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** An actor, place or organisation. Named NewsEntity so it never clashes with TypeORM's Entity. */
export interface NewsEntity {
  readonly id: string;
  readonly kind: EntityKind;
  /** Canonical name: "Volodymyr Zelensky", "NATO". */
  readonly name: string;
  /** Other names the texts use for it: "Zelensky", "the western security alliance", "Kyiv". */
  readonly aliases: readonly string[];
  /** Role or title as the text states it: "President of Ukraine". */
  readonly description: string | null;
}

/** One place an entity is named (by name, alias, title or pronoun). */
export interface Mention {
  readonly entityId: string;
  readonly evidence: Evidence;
}

/**
 * How sure the speaker says the claim is. This is the standing the words give it, not ours:
 * "has not confirmed" is NOT_CONFIRMED, "we have no evidence" is NO_EVIDENCE.
 */
export const CLAIM_STANDINGS = [
  'ASSERTED',
  'CONFIRMED',
  'DENIED',
  'NOT_CONFIRMED',
  'NO_EVIDENCE',
  'UNDER_INVESTIGATION',
] as const;
export type ClaimStanding = (typeof CLAIM_STANDINGS)[number];

/** What sort of statement it is: something that happened, something planned, a judgement. */
export const CLAIM_MODALITIES = ['FACTUAL', 'PLANNED', 'OPINION'] as const;
export type ClaimModality = (typeof CLAIM_MODALITIES)[number];

export interface Claim {
  readonly id: string;
  readonly articleId: string;
  /** Who makes the claim; null when the article states it in its own voice. */
  readonly speakerId: string | null;
  /** The channel it reached the article through ("according to Yonhap"); null when direct. */
  readonly viaId: string | null;
  /** Whom or what the claim is about. */
  readonly subjectIds: readonly string[];
  /** A neutral, self-contained restatement. */
  readonly paraphrase: string;
  /** The speaker's verbatim words (inside the quotation marks), or null for reported speech. */
  readonly quote: string | null;
  readonly standing: ClaimStanding;
  readonly modality: ClaimModality;
  /** When it was said. */
  readonly date: DateRef | null;
  /** Where it was said. */
  readonly placeId: string | null;
  /** The claim this one answers: a NOT_CONFIRMED or NO_EVIDENCE claim points at what it doubts. */
  readonly respondsToId: string | null;
  /** First item: the statement itself; further items: what else is needed to read it (who "he" is). */
  readonly evidence: readonly Evidence[];
}

export const QUANTITY_MEASURES = [
  'PEOPLE',
  'MILITARY_UNITS',
  'LENGTH',
  'MONEY',
  'PERCENT',
  'COUNT',
  'DURATION',
  'OTHER',
] as const;
/** What kind of thing a number measures: a distractor for a troop count is another troop count. */
export type QuantityMeasure = (typeof QUANTITY_MEASURES)[number];

export interface Quantity {
  readonly id: string;
  readonly articleId: string;
  /** The claim that states it, when it is part of one. */
  readonly claimId: string | null;
  readonly value: number;
  /** Upper bound when the text gives a range ("10,000 to 12,000"); null otherwise. */
  readonly valueMax: number | null;
  /** True when the text hedges it: "around", "about", "nearly", "more than". */
  readonly approximate: boolean;
  /** The unit as a singular noun: "troop", "brigade", "mile", "point", "USD", "percent". */
  readonly unit: string;
  readonly measure: QuantityMeasure;
  /** What it counts: "North Korean troops being sent to Ukraine". */
  readonly counts: string;
  /** Whose figure it is; null when the article gives it in its own voice. */
  readonly sourceId: string | null;
  readonly evidence: Evidence;
}

export const RELATION_KINDS = [
  'AGREEMENT',
  'ALLIANCE',
  'SUPPORT',
  'SUPPLY',
  'CONFLICT',
  'MEETING',
  'MEMBERSHIP',
  'LEADERSHIP',
  'PART_OF',
  'OTHER',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** A directed link: the subject does `kind` to or with the object (North Korea SUPPLY Russia). */
export interface Relation {
  readonly id: string;
  readonly articleId: string;
  readonly kind: RelationKind;
  readonly subjectId: string;
  readonly objectId: string;
  /** A sentence a reader understands: "North Korea supplies Russia with artillery shells". */
  readonly description: string;
  readonly date: DateRef | null;
  readonly evidence: Evidence;
}

/** One step of an event's story, in time order. */
export interface TimelineEntry {
  readonly id: string;
  readonly articleId: string;
  readonly label: string;
  readonly date: DateRef;
  /** Order in time; entries that the text cannot order against each other share a number. */
  readonly sequence: number;
  readonly actorIds: readonly string[];
  readonly evidence: Evidence;
}

export interface NewsEvent {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly date: DateRef | null;
  readonly placeId: string | null;
}

/**
 * Everything known about one event: what the quiz engine reads, what extraction and curation
 * produce for one article (then `articles` has one element), what the store loads for an event.
 */
export interface EventFacts {
  readonly event: NewsEvent;
  readonly articles: readonly Article[];
  readonly entities: readonly NewsEntity[];
  readonly mentions: readonly Mention[];
  readonly claims: readonly Claim[];
  readonly quantities: readonly Quantity[];
  readonly relations: readonly Relation[];
  readonly timeline: readonly TimelineEntry[];
}

/** A reference to the fact a question tests. */
export const FACT_TYPES = ['EVENT', 'ENTITY', 'CLAIM', 'QUANTITY', 'RELATION', 'TIMELINE_ENTRY'] as const;
export type FactType = (typeof FACT_TYPES)[number];
export interface FactRef {
  readonly type: FactType;
  readonly id: string;
}
