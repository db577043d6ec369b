// API keys (issue 7, access). Table API, like the other migrations, so it runs on SQLite and
// PostgreSQL alike. Only a hash of each secret is stored; the secret is shown once when made.
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

export class ApiKeys1764457200000 implements MigrationInterface {
  name = 'ApiKeys1764457200000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'api_key',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'key_hash', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'varchar', length: '24' },
          { name: 'revoked_at', type: 'varchar', length: '24', isNullable: true },
        ],
      }),
    );
    // Every request with a key looks it up by hash: unique, so one secret names one key.
    await q.createIndex('api_key', new TableIndex({ name: 'ix_api_key_key_hash', columnNames: ['key_hash'], isUnique: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('api_key');
  }
}
