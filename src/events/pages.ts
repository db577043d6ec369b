// Top-level lists: filtered, keyset-paginated on the stored id (insertion order), counted.
import type { DataSource } from 'typeorm';
import { pageFromKeys, pageFromRows, type Page, type PageRequest } from '../paging/pagination';
import { placeholders, selectRows } from './selectRows';

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
  /** A client's chosen order; the stored id (insertion order) when absent. */
  readonly order?: ListOrder | null;
}

/** An SQL expression to sort by, and which way; ties are broken by the id, the same way. */
export interface ListOrder {
  readonly sql: string;
  readonly direction: 'ASC' | 'DESC';
}

const whereOf = (conditions: readonly Condition[]) => (conditions.length ? ` WHERE ${conditions.map((c) => c.sql).join(' AND ')}` : '');
const paramsOf = (conditions: readonly Condition[]) => conditions.flatMap((c) => c.params);

/**
 * A page of a list, in plain SQL (see selectRows): a page and its count are the first two
 * statements of most API requests, and the QueryBuilder cost more than running them.
 */
export async function selectPage<R extends { id: number }>(ds: DataSource, list: ListQuery, request: PageRequest): Promise<Page<R>> {
  if (list.order) return selectOrderedPage(ds, list, list.order, request);
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

/**
 * A page in a chosen order. Cursors still name ids: the ids of the whole filtered list are read
 * in order (one narrow query), and the page starts just past the cursor's id, so a cursor stays
 * valid and no row is repeated or skipped whatever the sort key (titles and scores repeat).
 * That reads every id of the list: fine for the lists a screen sorts (a teacher's quizzes, a
 * quiz's attempts, events and entities of a store this size); a keyset on (key, id) is the next
 * step when they grow past tens of thousands. NULLs sort last in both directions, on SQLite
 * and PostgreSQL alike.
 */
async function selectOrderedPage<R extends { id: number }>(ds: DataSource, list: ListQuery, order: ListOrder, request: PageRequest): Promise<Page<R>> {
  const { alias, direction } = { alias: list.alias, direction: order.direction };
  const ids = await selectRows<{ id: number | string }>(
    ds,
    `SELECT ${alias}.id AS id FROM ${list.from}${whereOf(list.conditions)} ORDER BY CASE WHEN ${order.sql} IS NULL THEN 1 ELSE 0 END, ${order.sql} ${direction}, ${alias}.id ${direction}`,
    paramsOf(list.conditions),
  );
  const page = pageFromKeys(ids.map((r) => Number(r.id)), request);
  if (page.nodes.length === 0) return { ...page, nodes: [] };
  const rows = await selectRows<R>(ds, `SELECT ${list.columns} FROM ${list.from} WHERE ${alias}.id IN (${placeholders(page.nodes.length)})`, [...page.nodes]);
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  return { ...page, nodes: page.nodes.flatMap((id) => byId.get(id) ?? []) };
}

/** A LIKE pattern that matches `text` anywhere, with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
