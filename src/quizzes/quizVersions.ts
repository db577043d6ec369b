// A quiz's versions in the store. The current one is the quiz itself (quiz_question); versions
// students answered before an edit superseded them are frozen in quiz_version, read whole.
import { In, type DataSource } from 'typeorm';
import { AttemptRecord, QuizVersionRecord } from '../db/entities';
import type { Question } from '../domain/question';
import type { StoredQuiz } from './storedQuiz';

export interface QuizVersion {
  readonly number: number;
  readonly questions: readonly Question[];
  /** When an edit replaced it; null for the current version. */
  readonly supersededAt: string | null;
  readonly attemptCount: number;
}

/** The quiz as it stood at each version asked for, in the order asked; null for a version it never had. */
export async function quizAtVersions(ds: DataSource, quiz: StoredQuiz, versions: readonly number[]): Promise<(StoredQuiz | null)[]> {
  const frozen = [...new Set(versions.filter((v) => v !== quiz.version))];
  const rows = frozen.length ? await ds.manager.find(QuizVersionRecord, { where: { quizId: Number(quiz.id), version: In(frozen) } }) : [];
  const byVersion = new Map(rows.map((r) => [r.version, r]));
  return versions.map((v) => {
    if (v === quiz.version) return quiz;
    const row = byVersion.get(v);
    return row ? { ...quiz, version: v, questions: row.questions } : null;
  });
}

export async function quizAtVersion(ds: DataSource, quiz: StoredQuiz, version: number): Promise<StoredQuiz | null> {
  return (await quizAtVersions(ds, quiz, [version]))[0] ?? null;
}

/** Every version of the quiz, oldest first, with how many attempts answered each. */
export async function quizVersions(ds: DataSource, quiz: StoredQuiz): Promise<QuizVersion[]> {
  const quizId = Number(quiz.id);
  const [rows, counts] = await Promise.all([
    ds.manager.find(QuizVersionRecord, { where: { quizId }, order: { version: 'ASC' } }),
    ds.manager
      .createQueryBuilder(AttemptRecord, 'a')
      .select('a.quiz_version', 'version')
      .addSelect('COUNT(*)', 'n')
      .where('a.quiz_id = :quizId', { quizId })
      .groupBy('a.quiz_version')
      .getRawMany<{ version: number | string; n: number | string }>(),
  ]);
  const attempts = new Map(counts.map((c) => [Number(c.version), Number(c.n)]));
  return [
    ...rows.map((r) => ({ number: r.version, questions: r.questions, supersededAt: r.supersededAt, attemptCount: attempts.get(r.version) ?? 0 })),
    { number: quiz.version, questions: quiz.questions, supersededAt: null, attemptCount: attempts.get(quiz.version) ?? 0 },
  ];
}
