// Small lookups shared by the quiz tests.
import type { ChoiceQuestion, Question, QuestionKind } from '../../../src/domain/question';

export function ofKind<K extends QuestionKind>(questions: readonly Question[], kind: K): Extract<Question, { kind: K }>[] {
  return questions.filter((q): q is Extract<Question, { kind: K }> => q.kind === kind);
}

export function choiceQuestions(questions: readonly Question[]): ChoiceQuestion[] {
  return questions.filter((q): q is ChoiceQuestion => 'options' in q);
}

export function correctText(q: ChoiceQuestion): string {
  return q.options.find((o) => o.correct)?.text ?? '';
}

export function testsFact(q: Question, id: string): boolean {
  return q.tests.some((t) => t.id === id);
}
