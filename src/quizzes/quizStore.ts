// Quizzes in the store: saved whole in one transaction, read back by id or by event.
import { In, type DataSource } from 'typeorm';
import { QuizQuestionRecord, QuizRecord } from '../db/entities';
import type { Page, PageRequest } from '../paging/pagination';
import { selectPage, type Condition } from '../events/pages';
import type { StoredQuiz } from './storedQuiz';
import { group } from '../events/group';

export type NewQuiz = Omit<StoredQuiz, 'id' | 'version' | 'revision'>;

export async function saveQuiz(ds: DataSource, quiz: NewQuiz): Promise<StoredQuiz> {
  return ds.transaction(async (em) => {
    const inserted = await em.insert(QuizRecord, {
      eventId: Number(quiz.eventId),
      ownerId: quiz.ownerId === null ? null : Number(quiz.ownerId),
      title: quiz.title,
      seed: quiz.seed,
      requestedCount: quiz.requestedCount,
      kinds: [...quiz.kinds],
      difficulty: quiz.difficulty,
      warnings: [...quiz.warnings],
      createdAt: quiz.createdAt,
      version: 1,
      revision: 0,
    });
    const id = Number(inserted.identifiers[0]!.id);
    for (const [position, question] of quiz.questions.entries()) {
      await em.insert(QuizQuestionRecord, { quizId: id, position, questionId: question.id, question });
    }
    return { ...quiz, id: String(id), version: 1, revision: 0 };
  });
}

function toStoredQuiz(r: QuizRecord, questions: QuizQuestionRecord[]): StoredQuiz {
  return {
    id: String(r.id),
    eventId: String(r.eventId),
    ownerId: r.ownerId === null ? null : String(r.ownerId),
    title: r.title,
    seed: r.seed,
    requestedCount: r.requestedCount,
    kinds: r.kinds,
    difficulty: r.difficulty,
    warnings: r.warnings,
    createdAt: r.createdAt,
    questions: questions.map((q) => q.question),
    version: r.version,
    revision: r.revision,
  };
}

export async function quizzesById(ds: DataSource, ids: readonly number[]): Promise<(StoredQuiz | null)[]> {
  const [quizzes, questions] = await Promise.all([
    ds.manager.find(QuizRecord, { where: { id: In([...ids]) } }),
    ds.manager.find(QuizQuestionRecord, { where: { quizId: In([...ids]) }, order: { quizId: 'ASC', position: 'ASC' } }),
  ]);
  const questionsOf = group(questions, (q) => q.quizId, (q) => q);
  const byId = new Map(quizzes.map((q) => [q.id, toStoredQuiz(q, questionsOf.get(q.id) ?? [])]));
  return ids.map((id) => byId.get(id) ?? null);
}

export interface QuizFilter {
  readonly eventId?: number | null;
  readonly ownerId?: number | null;
}

/** A page of quiz ids, oldest first; the caller loads the quizzes it shows. */
export type QuizOrderField = 'CREATED_AT' | 'TITLE';
const QUIZ_ORDER: Record<QuizOrderField, string> = { CREATED_AT: 'qz.created_at', TITLE: 'LOWER(qz.title)' };

export function listQuizzes(
  ds: DataSource,
  filter: QuizFilter,
  request: PageRequest,
  order: { field: QuizOrderField; direction: 'ASC' | 'DESC' } | null = null,
): Promise<Page<{ id: number }>> {
  const conditions: Condition[] = [];
  if (filter.eventId != null) conditions.push({ sql: 'qz.event_id = ?', params: [filter.eventId] });
  if (filter.ownerId != null) conditions.push({ sql: 'qz.owner_id = ?', params: [filter.ownerId] });
  return selectPage(ds, { columns: 'qz.id', from: 'quiz qz', alias: 'qz', conditions, order: order && { sql: QUIZ_ORDER[order.field], direction: order.direction } }, request);
}

/** A quiz's id and owner: enough to decide who may see it before loading it. */
export interface QuizOwnership {
  readonly id: number;
  readonly ownerId: number | null;
}

export async function quizOwnershipsByEvent(ds: DataSource, eventIds: readonly number[]): Promise<QuizOwnership[][]> {
  const rows = await ds.manager.find(QuizRecord, {
    where: { eventId: In([...eventIds]) },
    select: { id: true, eventId: true, ownerId: true },
    order: { id: 'ASC' },
  });
  const byEvent = group(rows, (r) => r.eventId, (r): QuizOwnership => ({ id: r.id, ownerId: r.ownerId }));
  return eventIds.map((id) => byEvent.get(id) ?? []);
}
