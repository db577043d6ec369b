import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsInt, Max, MaxLength, Min } from 'class-validator';
import type { DifficultyLevel as DifficultyLevelValue, QuestionKind as QuestionKindValue } from '../../domain/question';
import { connectionType } from '../common/connection';
import { DifficultyLevel, QuestionKind } from '../common/enums';
import { MutationPayload } from '../common/mutations';
import { Node } from '../common/node';
import type { Role } from '../../access/viewer';
import { ApiKeyRole as ApiKeyRoleEnum } from '../apiKeys/role';

@ObjectType('Quiz', { implements: Node, description: 'A stored, generated quiz on one event.' })
export class QuizType extends Node {
  @Field() title!: string;
  @Field({ description: 'The seed it was generated with: the same seed and options give the same questions.' }) seed!: string;
  @Field(() => Int, { description: 'How many questions were asked for.' }) requestedCount!: number;
  @Field(() => [QuestionKind], { description: 'The kinds asked for; empty means all.' }) kinds!: QuestionKindValue[];
  @Field(() => DifficultyLevel, { nullable: true }) difficulty!: DifficultyLevelValue | null;
  @Field(() => [String], { description: 'Why it has fewer questions than asked, if it does.' }) warnings!: string[];
  @Field(() => DateTimeISOResolver) createdAt!: string;
}

export const QuizConnection = connectionType('Quiz', QuizType);

@ObjectType('Viewer', { description: 'The API key a request carries.' })
export class ViewerType {
  keyId!: number;
  @Field({ description: 'Who holds it, as the admin named it.' }) name!: string;
  @Field(() => ApiKeyRoleEnum) role!: Role;
}

export const MAX_QUESTIONS = 100;

@InputType({ description: 'What quiz to make. Give eventId, or articleIds of one event (to quiz on those articles only).' })
export class GenerateQuizInput {
  @Field(() => ID, { nullable: true }) eventId?: string | null;
  @Field(() => [ID], { nullable: true }) articleIds?: string[] | null;
  @Field(() => Int, { defaultValue: 10, description: `How many questions, 1 to ${MAX_QUESTIONS}.` })
  @IsInt()
  @Min(1, { message: 'count must be at least 1' })
  @Max(MAX_QUESTIONS, { message: `count must be at most ${MAX_QUESTIONS}` })
  count!: number;
  @Field(() => [QuestionKind], { nullable: true, description: 'Only these kinds; all when omitted.' }) kinds?: QuestionKindValue[] | null;
  @Field(() => DifficultyLevel, { nullable: true, description: 'Prefer questions of this level.' }) difficulty?: DifficultyLevelValue | null;
  @Field(() => String, { nullable: true, description: 'Same seed, same options: same quiz. A random one is chosen (and stored) when omitted.' })
  @MaxLength(200)
  seed?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(200) title?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Hand-picked question ids from Event.questionBank; the quiz holds exactly these.' })
  @ArrayMaxSize(MAX_QUESTIONS)
  questionIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Comes back unchanged in the payload.' }) clientMutationId?: string | null;
}

@ObjectType({ description: 'The stored quiz, or userErrors saying why none was made.' })
export class GenerateQuizPayload extends MutationPayload {
  @Field(() => QuizType, { nullable: true, description: 'Null when userErrors says why no quiz was made.' }) quiz!: QuizType | null;
  @Field(() => [String], { description: 'Why the quiz has fewer questions than asked, if it does.' }) warnings!: string[];
}

@InputType({ description: 'Narrows `quizzes`.' })
export class QuizFilter {
  @Field(() => ID, { nullable: true }) event?: string | null;
}
