// A student's way back to their own attempt once the quiz closes: the sha256 of a review token
// handed out once, with the result of submitAttempt. Table API, like the other migrations, so it
// runs on SQLite and PostgreSQL alike.
import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

export class AttemptReview1764716400000 implements MigrationInterface {
  name = 'AttemptReview1764716400000';

  async up(q: QueryRunner): Promise<void> {
    // Nullable: attempts stored before tokens existed have none, and no token can be made for them
    // after the fact (the student would never see it). NULLs never collide in a unique index.
    await q.addColumn('attempt', new TableColumn({ name: 'review_hash', type: 'varchar', length: '64', isNullable: true }));
    // Every review looks an attempt up by hash: unique, so one token names one attempt.
    await q.createIndex('attempt', new TableIndex({ name: 'ix_attempt_review_hash', columnNames: ['review_hash'], isUnique: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('attempt', 'ix_attempt_review_hash');
    await q.dropColumn('attempt', 'review_hash');
  }
}
