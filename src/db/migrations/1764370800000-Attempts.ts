// Share codes and graded attempts (issue 6). Table API, like the first migration, so it runs on
// SQLite and PostgreSQL alike.
import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable });
const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const double = (name: string): TableColumnOptions => ({ name, type: 'double precision' });
const index = (table: string, columns: string[], isUnique = false) =>
  new TableIndex({ name: `ix_${table}_${columns.join('_')}`, columnNames: columns, isUnique });

export class Attempts1764370800000 implements MigrationInterface {
  name = 'Attempts1764370800000';

  async up(q: QueryRunner): Promise<void> {
    const tables: [Table, TableIndex[]][] = [
      [
        new Table({
          name: 'quiz_share',
          columns: [id, int('quiz_id'), int('live_quiz_id', true), varchar('code', 16), int('owner_id', true),
            varchar('created_at', 24), varchar('unpublished_at', 24, true)],
        }),
        // live_quiz_id unique: at most one live code per quiz (NULLs, the unpublished, never collide).
        [index('quiz_share', ['code'], true), index('quiz_share', ['live_quiz_id'], true), index('quiz_share', ['quiz_id'])],
      ],
      [
        new Table({
          name: 'attempt',
          columns: [id, int('quiz_id'), int('share_id'), varchar('participant', 100), double('points'), int('max_points'),
            varchar('submitted_at', 24)],
        }),
        [index('attempt', ['quiz_id'])],
      ],
      [
        new Table({
          name: 'attempt_answer',
          columns: [{ ...int('attempt_id'), isPrimary: true }, { ...int('position'), isPrimary: true }, varchar('question_id', 64),
            { name: 'response', type: 'text', isNullable: true }, { name: 'correct', type: 'boolean' }, double('credit')],
        }),
        [],
      ],
    ];
    for (const [table, indices] of tables) {
      await q.createTable(table);
      for (const ix of indices) await q.createIndex(table.name, ix);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['attempt_answer', 'attempt', 'quiz_share']) await q.dropTable(name);
  }
}
