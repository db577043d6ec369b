// NUMERIC: a figure to type. Where the text hedges ("around 10,000"), answers within a tolerance
// count, but the tolerance never reaches another figure the text gives for the same measure, so
// typing the other source's number is still wrong.
import type { Quantity } from '../../domain/facts';
import type { NumericQuestion, Question } from '../../domain/question';
import { cite, mergeEvidence, sentencesNeeded } from '../compose/evidence';
import { computeDifficulty } from '../difficulty';
import type { FactIndex } from '../facts/factIndex';
import { askableFigure, HEDGE_TOLERANCE, hedgeBand, hedgeExplanation, numberSimilarity, quantityAsWritten, quantityPrompt, sourcePhrase, unitHint, wrongValuesFromText } from '../facts/quantityText';
import { questionId } from '../questionId';
import { capitalize, unitFor } from '../text/format';
import { containsPhrase } from '../text/normalize';
import { numberForms } from '../text/numbers';

/** Share of the value accepted either side when the text says "around". */
export const APPROXIMATE_TOLERANCE = HEDGE_TOLERANCE;

/**
 * The accepted band as value ± tolerance, from the hedge as written (hedgeBand), narrowed so that
 * every other figure the text gives for the same measure stays outside it.
 */
export function toleranceFor(index: FactIndex, q: Quantity): { value: number; tolerance: number; low: number; high: number } {
  let { low, high } = hedgeBand(q);
  for (const other of wrongValuesFromText(index, q)) {
    const x = other.value;
    if (x < low || x > high) continue;
    // The written figure stays in the band; the band is cut short of the other figure.
    if (x < q.value) low = Math.min(q.value, x + (Number.isInteger(x) ? 1 : 0.1));
    else if (x > q.value) high = Math.max(q.value, x - (Number.isInteger(x) ? 1 : 0.1));
    else return { value: q.value, tolerance: 0, low: q.value, high: q.value };
  }
  return { value: (low + high) / 2, tolerance: (high - low) / 2, low, high };
}

export function numericQuestion(index: FactIndex, q: Quantity): NumericQuestion | null {
  if (!askableFigure(index, q)) return null;
  const stem = quantityPrompt(index, q);
  if (stem === null) return null;
  const prompt = `${stem}${unitHint(q)}`;
  if (numberForms(q.value).some((f) => containsPhrase(prompt, f))) return null;
  const claim = q.claimId === null ? undefined : index.claims.get(q.claimId);
  const evidence = mergeEvidence([q.evidence], claim?.evidence.slice(0, 1) ?? []);
  const { value, tolerance, low, high } = toleranceFor(index, q);
  const source = sourcePhrase(index, q);
  const band = hedgeExplanation(q, { low, high });
  const nearest = wrongValuesFromText(index, q)[0];
  return {
    id: questionId('NUMERIC', [{ type: 'QUANTITY', id: q.id }], 'value'),
    kind: 'NUMERIC',
    prompt,
    answer: { value, tolerance, unit: unitFor(q.unit, value) },
    explanation: `${capitalize(source)} gives ${quantityAsWritten(q)}: ${cite(index, evidence)}.${band}`,
    evidence,
    difficulty: computeDifficulty({
      // The figure a reader may confuse it with is the nearest other figure of the same measure.
      distractorSimilarity: nearest === undefined ? 0 : numberSimilarity(q.value, nearest.value),
      sentencesNeeded: sentencesNeeded(evidence),
      sourceInference: false,
    }),
    tests: [{ type: 'QUANTITY', id: q.id }],
  };
}

export function numericQuestions(index: FactIndex): Question[] {
  return index.facts.quantities.map((q) => numericQuestion(index, q)).filter((q): q is NumericQuestion => q !== null);
}
