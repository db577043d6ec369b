// What a student sees of a question: the prompt and what to choose from, nothing that gives the
// answer away. Built as new objects (not the stored question behind a narrower GraphQL type) so
// an answer, explanation, rationale or evidence span never reaches the student resolvers at all.
import type { Item, Question, QuestionKind } from '../domain/question';

export interface StudentQuestionBase {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly prompt: string;
  /** 1, 2, … as printed. */
  readonly number: number;
}

export type StudentQuestion =
  | (StudentQuestionBase & { readonly shape: 'CHOICE'; readonly options: readonly Item[] })
  | (StudentQuestionBase & { readonly shape: 'TRUE_FALSE' })
  | (StudentQuestionBase & { readonly shape: 'NUMERIC'; readonly unit: string })
  | (StudentQuestionBase & { readonly shape: 'FILL_IN_THE_BLANK' })
  | (StudentQuestionBase & { readonly shape: 'MATCHING'; readonly left: readonly Item[]; readonly right: readonly Item[] })
  | (StudentQuestionBase & { readonly shape: 'ORDERING'; readonly items: readonly Item[] });

const item = (i: Item): Item => ({ id: i.id, text: i.text });

export function studentQuestion(question: Question, index: number): StudentQuestion {
  const base = { id: question.id, kind: question.kind, prompt: question.prompt, number: index + 1 };
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      // Published order: the order the engine shuffled them into, never re-sorted.
      return { ...base, shape: 'CHOICE', options: question.options.map(item) };
    case 'TRUE_FALSE':
      return { ...base, shape: 'TRUE_FALSE' };
    case 'NUMERIC':
      return { ...base, shape: 'NUMERIC', unit: question.answer.unit };
    case 'FILL_IN_THE_BLANK':
      return { ...base, shape: 'FILL_IN_THE_BLANK' };
    case 'MATCHING':
      return { ...base, shape: 'MATCHING', left: question.left.map(item), right: question.right.map(item) };
    case 'ORDERING':
      return { ...base, shape: 'ORDERING', items: question.items.map(item) };
  }
}
