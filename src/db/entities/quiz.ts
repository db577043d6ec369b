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
}

/** A question as generated: a snapshot, so later changes to the engine never alter a given quiz. */
@Entity('quiz_question')
export class QuizQuestionRecord {
  @PrimaryColumn('integer', { name: 'quiz_id' }) quizId!: number;
  @PrimaryColumn('integer') position!: number;
  @Column('varchar', { name: 'question_id', length: 64 }) questionId!: string;
  @Column('simple-json') question!: Question;
}
