// Relay paging over a list held in memory and over rows a query returned. Expected pages are
// written out by hand for a five-item list, and cursors are read back as the text they encode,
// not through decodeCursor.
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, decodeCursor, encodeCursor, pageFromKeys, pageFromRows, pageRequest, type PageArgs } from '../../../src/paging/pagination';

const KEYS = [10, 20, 30, 40, 50];
const cursorOf = (key: number) => Buffer.from(`cursor:${key}`, 'utf8').toString('base64url');
const page = (args: PageArgs, keys: readonly number[] = KEYS) => pageFromKeys(keys, pageRequest(args));

describe('walking forward with first and after', () => {
  test('the first page, with more after it', () => {
    const p = page({ first: 2 });
    expect(p.nodes).toEqual([10, 20]);
    expect(p.cursors).toEqual([cursorOf(10), cursorOf(20)]);
    expect(p.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: cursorOf(10), endCursor: cursorOf(20) });
    expect(p.totalCount).toBe(5);
  });

  test('a page after a cursor starts just past the cursor’s item, never repeating it', () => {
    const p = page({ first: 2, after: cursorOf(20) });
    expect(p.nodes).toEqual([30, 40]);
    expect(p.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: cursorOf(30), endCursor: cursorOf(40) });
  });

  test('a full last page says there is no next page', () => {
    expect(page({ first: 2, after: cursorOf(30) }).pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(page({ first: 5 }).pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  test('a short last page', () => {
    const p = page({ first: 2, after: cursorOf(40) });
    expect(p.nodes).toEqual([50]);
    expect(p.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: cursorOf(50), endCursor: cursorOf(50) });
  });

  test('a page after the last item is empty, with null cursors', () => {
    const p = page({ first: 2, after: cursorOf(50) });
    expect(p.nodes).toEqual([]);
    expect(p.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  test('first: 0 returns no items but says more exist', () => {
    const p = page({ first: 0 });
    expect(p.nodes).toEqual([]);
    expect(p.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  test('after and before together bound the page on both sides', () => {
    const p = page({ first: 10, after: cursorOf(10), before: cursorOf(50) });
    expect(p.nodes).toEqual([20, 30, 40]);
    expect(p.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(page({ first: 10, after: cursorOf(40), before: cursorOf(20) }).nodes).toEqual([]);
  });
});

describe('walking backward with last and before', () => {
  test('the last page of the list, in the list’s order', () => {
    const p = page({ last: 2 });
    expect(p.nodes).toEqual([40, 50]);
    expect(p.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: cursorOf(40), endCursor: cursorOf(50) });
  });

  test('a page before a cursor ends just before the cursor’s item', () => {
    const p = page({ last: 2, before: cursorOf(40) });
    expect(p.nodes).toEqual([20, 30]);
    expect(p.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: cursorOf(20), endCursor: cursorOf(30) });
  });

  test('a full first page says there is no previous page', () => {
    const p = page({ last: 3, before: cursorOf(40) });
    expect(p.nodes).toEqual([10, 20, 30]);
    expect(p.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page({ last: 5 }).pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  test('a short first page', () => {
    const p = page({ last: 2, before: cursorOf(20) });
    expect(p.nodes).toEqual([10]);
    expect(p.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: cursorOf(10), endCursor: cursorOf(10) });
  });

  test('before alone walks backward with the default size', () => {
    const keys = Array.from({ length: 30 }, (_, i) => i + 1);
    const p = page({ before: cursorOf(30) }, keys);
    expect(p.nodes).toEqual(Array.from({ length: 20 }, (_, i) => i + 10));
    expect(p.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });
});

test('a list out of key order pages in its own order', () => {
  const keys = [30, 10, 50, 20];
  expect(page({ first: 2, after: cursorOf(30) }, keys).nodes).toEqual([10, 50]);
  expect(page({ last: 1, before: cursorOf(50) }, keys).nodes).toEqual([10]);
});

test('a cursor naming no key of the list is refused, not guessed at', () => {
  expect(() => page({ first: 2, after: cursorOf(35) })).toThrow('after is not a cursor of this list');
  expect(() => page({ last: 2, before: cursorOf(35) })).toThrow('before is not a cursor of this list');
});

describe('pageFromRows: the rows a query returned, size + 1 at most', () => {
  test('forward rows ascend; the extra row means a next page and is not shown', () => {
    const p = pageFromRows([{ k: 3 }, { k: 4 }, { k: 5 }], (r) => r.k, { direction: 'forward', size: 2, after: 2, before: null }, 9);
    expect(p.nodes).toEqual([{ k: 3 }, { k: 4 }]);
    expect(p.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: cursorOf(3), endCursor: cursorOf(4) });
    expect(p.totalCount).toBe(9);
  });

  test('backward rows descend and are turned back into ascending order', () => {
    const p = pageFromRows([{ k: 5 }, { k: 4 }, { k: 3 }], (r) => r.k, { direction: 'backward', size: 2, after: null, before: 6 }, 9);
    expect(p.nodes).toEqual([{ k: 4 }, { k: 5 }]);
    expect(p.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: cursorOf(4), endCursor: cursorOf(5) });
  });

  test('exactly size rows: no further page either way', () => {
    const forward = pageFromRows([1, 2], (k) => k, { direction: 'forward', size: 2, after: null, before: null }, 2);
    expect(forward.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const backward = pageFromRows([2, 1], (k) => k, { direction: 'backward', size: 2, after: null, before: null }, 2);
    expect(backward.nodes).toEqual([1, 2]);
    expect(backward.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });
});

describe('pageRequest checks its arguments', () => {
  test('defaults: forward, 20 items', () => {
    expect(DEFAULT_PAGE_SIZE).toBe(20);
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(pageRequest({})).toEqual({ direction: 'forward', size: 20, after: null, before: null });
    expect(pageRequest({ first: null, last: null, after: null, before: null })).toEqual({ direction: 'forward', size: 20, after: null, before: null });
  });

  test('last makes a backward request; cursors decode to their keys', () => {
    expect(pageRequest({ last: 3, before: cursorOf(7) })).toEqual({ direction: 'backward', size: 3, after: null, before: 7 });
    expect(pageRequest({ first: 3, after: cursorOf(7) })).toEqual({ direction: 'forward', size: 3, after: 7, before: null });
    expect(pageRequest({ before: cursorOf(7) })).toEqual({ direction: 'backward', size: 20, after: null, before: 7 });
    expect(pageRequest({ after: cursorOf(1), before: cursorOf(7) })).toEqual({ direction: 'forward', size: 20, after: 1, before: 7 });
  });

  test('sizes from 0 to 100 are accepted, others refused with the argument named', () => {
    expect(pageRequest({ first: 0 }).size).toBe(0);
    expect(pageRequest({ first: 100 }).size).toBe(100);
    expect(pageRequest({ last: 100 }).size).toBe(100);
    expect(() => pageRequest({ first: 101 })).toThrow('first must be between 0 and 100; got 101');
    expect(() => pageRequest({ first: -1 })).toThrow('first must be between 0 and 100; got -1');
    expect(() => pageRequest({ last: 1.5 })).toThrow('last must be between 0 and 100; got 1.5');
  });

  test('first and last together are refused', () => {
    expect(() => pageRequest({ first: 1, last: 1 })).toThrow('pass first or last, not both');
  });

  test('a cursor the API did not give out is refused, naming the argument', () => {
    const forged = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
    expect(() => pageRequest({ after: 'nonsense' })).toThrow('after is not a cursor this API gave out');
    expect(() => pageRequest({ before: forged('cursor:x1') })).toThrow('before is not a cursor this API gave out');
    expect(() => pageRequest({ after: forged('xcursor:1') })).toThrow('after is not a cursor');
    expect(() => pageRequest({ after: forged('cursor:1x') })).toThrow('after is not a cursor');
    expect(() => pageRequest({ after: forged('cursor:1234567890123456') })).toThrow('after is not a cursor');
    expect(decodeCursor(forged('cursor:123456789012345'), 'after')).toBe(123456789012345);
    expect(encodeCursor(42)).toBe(forged('cursor:42'));
  });
});
