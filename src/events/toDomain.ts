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
import { fromDateColumns } from '../db/entities/columns';

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
