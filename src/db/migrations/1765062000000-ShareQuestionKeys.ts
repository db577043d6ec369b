// Each share gets the random key its students' question ids are derived from (issue 17 §2: the
// quiz's own ids let any educator key reach the answers). Shares published before get a key here,
// drawn in TypeScript so SQLite and PostgreSQL fill them alike; their students' ids change once,
// at the upgrade (a page open across it is refused with a clear error and loads again).
import { randomBytes } from 'node:crypto';
import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

export class ShareQuestionKeys1765062000000 implements MigrationInterface {
  name = 'ShareQuestionKeys1765062000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('quiz_share', new TableColumn({ name: 'question_key', type: 'varchar', length: '64', isNullable: true }));
    const rows: { id: number | string }[] = await q.query('SELECT id FROM quiz_share');
    for (const { id } of rows) {
      // Plain SQL, not the entity (a migration must not depend on today's entities), with the
      // values written in: a number, and base64url, whose alphabet holds no quote. Both drivers
      // take it as it is (their placeholders differ: ? and $1).
      const key = randomBytes(24).toString('base64url');
      await q.query(`UPDATE quiz_share SET question_key = '${key}' WHERE id = ${Number(id)}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('quiz_share', 'question_key');
  }
}
