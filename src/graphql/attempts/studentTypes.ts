// The student's view of a published quiz: separate types from the educator's Question so no
// answer, explanation, rationale or evidence field exists here to be asked for.
import { Field, FieldResolver, ID, Int, InterfaceType, ObjectType, Resolver, Root } from 'type-graphql';
import { keyOfPartId } from '../quizzes/apiIds';
import type { QuestionKind as QuestionKindValue } from '../../domain/question';
import type { StudentQuestion } from '../../attempts/studentView';
import { QuestionKind } from '../common/enums';

@ObjectType({ description: 'An option as a student sees it: no correct flag, no rationale.' })
export class StudentOption {
  @Field(() => ID, { description: 'Unique to this option of this question in this quiz: `<question id>.<key>`. Pass it back as AnswerInput.optionId.' }) id!: string;
  @Field() text!: string;
}

const typeNameOfShape: Record<StudentQuestion['shape'], string> = {
  CHOICE: 'StudentChoiceQuestion',
  TRUE_FALSE: 'StudentTrueFalseQuestion',
  NUMERIC: 'StudentNumericQuestion',
  FILL_IN_THE_BLANK: 'StudentFillInTheBlankQuestion',
  MATCHING: 'StudentMatchingQuestion',
  ORDERING: 'StudentOrderingQuestion',
};

export const studentQuestionTypeName = (q: StudentQuestion) => typeNameOfShape[q.shape];

@InterfaceType('StudentQuestion', {
  description: 'A question of a published quiz as a student sees it: what to answer, never the answer.',
  resolveType: studentQuestionTypeName,
})
export abstract class StudentQuestionInterface {
  @Field(() => ID, { description: 'Unique to the question in this share (`sq_…`), new with every publish, and not the educator\'s Question.id: no educator view takes it. Pass it back as AnswerInput.questionId.' }) id!: string;
  @Field(() => Int, { description: '1, 2, … in quiz order.' }) number!: number;
  @Field(() => QuestionKind) kind!: QuestionKindValue;
  @Field() prompt!: string;
}

@ObjectType('StudentChoiceQuestion', { implements: StudentQuestionInterface, description: 'Pick one option; answer with optionId.' })
export class StudentChoiceQuestion extends StudentQuestionInterface {
  @Field(() => [StudentOption], { description: 'In published order.' }) options!: StudentOption[];
}

@ObjectType('StudentTrueFalseQuestion', { implements: StudentQuestionInterface, description: 'Is the prompt true? Answer with booleanValue.' })
export class StudentTrueFalseQuestion extends StudentQuestionInterface {}

@ObjectType('StudentNumericQuestion', { implements: StudentQuestionInterface, description: 'Answer with numberValue, in `unit`.' })
export class StudentNumericQuestion extends StudentQuestionInterface {
  @Field({ description: 'What the number counts; may be empty.' }) unit!: string;
}

@ObjectType('StudentFillInTheBlankQuestion', { implements: StudentQuestionInterface, description: 'The prompt holds one blank, written _____; answer with text.' })
export class StudentFillInTheBlankQuestion extends StudentQuestionInterface {}

@ObjectType('StudentItem', { description: 'Something to order or match.' })
export class StudentItem {
  @Field(() => ID, { description: 'Unique to this item of this question in this quiz: `<question id>.<key>`. Pass it back in AnswerInput.pairs or order.' }) id!: string;
  @Field() text!: string;
}

@ObjectType('StudentMatchingQuestion', { implements: StudentQuestionInterface, description: 'Match each left item to a right item; answer with pairs.' })
export class StudentMatchingQuestion extends StudentQuestionInterface {
  @Field(() => [StudentItem]) left!: StudentItem[];
  @Field(() => [StudentItem]) right!: StudentItem[];
}

@ObjectType('StudentOrderingQuestion', { implements: StudentQuestionInterface, description: 'Put the items in order, earliest first; answer with order.' })
export class StudentOrderingQuestion extends StudentQuestionInterface {
  @Field(() => [StudentItem], { description: 'In presented (shuffled) order.' }) items!: StudentItem[];
}

@ObjectType('PublishedQuiz', { description: 'A quiz opened by its share code: the questions without their answers.' })
export class PublishedQuizType {
  @Field(() => ID, { description: 'Unique to the share code it was opened with.' }) id!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field(() => [StudentQuestionInterface]) questions!: StudentQuestion[];
}

export const studentQuestionTypes = [
  StudentChoiceQuestion,
  StudentTrueFalseQuestion,
  StudentNumericQuestion,
  StudentFillInTheBlankQuestion,
  StudentMatchingQuestion,
  StudentOrderingQuestion,
];

/** The option's or item's name within its question ('a', 'L1'): the part of its id after the last dot. */
@Resolver(() => StudentOption)
export class StudentOptionResolver {
  @FieldResolver(() => String, { description: "'a', 'b', … in published order: the option's name within its question." })
  key(@Root() option: StudentOption): string {
    return keyOfPartId(option.id);
  }
}

@Resolver(() => StudentItem)
export class StudentItemResolver {
  @FieldResolver(() => String, { description: "'L1', 'R2', …: the item's name within its question." })
  key(@Root() item: StudentItem): string {
    return keyOfPartId(item.id);
  }
}
