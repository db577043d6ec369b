// How a question's evidence is cited wherever a format has room for it.
import type { Evidence } from '../../domain/facts';

/** Sentence numbers are shown counting from 1, as a reader counts; the model counts from 0. */
export function citation(evidence: Evidence): string {
  return `“${evidence.text}” (article ${evidence.articleId}, sentence ${evidence.sentenceIndex + 1})`;
}

/** The explanation followed by every quoted piece of evidence, one per line. */
export function explanationWithEvidence(explanation: string, evidence: readonly Evidence[]): string {
  const lines = [explanation];
  if (evidence.length > 0) lines.push(`Evidence: ${evidence.map(citation).join('; ')}`);
  return lines.join('\n');
}
