// NUMERIC -> multiple choice, only where that is exact: an answer with no tolerance, so the right
// option is the figure itself and no wrong option can fall inside the accepted range.
import type { NumericQuestion } from '../../domain/question';
import { unitFor } from '../../quiz/text/format';
import { plainDecimal, readableNumber } from '../text/numbers';
import type { ChoiceItem, ChoiceItemOption } from './choiceItem';
import { insertAt, stablePosition } from './position';

/**
 * Half, one and a half times, and double: far enough apart that a careful reader can tell. Triple
 * stands in when one of them would be 1 (half of 2), so no option reads "1 soldiers".
 */
const DISTRACTOR_FACTORS = [0.5, 1.5, 2, 3];
const DISTRACTORS = 3;

function withUnit(value: number, unit: string): string {
  return unit === '' ? readableNumber(value) : `${readableNumber(value)} ${unit}`;
}

/** Words that make a figure a bound or an estimate: "more than 60", "as many as 50,000", "nearly 9". */
const HEDGE_BEFORE = /\b(?:more than|over|above|at least|upwards of|up to|as many as|at most|no more than|fewer than|less than|under|below|nearly|almost|about|around|roughly|approximately|some|close to|an estimated|estimated)\s*$/i;

/**
 * Whether the cited words hedge the figure. The engine widens a hedged figure into a tolerance, but
 * keeps 0 where another figure of the same measure sits at its edge; offered as a choice, "more
 * than 60" would make the wrong option 90 true. Read from the evidence, as the text words it.
 */
function hedgedInText(question: NumericQuestion): boolean {
  const { value } = question.answer;
  const forms = [...new Set([plainDecimal(value), readableNumber(value)])];
  return question.evidence.some((e) =>
    forms.some((form) => {
      for (let at = e.text.indexOf(form); at >= 0; at = e.text.indexOf(form, at + 1)) {
        if (HEDGE_BEFORE.test(e.text.slice(0, at))) return true;
      }
      return false;
    }),
  );
}

export function numericAsChoice(question: NumericQuestion): ChoiceItem | null {
  const { value, tolerance, unit } = question.answer;
  if (tolerance !== 0 || value === 0 || !Number.isFinite(value) || hedgedInText(question)) return null;
  const whole = Number.isInteger(value);
  // The answer's unit agrees with the answer (the engine writes "1 soldier", "2 soldiers"): a wrong
  // figure of 1 beside a plural unit would break the grammar, and so would a plural figure beside
  // the singular unit of an answer of 1, which takes the engine's own plural instead.
  const distractors = [...new Set(DISTRACTOR_FACTORS.map((f) => (whole ? Math.round(value * f) : value * f)))]
    .filter((candidate) => candidate !== value && candidate !== 1 && candidate !== 0)
    .slice(0, DISTRACTORS);
  const unitOf = (d: number): string => (unit === '' || value !== 1 ? unit : unitFor(unit, d));
  const wrong: ChoiceItemOption[] = distractors.map((d) => ({ text: withUnit(d, unitOf(d)), correct: false, rationale: '' }));
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
