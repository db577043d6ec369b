// Answer fields, one name per shape, read from the engine's discriminated answer.
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import { Node } from '../common/node';
import type { Context } from '../context';
import { loadNode } from '../node/resolvers';
import type {
  ChoiceQuestion,
  FillInTheBlankQuestion,
  MatchingQuestion,
  NumericQuestion,
  OrderingQuestion,
  Question,
  TrueFalseQuestion,
} from '../../domain/question';
import { toGlobalId, type NodeType } from '../common/globalId';
import type { FactType } from '../../domain/facts';
import {
  ChoiceQuestionType,
  FactReference,
  FillInTheBlankQuestionType,
  MatchingQuestionType,
  MatchPair,
  NumericAnswer,
  NumericQuestionType,
  OrderingQuestionType,
  QuestionInterface,
  TrueFalseQuestionType,
} from './questionTypes';

const nodeTypeOfFact: Record<FactType, NodeType> = {
  EVENT: 'Event',
  ENTITY: 'NewsEntity',
  CLAIM: 'Claim',
  QUANTITY: 'Quantity',
  RELATION: 'Relation',
  TIMELINE_ENTRY: 'TimelineEntry',
};

/** Fact references carry store ids inside the engine; the API shows the facts' global ids. */
export function factReferences(question: Question): FactReference[] {
  return question.tests.map((t) => ({ type: t.type, factId: toGlobalId(nodeTypeOfFact[t.type], t.id) }));
}

/** Fields every kind shares; type-graphql applies an interface's resolvers to its implementations. */
@Resolver(() => QuestionInterface)
export class QuestionResolver {
  @FieldResolver(() => [FactReference], { description: 'The facts it tests.' })
  tests(@Root() q: Question): FactReference[] {
    return factReferences(q);
  }
}

@Resolver(() => FactReference)
export class FactReferenceResolver {
  @FieldResolver(() => Node, { description: 'The fact itself.' })
  node(@Root() ref: FactReference, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadNode(ref.factId, ctx, info);
  }
}

@Resolver(() => ChoiceQuestionType)
export class ChoiceQuestionResolver {
  @FieldResolver(() => ID, { description: 'The id of the correct option.' })
  correctOptionId(@Root() q: ChoiceQuestion): string {
    return q.answer.optionId;
  }
}

@Resolver(() => TrueFalseQuestionType)
export class TrueFalseQuestionResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the statement in the prompt is true.' })
  correctAnswer(@Root() q: TrueFalseQuestion): boolean {
    return q.answer.value;
  }
}

@Resolver(() => NumericQuestionType)
export class NumericQuestionResolver {
  @FieldResolver(() => NumericAnswer)
  numericAnswer(@Root() q: NumericQuestion): NumericAnswer {
    return { ...q.answer };
  }
}

@Resolver(() => FillInTheBlankQuestionType)
export class FillInTheBlankQuestionResolver {
  @FieldResolver(() => [String], { description: "Accepted answers, the text's own words first; compared ignoring case and punctuation." })
  acceptedAnswers(@Root() q: FillInTheBlankQuestion): readonly string[] {
    return q.answer.accepted;
  }
}

@Resolver(() => MatchingQuestionType)
export class MatchingQuestionResolver {
  @FieldResolver(() => [MatchPair])
  correctPairs(@Root() q: MatchingQuestion): readonly MatchPair[] {
    return q.answer.pairs;
  }
}

@Resolver(() => OrderingQuestionType)
export class OrderingQuestionResolver {
  @FieldResolver(() => [ID], { description: 'Item ids, earliest first.' })
  correctOrder(@Root() q: OrderingQuestion): readonly string[] {
    return q.answer.order;
  }
}
