// Editing a stored quiz: inputs for each edit, and the one payload they all return (the quiz,
// the questions the edit made, what the quiz rules flag, whether a new version was made).
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { QuestionKind as QuestionKindValue } from '../../domain/question';
import type { ImportFormat as ImportFormatValue } from '../../quizzes/importQuestions';
import type { StoredQuiz } from '../../quizzes/storedQuiz';
import type { EvidenceLinkStatus as EvidenceLinkStatusValue } from '../../workspace/evidenceLink';
import { QuestionKind } from '../common/enums';
import { MutationPayload } from '../common/mutations';
import { QuestionInterface } from '../quizzes/questionTypes';
import { MAX_QUESTIONS, QuizType } from '../quizzes/types';

export const EvidenceLinkStatus: { [K in EvidenceLinkStatusValue]: K } = { KEPT: 'KEPT', REMOVED: 'REMOVED', NONE: 'NONE' };
registerEnumType(EvidenceLinkStatus, {
  name: 'EvidenceLinkStatus',
  description: 'What an edit did to the sentences a question cites.',
  valuesConfig: {
    KEPT: { description: 'The edited question still rests on them (the answer-supported rule passes as before): the citation stays.' },
    REMOVED: { description: 'The edit made the cited words no longer bear the answer out: the citation was removed; `reason` says why.' },
    NONE: { description: 'The question cited nothing to keep.' },
  },
});

@ObjectType('EvidenceLink')
export class EvidenceLinkType {
  @Field(() => EvidenceLinkStatus) status!: EvidenceLinkStatusValue;
  @Field(() => String, { nullable: true, description: 'Why the citation was removed, in the rule\u2019s words; null unless REMOVED.' }) reason!: string | null;
}

@ObjectType('RuleWarning', { description: 'What a quiz rule flags: the same rules generated quizzes are held to.' })
export class RuleWarningType {
  @Field({ description: 'The rule: well-formed, answer-supported, distractors-valid, no-cross-giveaway, … ; evidence-link when a citation was removed.' }) rule!: string;
  @Field(() => ID, { nullable: true, description: 'The question it is about (Question.id), when it is about one.' }) questionId!: string | null;
  @Field() message!: string;
}

const MAX_TEXT = 2000;

@InputType('QuestionOptionInput', { description: 'An option of a choice question.' })
export class QuestionOptionInput {
  @Field() @MaxLength(MAX_TEXT) text!: string;
  @Field() correct!: boolean;
  @Field(() => String, { nullable: true, description: 'Why it is right or wrong; kept from an option of the same text when omitted.' })
  @MaxLength(MAX_TEXT)
  rationale?: string | null;
}

@InputType('QuestionPairInput', { description: 'A left item of a matching question and its right item.' })
export class QuestionPairInput {
  @Field() @MaxLength(MAX_TEXT) left!: string;
  @Field() @MaxLength(MAX_TEXT) right!: string;
}

/** The question's fields: an edit changes those it gives and keeps the rest. */
@InputType('QuestionFieldsInput')
export abstract class QuestionFieldsInput {
  @Field(() => String, { nullable: true }) @MaxLength(MAX_TEXT) prompt?: string | null;
  @Field(() => String, { nullable: true, description: 'Why the answer is right.' }) @MaxLength(MAX_TEXT) explanation?: string | null;
  @Field(() => [QuestionOptionInput], { nullable: true, description: 'Choice kinds: every option, in presented order; exactly one correct.' })
  @ArrayMaxSize(20)
  options?: QuestionOptionInput[] | null;
  @Field(() => ID, { nullable: true, description: 'Choice kinds: which option is right, by id or key, without retyping the options.' }) correctOption?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'True/false: whether the statement is true.' }) booleanAnswer?: boolean | null;
  @Field(() => Float, { nullable: true, description: 'Numeric: the answer.' }) numberAnswer?: number | null;
  @Field(() => Float, { nullable: true, description: 'Numeric: a response within answer ± tolerance is right.' }) tolerance?: number | null;
  @Field(() => String, { nullable: true, description: 'Numeric: the unit.' }) @MaxLength(100) unit?: string | null;
  @Field(() => [String], { nullable: true, description: 'Fill in the blank: the accepted answers, the first shown as the key.' })
  @ArrayMaxSize(20)
  acceptedAnswers?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Ordering: the items in the right order; students see them shuffled.' })
  @ArrayMaxSize(20)
  orderedItems?: string[] | null;
  @Field(() => [QuestionPairInput], { nullable: true, description: 'Matching: each left item with its right item; students see the right side shuffled.' })
  @ArrayMaxSize(20)
  pairs?: QuestionPairInput[] | null;
  @Field(() => String, { nullable: true, description: 'Comes back unchanged in the payload.' }) clientMutationId?: string | null;
}

@InputType('EditQuizQuestionInput', { description: "Changes to one question of a quiz: the fields given replace the question's, the rest stay." })
export class EditQuizQuestionInput extends QuestionFieldsInput {
  @Field(() => ID) quizId!: string;
  @Field(() => ID, { description: 'Question.id in the quiz (or its bankId).' }) questionId!: string;
}

@InputType('AddQuizQuestionInput', { description: "A teacher's own question, of any kind, added to a quiz." })
export class AddQuizQuestionInput extends QuestionFieldsInput {
  @Field(() => ID) quizId!: string;
  @Field(() => QuestionKind) kind!: QuestionKindValue;
  @Field(() => Int, { nullable: true, description: 'Where it goes, 0 first; at the end when omitted.' }) position?: number | null;
}

@InputType('RemoveQuizQuestionInput')
export class RemoveQuizQuestionInput {
  @Field(() => ID) quizId!: string;
  @Field(() => ID) questionId!: string;
  @Field(() => String, { nullable: true }) clientMutationId?: string | null;
}

@InputType('ReorderQuizQuestionsInput')
export class ReorderQuizQuestionsInput {
  @Field(() => ID) quizId!: string;
  @Field(() => [ID], { description: 'Every question of the quiz once, in the new order.' }) @ArrayMaxSize(MAX_QUESTIONS) questionIds!: string[];
  @Field(() => String, { nullable: true }) clientMutationId?: string | null;
}

@InputType('ReplaceQuizQuestionInput')
export class ReplaceQuizQuestionInput {
  @Field(() => ID) quizId!: string;
  @Field(() => ID, { description: 'The question to replace.' }) questionId!: string;
  @Field(() => ID, { description: "A bank id from the quiz's Event.questionBank." }) bankQuestionId!: string;
  @Field(() => String, { nullable: true }) clientMutationId?: string | null;
}

@ObjectType('QuizEditPayload', { description: 'The edited quiz, or userErrors saying why nothing was changed.' })
export class QuizEditPayload extends MutationPayload {
  @Field(() => QuizType, { nullable: true }) quiz!: StoredQuiz | null;
  @Field(() => [QuestionInterface], { nullable: true, description: 'The questions the edit made or changed, as the quiz now asks them.' }) questions!: QuestionInterface[] | null;
  @Field(() => [RuleWarningType], { nullable: true, description: 'What the quiz rules flag that the quiz did not have before this edit.' }) warnings!: RuleWarningType[] | null;
  @Field(() => EvidenceLinkType, { nullable: true, description: 'editQuizQuestion: what became of the question\u2019s citation; null for other edits.' }) evidence!: EvidenceLinkType | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether students had answered the version edited, so it was kept as it was and this edit made a new version.' })
  newVersion!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'False when the edit changed nothing (and so stored nothing).' }) changed!: boolean | null;
}

@ObjectType('QuizVersion', { description: 'A version of a quiz: what the students who answered it were asked.' })
export class QuizVersionType {
  @Field(() => Int) number!: number;
  @Field() current!: boolean;
  @Field(() => String, { nullable: true, description: 'When an edit replaced it; null for the current version.' }) supersededAt!: string | null;
  @Field(() => Int) attemptCount!: number;
  @Field(() => [QuestionInterface]) questions!: QuestionInterface[];
}

export const ImportFormat: { [K in ImportFormatValue]: K } = { GIFT: 'GIFT', MOODLE_XML: 'MOODLE_XML' };
registerEnumType(ImportFormat, { name: 'ImportFormat', description: 'A question file a teacher already has.', valuesConfig: { GIFT: { description: 'Moodle GIFT text (read with gift-pegjs).' }, MOODLE_XML: { description: 'Moodle XML, as the Moodle question bank exports it.' } } });

export const MAX_IMPORT_CHARS = 500_000;

@InputType('ImportQuestionsInput', { description: 'Give quizId (into a quiz) or eventId (into your own part of that event\'s question bank), not both.' })
export class ImportQuestionsInput {
  @Field(() => ID, { nullable: true, description: 'The quiz to add the questions to.' }) quizId?: string | null;
  @Field(() => ID, { nullable: true, description: "The event whose question bank takes them: they appear in Event.questionBank for this key only." }) eventId?: string | null;
  @Field(() => ImportFormat) format!: ImportFormatValue;
  @Field({ description: `The file's text, at most ${MAX_IMPORT_CHARS} characters.` })
  @MaxLength(MAX_IMPORT_CHARS, { message: `content must be at most ${MAX_IMPORT_CHARS} characters` })
  content!: string;
  @Field(() => Int, { nullable: true, description: 'Into a quiz: where the first goes, 0 first; at the end when omitted.' }) position?: number | null;
  @Field(() => String, { nullable: true }) clientMutationId?: string | null;
}

@ObjectType('SkippedQuestion', { description: 'A question of the file that was not imported.' })
export class SkippedQuestionType {
  @Field(() => Int, { description: 'Its place in the file, 1 first.' }) number!: number;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field() reason!: string;
}

@ObjectType('ImportNote', { description: 'A question imported with a change: what changed.' })
export class ImportNoteType {
  @Field(() => Int) number!: number;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field() message!: string;
}

@ObjectType('ImportQuestionsPayload', { description: 'The quiz with the imported questions, what could not be imported and why; or userErrors.' })
export class ImportQuestionsPayload extends MutationPayload {
  @Field(() => QuizType, { nullable: true, description: 'The quiz imported into; null for an import into the bank.' }) quiz!: StoredQuiz | null;
  @Field(() => [QuestionInterface], { nullable: true, description: 'The questions added (origin IMPORTED), as the quiz now asks them or with their bank ids.' }) questions!: QuestionInterface[] | null;
  @Field(() => [SkippedQuestionType], { nullable: true, description: 'Questions of the file left out, with why (a kind this quiz cannot ask, partial credit, a syntax error, already in the quiz).' })
  skipped!: SkippedQuestionType[] | null;
  @Field(() => [ImportNoteType], { nullable: true }) notes!: ImportNoteType[] | null;
  @Field(() => [RuleWarningType], { nullable: true, description: 'What the quiz rules flag that the quiz did not have before: an imported question cites no sentence of the article, so each is flagged for that.' })
  warnings!: RuleWarningType[] | null;
  @Field(() => Boolean, { nullable: true }) newVersion!: boolean | null;
}
