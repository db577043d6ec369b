// Submitting, grading and reporting attempts.
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize } from 'class-validator';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { AnswerReveal as AnswerRevealValue } from '../../attempts/answerReveal';
import type { Evidence as EvidenceValue } from '../../domain/facts';
import type { Question, QuestionKind as QuestionKindValue } from '../../domain/question';
import type { StoredQuiz } from '../../quizzes/storedQuiz';
import { QuestionKind } from '../common/enums';
import { Evidence } from '../common/evidence';
import { connectionType } from '../common/connection';
import { MutationPayload } from '../common/mutations';
import { Node } from '../common/node';
import { MatchPair, QuestionInterface } from '../quizzes/questionTypes';
import { MAX_QUESTIONS, QuizType } from '../quizzes/types';

export const AnswerReveal: { [K in AnswerRevealValue]: K } = { AFTER_SUBMISSION: 'AFTER_SUBMISSION', AFTER_CLOSE: 'AFTER_CLOSE' };
registerEnumType(AnswerReveal, {
  name: 'AnswerReveal',
  description: 'When a student who submits sees the right answers, their explanations and the quoted evidence. The score, and whether each answer was right, are always shown.',
  valuesConfig: {
    AFTER_SUBMISSION: { description: 'In the result of submitAttempt, straight away: for practice.' },
    AFTER_CLOSE: {
      description:
        'Not while the quiz is live: submitAttempt returns the score and whether each answer was right, with correctAnswer, explanation ' +
        'and evidence null, so no student can pass the answers to one still taking it. The educator sees everything (Quiz.attempts) to go ' +
        'over it once the quiz is closed with unpublishQuiz.',
    },
  },
});

@ObjectType('QuizShare', { description: 'A quiz opened to students under a share code.' })
export class QuizShareType {
  @Field(() => ID, { description: 'Unique to this share: publishing again after unpublishing makes another.' }) id!: string;
  @Field({ description: '8 characters from 23456789ABCDEFGHJKMNPQRSTUVWXYZ (no 0/O, 1/I/L); case, spaces and dashes are ignored when typed.' })
  code!: string;
  @Field({ description: 'Where students take it: this path on the server.' }) playPath!: string;
  @Field(() => DateTimeISOResolver) publishedAt!: string;
  @Field(() => AnswerReveal, { description: 'When students see the right answers; fixed while the share is live.' }) reveal!: AnswerRevealValue;
  @Field(() => QuizType) quiz!: StoredQuiz;
}

@InputType({ description: 'Opens a quiz to students.' })
export class PublishQuizInput {
  @Field(() => ID) quizId!: string;
  @Field(() => AnswerReveal, { defaultValue: AnswerReveal.AFTER_SUBMISSION, description: 'When students see the right answers.' }) reveal!: AnswerRevealValue;
  @Field(() => String, { nullable: true, description: 'Comes back unchanged in the payload.' }) clientMutationId?: string | null;
}

@InputType({ description: 'Closes a quiz to students.' })
export class UnpublishQuizInput {
  @Field(() => ID) quizId!: string;
  @Field(() => String, { nullable: true, description: 'Comes back unchanged in the payload.' }) clientMutationId?: string | null;
}

const OLD_SHARE = 'Read share instead: the payload once was the QuizShare itself.';

@ObjectType('PublishQuizPayload', { description: 'The live share, or userErrors saying why the quiz was not published.' })
export class PublishQuizPayload extends MutationPayload {
  @Field(() => QuizShareType, { nullable: true }) share!: QuizShareType | null;
  // The share's fields, for clients written when publishQuiz returned a QuizShare.
  @Field(() => String, { nullable: true, deprecationReason: OLD_SHARE }) code!: string | null;
  @Field(() => String, { nullable: true, deprecationReason: OLD_SHARE }) playPath!: string | null;
  @Field(() => DateTimeISOResolver, { nullable: true, deprecationReason: OLD_SHARE }) publishedAt!: string | null;
  @Field(() => AnswerReveal, { nullable: true, deprecationReason: OLD_SHARE }) reveal!: AnswerRevealValue | null;
  @Field(() => QuizType, { nullable: true, deprecationReason: OLD_SHARE }) quiz!: StoredQuiz | null;
}

@ObjectType('UnpublishQuizPayload', { description: 'Whether a live code was stopped, or userErrors saying why nothing changed.' })
export class UnpublishQuizPayload extends MutationPayload {
  @Field(() => Boolean, { nullable: true, description: 'True when a live code was stopped; false when the quiz had none.' }) stopped!: boolean | null;
  @Field(() => QuizType, { nullable: true }) quiz!: StoredQuiz | null;
}

@InputType({ description: 'A left item matched to a right item.' })
export class PairInput {
  @Field(() => ID) leftId!: string;
  @Field(() => ID) rightId!: string;
}

@InputType({
  description:
    'One answer: the question and exactly one answer field, the one its kind takes. optionId: MULTIPLE_CHOICE, WHO_SAID_IT, SOURCE_AND_STANDING. ' +
    'booleanValue: TRUE_FALSE. numberValue: NUMERIC. text: FILL_IN_THE_BLANK. pairs: MATCHING (each left item at most once). ' +
    'order: ORDERING (every item exactly once, earliest first).',
})
export class AnswerInput {
  @Field(() => ID) questionId!: string;
  @Field(() => ID, { nullable: true }) optionId?: string | null;
  @Field(() => Boolean, { nullable: true }) booleanValue?: boolean | null;
  @Field(() => Float, { nullable: true }) numberValue?: number | null;
  @Field(() => String, { nullable: true, description: 'At most 500 characters.' }) text?: string | null;
  @Field(() => [PairInput], { nullable: true }) @ArrayMaxSize(MAX_QUESTIONS) pairs?: PairInput[] | null;
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(MAX_QUESTIONS) order?: string[] | null;
}

@ObjectType('Score')
export class ScoreType {
  @Field(() => Float, { description: 'Sum of the credits: one point a question, partial for matching and ordering.' }) points!: number;
  @Field(() => Int, { description: 'The number of questions.' }) maxPoints!: number;
  @Field(() => Float, { description: '100 × points / maxPoints.' }) percent!: number;
}

@ObjectType('CorrectAnswer', { description: 'The right answer; the field of its kind is set, and `text` always.' })
export class CorrectAnswerType {
  @Field({ description: 'The answer in words: "B. Kim Jong Un", "any figure from 11,500 to 12,500 troops".' }) text!: string;
  @Field(() => ID, { nullable: true }) optionId!: string | null;
  @Field(() => Boolean, { nullable: true }) booleanValue!: boolean | null;
  @Field(() => Float, { nullable: true }) numberValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'A response within numberValue ± tolerance is right.' }) tolerance!: number | null;
  @Field(() => [String], { nullable: true, description: 'Accepted texts, compared ignoring case and punctuation.' }) acceptedTexts!: string[] | null;
  @Field(() => [MatchPair], { nullable: true }) pairs!: MatchPair[] | null;
  @Field(() => [ID], { nullable: true, description: 'Item ids, earliest first.' }) order!: string[] | null;
}

@ObjectType('AttemptAnswer', { description: 'One question of a graded attempt, with the answer, why, and the words that show it.' })
export class AttemptAnswerType {
  @Field(() => ID) questionId!: string;
  @Field(() => Int, { description: '1, 2, … in quiz order.' }) number!: number;
  @Field(() => QuestionKind) kind!: QuestionKindValue;
  @Field() prompt!: string;
  @Field({ description: 'False when the question was left unanswered (it scores 0).' }) answered!: boolean;
  @Field(() => String, { nullable: true, description: 'The response in words; null when unanswered.' }) responseText!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether it earned full credit; null before the reveal (answers held back).' }) correct!: boolean | null;
  @Field(() => Float, { nullable: true, description: '0 to 1; see Mutation.submitAttempt for partial credit. Null before the reveal.' }) credit!: number | null;
  @Field(() => CorrectAnswerType, { nullable: true, description: "Null when the answers are held back (Attempt.answersRevealed false), and in a student's own view for a question left unanswered." })
  correctAnswer!: CorrectAnswerType | null;
  @Field(() => String, { nullable: true, description: 'Why the answer is right; null when the answers are held back.' }) explanation!: string | null;
  @Field(() => [Evidence], { nullable: true, description: 'The quoted sentences of the article that answer it; null when the answers are held back.' })
  evidence!: EvidenceValue[] | null;
}

/** What a graded attempt shows, to the educator (Attempt) and to the student who just sent it (SubmittedAttempt). */
@ObjectType('GradedAttemptFields')
abstract class GradedAttemptFields {
  @Field() participant!: string;
  @Field(() => Int, { description: 'The version of the quiz it answered (Quiz.version then); its answers are that version\'s questions.' }) quizVersion!: number;
  @Field(() => DateTimeISOResolver) submittedAt!: string;
  @Field(() => ScoreType, { nullable: true, description: 'Null while the answers are held back: a score says which answers were right.' }) score!: ScoreType | null;
  @Field({
    description:
      'Whether correctAnswer, explanation and evidence are given. Always true for the educator; in the result of submitAttempt, false ' +
      'when the quiz was published with reveal AFTER_CLOSE; in Query.attemptReview, false until such a quiz is closed.',
  })
  answersRevealed!: boolean;
  @Field(() => [AttemptAnswerType], { description: 'One per question of the quiz, in quiz order, answered or not.' }) answers!: AttemptAnswerType[];
}

@ObjectType('Attempt', {
  implements: Node,
  description: "A student's graded submission. Query.node refetches it for the quiz's owner (and an admin), as Quiz.attempts lists it.",
})
export class AttemptType extends GradedAttemptFields {
  @Field(() => ID) id!: string;
}

// Not a Node and no `id`: it is the Attempt seen by its student, with other fields (the review
// token) and fewer answers shown; under the Attempt's id a normalised cache would merge the two.
@ObjectType('SubmittedAttempt', {
  description: 'The Attempt just stored, as its student sees it, with the review token that alone brings it back.',
})
export class SubmittedAttemptType extends GradedAttemptFields {
  @Field(() => ID, { description: "The stored Attempt's id: Query.node refetches it for the quiz's owner." }) attemptId!: string;
  @Field({
    description:
      'The key to Query.attemptReview for this attempt: shown this once (only a hash is stored), so the student must keep it. ' +
      'Starts with nqr_. Anyone holding it sees this attempt, so it belongs in a link fragment (/play/review#<token>), not a path or a log.',
  })
  reviewToken!: string;
}

@InputType({ description: "A student's answers to a published quiz." })
export class SubmitAttemptInput {
  @Field({ description: 'The share code, as typed: case, spaces and dashes are ignored.' }) code!: string;
  @Field({ description: 'The student’s name, 1 to 100 characters; one attempt per name per code.' }) participant!: string;
  @Field(() => [AnswerInput]) @ArrayMaxSize(MAX_QUESTIONS) answers!: AnswerInput[];
  @Field(() => String, { nullable: true, description: 'Comes back unchanged in the payload.' }) clientMutationId?: string | null;
}

const OLD_ATTEMPT = 'Read attempt instead: the payload once was the SubmittedAttempt itself.';

@ObjectType('SubmitAttemptPayload', { description: 'The graded attempt, or userErrors saying why nothing was stored.' })
export class SubmitAttemptPayload extends MutationPayload {
  @Field(() => SubmittedAttemptType, { nullable: true }) attempt!: SubmittedAttemptType | null;
  // The attempt's fields, for clients written when submitAttempt returned a SubmittedAttempt.
  @Field(() => ID, { nullable: true, deprecationReason: OLD_ATTEMPT }) attemptId!: string | null;
  @Field(() => String, { nullable: true, deprecationReason: OLD_ATTEMPT }) participant!: string | null;
  @Field(() => DateTimeISOResolver, { nullable: true, deprecationReason: OLD_ATTEMPT }) submittedAt!: string | null;
  @Field(() => ScoreType, { nullable: true, deprecationReason: OLD_ATTEMPT }) score!: ScoreType | null;
  @Field(() => Boolean, { nullable: true, deprecationReason: OLD_ATTEMPT }) answersRevealed!: boolean | null;
  @Field(() => [AttemptAnswerType], { nullable: true, deprecationReason: OLD_ATTEMPT }) answers!: AttemptAnswerType[] | null;
  @Field(() => String, { nullable: true, deprecationReason: OLD_ATTEMPT }) reviewToken!: string | null;
}

@ObjectType('AttemptReview', {
  description:
    "A student's own attempt, opened with its review token. The right answers, explanations and evidence are given (answersRevealed) " +
    'when the quiz was published with reveal AFTER_SUBMISSION, or once the share the attempt was made at is closed (unpublishQuiz); ' +
    'until then they are null and reveal AFTER_CLOSE with closedAt null says they come when the teacher closes the quiz.',
})
export class AttemptReviewType {
  @Field() quizTitle!: string;
  @Field(() => AnswerReveal, { description: 'When the answers are shown, as the educator published the quiz.' }) reveal!: AnswerRevealValue;
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the teacher closed the quiz; null while it is still open to students.' })
  closedAt!: string | null;
  @Field({ description: 'Whether attempt.answers carry correctAnswer, explanation and evidence now.' }) answersRevealed!: boolean;
  @Field(() => AttemptType) attempt!: AttemptType;
}

export const AttemptConnection = connectionType('Attempt', AttemptType);

@ObjectType('OptionStatistics', { description: 'How often an option was chosen, overall and by the upper and lower groups.' })
export class OptionStatisticsType {
  @Field(() => ID, { description: "The option's id; true/false questions have the options 'true' and 'false'." }) optionId!: string;
  @Field() text!: string;
  @Field({ description: 'Whether this option is the key.' }) correct!: boolean;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'count / attempts, 0 to 1.' }) share!: number;
  @Field(() => Int) upperCount!: number;
  @Field(() => Int) lowerCount!: number;
  @Field({ description: 'A distractor no attempt chose: it does no work.' }) neverChosen!: boolean;
}

@ObjectType('QuestionStatistics', {
  description:
    'Item analysis of one question. Facility index: mean credit over all attempts (0 to 1; unanswered counts 0). ' +
    'Discrimination index D: mean credit in the upper group minus mean credit in the lower group, the groups being the top and ' +
    'bottom 27% of attempts by total points (round(0.27 × attempts), at least 1; none under 2 attempts; ties broken by submission order).',
})
export class QuestionStatisticsType {
  @Field(() => QuestionInterface) question!: Question;
  @Field(() => Int, { description: '1, 2, … in quiz order.' }) number!: number;
  @Field(() => Int) answeredCount!: number;
  @Field(() => Float, { description: 'Share of attempts with full credit, 0 to 1.' }) correctShare!: number;
  @Field(() => Float, { description: 'Mean credit, 0 (nobody) to 1 (everybody).' }) facility!: number;
  @Field(() => Float, { nullable: true }) upperMeanCredit!: number | null;
  @Field(() => Float, { nullable: true }) lowerMeanCredit!: number | null;
  @Field(() => Float, { nullable: true, description: '−1 to 1; below about 0.2 the question tells strong and weak students apart poorly. Null under 2 attempts.' })
  discrimination!: number | null;
  @Field(() => [OptionStatisticsType], { nullable: true, description: 'For choice and true/false questions; null for the others.' })
  options!: OptionStatisticsType[] | null;
  @Field(() => [ID], { description: 'Distractors no attempt chose.' }) unusedDistractors!: string[];
  @Field({ description: 'The upper group chose some wrong option more often than the key: check the key.' }) suspectKey!: boolean;
}

@ObjectType('ScoreBin', { description: 'Attempts whose percent is in [from, to); the last bin includes 100.' })
export class ScoreBinType {
  @Field(() => Float) from!: number;
  @Field(() => Float) to!: number;
  @Field(() => Int) count!: number;
}

@ObjectType('QuizStatistics', { description: "The class's results on a quiz." })
export class QuizStatisticsType {
  @Field(() => Int, { description: 'The quiz version these are the statistics of: only attempts at that version count.' }) quizVersion!: number;
  @Field(() => Int) attemptCount!: number;
  @Field(() => Float, { nullable: true, description: 'Mean percent score; null with no attempts.' }) meanPercent!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median percent score (the mean of the middle two for an even count).' }) medianPercent!: number | null;
  @Field(() => Float, { nullable: true }) meanPoints!: number | null;
  @Field(() => Int, { description: 'Attempts in each of the upper and lower groups.' }) groupSize!: number;
  @Field(() => [ScoreBinType], { description: 'Ten bins of ten percentage points.' }) scoreDistribution!: ScoreBinType[];
  @Field(() => [QuestionStatisticsType]) questions!: QuestionStatisticsType[];
}
