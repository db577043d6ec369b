// Plain SQL for the reads every API request makes. On the representative event query TypeORM's
// find and QueryBuilder spent more CPU building SQL and turning rows into entities than the store
// spent answering; one statement text, prepared once and mapped straight to domain facts, does not.
// SQL is written once, with `?` placeholders (and no `?` anywhere else, not even in a literal).
import type { DataSource } from 'typeorm';

/** `?, ?, ?`: an IN list of n values. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** PostgreSQL numbers its placeholders: `?` → $1, $2, … */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * Rows as the driver returns them: SQLite gives booleans as 0/1; PostgreSQL gives COUNT as a
 * string and booleans as booleans. Columns come back under the names the SQL gives them.
 */
export function selectRows<R>(ds: DataSource, sql: string, params: readonly unknown[]): Promise<R[]> {
  return ds.query(ds.options.type === 'postgres' ? numberPlaceholders(sql) : sql, [...params]);
}
