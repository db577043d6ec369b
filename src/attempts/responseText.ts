// A student's response in words, for the results they see ("B. Kim Jong Un", "Third → First").
import type { StoredResponse } from '../db/entities/attempt';
import type { Question } from '../domain/question';
import { optionLetter } from '../export/answerText';

export function responseText(question: Question, response: StoredResponse | null): string | null {
  if (response === null) return null;
  if ('optionId' in response && 'options' in question) {
    const index = question.options.findIndex((o) => o.id === response.optionId);
    return `${optionLetter(index)}. ${question.options[index]?.text ?? response.optionId}`;
  }
  if ('booleanValue' in response) return response.booleanValue ? 'True' : 'False';
  if ('numberValue' in response) return question.kind === 'NUMERIC' && question.answer.unit ? `${response.numberValue} ${question.answer.unit}` : String(response.numberValue);
  if ('text' in response) return response.text;
  if ('pairs' in response && question.kind === 'MATCHING') {
    const text = (items: readonly { id: string; text: string }[], id: string) => items.find((i) => i.id === id)?.text ?? id;
    return response.pairs.map((p) => `${text(question.left, p.leftId)} – ${text(question.right, p.rightId)}`).join('; ');
  }
  if ('order' in response && question.kind === 'ORDERING') {
    return response.order.map((id) => question.items.find((i) => i.id === id)?.text ?? id).join(' → ');
  }
  return null;
}
