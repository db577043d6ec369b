// A teacher's own questions in an event's question bank (issue 14 §1: imported "into the bank").
// Generated bank questions are computed from the facts and never stored; these are the teacher's,
// kept per key. Table API, like the other migrations, so it runs on SQLite and PostgreSQL alike.
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

export class BankQuestions1764975600000 implements MigrationInterface {
  name = 'BankQuestions1764975600000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'bank_question',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'event_id', type: 'integer' },
          { name: 'owner_id', type: 'integer' },
          { name: 'question_id', type: 'varchar', length: '64' },
          { name: 'question', type: 'text' },
          { name: 'created_at', type: 'varchar', length: '24' },
        ],
      }),
    );
    // One copy of a question per teacher and event: importing the same file twice adds nothing.
    await q.createIndex('bank_question', new TableIndex({ name: 'ix_bank_question_event_id_owner_id_question_id', columnNames: ['event_id', 'owner_id', 'question_id'], isUnique: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('bank_question');
  }
}
