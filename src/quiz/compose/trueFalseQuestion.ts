// Assembles a true/false question. The statement is the prompt, prefixed "According to the article"
// so that "true" means "the text says so", which is what a reading quiz can fairly ask.
import type { Evidence, FactRef } from '../../domain/facts';
import type { TrueFalseQuestion } from '../../domain/question';
import { computeDifficulty } from '../difficulty';
import { questionId } from '../questionId';
import { hasAbsoluteWord } from '../text/clues';
import type { FactIndex } from '../facts/factIndex';
import { capitalize, withoutFinalStop } from '../text/format';
import { sentencesNeeded } from './evidence';

export const TRUE_FALSE_LEAD = 'According to the article, ';

/** A true/false prompt's statement, without the lead it is printed behind. */
export function statementOfPrompt(prompt: string): string {
  return prompt.startsWith(TRUE_FALSE_LEAD) ? prompt.slice(TRUE_FALSE_LEAD.length) : prompt;
}

export interface TrueFalseDraft {
  readonly variant: string;
  readonly statement: string;
  readonly value: boolean;
  readonly explanation: string;
  readonly evidence: readonly Evidence[];
  readonly tests: readonly FactRef[];
  /** Similarity of the changed element to the original (false), or of the nearest alternative (true). */
  readonly similarity: number;
  readonly sourceInference: boolean;
}

/**
 * The statement as it reads after "According to the article, ": lower-cased unless it opens with a
 * name. "The" opens a name only when an entity's name starts with it ("The Guardian"); otherwise a
 * sentence-initial "The" the article also capitalises mid-sentence is still an article.
 */
function embedded(index: FactIndex, statement: string): string {
  const opensName = index.facts.entities.some((e) => index.namesOf(e).some((n) => /^The /.test(n) && statement.startsWith(n)));
  if (/^The /.test(statement) && !opensName) return `the ${statement.slice(4)}`;
  return index.embed(statement);
}

export function trueFalseQuestion(index: FactIndex, draft: TrueFalseDraft): TrueFalseQuestion | null {
  // An absolute word in a statement is a clue that it is false; leave such statements out.
  if (hasAbsoluteWord(draft.statement)) return null;
  return {
    id: questionId('TRUE_FALSE', draft.tests, draft.variant),
    kind: 'TRUE_FALSE',
    // A statement that already says whose word it is ("…, according to Yonhap") needs no second lead.
    prompt: /\baccording to\b/i.test(draft.statement) ? `${capitalize(withoutFinalStop(draft.statement))}.` : `${TRUE_FALSE_LEAD}${embedded(index, withoutFinalStop(draft.statement))}.`,
    answer: { value: draft.value },
    explanation: draft.explanation,
    evidence: draft.evidence,
    difficulty: computeDifficulty({
      distractorSimilarity: draft.similarity,
      sentencesNeeded: sentencesNeeded(draft.evidence),
      sourceInference: draft.sourceInference,
    }),
    tests: draft.tests,
  };
}
