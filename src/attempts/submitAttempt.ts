// The submitAttempt use case: check everything, grade on the server, store in one transaction.
import type { DataSource } from 'typeorm';
import { BadInputError } from '../errors';
import type { StoredQuiz } from '../quizzes/storedQuiz';
import { answersRevealedWhileLive, questionsHeldBackElsewhere } from './answerReveal';
import { saveAttempt, type StoredAttempt } from './attemptStore';
import { liveQuizByCode } from './publishedQuiz';
import { checkAnswers, checkParticipant, type AnswerSubmission } from './responses';
import { hashReviewToken, newReviewToken } from './reviewToken';
import { gradeAttempt } from './scoring';
import { bankIdsOfShare, questionKeyOf } from './shareQuestionIds';

export interface Submission {
  readonly code: string;
  readonly participant: string;
  readonly answers: readonly AnswerSubmission[];
}

export interface SubmittedAttempt {
  readonly attempt: StoredAttempt;
  readonly quiz: StoredQuiz;
  /** Whether this result may show right answers, explanations and evidence (the share's reveal). */
  readonly answersRevealed: boolean;
  /** The share's key to its students' question ids (shareQuestionIds.ts): the result names questions so. */
  readonly questionKey: string;
  /** The student's key to attemptReview, returned once: only its hash is stored. */
  readonly reviewToken: string;
}

/**
 * Every check runs before the write, so a refused submission stores nothing. An attempt that
 * answers nothing is refused: it would be a free look at the feedback, not an attempt.
 */
export async function submitAttempt(ds: DataSource, submission: Submission, now: Date = new Date()): Promise<SubmittedAttempt> {
  const participant = checkParticipant(submission.participant);
  const { share, quiz } = await liveQuizByCode(ds, submission.code);
  // Students name questions by the share's ids; the quiz's own ids still work (an educator trying
  // their quiz, a client of the old API). An id of no question here stays as it is and is refused.
  const questionKey = questionKeyOf(share);
  const bankIdOf = bankIdsOfShare(questionKey, quiz.questions.map((q) => q.id));
  const answers = submission.answers.map((a) => ({ ...a, questionId: bankIdOf(a.questionId) }));
  const responses = checkAnswers(quiz.questions, answers);
  if (responses.size === 0) throw new BadInputError('answer at least one question before submitting');
  const reviewToken = newReviewToken();
  const attempt = await saveAttempt(ds, {
    quizId: Number(quiz.id),
    shareId: share.id,
    quizVersion: quiz.version,
    quizRevision: quiz.revision,
    participant,
    submittedAt: now.toISOString(),
    graded: gradeAttempt(quiz.questions, responses),
    reviewHash: hashReviewToken(reviewToken),
  });
  const answersRevealed =
    answersRevealedWhileLive(share.reveal) && !(await questionsHeldBackElsewhere(ds, quiz.questions.map((q) => q.id), share.id));
  return { attempt, quiz, answersRevealed, reviewToken, questionKey };
}
