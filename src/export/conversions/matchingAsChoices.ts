// MATCHING -> one multiple choice per left item, offering the right items. A format that allows
// fewer options (Kahoot, Blooket, Gimkit: four) gets the right match and the first others in
// order: each other right item is provably wrong for this left item, since it is not its pair.
import type { MatchingQuestion } from '../../domain/question';
import type { ChoiceItem } from './choiceItem';
import { insertAt, stablePosition } from './position';

export function matchingAsChoices(question: MatchingQuestion, maxOptions = Number.POSITIVE_INFINITY): ChoiceItem[] {
  return question.left.map((left, index) => {
    const rightId = question.answer.pairs.find((pair) => pair.leftId === left.id)?.rightId;
    const id = `${question.id}-${index + 1}`;
    const all = question.right.map((right) => ({ text: right.text, correct: right.id === rightId, rationale: '' }));
    // Within the limit every right item is offered, in the question's own order.
    const options =
      all.length <= maxOptions || !all.some((o) => o.correct)
        ? all
        : insertAt(
            // The other lefts' matches first (the plausible ones), then unpaired right items.
            rankedWrong(question, rightId).slice(0, maxOptions - 1).map((right) => ({ text: right.text, correct: false, rationale: '' })),
            stablePosition(id, maxOptions),
            { text: question.right.find((r) => r.id === rightId)?.text ?? '', correct: true, rationale: '' },
          );
    return { questionId: question.id, id, prompt: `${question.prompt} — ${left.text}`, options, explanation: question.explanation, evidence: question.evidence };
  });
}

function rankedWrong(question: MatchingQuestion, rightId: string | undefined): MatchingQuestion['right'][number][] {
  const paired = new Set(question.answer.pairs.map((p) => p.rightId));
  const wrong = question.right.filter((r) => r.id !== rightId);
  return [...wrong.filter((r) => paired.has(r.id)), ...wrong.filter((r) => !paired.has(r.id))];
}
