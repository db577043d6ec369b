// Relay cursor connections: argument checks, cursors, and slicing. Pure: no database here.
import { BadInputError } from '../errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

/** A checked request for one page, walking forward from `after` or backward from `before`. */
export interface PageRequest {
  readonly direction: 'forward' | 'backward';
  readonly size: number;
  readonly after: number | null;
  readonly before: number | null;
}

export interface PageInfo {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

export interface Page<T> {
  readonly nodes: readonly T[];
  readonly cursors: readonly string[];
  readonly pageInfo: PageInfo;
  readonly totalCount: number;
}

export function encodeCursor(position: number): string {
  return Buffer.from(`cursor:${position}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument: string): number {
  const match = /^cursor:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new BadInputError(`${argument} is not a cursor this API gave out`);
  return Number(match[1]);
}

function checkSize(value: number | null | undefined, argument: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw new BadInputError(`${argument} must be between 0 and ${MAX_PAGE_SIZE}; got ${value}`);
  }
  return value;
}

export function pageRequest(args: PageArgs): PageRequest {
  const first = checkSize(args.first, 'first');
  const last = checkSize(args.last, 'last');
  if (first !== null && last !== null) throw new BadInputError('pass first or last, not both');
  const after = args.after ? decodeCursor(args.after, 'after') : null;
  const before = args.before ? decodeCursor(args.before, 'before') : null;
  if (last !== null || (first === null && before !== null && after === null)) {
    return { direction: 'backward', size: last ?? DEFAULT_PAGE_SIZE, after, before };
  }
  return { direction: 'forward', size: first ?? DEFAULT_PAGE_SIZE, after, before };
}

/**
 * Builds a page from the rows a query returned: at most `size + 1` of them, in ascending key
 * order for a forward page and descending for a backward one (the extra row tells whether there
 * is more).
 */
export function pageFromRows<T>(rows: readonly T[], key: (row: T) => number, request: PageRequest, totalCount: number): Page<T> {
  const more = rows.length > request.size;
  const taken = rows.slice(0, request.size);
  const nodes = request.direction === 'forward' ? taken : [...taken].reverse();
  const cursors = nodes.map((n) => encodeCursor(key(n)));
  return {
    nodes,
    cursors,
    totalCount,
    pageInfo: {
      hasNextPage: request.direction === 'forward' ? more : request.before !== null,
      hasPreviousPage: request.direction === 'backward' ? more : request.after !== null,
      startCursor: cursors[0] ?? null,
      endCursor: cursors[cursors.length - 1] ?? null,
    },
  };
}

/**
 * The same page taken from every key of a list held in memory, in the list's own order (which
 * need not be ascending: an event's entities come in order of first mention). A cursor names a
 * key, and the page starts just past where that key sits in the list, so cursors stay valid
 * whatever the order. A cursor naming no key of the list is refused rather than guessed at.
 */
export function pageFromKeys(keys: readonly number[], request: PageRequest): Page<number> {
  const positionOf = (key: number, argument: string) => {
    const at = keys.indexOf(key);
    if (at < 0) throw new BadInputError(`${argument} is not a cursor of this list`);
    return at;
  };
  const start = request.after === null ? 0 : positionOf(request.after, 'after') + 1;
  const end = request.before === null ? keys.length : positionOf(request.before, 'before');
  const inRange = keys.slice(start, Math.max(start, end));
  const rows = request.direction === 'forward' ? inRange.slice(0, request.size + 1) : inRange.slice(-request.size - 1).reverse();
  return pageFromRows(rows, (k) => k, request, keys.length);
}
