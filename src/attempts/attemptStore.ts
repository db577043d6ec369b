// Attempts in the store. An attempt and its answer rows are written in one transaction: a crash
// or a failed insert leaves neither, so counts and statistics never see half an attempt.
// The same transaction re-checks that the share is live, so closing a quiz really closes it.
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AttemptAnswerRecord, AttemptRecord, QuizRecord } from '../db/entities';
import type { StoredResponse } from '../db/entities/attempt';
import { AlreadySubmittedError, BadInputError, NotFoundError } from '../errors';
import { group } from '../events/group';
import { selectPage } from '../events/pages';
import type { Page, PageRequest } from '../paging/pagination';
import { participantKey } from './responses';
import { scoreOf, type GradedAnswer, type GradedAttempt, type Score } from './scoring';
import { isShareLive } from './shareStore';
import { isUniqueViolation } from './uniqueViolation';

export interface StoredAttempt {
  readonly id: number;
  readonly quizId: number;
  /** The share it was submitted at: whether that share is closed decides what a review shows. */
  readonly shareId: number;
  /** The version of the quiz it answered: its review and statistics use that version's questions. */
  readonly quizVersion: number;
  readonly participant: string;
  readonly submittedAt: string;
  readonly score: Score;
  readonly answers: readonly GradedAnswer[];
}

export interface NewAttempt {
  readonly quizId: number;
  readonly shareId: number;
  /** The quiz's version and revision the answers were graded against (StoredQuiz). */
  readonly quizVersion: number;
  readonly quizRevision: number;
  readonly participant: string;
  readonly submittedAt: string;
  readonly graded: GradedAttempt;
  /** sha256 of the review token handed to the student (reviewToken.ts); the token is never stored. */
  readonly reviewHash: string;
}

/**
 * Stores a graded attempt at a live share; NOT_FOUND, storing nothing, once the share is closed,
 * and BAD_USER_INPUT when the name has already submitted there. That second rule is the unique
 * index on (share_id, participant_key), not a look first: two submissions racing under one name
 * cannot both pass it.
 */
export async function saveAttempt(ds: DataSource, attempt: NewAttempt): Promise<StoredAttempt> {
  const { score, answers } = attempt.graded;
  const id = await ds.transaction(async (em) => {
    const inserted = await em.insert(AttemptRecord, {
      quizId: attempt.quizId,
      shareId: attempt.shareId,
      participant: attempt.participant,
      participantKey: participantKey(attempt.participant),
      points: score.points,
      maxPoints: score.maxPoints,
      submittedAt: attempt.submittedAt,
      reviewHash: attempt.reviewHash,
      quizVersion: attempt.quizVersion,
    }).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AlreadySubmittedError(`${attempt.participant} has already submitted this quiz: each name may submit once`, ['participant']);
      throw error;
    });
    const attemptId = Number(inserted.identifiers[0]!.id);
    // The code was live when the submission was checked, but the educator may have closed it
    // since; asked again here, where the answer cannot change before this commits.
    if (!(await isShareLive(em, attempt.shareId))) throw new NotFoundError('this quiz was closed before the answers arrived; nothing was stored');
    // Likewise the teacher may have edited the quiz since it was graded: stored, the attempt would
    // claim a version whose questions it did not answer.
    if (!(await isQuizRevision(em, attempt.quizId, attempt.quizRevision))) {
      throw new BadInputError('the teacher changed this quiz while you were answering; nothing was stored: open it again with the code');
    }
    // One multi-row INSERT: at most 100 questions × 6 columns, well under either database's limit.
    if (answers.length) {
      await em.insert(AttemptAnswerRecord, answers.map((a) => ({
        attemptId,
        position: a.position,
        questionId: a.questionId,
        response: a.response,
        correct: a.correct,
        credit: a.credit,
      })));
    }
    return attemptId;
  });
  return { id, quizId: attempt.quizId, shareId: attempt.shareId, quizVersion: attempt.quizVersion, participant: attempt.participant, submittedAt: attempt.submittedAt, score, answers };
}

function toStoredAttempt(r: AttemptRecord, answers: readonly AttemptAnswerRecord[]): StoredAttempt {
  return {
    id: r.id,
    quizId: r.quizId,
    shareId: r.shareId,
    quizVersion: r.quizVersion,
    participant: r.participant,
    submittedAt: r.submittedAt,
    score: scoreOf(Number(r.points), r.maxPoints),
    answers: answers.map((a) => ({
      position: a.position,
      questionId: a.questionId,
      response: a.response as StoredResponse | null,
      correct: Boolean(a.correct),
      credit: Number(a.credit),
    })),
  };
}

async function withAnswers(ds: DataSource, rows: readonly AttemptRecord[]): Promise<StoredAttempt[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // Chunked: a class can be large, and SQLite and PostgreSQL cap bound parameters per statement.
  const answers: AttemptAnswerRecord[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    answers.push(...(await ds.manager.find(AttemptAnswerRecord, { where: { attemptId: In(ids.slice(i, i + 500)) }, order: { attemptId: 'ASC', position: 'ASC' } })));
  }
  const byAttempt = group(answers, (a) => a.attemptId, (a) => a);
  return rows.map((r) => toStoredAttempt(r, byAttempt.get(r.id) ?? []));
}

/** A page of a quiz's attempts, in submission order, with their answers (two queries, not N + 1). */
export type AttemptOrderField = 'SCORE' | 'SUBMITTED_AT';
// Points, not percent: every attempt at one quiz has the same maximum.
const ATTEMPT_ORDER: Record<AttemptOrderField, string> = { SCORE: 'at.points', SUBMITTED_AT: 'at.submitted_at' };

export async function listAttempts(
  ds: DataSource,
  quizId: number,
  request: PageRequest,
  order: { field: AttemptOrderField; direction: 'ASC' | 'DESC' } | null = null,
): Promise<Page<StoredAttempt>> {
  const page = await selectPage(
    ds,
    { columns: 'at.id', from: 'attempt at', alias: 'at', conditions: [{ sql: 'at.quiz_id = ?', params: [quizId] }], order: order && { sql: ATTEMPT_ORDER[order.field], direction: order.direction } },
    request,
  );
  const ids = page.nodes.map((n) => n.id);
  const rows = ids.length ? await ds.manager.find(AttemptRecord, { where: { id: In(ids) } }) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { ...page, nodes: await withAnswers(ds, ids.flatMap((id) => byId.get(id) ?? [])) };
}

/** One attempt with its answers, or null when no attempt has this id. */
export async function attemptById(ds: DataSource, id: number): Promise<StoredAttempt | null> {
  const row = await ds.manager.findOneBy(AttemptRecord, { id });
  return row ? ((await withAnswers(ds, [row]))[0] ?? null) : null;
}

/**
 * The attempt a review token opens, by the token's hash, or null when none has it. The unique index
 * on review_hash makes this one indexed lookup, and one hash names at most one attempt.
 */
export async function attemptByReviewHash(ds: DataSource, reviewHash: string): Promise<StoredAttempt | null> {
  const row = await ds.manager.findOneBy(AttemptRecord, { reviewHash });
  return row ? ((await withAnswers(ds, [row]))[0] ?? null) : null;
}

/** Every attempt at a quiz (at one version of it, when given), in submission order: what the statistics are computed over. */
export async function allAttempts(ds: DataSource, quizId: number, quizVersion: number | null = null): Promise<StoredAttempt[]> {
  const where = quizVersion === null ? { quizId } : { quizId, quizVersion };
  return withAnswers(ds, await ds.manager.find(AttemptRecord, { where, order: { id: 'ASC' } }));
}

/**
 * Whether the quiz is still at this revision, asked inside the attempt's transaction after its
 * insert, as isShareLive is. On PostgreSQL FOR SHARE makes an edit's locking UPDATE wait for this
 * commit (the edit then counts the attempt and starts a new version), or, if the edit came first,
 * waits for it and reads the revision it left.
 */
async function isQuizRevision(em: EntityManager, quizId: number, revision: number): Promise<boolean> {
  const query = em.createQueryBuilder(QuizRecord, 'qz').select('qz.revision', 'revision').where('qz.id = :quizId', { quizId });
  if (em.connection.driver.options.type === 'postgres') query.setLock('pessimistic_read');
  const row = await query.getRawOne<{ revision: number | string }>();
  return row !== undefined && Number(row.revision) === revision;
}
