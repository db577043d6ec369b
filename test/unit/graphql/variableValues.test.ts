import { countVariableValues } from '../../../src/graphql/limits/variableValues';

test('every object, key, array and scalar counts one', () => {
  // { a: 1, b: [1, 2] }: the object, a, 1, b, the array, 1, 2.
  expect(countVariableValues({ a: 1, b: [1, 2] }, 100)).toBe(7);
  expect(countVariableValues({}, 100)).toBe(1);
  expect(countVariableValues({ input: { body: 'x'.repeat(100_000) } }, 100)).toBe(5);
});

test('stops one past the limit: the 10^5 keys an 850 KB body can hold are counted to 5001, not walked', () => {
  const huge: Record<string, number> = {};
  for (let i = 0; i < 100_000; i++) huge[i.toString(36)] = 0;
  const deep = [Array.from({ length: 100_000 }, () => [0])];
  const started = process.hrtime.bigint();
  expect(countVariableValues({ f: huge }, 5000)).toBe(5001);
  expect(countVariableValues(deep, 5000)).toBe(5001);
  expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(100);
});
