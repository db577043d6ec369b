// The attemptReview use case: a student, holding the review token they were given on submitting,
// sees their own attempt again, with the right answers once the share's reveal allows them. The
// token is the only credential: it opens exactly one attempt, and nothing else about the class.
import type { DataSource } from 'typeorm';
import { QuizShareRecord } from '../db/entities';
import { NotFoundError } from '../errors';
import { quizzesById } from '../quizzes/quizStore';
import { quizAtVersion } from '../quizzes/quizVersions';
import type { StoredQuiz } from '../quizzes/storedQuiz';
import { answersRevealedInReview, questionsHeldBackElsewhere, type AnswerReveal } from './answerReveal';
import { attemptByReviewHash, type StoredAttempt } from './attemptStore';
import { reviewHashOf } from './reviewToken';
import { questionKeyOf } from './shareQuestionIds';

export interface AttemptForReview {
  readonly attempt: StoredAttempt;
  readonly quiz: StoredQuiz;
  readonly reveal: AnswerReveal;
  /** When the share was closed; null while students can still take it. */
  readonly closedAt: string | null;
  readonly answersRevealed: boolean;
  /** The share's key to the question ids its students saw (shareQuestionIds.ts). */
  readonly questionKey: string;
}

/**
 * Wrong, malformed and never-issued tokens are one NOT_FOUND with one message, so an answer tells
 * a guesser nothing; the message says what a student can do about it.
 */
const UNKNOWN = 'no attempt has this review link; check that the whole link was copied';

export async function attemptForReview(ds: DataSource, token: string): Promise<AttemptForReview> {
  const hash = reviewHashOf(token);
  const attempt = hash ? await attemptByReviewHash(ds, hash) : null;
  if (!attempt) throw new NotFoundError(UNKNOWN);
  const [share, [current]] = await Promise.all([ds.manager.findOneBy(QuizShareRecord, { id: attempt.shareId }), quizzesById(ds, [attempt.quizId])]);
  // The questions as the student saw them: an edit since may have made a new version.
  const quiz = current ? await quizAtVersion(ds, current, attempt.quizVersion) : null;
  // Attempts point at their share, quiz and version and none is ever deleted; a missing one is a
  // broken store, not a client's mistake, so it surfaces as an internal error.
  if (!share || !quiz) throw new Error(`attempt ${attempt.id} has lost its share, quiz or quiz version`);
  const live = share.liveQuizId !== null;
  return {
    attempt,
    quiz,
    reveal: share.reveal,
    closedAt: live ? null : share.unpublishedAt,
    questionKey: questionKeyOf(share),
    answersRevealed: answersRevealedInReview(share.reveal, live) && !(await questionsHeldBackElsewhere(ds, quiz.questions.map((q) => q.id), share.id)),
  };
}
