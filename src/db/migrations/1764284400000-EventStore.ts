// The event store and stored quizzes. Written with TypeORM's Table API rather than raw SQL so the
// one migration runs on SQLite and PostgreSQL alike.
import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable });
const text = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const dateColumns = (prefix: string): TableColumnOptions[] => [
  text(`${prefix}_text`, true),
  varchar(`${prefix}_precision`, 16, true),
  varchar(`${prefix}_start`, 10, true),
  varchar(`${prefix}_end`, 10, true),
];
const createdAt = varchar('created_at', 24);
const index = (table: string, columns: string[], isUnique = false) =>
  new TableIndex({ name: `ix_${table}_${columns.join('_')}`, columnNames: columns, isUnique });

export class EventStore1764284400000 implements MigrationInterface {
  name = 'EventStore1764284400000';

  async up(q: QueryRunner): Promise<void> {
    const tables: [Table, TableIndex[]][] = [
      [
        new Table({
          name: 'article',
          columns: [id, text('title', true), text('outlet', true), text('url', true), varchar('published_at', 10, true),
            text('body'), text('sentences'), varchar('content_hash', 64), createdAt],
        }),
        [index('article', ['content_hash'], true)],
      ],
      [
        new Table({
          name: 'event',
          columns: [id, text('title'), text('summary'), ...dateColumns('date'), int('place_id', true), createdAt],
        }),
        [index('event', ['date_start'])],
      ],
      [
        new Table({
          name: 'event_article',
          columns: [{ ...int('event_id'), isPrimary: true }, { ...int('article_id'), isPrimary: true }],
        }),
        [index('event_article', ['article_id'])],
      ],
      [
        new Table({
          name: 'news_entity',
          columns: [id, varchar('kind', 16), text('name'), text('description', true), createdAt],
        }),
        [index('news_entity', ['kind'])],
      ],
      [
        new Table({
          name: 'entity_alias',
          columns: [id, int('entity_id'), text('alias'), text('normalized'), { name: 'is_alias', type: 'boolean' }],
        }),
        [index('entity_alias', ['entity_id']), index('entity_alias', ['normalized', 'entity_id'], true)],
      ],
      [
        new Table({ name: 'mention', columns: [id, int('entity_id'), int('article_id'), text('evidence')] }),
        [index('mention', ['entity_id']), index('mention', ['article_id'])],
      ],
      [
        new Table({
          name: 'claim',
          columns: [id, int('event_id'), int('article_id'), int('speaker_id', true), int('via_id', true), text('paraphrase'),
            text('quote', true), varchar('standing', 24), varchar('modality', 16), ...dateColumns('date'),
            int('place_id', true), int('responds_to_id', true), text('evidence')],
        }),
        [index('claim', ['event_id']), index('claim', ['article_id']), index('claim', ['speaker_id']),
          index('claim', ['standing']), index('claim', ['responds_to_id'])],
      ],
      [
        new Table({
          name: 'claim_subject',
          columns: [{ ...int('claim_id'), isPrimary: true }, { ...int('entity_id'), isPrimary: true }, int('position')],
        }),
        [index('claim_subject', ['entity_id'])],
      ],
      [
        new Table({
          name: 'quantity',
          columns: [id, int('event_id'), int('article_id'), int('claim_id', true), { name: 'value', type: 'double precision' },
            { name: 'value_max', type: 'double precision', isNullable: true }, { name: 'approximate', type: 'boolean' },
            text('unit'), varchar('measure', 16), text('counts'), int('source_id', true), text('evidence')],
        }),
        [index('quantity', ['event_id']), index('quantity', ['claim_id'])],
      ],
      [
        new Table({
          name: 'relation',
          columns: [id, int('event_id'), int('article_id'), varchar('kind', 16), int('subject_id'), int('object_id'),
            text('description'), ...dateColumns('date'), text('evidence')],
        }),
        [index('relation', ['event_id']), index('relation', ['subject_id']), index('relation', ['object_id'])],
      ],
      [
        new Table({
          name: 'timeline_entry',
          columns: [id, int('event_id'), int('article_id'), text('label'), ...dateColumns('date'), int('sequence'),
            text('actor_ids'), text('evidence')],
        }),
        [index('timeline_entry', ['event_id'])],
      ],
      [
        new Table({
          name: 'quiz',
          columns: [id, int('event_id'), int('owner_id', true), text('title'), text('seed'), int('requested_count'),
            text('kinds'), varchar('difficulty', 8, true), text('warnings'), createdAt],
        }),
        [index('quiz', ['event_id']), index('quiz', ['owner_id'])],
      ],
      [
        new Table({
          name: 'quiz_question',
          columns: [{ ...int('quiz_id'), isPrimary: true }, { ...int('position'), isPrimary: true },
            varchar('question_id', 64), text('question')],
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
    for (const name of ['quiz_question', 'quiz', 'timeline_entry', 'relation', 'quantity', 'claim_subject', 'claim',
      'mention', 'entity_alias', 'news_entity', 'event_article', 'event', 'article']) {
      await q.dropTable(name);
    }
  }
}
