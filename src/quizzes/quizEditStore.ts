// Storing an edit to a quiz, in one transaction: the quiz row is locked first, the edit applied to
// the questions as they are under that lock, and, when students have answered the current
// version, that version frozen in quiz_version before the next one is written. A refused edit
// rolls back whole: nothing half-written.
import type { DataSource, EntityManager } from 'typeorm';
import { AttemptRecord, QuizQuestionRecord, QuizRecord, QuizVersionRecord } from '../db/entities';
import type { EventFacts } from '../domain/facts';
import { NotFoundError } from '../errors';
import { applyQuizEdit, type EditOutcome, type QuizEdit } from '../workspace/quizEdit';
import { needsNewVersion } from '../workspace/versioning';
import { quizzesById } from './quizStore';
import type { StoredQuiz } from './storedQuiz';

export interface StoredEdit {
  readonly quiz: StoredQuiz;
  readonly outcome: EditOutcome;
  /** Whether the edit froze the version students had answered and started a new one. */
  readonly newVersion: boolean;
}

/** Thrown inside the transaction to roll back the revision bump of an edit that changes nothing. */
class Unchanged extends Error {
  constructor(readonly outcome: EditOutcome) {
    super('unchanged');
  }
}

/**
 * The first statement writes the quiz row (revision + 1): on SQLite that takes the database's one
 * write lock, on PostgreSQL the row's lock, so a concurrent edit waits, and an attempt being
 * stored either commits first (and is counted below, making a new version) or finds the revision
 * moved and is refused (attempts/attemptStore.ts). Counting before the lock could miss it.
 */
async function lockQuiz(em: EntityManager, quizId: number): Promise<QuizRecord> {
  await em.createQueryBuilder().update(QuizRecord).set({ revision: () => 'revision + 1' }).where('id = :quizId', { quizId }).execute();
  const row = await em.findOneBy(QuizRecord, { id: quizId });
  if (!row) throw new NotFoundError(`no quiz with id ${quizId}`);
  return row;
}

export async function storeQuizEdit(ds: DataSource, quizId: number, facts: EventFacts, edit: QuizEdit, now: Date = new Date()): Promise<StoredEdit> {
  let newVersion = false;
  let outcome: EditOutcome;
  try {
    outcome = await ds.transaction(async (em) => {
      const row = await lockQuiz(em, quizId);
      const current = await em.find(QuizQuestionRecord, { where: { quizId }, order: { position: 'ASC' } });
      const result = applyQuizEdit(current.map((q) => q.question), edit, facts);
      if (!result.changed) throw new Unchanged(result);
      const answered = await em.countBy(AttemptRecord, { quizId, quizVersion: row.version });
      newVersion = needsNewVersion(result.changed, answered);
      if (newVersion) {
        await em.insert(QuizVersionRecord, { quizId, version: row.version, questions: current.map((q) => q.question), supersededAt: now.toISOString() });
        await em.update(QuizRecord, { id: quizId }, { version: row.version + 1 });
      }
      await em.delete(QuizQuestionRecord, { quizId });
      await em.insert(QuizQuestionRecord, result.questions.map((question, position) => ({ quizId, position, questionId: question.id, question })));
      return result;
    });
  } catch (error) {
    if (!(error instanceof Unchanged)) throw error;
    outcome = error.outcome;
  }
  const [quiz] = await quizzesById(ds, [quizId]);
  if (!quiz) throw new NotFoundError(`no quiz with id ${quizId}`);
  return { quiz, outcome, newVersion };
}
