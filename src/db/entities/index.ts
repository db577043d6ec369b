import { ArticleRecord } from './article';
import { ClaimRecord, ClaimSubjectRecord, QuantityRecord, RelationRecord, TimelineEntryRecord } from './claim';
import { EventArticleRecord, EventRecord } from './event';
import { EntityAliasRecord, MentionRecord, NewsEntityRecord } from './newsEntity';
import { QuizQuestionRecord, QuizRecord } from './quiz';

export {
  ArticleRecord,
  ClaimRecord,
  ClaimSubjectRecord,
  EntityAliasRecord,
  EventArticleRecord,
  EventRecord,
  MentionRecord,
  NewsEntityRecord,
  QuantityRecord,
  QuizQuestionRecord,
  QuizRecord,
  RelationRecord,
  TimelineEntryRecord,
};

export const records = [
  ArticleRecord,
  EventRecord,
  EventArticleRecord,
  NewsEntityRecord,
  EntityAliasRecord,
  MentionRecord,
  ClaimRecord,
  ClaimSubjectRecord,
  QuantityRecord,
  RelationRecord,
  TimelineEntryRecord,
  QuizRecord,
  QuizQuestionRecord,
];
