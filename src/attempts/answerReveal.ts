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
