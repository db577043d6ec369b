// Top-level lists: filtered, keyset-paginated on the stored id (insertion order), counted.
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { pageFromRows, type Page, type PageRequest } from '../paging/pagination';

export async function pageOf<T extends ObjectLiteral & { id: number }>(
  query: SelectQueryBuilder<T>,
  request: PageRequest,
): Promise<Page<T>> {
  const alias = query.alias;
  const rows = query.clone();
  if (request.after !== null) rows.andWhere(`${alias}.id > :pageAfter`, { pageAfter: request.after });
  if (request.before !== null) rows.andWhere(`${alias}.id < :pageBefore`, { pageBefore: request.before });
  rows.orderBy(`${alias}.id`, request.direction === 'forward' ? 'ASC' : 'DESC').take(request.size + 1);
  const [found, total] = await Promise.all([rows.getMany(), query.clone().getCount()]);
  return pageFromRows(found, (r) => r.id, request, total);
}

/** A LIKE pattern that matches `text` anywhere, with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
