// The ids the API gives questions, options and items. The engine names options 'a', 'b', … and
// items 'L1', 'R1', … within their question, and a question keeps one id (its bank id) in every
// quiz that asks it. A normalised client cache (Apollo, Relay) merges objects by type and id, so
// those ids made every question's option 'a' one object, and a question asked by two quizzes one
// object, although each quiz balances answer positions and so may list its options in another
// order. In the API, then:
//   - a question in a quiz is `<quiz id>.<bank id>`; in Event.questionBank, its bank id;
//     `bankId` always gives the bank id (what generateQuiz.questionIds takes);
//   - an option or item is `<question id>.<key>`, `key` being the engine's own letter or label.
// Inputs take either form: `parseQuestionRef`/`partKey` turn them back into the engine's ids.
import { questionSkill, type ChoiceQuestion, type Item, type MatchingQuestion, type OrderingQuestion, type Question } from '../../domain/question';
import { BadInputError } from '../../errors';
import { toGlobalId } from '../common/globalId';
import { originOf, type QuestionOrigin } from '../../workspace/questionOrigin';
import { isShareQuestionId } from '../../attempts/shareQuestionIds';

/** A question as the API shows it: the engine's question with API ids, and its bank id. */
export type ApiQuestion = Question & { readonly bankId: string; readonly origin: QuestionOrigin };

/** The scope of a stored quiz's questions: its global id. */
export function quizScope(quizId: string | number): string {
  return toGlobalId('Quiz', quizId);
}

export function apiQuestionId(scope: string | null, bankId: string): string {
  return scope === null ? bankId : `${scope}.${bankId}`;
}

export function apiPartId(questionApiId: string, key: string): string {
  return `${questionApiId}.${key}`;
}

const withKey =
  (questionApiId: string) =>
  <T extends Item>(item: T): T & { key: string } => ({ ...item, id: apiPartId(questionApiId, item.id), key: item.id });

/** The question with every id it holds (its own, its options', its items', its answer's) in API form. */
export function withApiIds(question: Question, scope: string | null): ApiQuestion {
  return withQuestionApiId(question, apiQuestionId(scope, question.id));
}

/** As withApiIds, the question called `id`: a share names its questions so (attempts/shareQuestionIds.ts). */
export function withQuestionApiId(question: Question, id: string): ApiQuestion {
  const part = (key: string) => apiPartId(id, key);
  // Questions stored before skills existed get the skill their kind implies.
  const base = { bankId: question.id, id, skill: questionSkill(question), origin: originOf(question.id) };
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      return { ...question, ...base, options: question.options.map(withKey(id)), answer: { optionId: part(question.answer.optionId) } } as ChoiceQuestion & ApiQuestion;
    case 'MATCHING':
      return {
        ...question,
        ...base,
        left: question.left.map(withKey(id)),
        right: question.right.map(withKey(id)),
        answer: { pairs: question.answer.pairs.map((p) => ({ leftId: part(p.leftId), rightId: part(p.rightId) })) },
      } as MatchingQuestion & ApiQuestion;
    case 'ORDERING':
      return { ...question, ...base, items: question.items.map(withKey(id)), answer: { order: question.answer.order.map(part) } } as OrderingQuestion & ApiQuestion;
    default:
      return { ...question, ...base };
  }
}

/** The bank id in a question id of either form (`<quiz id>.<bank id>` or the bank id alone). */
export function bankIdOf(questionRef: string): string {
  const dot = questionRef.lastIndexOf('.');
  return dot < 0 ? questionRef : questionRef.slice(dot + 1);
}

/**
 * The bank id an educator's input names. The ids a share code gives students (`sq_…`) are refused
 * with a message that says so: they must never lead from a published quiz to its answers.
 */
export function educatorBankId(questionRef: string, field: string): string {
  if (isShareQuestionId(questionRef)) {
    throw new BadInputError(
      `${field} "${questionRef}" is a question id a share code gives students; it names nothing here. Use the quiz's own ids (Quiz.questions) or bank ids (Event.questionBank).`,
      [field],
    );
  }
  return bankIdOf(questionRef);
}

/** The key of the option or item a client sent, old form ('b') or new (`<question id>.b`). */
export function partKey(partRef: string, bankId: string, field: string): string {
  const dot = partRef.lastIndexOf('.');
  if (dot < 0) return partRef;
  // An id of another question's option would otherwise be taken for this question's option.
  if (bankIdOf(partRef.slice(0, dot)) !== bankId) throw new BadInputError(`${field} "${partRef.slice(0, 120)}" is not an option or item of question ${bankId}`, [field]);
  return partRef.slice(dot + 1);
}

/** The key of an option or item id the API gave (the part after the last dot). */
export function keyOfPartId(partId: string): string {
  return partId.slice(partId.lastIndexOf('.') + 1);
}

/** The fields of an answer that name a question, an option or items, in either form. */
export interface AnswerRefs {
  readonly questionId: string;
  readonly optionId?: string | null;
  readonly pairs?: readonly { readonly leftId: string; readonly rightId: string }[] | null;
  readonly order?: readonly string[] | null;
}

/** An answer with the engine's ids, so grading and storage (src/attempts) see what they always saw. */
export function withEngineIds<A extends AnswerRefs>(answer: A, index: number): A {
  const bankId = bankIdOf(answer.questionId);
  const field = (name: string) => `answers[${index}].${name}`;
  return {
    ...answer,
    questionId: bankId,
    ...(answer.optionId != null ? { optionId: partKey(answer.optionId, bankId, field('optionId')) } : {}),
    ...(answer.pairs != null
      ? { pairs: answer.pairs.map((p) => ({ leftId: partKey(p.leftId, bankId, field('pairs.leftId')), rightId: partKey(p.rightId, bankId, field('pairs.rightId')) })) }
      : {}),
    ...(answer.order != null ? { order: answer.order.map((id) => partKey(id, bankId, field('order'))) } : {}),
  };
}
