// Share codes in the store: publish (idempotent), unpublish, and look a live code up. Callers
// pass a quiz they have found (the resolvers load it to check who may change it).
import type { DataSource, EntityManager } from 'typeorm';
import { QuizShareRecord } from '../db/entities';
import { BadInputError } from '../errors';
import { ownerIdOf, type Actor } from './actor';
import { DEFAULT_ANSWER_REVEAL, type AnswerReveal } from './answerReveal';
import { newShareCode } from './shareCode';
import { newShareQuestionKey } from './shareQuestionIds';
import { isUniqueViolation } from './uniqueViolation';

export function liveShareOfQuiz(ds: DataSource, quizId: number): Promise<QuizShareRecord | null> {
  return ds.manager.findOneBy(QuizShareRecord, { liveQuizId: quizId });
}

export interface PublishOptions {
  readonly reveal?: AnswerReveal;
  readonly now?: Date;
  /** Where new codes come from; tests pass one that clashes. */
  readonly drawCode?: () => string;
}

/**
 * The quiz's live share, made if it has none. Two publishes racing, or a new code colliding with
 * an old one, trip a unique index (live_quiz_id or code); then the live share is read again (the
 * other publish made it) or a fresh code is drawn. Any other failure is rethrown at once:
 * retrying would only repeat it and hide the cause.
 *
 * A live share keeps the reveal it was published with: asking for another is refused rather than
 * applied, so a repeated publish that leaves the default cannot quietly hand out the answers of a
 * quiz published AFTER_CLOSE, and a stricter request is never silently ignored.
 */
export async function publishQuiz(ds: DataSource, quizId: number, actor: Actor | null, options: PublishOptions = {}): Promise<QuizShareRecord> {
  const { reveal = DEFAULT_ANSWER_REVEAL, now = new Date(), drawCode = newShareCode } = options;
  for (let tries = 0; tries < 5; tries++) {
    const live = await liveShareOfQuiz(ds, quizId);
    if (live && live.reveal !== reveal) {
      throw new BadInputError(`the quiz is live with reveal ${live.reveal}; unpublish it first to publish it with ${reveal}`);
    }
    if (live) return live;
    const share = { quizId, liveQuizId: quizId, code: drawCode(), ownerId: ownerIdOf(actor), createdAt: now.toISOString(), unpublishedAt: null, reveal, questionKey: newShareQuestionKey() };
    try {
      const inserted = await ds.manager.insert(QuizShareRecord, share);
      return { ...share, id: Number(inserted.identifiers[0]!.id) };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error(`could not publish quiz ${quizId}: the share table keeps refusing new codes`);
}

/** Stops the live code working. True when there was one. */
export async function unpublishQuiz(ds: DataSource, quizId: number, now: Date = new Date()): Promise<boolean> {
  const result = await ds.manager.update(QuizShareRecord, { liveQuizId: quizId }, { liveQuizId: null, unpublishedAt: now.toISOString() });
  return (result.affected ?? 0) > 0;
}

/** The live share with this (normalised) code, or null: unknown and unpublished look the same. */
export function liveShareByCode(ds: DataSource, code: string): Promise<QuizShareRecord | null> {
  return ds.manager
    .createQueryBuilder(QuizShareRecord, 's')
    .where('s.code = :code', { code })
    .andWhere('s.live_quiz_id IS NOT NULL')
    .getOne();
}

/**
 * Whether the share is still live, asked inside the transaction that stores an attempt and after
 * its insert, so no attempt lands once unpublishQuiz has returned. On SQLite the insert already
 * holds the database's one write lock, so no unpublish can commit before this transaction does.
 * On PostgreSQL FOR SHARE holds off a concurrent unpublish (its UPDATE waits for this commit) or,
 * if the unpublish got there first, waits for it and then sees the row as it left it.
 */
export async function isShareLive(em: EntityManager, shareId: number): Promise<boolean> {
  const query = em
    .createQueryBuilder(QuizShareRecord, 's')
    .select('s.id')
    .where('s.id = :shareId', { shareId })
    .andWhere('s.live_quiz_id IS NOT NULL');
  // SQLite has no row locks (TypeORM refuses the clause there) and needs none, as above.
  if (em.connection.driver.options.type === 'postgres') query.setLock('pessimistic_read');
  return (await query.getRawOne()) !== undefined;
}
