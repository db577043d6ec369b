// Quiz versions (issue 14 §1): an edit after students have answered freezes the version they
// answered and starts the next. The current version's questions stay in quiz_question; frozen
// ones are copied whole to quiz_version, and each attempt names the version it answered. Table
// API, like the other migrations, so it runs on SQLite and PostgreSQL alike.
import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';

export class QuizVersions1764802800000 implements MigrationInterface {
  name = 'QuizVersions1764802800000';

  async up(q: QueryRunner): Promise<void> {
    // Every quiz so far is its first version, never edited; every attempt answered that version.
    await q.addColumn('quiz', new TableColumn({ name: 'version', type: 'integer', default: 1 }));
    // Counts every stored edit, versioned or not: an attempt graded against one revision must not
    // be stored after an edit changed the questions under it.
    await q.addColumn('quiz', new TableColumn({ name: 'revision', type: 'integer', default: 0 }));
    await q.addColumn('attempt', new TableColumn({ name: 'quiz_version', type: 'integer', default: 1 }));
    await q.createTable(
      new Table({
        name: 'quiz_version',
        columns: [
          { name: 'quiz_id', type: 'integer', isPrimary: true },
          { name: 'version', type: 'integer', isPrimary: true },
          // The version's questions as JSON, in quiz order: a snapshot read whole, like quiz_question's.
          { name: 'questions', type: 'text' },
          { name: 'superseded_at', type: 'varchar', length: '24' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('quiz_version');
    await q.dropColumn('attempt', 'quiz_version');
    await q.dropColumn('quiz', 'revision');
    await q.dropColumn('quiz', 'version');
  }
}
