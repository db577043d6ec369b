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

// Rows the batch reads select with plain SQL (batches.ts), under their stored column names.
// TypeORM would have parsed the JSON columns and regrouped the dates; here that is done directly.

interface DateRow {
  readonly date_text: string | null;
  readonly date_precision: DateColumns['precision'];
  readonly date_start: string | null;
  readonly date_end: string | null;
}

const dateOf = (r: DateRow) => fromDateColumns({ text: r.date_text, precision: r.date_precision, start: r.date_start, end: r.date_end });

export interface EventRow extends DateRow {
  readonly id: number;
  readonly title: string;
  readonly summary: string;
  readonly place_id: number | null;
}

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
