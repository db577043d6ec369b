// Rule: a question does not give its own answer away: the prompt does not contain the answer (any
// name of it, any way of writing the figure), and a matching item does not name its own partner.
import type { Question } from '../../domain/question';
import type { FactIndex } from '../facts/factIndex';
import { containsPhrase } from '../text/normalize';
import { answerTexts } from './answerTexts';
import type { QuestionRule } from './types';

function check(question: Question, index: FactIndex): string[] {
  const problems: string[] = [];
  for (const text of answerTexts(question, index)) {
    if (containsPhrase(question.prompt, text)) problems.push(`the prompt contains the answer “${text}”`);
  }
  if (question.kind === 'MATCHING') {
    for (const pair of question.answer.pairs) {
      const left = question.left.find((l) => l.id === pair.leftId);
      const right = question.right.find((r) => r.id === pair.rightId);
      const entity = left === undefined ? undefined : index.entitiesNamed(left.text)[0];
      if (entity !== undefined && right !== undefined && index.namesOf(entity).some((n) => containsPhrase(right.text, n))) {
        problems.push(`the item “${right.text}” names its own match ${entity.name}`);
      }
    }
  }
  return problems;
}

export const noSelfGiveaway: QuestionRule = { name: 'no-self-giveaway', check };
