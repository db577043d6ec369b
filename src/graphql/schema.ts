// The executable schema, built from the type-graphql classes. schema/schema.graphql is this
// schema printed; a test fails when the two drift.
import 'reflect-metadata';
import { isAbstractType, lexicographicSortSchema, printSchema, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ApiKeyResolver } from './apiKeys/resolvers';
import { ArticleResolver, EvidenceResolver } from './articles/resolvers';
import { AttemptResolver, QuizAttemptsResolver } from './attempts/resolvers';
import { PublishedQuizPassageResolver } from './attempts/passageTypes';
import { StudentItemResolver, StudentOptionResolver, studentQuestionTypeName, studentQuestionTypes } from './attempts/studentTypes';
import { ClaimResolver, QuantityResolver, RelationResolver, TimelineEntryResolver } from './claims/resolvers';
import { NewsEntityResolver } from './entities/resolvers';
import { EventResolver } from './events/resolvers';
import { QuizExportResolver } from './exports/resolvers';
import { IngestionResolver } from './ingestion/resolvers';
import { nodeTypeName } from './common/node';
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
import { questionTypeName, questionTypes } from './quizzes/questionTypes';
import { EventQuizResolver, QuizResolver, ViewerResolver } from './quizzes/resolvers';
import { SearchResolver } from './search/resolvers';
import { QuizEditResolver, QuizVersionsResolver } from './workspace/resolvers';

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
  PublishedQuizPassageResolver,
  StudentItemResolver,
  ApiKeyResolver,
  SearchResolver,
  QuizEditResolver,
  QuizVersionsResolver,
] as const;

/**
 * Each abstract type's own resolveType. type-graphql wraps them in an async function (it awaits
 * them, in case one returns a promise or a class); compiled execution (graphql-jit) needs the
 * type's name at once, and ours return names synchronously, so the schema gets them unwrapped.
 */
const typeNames: Record<string, GraphQLTypeResolver<never, unknown>> = {
  Node: nodeTypeName,
  Question: questionTypeName,
  StudentQuestion: studentQuestionTypeName,
};

function withSynchronousTypeResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || type.name.startsWith('__')) continue;
    const resolveType = typeNames[type.name];
    if (!resolveType) throw new Error(`${type.name} has no synchronous resolveType in schema.ts: compiled execution could not tell its object types apart`);
    type.resolveType = resolveType as GraphQLTypeResolver<unknown, unknown>;
  }
  return schema;
}

let built: Promise<GraphQLSchema> | undefined;

/** Built once per process: the classes' metadata is global, and building costs ~100 ms. */
export function newsquizSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    orphanedTypes: [...questionTypes, ...studentQuestionTypes],
    validate: { forbidUnknownValues: false },
  }).then(withSynchronousTypeResolvers);
  return built;
}

export async function printedSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await newsquizSchema())) + '\n';
}
