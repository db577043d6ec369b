// Rule: a false true/false statement must be contradicted by the text, not merely absent from it.
// "Vladimir Putin did not back Zelensky's claims" is keyed false only because the text says nothing
// of Putin; a careful reader cannot prove it false, so a negative statement must be about someone
// the tested facts involve.
import type { Question } from '../../domain/question';
import { statementOfPrompt } from '../compose/trueFalseQuestion';
import type { FactIndex } from '../facts/factIndex';
import { contentTokens, normalizeName } from '../text/normalize';
import { entitiesOf } from './support';
import type { QuestionRule } from './types';

/** The entity a statement opens with, by its longest name ("South Korea’s spy agency", not "South Korea"). */
export function openingEntity(index: FactIndex, statement: string): { id: string; name: string } | undefined {
  const text = `${normalizeName(statement)} `;
  let best: { id: string; name: string; length: number } | undefined;
  for (const e of index.facts.entities) {
    for (const n of index.namesOf(e)) {
      const key = normalizeName(n);
      if (key !== '' && text.startsWith(`${key} `) && (best === undefined || key.length > best.length)) best = { id: e.id, name: n, length: key.length };
    }
  }
  return best === undefined ? undefined : { id: best.id, name: best.name };
}

function check(question: Question, index: FactIndex): string[] {
  if (question.kind !== 'TRUE_FALSE' || question.answer.value) return [];
  const statement = statementOfPrompt(question.prompt);
  if (!contentTokens(statement).some((t) => t.startsWith('not_'))) return [];
  const subject = openingEntity(index, statement);
  if (subject === undefined || entitiesOf(index, question.tests).has(subject.id)) return [];
  return [`the false statement is a negation about ${subject.name}, whom the tested facts do not involve: the text's silence does not make it false`];
}

export const noFalseBySilence: QuestionRule = { name: 'no-false-by-silence', check };
