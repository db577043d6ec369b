import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions, DefaultNamingStrategy, type Logger, NamingStrategyInterface } from 'typeorm';
import type { Database } from '../config';
import { records } from './entities';
import { migrations } from './migrations';
import { queueOnOneConnection } from './oneConnection';

/** The part of better-sqlite3's connection the options below use. */
interface SqliteConnection {
  pragma(source: string): unknown;
  function(name: string, options: { deterministic: boolean }, fn: (text: unknown) => unknown): unknown;
}

/** Embedded DateRef columns become date_text, date_start, … (TypeORM's default is dateText). */
class SnakeEmbeddedNaming extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    const name = customName || propertyName;
    return prefixes.length ? `${prefixes.join('_')}_${name}` : name;
  }
}

export function dataSourceOptions(database: Database, logger?: Logger): DataSourceOptions {
  const common = {
    entities: records,
    migrations,
    namingStrategy: new SnakeEmbeddedNaming(),
    synchronize: false,
    ...(logger ? { logger, logging: ['query' as const] } : { logging: false as const }),
  };
  if (database.kind === 'postgres') {
    return { ...common, type: 'postgres', url: database.url, extra: { max: 10 } };
  }
  if (database.path !== ':memory:') fs.mkdirSync(path.dirname(database.path), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.path,
    enableWAL: true,
    // Another process (backup, CLI ingest) may hold the write lock briefly: wait, don't fail.
    timeout: 5000,
    prepareDatabase: (db: SqliteConnection) => {
      db.pragma('synchronous = NORMAL');
      // SQLite's own lower() folds ASCII only, so a search for "élysée" missed "Élysée" here but
      // not on PostgreSQL. JavaScript's folding makes both stores answer alike.
      db.function('lower', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : text));
    },
  };
}

/** Opens the store and brings its schema up to date. */
export async function openDataSource(database: Database, logger?: Logger): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(database, logger));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  queueOnOneConnection(dataSource);
  return dataSource;
}
