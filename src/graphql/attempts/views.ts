// Stored attempts shaped for the API: each answer joined to its question's answer, explanation
// and evidence (shown to the educator, and to the student after submitting unless the share holds
// them back until it closes).
import { objectId, toGlobalId } from '../common/globalId';
import { apiQuestionId, quizScope, withQuestionApiId } from '../quizzes/apiIds';
import { shareQuestionId } from '../../attempts/shareQuestionIds';
import type { AttemptForReview } from '../../attempts/attemptReview';
import type { StoredAttempt } from '../../attempts/attemptStore';
import { responseText } from '../../attempts/responseText';
import type { QuizShareRecord } from '../../db/entities';
import type { Question } from '../../domain/question';
import { answerText } from '../../export/answerText';
import type { StoredQuiz } from '../../quizzes/storedQuiz';
import type { AttemptAnswerType, AttemptReviewType, AttemptType, CorrectAnswerType, QuizShareType } from './types';

export function correctAnswer(question: Question): CorrectAnswerType {
  const none = { optionId: null, booleanValue: null, numberValue: null, tolerance: null, acceptedTexts: null, pairs: null, order: null };
  const text = answerText(question);
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      return { ...none, text, optionId: question.answer.optionId };
    case 'TRUE_FALSE':
      return { ...none, text, booleanValue: question.answer.value };
    case 'NUMERIC':
      return { ...none, text, numberValue: question.answer.value, tolerance: question.answer.tolerance };
    case 'FILL_IN_THE_BLANK':
      return { ...none, text, acceptedTexts: [...question.answer.accepted] };
    case 'MATCHING':
      return { ...none, text, pairs: question.answer.pairs.map((p) => ({ ...p })) };
    case 'ORDERING':
      return { ...none, text, order: [...question.answer.order] };
  }
}

export interface AttemptViewOptions {
  /**
   * False leaves out every right answer, explanation and evidence span, and with them the score
   * and whether each answer was right: before the reveal, per-question correctness is the key
   * too (four throwaway attempts answering a, b, c, d would read every choice's key from it).
   */
  readonly answersRevealed: boolean;
  /**
   * A student's view while a practice share is live: the key only of questions they answered.
   * One throwaway attempt must not carry the key of every question, the unanswered ones included.
   */
  readonly answeredOnly?: boolean;
  /**
   * The API id of a question given its bank id: the quiz's own (`<quiz id>.<bank id>`) unless
   * given. A student's views pass their share's ids (attempts/shareQuestionIds.ts).
   */
  readonly questionId?: (bankId: string) => string;
}

/** Question ids as the students of the share with this key see them. */
export const studentQuestionIds = (questionKey: string) => (bankId: string) => shareQuestionId(questionKey, bankId);

/** `quiz` as it stood at the attempt's version (quizzes/quizVersions.ts). */
export function attemptView(attempt: StoredAttempt, quiz: StoredQuiz, { answersRevealed, answeredOnly = false, questionId }: AttemptViewOptions): AttemptType {
  const scope = quizScope(quiz.id);
  const apiId = questionId ?? ((bankId: string) => apiQuestionId(scope, bankId));
  const answers = quiz.questions.map((question, position): AttemptAnswerType => {
    const answer = attempt.answers.find((a) => a.position === position && a.questionId === question.id);
    const response = answer?.response ?? null;
    const keyShown = answersRevealed && (!answeredOnly || response !== null);
    return {
      questionId: apiId(question.id),
      number: position + 1,
      kind: question.kind,
      prompt: question.prompt,
      answered: response !== null,
      responseText: responseText(question, response),
      correct: answersRevealed ? (answer?.correct ?? false) : null,
      credit: answersRevealed ? (answer?.credit ?? 0) : null,
      correctAnswer: keyShown ? correctAnswer(withQuestionApiId(question, apiId(question.id))) : null,
      explanation: keyShown ? question.explanation : null,
      evidence: keyShown ? [...question.evidence] : null,
    };
  });
  const { participant, submittedAt } = attempt;
  const score = answersRevealed ? attempt.score : null;
  return { id: toGlobalId('Attempt', attempt.id), participant, quizVersion: attempt.quizVersion, submittedAt, score, answersRevealed, answers };
}

export function shareView(share: QuizShareRecord, quiz: StoredQuiz): QuizShareType {
  return { id: objectId('QuizShare', share.id), code: share.code, playPath: `/play/${share.code}`, publishedAt: share.createdAt, reveal: share.reveal, quiz };
}

/** The review of an attempt: its answers shown exactly when the share's reveal allows. */
export function reviewView({ attempt, quiz, reveal, closedAt, answersRevealed, questionKey }: AttemptForReview): AttemptReviewType {
  const answeredOnly = reveal === 'AFTER_SUBMISSION' && closedAt === null;
  return { quizTitle: quiz.title, reveal, closedAt, answersRevealed, attempt: attemptView(attempt, quiz, { answersRevealed, answeredOnly, questionId: studentQuestionIds(questionKey) }) };
}
