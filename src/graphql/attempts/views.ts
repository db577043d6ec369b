// Stored attempts shaped for the API: each answer joined to its question's answer, explanation
// and evidence (shown to the educator, and to the student after submitting unless the share holds
// them back until it closes).
import { toGlobalId } from '../common/globalId';
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
  /** False leaves out every right answer, explanation and evidence span, not just hides them. */
  readonly answersRevealed: boolean;
}

export function attemptView(attempt: StoredAttempt, quiz: StoredQuiz, { answersRevealed }: AttemptViewOptions): AttemptType {
  const answers = quiz.questions.map((question, position): AttemptAnswerType => {
    const answer = attempt.answers.find((a) => a.position === position && a.questionId === question.id);
    const response = answer?.response ?? null;
    return {
      questionId: question.id,
      number: position + 1,
      kind: question.kind,
      prompt: question.prompt,
      answered: response !== null,
      responseText: responseText(question, response),
      correct: answer?.correct ?? false,
      credit: answer?.credit ?? 0,
      correctAnswer: answersRevealed ? correctAnswer(question) : null,
      explanation: answersRevealed ? question.explanation : null,
      evidence: answersRevealed ? [...question.evidence] : null,
    };
  });
  const { participant, submittedAt, score } = attempt;
  return { id: toGlobalId('Attempt', attempt.id), participant, submittedAt, score, answersRevealed, answers };
}

export function shareView(share: QuizShareRecord, quiz: StoredQuiz): QuizShareType {
  return { code: share.code, playPath: `/play/${share.code}`, publishedAt: share.createdAt, reveal: share.reveal, quiz };
}

/** The review of an attempt: its answers shown exactly when the share's reveal allows. */
export function reviewView({ attempt, quiz, reveal, closedAt, answersRevealed }: AttemptForReview): AttemptReviewType {
  return { quizTitle: quiz.title, reveal, closedAt, answersRevealed, attempt: attemptView(attempt, quiz, { answersRevealed }) };
}
