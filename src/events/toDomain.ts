// Stored rows → the domain's plain facts. Stored ids are integers; domain ids are their decimal text.
import type { Article, Claim, NewsEntity, NewsEvent, Quantity, Relation, TimelineEntry } from '../domain/facts';
import type {
  ArticleRecord,
  ClaimRecord,
  EventRecord,
  NewsEntityRecord,
  QuantityRecord,
  RelationRecord,
  TimelineEntryRecord,
} from '../db/entities';
import { fromDateColumns, type DateColumns } from '../db/entities/columns';

const ref = (id: number | null): string | null => (id === null ? null : String(id));

export const toArticle = (r: ArticleRecord): Article => ({
  id: String(r.id),
  title: r.title,
  outlet: r.outlet,
  url: r.url,
  publishedAt: r.publishedAt,
  body: r.body,
  sentences: r.sentences,
});

export const toEvent = (r: EventRecord): NewsEvent => ({
  id: String(r.id),
  title: r.title,
  summary: r.summary,
  date: fromDateColumns(r.date),
  placeId: ref(r.placeId),
});

export const toEntity = (r: NewsEntityRecord, aliases: readonly string[]): NewsEntity => ({
  id: String(r.id),
  kind: r.kind,
  name: r.name,
  aliases,
  description: r.description,
});

export const toClaim = (r: ClaimRecord, subjectIds: readonly string[]): Claim => ({
  id: String(r.id),
  articleId: String(r.articleId),
  speakerId: ref(r.speakerId),
  viaId: ref(r.viaId),
  subjectIds,
  paraphrase: r.paraphrase,
  quote: r.quote,
  standing: r.standing,
  modality: r.modality,
  date: fromDateColumns(r.date),
  placeId: ref(r.placeId),
  respondsToId: ref(r.respondsToId),
  evidence: r.evidence,
});

export const toQuantity = (r: QuantityRecord): Quantity => ({
  id: String(r.id),
  articleId: String(r.articleId),
  claimId: ref(r.claimId),
  value: Number(r.value),
  valueMax: r.valueMax === null ? null : Number(r.valueMax),
  approximate: Boolean(r.approximate),
  unit: r.unit,
  measure: r.measure,
  counts: r.counts,
  sourceId: ref(r.sourceId),
  evidence: r.evidence,
});

export const toRelation = (r: RelationRecord): Relation => ({
  id: String(r.id),
  articleId: String(r.articleId),
  kind: r.kind,
  subjectId: String(r.subjectId),
  objectId: String(r.objectId),
  description: r.description,
  date: fromDateColumns(r.date),
  evidence: r.evidence,
});

export const toTimelineEntry = (r: TimelineEntryRecord): TimelineEntry => {
  const date = fromDateColumns(r.date);
  if (date === null) throw new Error(`timeline entry ${r.id} has no date`);
  return {
    id: String(r.id),
    articleId: String(r.articleId),
    label: r.label,
    date,
    sequence: r.sequence,
    actorIds: r.actorIds.map(String),
    evidence: r.evidence,
  };
};

// Rows read with plain SQL (batches.ts, lists.ts), under their stored column names: each row type
// comes with the column list that selects it.
// TypeORM would have parsed the JSON columns and regrouped the dates; here that is done directly.

interface DateRow {
  readonly date_text: string | null;
  readonly date_precision: DateColumns['precision'];
  readonly date_start: string | null;
  readonly date_end: string | null;
}

const dateColumns = (a: string) => `${a}.date_text, ${a}.date_precision, ${a}.date_start, ${a}.date_end`;

const dateOf = (r: DateRow) => fromDateColumns({ text: r.date_text, precision: r.date_precision, start: r.date_start, end: r.date_end });

export interface EventRow extends DateRow {
  readonly id: number;
  readonly title: string;
  readonly summary: string;
  readonly place_id: number | null;
}

export const EVENT_COLUMNS = (a: string) => `${a}.id, ${a}.title, ${a}.summary, ${a}.place_id, ${dateColumns(a)}`;

export const eventFromRow = (r: EventRow): NewsEvent => ({
  id: String(r.id),
  title: r.title,
  summary: r.summary,
  date: dateOf(r),
  placeId: ref(r.place_id),
});

export interface EntityRow {
  readonly id: number;
  readonly kind: NewsEntity['kind'];
  readonly name: string;
  readonly description: string | null;
}

export const entityFromRow = (r: EntityRow, aliases: readonly string[]): NewsEntity => ({
  id: String(r.id),
  kind: r.kind,
  name: r.name,
  aliases,
  description: r.description,
});

export interface ClaimRow extends DateRow {
  readonly id: number;
  readonly article_id: number;
  readonly speaker_id: number | null;
  readonly via_id: number | null;
  readonly paraphrase: string;
  readonly quote: string | null;
  readonly standing: Claim['standing'];
  readonly modality: Claim['modality'];
  readonly place_id: number | null;
  readonly responds_to_id: number | null;
  /** JSON text. */
  readonly evidence: string;
}

export const CLAIM_COLUMNS = (a: string) =>
  `${a}.id, ${a}.article_id, ${a}.speaker_id, ${a}.via_id, ${a}.paraphrase, ${a}.quote, ${a}.standing, ${a}.modality, ` +
  `${dateColumns(a)}, ${a}.place_id, ${a}.responds_to_id, ${a}.evidence`;

export const claimFromRow = (r: ClaimRow, subjectIds: readonly string[]): Claim => ({
  id: String(r.id),
  articleId: String(r.article_id),
  speakerId: ref(r.speaker_id),
  viaId: ref(r.via_id),
  subjectIds,
  paraphrase: r.paraphrase,
  quote: r.quote,
  standing: r.standing,
  modality: r.modality,
  date: dateOf(r),
  placeId: ref(r.place_id),
  respondsToId: ref(r.responds_to_id),
  evidence: JSON.parse(r.evidence) as Claim['evidence'],
});

export interface QuantityRow {
  readonly id: number;
  readonly article_id: number;
  readonly claim_id: number | null;
  readonly value: number;
  readonly value_max: number | null;
  /** 0/1 on SQLite, a boolean on PostgreSQL. */
  readonly approximate: boolean | number;
  readonly unit: string;
  readonly measure: Quantity['measure'];
  readonly counts: string;
  readonly source_id: number | null;
  /** JSON text. */
  readonly evidence: string;
}

export const QUANTITY_COLUMNS = (a: string) =>
  `${a}.id, ${a}.article_id, ${a}.claim_id, ${a}.value, ${a}.value_max, ${a}.approximate, ${a}.unit, ${a}.measure, ${a}.counts, ${a}.source_id, ${a}.evidence`;

export const quantityFromRow = (r: QuantityRow): Quantity => ({
  id: String(r.id),
  articleId: String(r.article_id),
  claimId: ref(r.claim_id),
  value: Number(r.value),
  valueMax: r.value_max === null ? null : Number(r.value_max),
  approximate: Boolean(r.approximate),
  unit: r.unit,
  measure: r.measure,
  counts: r.counts,
  sourceId: ref(r.source_id),
  evidence: JSON.parse(r.evidence) as Quantity['evidence'],
});
