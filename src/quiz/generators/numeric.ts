// NUMERIC: a figure to type. Where the text hedges ("around 10,000"), answers within a tolerance
// count, but the tolerance never reaches another figure the text gives for the same measure, so
// typing the other source's number is still wrong.
import type { Quantity } from '../../domain/facts';
import type { NumericQuestion, Question } from '../../domain/question';
import { cite, mergeEvidence, sentencesNeeded } from '../compose/evidence';
import { computeDifficulty } from '../difficulty';
import type { FactIndex } from '../facts/factIndex';
import { countsNamesThing, numberSimilarity, quantityAsWritten, quantityPrompt, roundToTwoFigures, sourcePhrase, unitHint, wrongValuesFromText } from '../facts/quantityText';
import { questionId } from '../questionId';
import { capitalize, formatNumber, unitFor } from '../text/format';
import { containsPhrase } from '../text/normalize';
import { numberForms } from '../text/numbers';

/** Share of the value accepted either side when the text says "around". */
export const APPROXIMATE_TOLERANCE = 0.1;

export function toleranceFor(index: FactIndex, q: Quantity): { value: number; tolerance: number } {
  if (q.valueMax !== null) return { value: (q.value + q.valueMax) / 2, tolerance: (q.valueMax - q.value) / 2 };
  if (!q.approximate) return { value: q.value, tolerance: 0 };
  let tolerance = roundToTwoFigures(q.value * APPROXIMATE_TOLERANCE);
  for (const other of wrongValuesFromText(index, q)) {
    const gap = Math.abs(other.value - q.value);
    // Keep every other figure strictly outside the accepted band.
    if (tolerance >= gap) tolerance = Math.max(0, Math.floor((gap - 1) / 2));
  }
  return { value: q.value, tolerance };
}

export function numericQuestion(index: FactIndex, q: Quantity): NumericQuestion | null {
  if (!countsNamesThing(q)) return null;
  const prompt = `${quantityPrompt(index, q)}${unitHint(q)}`;
  if (numberForms(q.value).some((f) => containsPhrase(prompt, f))) return null;
  const claim = q.claimId === null ? undefined : index.claims.get(q.claimId);
  const evidence = mergeEvidence([q.evidence], claim?.evidence.slice(0, 1) ?? []);
  const { value, tolerance } = toleranceFor(index, q);
  const source = sourcePhrase(index, q);
  const band = tolerance > 0 ? ` Answers within ${formatNumber(tolerance)} of ${formatNumber(value)} are accepted, because the article says “around”.` : '';
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
