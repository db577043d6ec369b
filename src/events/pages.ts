// Top-level lists: filtered, keyset-paginated on the stored id (insertion order), counted.
import type { DataSource } from 'typeorm';
import { pageFromRows, type Page, type PageRequest } from '../paging/pagination';
import { selectRows } from './selectRows';

/** One condition of a list's filter, with its `?` values in order. */
export interface Condition {
  readonly sql: string;
  readonly params: readonly unknown[];
}

export interface ListQuery {
  /** What a row holds, `id` among it: `ev.id, ev.title`. */
  readonly columns: string;
  /** One table and its alias: `event ev`. */
  readonly from: string;
  readonly alias: string;
  readonly conditions: readonly Condition[];
}

const whereOf = (conditions: readonly Condition[]) => (conditions.length ? ` WHERE ${conditions.map((c) => c.sql).join(' AND ')}` : '');
const paramsOf = (conditions: readonly Condition[]) => conditions.flatMap((c) => c.params);

/**
 * A page of a list, in plain SQL (see selectRows): a page and its count are the first two
 * statements of most API requests, and the QueryBuilder cost more than running them.
 */
export async function selectPage<R extends { id: number }>(ds: DataSource, list: ListQuery, request: PageRequest): Promise<Page<R>> {
  const { alias } = list;
  const bounds: Condition[] = [];
  if (request.after !== null) bounds.push({ sql: `${alias}.id > ?`, params: [request.after] });
  if (request.before !== null) bounds.push({ sql: `${alias}.id < ?`, params: [request.before] });
  const inPage = [...list.conditions, ...bounds];
  const order = request.direction === 'forward' ? 'ASC' : 'DESC';
  const [rows, counted] = await Promise.all([
    selectRows<R>(ds, `SELECT ${list.columns} FROM ${list.from}${whereOf(inPage)} ORDER BY ${alias}.id ${order} LIMIT ?`, [...paramsOf(inPage), request.size + 1]),
    // PostgreSQL returns COUNT as text (a bigint).
    selectRows<{ total: number | string }>(ds, `SELECT COUNT(*) AS total FROM ${list.from}${whereOf(list.conditions)}`, paramsOf(list.conditions)),
  ]);
  return pageFromRows(rows, (r) => r.id, request, Number(counted[0]!.total));
}

/** A LIKE pattern that matches `text` anywhere, with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
