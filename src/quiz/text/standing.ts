// How the engine words a claim's standing. Standings fall into three classes that exclude each
// other; only a standing from another class can be a wrong answer, because "has not confirmed" and
// "has no evidence" are both true of someone who says there is no evidence.
import type { ClaimStanding } from '../../domain/facts';

export type StandingClass = 'BACKS' | 'DOUBTS' | 'DENIES';

export function standingClass(standing: ClaimStanding): StandingClass {
  switch (standing) {
    case 'ASSERTED':
    case 'CONFIRMED':
      return 'BACKS';
    case 'DENIED':
      return 'DENIES';
    case 'NOT_CONFIRMED':
    case 'NO_EVIDENCE':
    case 'UNDER_INVESTIGATION':
      return 'DOUBTS';
  }
}

/** What a responder did with someone else's claim, as an option text (no subject, so no pronoun). */
export const RESPONSE_PHRASES: Readonly<Record<Exclude<ClaimStanding, 'ASSERTED'>, string>> = {
  CONFIRMED: 'Said the claim had been confirmed',
  DENIED: 'Denied the claim, saying it was false',
  NO_EVIDENCE: 'Said there was no evidence for the claim',
  NOT_CONFIRMED: 'Did not confirm the claim',
  UNDER_INVESTIGATION: 'Said it was looking into the claim',
};

/** The more specific doubt wins when one responder holds several: "no evidence" says more than "not confirmed". */
export const STANDING_SPECIFICITY: readonly ClaimStanding[] = [
  'DENIED',
  'CONFIRMED',
  'NO_EVIDENCE',
  'UNDER_INVESTIGATION',
  'NOT_CONFIRMED',
  'ASSERTED',
];

/** The phrase a question uses to ask which claim a responder doubted: "said there was no evidence for". */
export const DOUBT_VERBS: Readonly<Record<Exclude<ClaimStanding, 'ASSERTED'>, string>> = {
  CONFIRMED: 'confirmed',
  DENIED: 'denied',
  NO_EVIDENCE: 'said there was no evidence for',
  NOT_CONFIRMED: 'did not confirm',
  UNDER_INVESTIGATION: 'said it was looking into',
};

export function responsePhraseStanding(text: string): Exclude<ClaimStanding, 'ASSERTED'> | null {
  for (const [standing, phrase] of Object.entries(RESPONSE_PHRASES)) {
    if (phrase === text) return standing as Exclude<ClaimStanding, 'ASSERTED'>;
  }
  return null;
}
