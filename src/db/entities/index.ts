import { ApiKeyRecord } from './apiKey';
import { ArticleRecord } from './article';
import { AttemptAnswerRecord, AttemptRecord, QuizShareRecord } from './attempt';
import { ClaimRecord, ClaimSubjectRecord, QuantityRecord, RelationRecord, TimelineEntryRecord } from './claim';
import { EventArticleRecord, EventRecord } from './event';
import { EntityAliasRecord, MentionRecord, NewsEntityRecord } from './newsEntity';
import { BankQuestionRecord, QuizQuestionRecord, QuizRecord, QuizVersionRecord } from './quiz';

export {
  ApiKeyRecord,
  BankQuestionRecord,
  ArticleRecord,
  AttemptAnswerRecord,
  AttemptRecord,
  QuizShareRecord,
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
  QuizVersionRecord,
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
  QuizVersionRecord,
  BankQuestionRecord,
  QuizShareRecord,
  AttemptRecord,
  AttemptAnswerRecord,
  ApiKeyRecord,
];
