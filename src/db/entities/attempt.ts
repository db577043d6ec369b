// Running a quiz: share codes that open it to students, and their graded attempts.
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { AnswerReveal } from '../../attempts/answerReveal';

/**
 * A quiz made public under a code. Unpublishing keeps the row (attempts point at it) but clears
 * `liveQuizId`: that column is unique, and NULLs never collide on SQLite or PostgreSQL, so the
 * database itself guarantees at most one live code per quiz, even when two publishes race.
 */
@Entity('quiz_share')
export class QuizShareRecord {
  @PrimaryGeneratedColumn('increment') id!: number;
  @Column('integer', { name: 'quiz_id' }) quizId!: number;
  @Column('integer', { name: 'live_quiz_id', nullable: true }) liveQuizId!: number | null;
  @Column('varchar', { length: 16 }) code!: string;
  /** The key that published it; null for shares published before keys existed. */
  @Column('integer', { name: 'owner_id', nullable: true }) ownerId!: number | null;
  @Column('varchar', { name: 'created_at', length: 24 }) createdAt!: string;
  @Column('varchar', { name: 'unpublished_at', length: 24, nullable: true }) unpublishedAt!: string | null;
  /** When students see the right answers (see attempts/answerReveal.ts). */
  @Column('varchar', { name: 'answer_reveal', length: 16, default: 'AFTER_SUBMISSION' }) reveal!: AnswerReveal;
  /**
   * The random key the ids students see are derived from (attempts/shareQuestionIds.ts). Every share
   * has one (the migration gave older shares theirs); nullable only because SQLite cannot add a NOT
   * NULL column without a default.
   */
  @Column('varchar', { name: 'question_key', length: 64, nullable: true }) questionKey!: string | null;
}

/** One student's submission, graded when it arrived; the score is kept so lists need no regrading. */
@Entity('attempt')
export class AttemptRecord {
  @PrimaryGeneratedColumn('increment') id!: number;
  @Column('integer', { name: 'quiz_id' }) quizId!: number;
  @Column('integer', { name: 'share_id' }) shareId!: number;
  @Column('varchar', { length: 100 }) participant!: string;
  /**
   * The name normalised (attempts/responses.ts participantKey), unique per share: one attempt per
   * student. Null only for duplicates stored before the rule existed, which NULL lets coexist.
   */
  @Column('varchar', { name: 'participant_key', length: 400, nullable: true }) participantKey!: string | null;
  @Column('double precision') points!: number;
  @Column('integer', { name: 'max_points' }) maxPoints!: number;
  @Column('varchar', { name: 'submitted_at', length: 24 }) submittedAt!: string;
  /**
   * sha256 (hex) of the review token the student was given on submitting (attempts/reviewToken.ts);
   * never the token itself. Null for attempts stored before review tokens existed.
   */
  @Column('varchar', { name: 'review_hash', length: 64, nullable: true }) reviewHash!: string | null;
  /** The version of the quiz it answered (quiz.version when it was graded). */
  @Column('integer', { name: 'quiz_version', default: 1 }) quizVersion!: number;
}

/** One row per question of the quiz, answered or not, so statistics count blanks as wrong. */
@Entity('attempt_answer')
export class AttemptAnswerRecord {
  @PrimaryColumn('integer', { name: 'attempt_id' }) attemptId!: number;
  /** The question's position in the quiz. */
  @PrimaryColumn('integer') position!: number;
  @Column('varchar', { name: 'question_id', length: 64 }) questionId!: string;
  /** The response as given (see attempts/responses.ts); null when unanswered. */
  @Column('simple-json', { nullable: true }) response!: StoredResponse | null;
  @Column('boolean') correct!: boolean;
  @Column('double precision') credit!: number;
}

/** A response as stored: the answer field the student filled, by name. */
export type StoredResponse =
  | { readonly optionId: string }
  | { readonly booleanValue: boolean }
  | { readonly numberValue: number }
  | { readonly text: string }
  | { readonly pairs: readonly { readonly leftId: string; readonly rightId: string }[] }
  | { readonly order: readonly string[] };
