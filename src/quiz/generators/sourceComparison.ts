// SOURCE_COMPARISON (a source-and-standing question with skill SOURCE_COMPARISON): where two
// sources give different figures for the same thing, "whose figure is higher?". The options are
// sources: the one with the higher figure (the key), the one with the lower figure, and other
// sources the article quotes who give no figure for it (plainly wrong, but the same sort of answer).
import type { ChoiceQuestion, Question } from '../../domain/question';
import { choiceQuestion, type OptionDraft } from '../compose/choiceQuestion';
import { where } from '../compose/evidence';
import { differingFigures, type DifferingFigures } from '../facts/differingFigures';
import type { FactIndex } from '../facts/factIndex';
import { quantityAsWritten } from '../facts/quantityText';
import { capitalize } from '../text/format';
import { containsPhrase } from '../text/normalize';

/**
 * What both figures count, as the shorter wording both share: "North Korean troops" from "North
 * Korean troops being sent to Ukraine" and "North Korean troops in the four brigades …".
 */
export function sharedCounts(a: string, b: string): string {
  const [wa, wb] = [a, b].map((t) => t.trim().replace(/[.?]$/, '').split(/\s+/));
  const common: string[] = [];
  for (let i = 0; i < Math.min(wa.length, wb.length) && (wa[i] as string).toLowerCase() === (wb[i] as string).toLowerCase(); i++) common.push(wa[i] as string);
  while (common.length > 0 && /^(?:of|in|the|a|an|to|for|by|being|at|on|and)$/i.test(common[common.length - 1] as string)) common.pop();
  if (common.length >= 2) return common.join(' ');
  return (wa.length <= wb.length ? wa : wb).join(' ');
}

function comparisonQuestion(index: FactIndex, d: DifferingFigures): ChoiceQuestion | null {
  const counts = sharedCounts(d.higher.counts, d.lower.counts);
  const prompt = `Sources in the article give different figures for ${counts}. Whose figure is the higher one?`;
  const names = (id: string): string[] => {
    const e = index.entity(id);
    return e === undefined ? [] : index.namesOf(e);
  };
  if ([d.higherSource.id, d.lowerSource.id].some((id) => names(id).some((n) => containsPhrase(prompt, n)))) return null;
  const hi = quantityAsWritten(d.higher);
  const lo = quantityAsWritten(d.lower);
  const distractors: OptionDraft[] = [
    {
      text: capitalize(index.displayName(d.lowerSource)),
      rationale: `Wrong: ${index.displayName(d.lowerSource)} gives ${lo} ${where(index, [d.lower.evidence])}, less than ${index.displayName(d.higherSource)}’s ${hi} ${where(index, [d.higher.evidence])}.`,
      similarity: 0.8,
    },
  ];
  const taken = new Set([d.higherSource.id, d.lowerSource.id]);
  const tied = new Set([...index.linkedEntityIds(d.higherSource.id), ...index.linkedEntityIds(d.lowerSource.id)]);
  for (const id of index.speakerIds) {
    const by = index.entity(id);
    if (by === undefined || taken.has(id) || tied.has(id) || by.kind === 'GROUP') continue;
    if (index.facts.quantities.some((o) => o.sourceId === id && o.measure === d.higher.measure)) continue;
    if (names(id).some((n) => containsPhrase(prompt, n))) continue;
    taken.add(id);
    distractors.push({
      text: capitalize(index.displayName(by)),
      rationale: `Wrong: ${index.displayName(by)} gives no figure for ${counts} in the article.`,
      similarity: 0.3,
    });
  }
  const evidence = [d.higher.evidence, d.lower.evidence];
  return choiceQuestion({
    kind: 'SOURCE_AND_STANDING',
    skill: 'SOURCE_COMPARISON',
    variant: 'source-comparison:higher',
    prompt,
    correct: { text: capitalize(index.displayName(d.higherSource)), rationale: `Right: ${index.displayName(d.higherSource)} gives ${hi} ${where(index, [d.higher.evidence])}; ${index.displayName(d.lowerSource)} gives ${lo} ${where(index, [d.lower.evidence])}.` },
    distractors,
    explanation: `${capitalize(index.displayName(d.higherSource))} gives ${hi} ${where(index, [d.higher.evidence])}, ${index.displayName(d.lowerSource)} ${lo} ${where(index, [d.lower.evidence])}: the sources differ, and the article reports both.`,
    evidence,
    tests: [
      { type: 'QUANTITY', id: d.higher.id },
      { type: 'QUANTITY', id: d.lower.id },
      { type: 'ENTITY', id: d.higherSource.id },
    ],
    sourceInference: true,
  });
}

export function sourceComparisonQuestions(index: FactIndex): Question[] {
  return differingFigures(index)
    .map((d) => comparisonQuestion(index, d))
    .filter((q): q is ChoiceQuestion => q !== null);
}
