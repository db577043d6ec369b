// Whether an edited question still rests on the sentences it cites. The quiz engine's own
// answer-supported rule decides: the answer must come from the cited words and the tested facts.
// A citation that no longer bears the answer out would send a student to a sentence that does not
// say what the key says, so it is removed, and the teacher told why.
import type { EventFacts } from '../domain/facts';
import type { Question } from '../domain/question';
import { checkQuiz } from '../quiz';

export const ANSWER_SUPPORTED_RULE = 'answer-supported';

/** KEPT: it still rests on its evidence. REMOVED: it did, the edit broke that. NONE: it cited nothing to keep. */
export type EvidenceLinkStatus = 'KEPT' | 'REMOVED' | 'NONE';

export interface EvidenceLink {
  readonly status: EvidenceLinkStatus;
  /** Why the citation was removed, in the rule's words; null unless REMOVED. */
  readonly reason: string | null;
}

/** What the answer-supported rule finds wrong with the question's support; empty when it rests on its evidence. */
export function supportProblems(question: Question, facts: EventFacts): string[] {
  return checkQuiz([question], facts, { scope: 'BANK' })
    .filter((v) => v.rule === ANSWER_SUPPORTED_RULE)
    .map((v) => v.message);
}

/**
 * The edited question with its citation kept or removed. Problems the question already had
 * before the edit are not the edit's doing: such a question keeps what it cites (the teacher may
 * be part way through fixing it), and only a problem the edit introduced removes the link.
 */
export function relinkEvidence(before: Question, after: Question, facts: EventFacts): { question: Question; link: EvidenceLink } {
  if (after.evidence.length === 0 && after.tests.length === 0) return { question: after, link: { status: 'NONE', reason: null } };
  const had = new Set(supportProblems(before, facts));
  const introduced = supportProblems(after, facts).filter((p) => !had.has(p));
  if (introduced.length === 0) return { question: after, link: { status: 'KEPT', reason: null } };
  return {
    question: { ...after, evidence: [], tests: [] },
    link: { status: 'REMOVED', reason: introduced.join('; ') },
  };
}
