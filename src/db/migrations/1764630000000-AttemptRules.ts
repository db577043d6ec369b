// One attempt per student and the educator's choice of when answers are shown (the blank-attempt
// answer-key leak). Table API, like the other migrations, so it runs on SQLite and PostgreSQL alike.
import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * A copy of attempts/responses.ts participantKey as it was when this migration was written, not an
 * import: a migration must do tomorrow exactly what it did today.
 */
function participantKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toUpperCase().toLowerCase();
}

export class AttemptRules1764630000000 implements MigrationInterface {
  name = 'AttemptRules1764630000000';

  async up(q: QueryRunner): Promise<void> {
    // Existing shares keep showing answers after submission, as they always did.
    await q.addColumn('quiz_share', new TableColumn({ name: 'answer_reveal', type: 'varchar', length: '16', default: "'AFTER_SUBMISSION'" }));
    await q.addColumn('attempt', new TableColumn({ name: 'participant_key', type: 'varchar', length: '400', isNullable: true }));

    // Keys computed here, not in SQL: lower() and collapsing spaces differ between the two databases.
    // The first attempt of each name at a share gets its key; later duplicates, stored before the
    // rule, keep NULL, which a unique index lets coexist, so no attempt is lost.
    const rows = (await q.query('SELECT id, share_id, participant FROM attempt ORDER BY id')) as { id: number; share_id: number; participant: string }[];
    // Raw SQL, not the AttemptRecord entity, which describes the schema of today; the driver
    // writes the placeholders ($1 on PostgreSQL, ? on SQLite).
    const p = (i: number) => q.connection.driver.createParameter(`p${i}`, i);
    const update = `UPDATE attempt SET participant_key = ${p(0)} WHERE id = ${p(1)}`;
    const seen = new Set<string>();
    for (const row of rows) {
      const key = participantKey(row.participant);
      const perShare = `${row.share_id}\u0000${key}`;
      if (seen.has(perShare)) continue;
      seen.add(perShare);
      await q.query(update, [key, row.id]);
    }
    await q.createIndex('attempt', new TableIndex({ name: 'ix_attempt_share_id_participant_key', columnNames: ['share_id', 'participant_key'], isUnique: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('attempt', 'ix_attempt_share_id_participant_key');
    await q.dropColumn('attempt', 'participant_key');
    await q.dropColumn('quiz_share', 'answer_reveal');
  }
}
