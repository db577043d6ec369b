// TRUE_FALSE -> a two-option choice, for formats with no true/false item of their own.
import type { TrueFalseQuestion } from '../../domain/question';
import type { ChoiceItem } from './choiceItem';

export function trueFalseAsChoice(question: TrueFalseQuestion): ChoiceItem {
  return {
    questionId: question.id,
    id: question.id,
    prompt: question.prompt,
    options: [
      { text: 'True', correct: question.answer.value, rationale: '' },
      { text: 'False', correct: !question.answer.value, rationale: '' },
    ],
    explanation: question.explanation,
    evidence: question.evidence,
  };
}
