// Checking the kinds a caller asks for: GraphQL enums are strings at runtime, and a typo should be
// a clear message, not an empty quiz.
import { QUESTION_KINDS, type QuestionKind } from '../domain/question';
import { QuizInputError } from './errors';

export function checkKinds(kinds: readonly string[] | undefined): readonly QuestionKind[] {
  if (kinds === undefined) return QUESTION_KINDS;
  if (!Array.isArray(kinds)) throw new QuizInputError('kinds must be a list of question kinds');
  if (kinds.length === 0) throw new QuizInputError(`kinds must name at least one question kind (${QUESTION_KINDS.join(', ')})`);
  const unknown = kinds.filter((k) => !(QUESTION_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) {
    throw new QuizInputError(`unknown question kind${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}; use ${QUESTION_KINDS.join(', ')}`);
  }
  return [...new Set(kinds as readonly QuestionKind[])];
}
