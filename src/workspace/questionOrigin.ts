// Where a question in a quiz came from, read from its id. A generated question keeps the bank id
// the engine gave it; anything a teacher changed or brought gets a new id derived from its content,
// so a client cache never mistakes an edited question for the generated one it replaced (an old
// review and a new version may hold both), and the same question added twice is seen as one.
import type { Question } from '../domain/question';
import { hashString } from '../quiz';

export type QuestionOrigin = 'GENERATED' | 'EDITED' | 'OWN' | 'IMPORTED';

const PREFIX: Record<Exclude<QuestionOrigin, 'GENERATED'>, string> = { EDITED: 'edit-', OWN: 'own-', IMPORTED: 'imp-' };

export function originOf(questionId: string): QuestionOrigin {
  for (const [origin, prefix] of Object.entries(PREFIX)) if (questionId.startsWith(prefix)) return origin as QuestionOrigin;
  return 'GENERATED';
}

/** JSON with every object's keys sorted: the same content however its objects were built. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The question's content without its id, as one string: equal content, equal key. */
export function contentKey(question: Question): string {
  const { id: _id, ...content } = question;
  return canonicalJson(content);
}

/** `<prefix><20 hex>`: 25 characters at most, well inside the stored question_id's 64. */
export function workspaceQuestionId(origin: Exclude<QuestionOrigin, 'GENERATED'>, question: Question): string {
  const key = contentKey(question);
  const hex = hashString(key, 1).toString(16).padStart(14, '0') + hashString(key, 2).toString(16).padStart(14, '0');
  return `${PREFIX[origin]}${hex.slice(0, 20)}`;
}

export function withWorkspaceId<Q extends Question>(origin: Exclude<QuestionOrigin, 'GENERATED'>, question: Q): Q {
  return { ...question, id: workspaceQuestionId(origin, question) };
}
