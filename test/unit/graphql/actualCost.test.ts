import { actualCost } from '../../../src/graphql/limits/actualCost';

test('every object the result holds is one point; scalars, scalar lists and nulls are free', () => {
  const data = {
    events: {
      totalCount: 7,
      pageInfo: { hasNextPage: true },
      nodes: [{ id: 'a', tags: ['x', 'y'] }, { id: 'b', speaker: null }],
    },
  };
  // events, pageInfo, and the two nodes.
  expect(actualCost(data)).toBe(4);
});

test('a plain list counts the items it returned, and nested objects inside them', () => {
  expect(actualCost({ nodes: [{ id: '1', article: { id: '2' } }, null, null] })).toBe(2);
});

test('an empty or scalar-only result still costs the one point of the request', () => {
  expect(actualCost({ __typename: 'Query' })).toBe(1);
  expect(actualCost(null)).toBe(1);
});

test('a deep result is counted without exhausting the stack', () => {
  let deep: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < 100_000; i++) deep = { next: deep };
  expect(actualCost({ root: deep })).toBe(100_001);
});
