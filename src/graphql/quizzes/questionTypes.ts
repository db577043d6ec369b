// A question as the educator sees it: everything, answers included. One GraphQL type per answer
// shape so each field has one type (no conflicting fields across fragments).
import { Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import type { FactType as FactTypeValue } from '../../domain/facts';
import type { DifficultyLevel as DifficultyLevelValue, Question, QuestionKind as QuestionKindValue, QuestionSkill as QuestionSkillValue } from '../../domain/question';
import { DifficultyLevel, FactType, QuestionKind, QuestionSkill } from '../common/enums';
import { Evidence } from '../common/evidence';
import { QuestionOrigin } from '../workspace/origin';
import type { QuestionOrigin as QuestionOriginValue } from '../../workspace/questionOrigin';

@ObjectType({ description: 'The factors a difficulty is computed from.' })
export class DifficultyFactors {
  @Field(() => Float, { description: 'Mean similarity of the wrong options to the answer, 0 to 1.' }) distractorSimilarity!: number;
  @Field(() => Int, { description: 'Distinct sentences a reader must combine.' }) sentencesNeeded!: number;
  @Field({ description: 'Whether it asks about sources and standing rather than content.' }) sourceInference!: boolean;
}

@ObjectType({ description: 'How hard a question is, computed from stated factors.' })
export class Difficulty {
  @Field(() => DifficultyLevel) level!: DifficultyLevelValue;
  @Field(() => Float, { description: '0 (easiest) to 1 (hardest).' }) score!: number;
  @Field(() => DifficultyFactors) factors!: DifficultyFactors;
}

// No `id`: a reference is not the fact, and a cache keying it by the fact's id would make every
// question's reference to one claim a single object.
@ObjectType({ description: 'The fact a question tests: a reference, not the fact (the fact is `node`).' })
export class FactReference {
  @Field(() => FactType) type!: FactTypeValue;
  @Field(() => ID, { description: 'The id of the Event, NewsEntity, Claim, Quantity, Relation or TimelineEntry; Query.node refetches it.' }) factId!: string;
}

@ObjectType({ description: 'An option of a choice question, with why it is right or wrong.' })
export class ChoiceOption {
  @Field(() => ID, { description: 'Unique to this option of this question in this quiz (or bank): `<question id>.<key>`.' }) id!: string;
  @Field({ description: "'a', 'b', … in presented order: the option's name within its question." }) key!: string;
  @Field() text!: string;
  @Field() correct!: boolean;
  @Field() rationale!: string;
}

@ObjectType({ description: 'Something to order or match.' })
export class QuestionItem {
  @Field(() => ID, { description: 'Unique to this item of this question in this quiz (or bank): `<question id>.<key>`.' }) id!: string;
  @Field({ description: "'L1', 'R2', … : the item's name within its question." }) key!: string;
  @Field() text!: string;
}

@ObjectType()
export class MatchPair {
  @Field(() => ID) leftId!: string;
  @Field(() => ID) rightId!: string;
}

const typeNameOfKind: Record<QuestionKindValue, string> = {
  MULTIPLE_CHOICE: 'ChoiceQuestion',
  WHO_SAID_IT: 'ChoiceQuestion',
  SOURCE_AND_STANDING: 'ChoiceQuestion',
  TRUE_FALSE: 'TrueFalseQuestion',
  NUMERIC: 'NumericQuestion',
  FILL_IN_THE_BLANK: 'FillInTheBlankQuestion',
  MATCHING: 'MatchingQuestion',
  ORDERING: 'OrderingQuestion',
};

export const questionTypeName = (question: Question) => typeNameOfKind[question.kind];

@InterfaceType('Question', {
  description: 'A generated question with its answer, explanation, evidence and difficulty.',
  resolveType: questionTypeName,
})
export abstract class QuestionInterface {
  @Field(() => ID, {
    description:
      "Unique to the question as this quiz asks it (`<quiz id>.<bankId>`): quizzes asking one question may order its options differently. In Event.questionBank, the bank id.",
  })
  id!: string;
  @Field(() => ID, { description: 'Stable: the same question from the same facts has the same bank id in every quiz. Pass it to generateQuiz(questionIds).' })
  bankId!: string;
  @Field(() => QuestionOrigin, { description: 'Generated, edited by the teacher, their own, or imported.' }) origin!: QuestionOriginValue;
  @Field(() => QuestionKind) kind!: QuestionKindValue;
  @Field(() => QuestionSkill, { description: 'What it tests, apart from its answer shape (`kind`): recall, attribution, sequence, main idea, cause and effect, …' }) skill!: QuestionSkillValue;
  @Field() prompt!: string;
  @Field({ description: 'Why the answer is right, citing the text.' }) explanation!: string;
  @Field(() => [Evidence], { description: 'The sentences that answer it.' }) evidence!: Evidence[];
  @Field(() => Difficulty) difficulty!: Difficulty;
}

@ObjectType('ChoiceQuestion', { implements: QuestionInterface, description: 'Multiple choice, who said it, or source and standing: pick one option.' })
export class ChoiceQuestionType extends QuestionInterface {
  @Field(() => [ChoiceOption]) options!: ChoiceOption[];
}

@ObjectType('TrueFalseQuestion', { implements: QuestionInterface })
export class TrueFalseQuestionType extends QuestionInterface {}

@ObjectType('NumericAnswer')
export class NumericAnswer {
  @Field(() => Float) value!: number;
  @Field(() => Float, { description: 'A response within value ± tolerance is right.' }) tolerance!: number;
  @Field() unit!: string;
}

@ObjectType('NumericQuestion', { implements: QuestionInterface })
export class NumericQuestionType extends QuestionInterface {}

@ObjectType('FillInTheBlankQuestion', { implements: QuestionInterface, description: 'The prompt holds one blank, written _____.' })
export class FillInTheBlankQuestionType extends QuestionInterface {}

@ObjectType('MatchingQuestion', { implements: QuestionInterface })
export class MatchingQuestionType extends QuestionInterface {
  @Field(() => [QuestionItem]) left!: QuestionItem[];
  @Field(() => [QuestionItem]) right!: QuestionItem[];
}

@ObjectType('OrderingQuestion', { implements: QuestionInterface })
export class OrderingQuestionType extends QuestionInterface {
  @Field(() => [QuestionItem], { description: 'In presented (shuffled) order.' }) items!: QuestionItem[];
}

export const questionTypes = [
  ChoiceQuestionType,
  TrueFalseQuestionType,
  NumericQuestionType,
  FillInTheBlankQuestionType,
  MatchingQuestionType,
  OrderingQuestionType,
];
