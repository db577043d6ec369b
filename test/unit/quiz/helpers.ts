// Small lookups shared by the quiz tests.
import type { ChoiceQuestion, Question, QuestionKind } from '../../../src/domain/question';

/** The questions of one kind, typed as that kind (a choice kind gives choice questions). */
export type QuestionOf<K extends QuestionKind> = Question & { readonly kind: K };

export function ofKind<K extends QuestionKind>(questions: readonly Question[], kind: K): QuestionOf<K>[] {
  return questions.filter((q): q is QuestionOf<K> => q.kind === kind);
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
