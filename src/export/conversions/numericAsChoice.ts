// NUMERIC -> multiple choice, only where that is exact: an answer with no tolerance, so the right
// option is the figure itself and no wrong option can fall inside the accepted range.
import type { NumericQuestion } from '../../domain/question';
import { readableNumber } from '../text/numbers';
import type { ChoiceItem, ChoiceItemOption } from './choiceItem';
import { insertAt, stablePosition } from './position';

/** Half, one and a half times, and double: far enough apart that a careful reader can tell. */
const DISTRACTOR_FACTORS = [0.5, 1.5, 2];

function withUnit(value: number, unit: string): string {
  return unit === '' ? readableNumber(value) : `${readableNumber(value)} ${unit}`;
}

export function numericAsChoice(question: NumericQuestion): ChoiceItem | null {
  const { value, tolerance, unit } = question.answer;
  if (tolerance !== 0 || value === 0 || !Number.isFinite(value)) return null;
  const whole = Number.isInteger(value);
  const distractors = [...new Set(DISTRACTOR_FACTORS.map((f) => (whole ? Math.round(value * f) : value * f)))].filter(
    (candidate) => candidate !== value,
  );
  const wrong: ChoiceItemOption[] = distractors.map((d) => ({ text: withUnit(d, unit), correct: false, rationale: '' }));
  const right: ChoiceItemOption = { text: withUnit(value, unit), correct: true, rationale: '' };
  return {
    questionId: question.id,
    id: question.id,
    prompt: question.prompt,
    options: insertAt(wrong, stablePosition(question.id, wrong.length + 1), right),
    explanation: question.explanation,
    evidence: question.evidence,
  };
}
