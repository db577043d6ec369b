// The student's view of a published quiz: separate types from the educator's Question so no
// answer, explanation, rationale or evidence field exists here to be asked for.
import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import type { QuestionKind as QuestionKindValue } from '../../domain/question';
import type { StudentQuestion } from '../../attempts/studentView';
import { QuestionKind } from '../common/enums';

@ObjectType({ description: 'An option as a student sees it: no correct flag, no rationale.' })
export class StudentOption {
  @Field(() => ID) id!: string;
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
  @Field(() => ID, { description: 'Pass it back as AnswerInput.questionId.' }) id!: string;
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
  @Field(() => ID) id!: string;
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
