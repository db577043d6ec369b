// The executable schema, built from the type-graphql classes. schema/schema.graphql is this
// schema printed; a test fails when the two drift.
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ApiKeyResolver } from './apiKeys/resolvers';
import { ArticleResolver, EvidenceResolver } from './articles/resolvers';
import { AttemptResolver, QuizAttemptsResolver } from './attempts/resolvers';
import { StudentItemResolver, StudentOptionResolver, studentQuestionTypes } from './attempts/studentTypes';
import { ClaimResolver, QuantityResolver, RelationResolver, TimelineEntryResolver } from './claims/resolvers';
import { NewsEntityResolver } from './entities/resolvers';
import { EventResolver } from './events/resolvers';
import { QuizExportResolver } from './exports/resolvers';
import { IngestionResolver } from './ingestion/resolvers';
import { NodeResolver } from './node/resolvers';
import {
  ChoiceQuestionResolver,
  FactReferenceResolver,
  FillInTheBlankQuestionResolver,
  MatchingQuestionResolver,
  NumericQuestionResolver,
  OrderingQuestionResolver,
  QuestionResolver,
  TrueFalseQuestionResolver,
} from './quizzes/answerResolvers';
import { questionTypes } from './quizzes/questionTypes';
import { EventQuizResolver, QuizResolver, ViewerResolver } from './quizzes/resolvers';

export const resolvers = [
  NodeResolver,
  ArticleResolver,
  EvidenceResolver,
  EventResolver,
  NewsEntityResolver,
  ClaimResolver,
  QuantityResolver,
  RelationResolver,
  TimelineEntryResolver,
  QuizResolver,
  ViewerResolver,
  EventQuizResolver,
  QuizExportResolver,
  IngestionResolver,
  QuestionResolver,
  FactReferenceResolver,
  ChoiceQuestionResolver,
  TrueFalseQuestionResolver,
  NumericQuestionResolver,
  FillInTheBlankQuestionResolver,
  MatchingQuestionResolver,
  OrderingQuestionResolver,
  AttemptResolver,
  QuizAttemptsResolver,
  StudentOptionResolver,
  StudentItemResolver,
  ApiKeyResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** Built once per process: the classes' metadata is global, and building costs ~100 ms. */
export function newsquizSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    orphanedTypes: [...questionTypes, ...studentQuestionTypes],
    validate: { forbidUnknownValues: false },
  });
  return built;
}

export async function printedSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await newsquizSchema())) + '\n';
}
