import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { DifficultyLevel, Question, QuestionKind } from '../../domain/question';

@Entity('quiz')
export class QuizRecord {
  @PrimaryGeneratedColumn('increment') id!: number;
  @Column('integer', { name: 'event_id' }) eventId!: number;
  /** The API key that generated it; null for quizzes made without one (before access control). */
  @Column('integer', { name: 'owner_id', nullable: true }) ownerId!: number | null;
  @Column('text') title!: string;
  @Column('text') seed!: string;
  @Column('integer', { name: 'requested_count' }) requestedCount!: number;
  @Column('simple-json') kinds!: QuestionKind[];
  @Column('varchar', { length: 8, nullable: true }) difficulty!: DifficultyLevel | null;
  @Column('simple-json') warnings!: string[];
  @Column('varchar', { name: 'created_at', length: 24 }) createdAt!: string;
  /** The version quiz_question holds; earlier ones, once answered and then edited, are in quiz_version. */
  @Column('integer', { default: 1 }) version!: number;
  /** Stored edits so far, versioned or not: an attempt checks it to know its questions are still the quiz's. */
  @Column('integer', { default: 0 }) revision!: number;
}

/** A question as generated: a snapshot, so later changes to the engine never alter a given quiz. */
@Entity('quiz_question')
export class QuizQuestionRecord {
  @PrimaryColumn('integer', { name: 'quiz_id' }) quizId!: number;
  @PrimaryColumn('integer') position!: number;
  @Column('varchar', { name: 'question_id', length: 64 }) questionId!: string;
  @Column('simple-json') question!: Question;
}

/** A version students answered and an edit then superseded: its questions, frozen. */
@Entity('quiz_version')
export class QuizVersionRecord {
  @PrimaryColumn('integer', { name: 'quiz_id' }) quizId!: number;
  @PrimaryColumn('integer') version!: number;
  @Column('simple-json') questions!: Question[];
  @Column('varchar', { name: 'superseded_at', length: 24 }) supersededAt!: string;
}

/** A teacher's own question in an event's bank (imported); generated bank questions are never stored. Unique per (event, owner, question id). */
@Entity('bank_question')
export class BankQuestionRecord {
  @PrimaryGeneratedColumn('increment') id!: number;
  @Column('integer', { name: 'event_id' }) eventId!: number;
  @Column('integer', { name: 'owner_id' }) ownerId!: number;
  @Column('varchar', { name: 'question_id', length: 64 }) questionId!: string;
  @Column('simple-json') question!: Question;
  @Column('varchar', { name: 'created_at', length: 24 }) createdAt!: string;
}
