// How a question's evidence is cited wherever a format has room for it.
import type { Evidence } from '../../domain/facts';
import type { SourceName } from './sourceNames';

/**
 * The number a reader sees for a sentence: the model counts from 0 (stored sentences always start
 * at index 0), people from 1. The passage in every format is numbered by this, and so are citations.
 */
export function sentenceNumber(sentenceIndex: number): number {
  return sentenceIndex + 1;
}

/**
 * “quote” — “Title” (Outlet, 17 Oct 2024), sentence 5. Sentence numbers are shown counting from
 * 1, as a reader counts; the model counts from 0. A dash, not parentheses, sets off the source,
 * because a titled source carries parentheses of its own.
 */
export function citation(evidence: Evidence, sourceName: SourceName): string {
  return `“${evidence.text}” — ${sourceName(evidence.articleId)}, sentence ${sentenceNumber(evidence.sentenceIndex)}`;
}

/** The explanation followed by every quoted piece of evidence, one per line. */
export function explanationWithEvidence(explanation: string, evidence: readonly Evidence[], sourceName: SourceName): string {
  const lines = [explanation];
  if (evidence.length > 0) lines.push(`Evidence: ${evidence.map((e) => citation(e, sourceName)).join('; ')}`);
  return lines.join('\n');
}
