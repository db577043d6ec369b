// The decision: join the best-scoring event, or start a new story.
import type { StoryReason, StoryScore } from './scoreStory';

/**
 * Tuned on the dev stream (`npm run bench -- stories` prints the sweep): wrong joins there stop
 * below 0.42, so 0.46 keeps a margin of 0.04 above them; a near-miss on unseen text then starts a
 * story rather than merging two. A missed join can be moved later; a wrong merge mixes two
 * stories' facts.
 */
export const JOIN_THRESHOLD = 0.46;
/** A second event within this much of the best one is named in the reasons as a close call. */
export const CLOSE_CALL_MARGIN = 0.05;

export interface StoryAssignment {
  /** The event to join, or null: start a new one. */
  readonly eventId: number | null;
  /** How sure the decision is, 0.5 (a coin toss at the threshold) .. 1. */
  readonly confidence: number;
  /** The best candidate's score, 0 when there was none. */
  readonly score: number;
  readonly reasons: readonly StoryReason[];
  /** Another event that came close; the article was not joined to it and the two are not merged. */
  readonly closeCall: StoryScore | null;
}

export function assignStory(scores: readonly StoryScore[], threshold = JOIN_THRESHOLD): StoryAssignment {
  const ranked = [...scores].sort((a, b) => b.score - a.score || a.eventId - b.eventId);
  const [best, second] = ranked;
  if (!best || best.score < threshold) {
    const score = best?.score ?? 0;
    return {
      eventId: null,
      confidence: 0.5 + 0.5 * Math.min(1, (threshold - score) / threshold),
      score,
      reasons: best ? best.reasons : [],
      closeCall: best && threshold - best.score <= CLOSE_CALL_MARGIN ? best : null,
    };
  }
  const closeCall = second && best.score - second.score <= CLOSE_CALL_MARGIN && second.score >= threshold - CLOSE_CALL_MARGIN ? second : null;
  // A close second halves the confidence's distance from a coin toss: the choice between them is weak.
  const sure = 0.5 + 0.5 * Math.min(1, (best.score - threshold) / (1 - threshold) + 0.5);
  return { eventId: best.eventId, confidence: closeCall ? 0.5 + (sure - 0.5) / 2 : sure, score: best.score, reasons: best.reasons, closeCall };
}
