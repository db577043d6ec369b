import type { DataSource } from 'typeorm';
import { QuizQuestionRecord, QuizShareRecord } from '../db/entities';
// When a student sees the right answers, chosen by the educator when publishing (Moodle's review
// options, reduced to the two moments that matter here). Right after submitting suits practice;
// after the quiz closes suits a test, where the first student's feedback would be the answer key
// for everyone still taking it.
export const ANSWER_REVEALS = ['AFTER_SUBMISSION', 'AFTER_CLOSE'] as const;
export type AnswerReveal = (typeof ANSWER_REVEALS)[number];

export const DEFAULT_ANSWER_REVEAL: AnswerReveal = 'AFTER_SUBMISSION';

/**
 * Whether a result given now shows right answers, explanations and evidence. A share that takes
 * attempts is live, and AFTER_CLOSE keeps them back for as long as it is.
 */
export function answersRevealedWhileLive(reveal: AnswerReveal): boolean {
  return reveal === 'AFTER_SUBMISSION';
}

/**
 * Whether a student's review of their own attempt shows the answers: at once for practice, and for
 * AFTER_CLOSE once the share the attempt was made at is closed, when no one can still be taking it.
 * Publishing the quiz again opens a new share; the old one stays closed, so reviews stay revealed.
 */
export function answersRevealedInReview(reveal: AnswerReveal, shareLive: boolean): boolean {
  return answersRevealedWhileLive(reveal) || !shareLive;
}

/**
 * Whether some live share that holds back its answers (AFTER_CLOSE), other than `shareId`, asks any
 * of these questions. A reveal holds per question set, not only per share: after unpublishQuiz and
 * publishQuiz again, or a new quiz made from the same question ids, the old reviews would
 * otherwise hand out the key of questions students are taking now.
 */
export async function questionsHeldBackElsewhere(ds: DataSource, questionIds: readonly string[], shareId: number): Promise<boolean> {
  if (questionIds.length === 0) return false;
  const row = await ds
    .createQueryBuilder()
    .select('1', 'held')
    .from(QuizShareRecord, 's')
    .innerJoin(QuizQuestionRecord, 'q', 'q.quiz_id = s.live_quiz_id')
    .where('s.live_quiz_id IS NOT NULL')
    .andWhere('s.answer_reveal = :reveal', { reveal: 'AFTER_CLOSE' })
    .andWhere('s.id <> :shareId', { shareId })
    .andWhere('q.question_id IN (:...questionIds)', { questionIds: [...questionIds] })
    .limit(1)
    .getRawOne();
  return row !== undefined;
}
