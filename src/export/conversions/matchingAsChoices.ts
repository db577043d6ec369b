// MATCHING -> one multiple choice per left item, offering every right item.
import type { MatchingQuestion } from '../../domain/question';
import type { ChoiceItem } from './choiceItem';

export function matchingAsChoices(question: MatchingQuestion): ChoiceItem[] {
  return question.left.map((left, index) => {
    const rightId = question.answer.pairs.find((pair) => pair.leftId === left.id)?.rightId;
    return {
      questionId: question.id,
      id: `${question.id}-${index + 1}`,
      prompt: `${question.prompt} — ${left.text}`,
      options: question.right.map((right) => ({ text: right.text, correct: right.id === rightId, rationale: '' })),
      explanation: question.explanation,
      evidence: question.evidence,
    };
  });
}
