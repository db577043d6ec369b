// A submission's answers checked against the quiz before anything is graded or stored: every
// mistake a client can make is found here and reported in words, so a bad submission stores nothing.
import type { StoredResponse } from '../db/entities/attempt';
import type { Question } from '../domain/question';
import { BadInputError } from '../errors';
import type { QuestionResponse } from '../quiz';
import { cleanParticipantName } from './participantName';

/** One answer as the API receives it: the question and exactly one answer field. */
export interface AnswerSubmission {
  readonly questionId: string;
  readonly optionId?: string | null;
  readonly booleanValue?: boolean | null;
  readonly numberValue?: number | null;
  readonly text?: string | null;
  readonly pairs?: readonly { readonly leftId: string; readonly rightId: string }[] | null;
  readonly order?: readonly string[] | null;
}

export const MAX_PARTICIPANT_LENGTH = 100;
export const MAX_TEXT_ANSWER_LENGTH = 500;

const ANSWER_FIELDS = ['optionId', 'booleanValue', 'numberValue', 'text', 'pairs', 'order'] as const;
type AnswerField = (typeof ANSWER_FIELDS)[number];

const fieldOfKind: Record<Question['kind'], AnswerField> = {
  MULTIPLE_CHOICE: 'optionId',
  WHO_SAID_IT: 'optionId',
  SOURCE_AND_STANDING: 'optionId',
  TRUE_FALSE: 'booleanValue',
  NUMERIC: 'numberValue',
  FILL_IN_THE_BLANK: 'text',
  MATCHING: 'pairs',
  ORDERING: 'order',
};

export { participantKey } from './participantName';

/** The participant's name, cleaned (participantName.ts); empty or over 100 characters is refused. */
export function checkParticipant(name: string): string {
  const trimmed = cleanParticipantName(name);
  if (trimmed === '') throw new BadInputError('participant must not be empty: give a name or a nickname');
  if ([...trimmed].length > MAX_PARTICIPANT_LENGTH) {
    throw new BadInputError(`participant must be at most ${MAX_PARTICIPANT_LENGTH} characters`);
  }
  return trimmed;
}

function distinct(ids: readonly string[]): boolean {
  return new Set(ids).size === ids.length;
}

/** Checks one answer's content against its question: ids it names must be the question's own. */
function responseOf(question: Question, answer: AnswerSubmission, label: string): StoredResponse {
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING': {
      const optionId = answer.optionId!;
      if (!question.options.some((o) => o.id === optionId)) throw new BadInputError(`${label}: "${optionId}" is not one of its options`);
      return { optionId };
    }
    case 'TRUE_FALSE':
      return { booleanValue: answer.booleanValue! };
    case 'NUMERIC':
      return { numberValue: answer.numberValue! };
    case 'FILL_IN_THE_BLANK': {
      const text = answer.text!;
      if (text.length > MAX_TEXT_ANSWER_LENGTH) throw new BadInputError(`${label}: text must be at most ${MAX_TEXT_ANSWER_LENGTH} characters`);
      return { text };
    }
    case 'MATCHING': {
      const pairs = answer.pairs!;
      const lefts = new Set(question.left.map((i) => i.id));
      const rights = new Set(question.right.map((i) => i.id));
      for (const p of pairs) {
        if (!lefts.has(p.leftId)) throw new BadInputError(`${label}: "${p.leftId}" is not one of its left items`);
        if (!rights.has(p.rightId)) throw new BadInputError(`${label}: "${p.rightId}" is not one of its right items`);
      }
      if (!distinct(pairs.map((p) => p.leftId))) throw new BadInputError(`${label}: each left item may be matched once`);
      return { pairs: pairs.map((p) => ({ leftId: p.leftId, rightId: p.rightId })) };
    }
    case 'ORDERING': {
      const order = answer.order!;
      const items = new Set(question.items.map((i) => i.id));
      // A whole order, not a partial one: the partial-credit rule compares positions of every item.
      if (order.length !== items.size || !distinct(order) || !order.every((id) => items.has(id))) {
        throw new BadInputError(`${label}: order must list each of its ${items.size} items exactly once`);
      }
      return { order: [...order] };
    }
  }
}

/**
 * The answers by question id, or a BadInputError naming the first problem: an unknown question, a
 * second answer to one question, no answer field or more than one, a field of another kind.
 */
export function checkAnswers(questions: readonly Question[], answers: readonly AnswerSubmission[]): Map<string, StoredResponse> {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const responses = new Map<string, StoredResponse>();
  answers.forEach((answer, i) => {
    const label = `answers[${i}] (question ${answer.questionId})`;
    const question = byId.get(answer.questionId);
    if (!question) throw new BadInputError(`answers[${i}]: "${answer.questionId}" is not a question of this quiz`);
    if (responses.has(question.id)) throw new BadInputError(`${label}: the question is answered twice`);
    const given = ANSWER_FIELDS.filter((f) => answer[f] !== null && answer[f] !== undefined);
    const expected = fieldOfKind[question.kind];
    if (given.length !== 1) {
      throw new BadInputError(`${label}: give exactly one answer field (${expected} for a ${question.kind} question); got ${given.length}`);
    }
    if (given[0] !== expected) {
      throw new BadInputError(`${label}: a ${question.kind} question is answered with ${expected}, not ${given[0]}`);
    }
    responses.set(question.id, responseOf(question, answer, label));
  });
  return responses;
}

/** The stored response in the shape the engine grades. */
export function gradableResponse(response: StoredResponse): QuestionResponse {
  if ('booleanValue' in response) return { value: response.booleanValue };
  if ('numberValue' in response) return { value: response.numberValue };
  return response;
}
