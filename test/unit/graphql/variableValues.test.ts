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
  // An array that counts how many of its elements are read: the count stops, so the reads stop.
  let reads = 0;
  const elements = new Proxy(Array.from({ length: 100_000 }, () => [0]), {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver);
    },
  });
  expect(countVariableValues({ f: huge }, 5000)).toBe(5001);
  expect(countVariableValues([elements], 5000)).toBe(5001);
  expect(reads).toBeLessThanOrEqual(5001);
});
