// Large answers are built and written in slices of the event loop (issue 17 §1): what is written
// must not change, only when.
import fc from 'fast-check';
import { OperationGate } from '../../../src/graphql/limits/costlyOperations';
import { SLICE_MS, nextTurn } from '../../../src/graphql/limits/eventLoopSlices';
import { stringifyInSlices } from '../../../src/graphql/limits/jsonInSlices';
import { jsonStringBytes } from '../../../src/graphql/limits/responseSize';

test('a text\'s JSON size is the UTF-8 length JSON.stringify writes: escapes, astral letters, lone surrogates', () => {
  expect(jsonStringBytes('')).toBe(2);
  expect(jsonStringBytes('say "no"\n')).toBe(2 + 4 + 2 + 2 + 2 + 2); // "say \"no\"\n"
  expect(jsonStringBytes('\u0001')).toBe(8); // "\u0001"
  expect(jsonStringBytes('é')).toBe(4);
  expect(jsonStringBytes('€')).toBe(5);
  expect(jsonStringBytes('😀')).toBe(6);
  expect(jsonStringBytes('\ud83d')).toBe(8); // "\ud83d"
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => jsonStringBytes(s) === Buffer.byteLength(JSON.stringify(s))));
});

test('a response written in slices is byte for byte JSON.stringify\'s, null prototypes and undefined included', async () => {
  const row = Object.assign(Object.create(null), { id: 'QXJ0', body: 'x'.repeat(50), gone: undefined, date: new Date(0) });
  const value = { data: { nodes: [row, null, undefined, { deep: { deeper: { deepest: [1, { a: [true] }] } } }] }, extensions: { cost: { requested: 3 } } };
  expect(await stringifyInSlices(value)).toBe(JSON.stringify(value));
  await fc.assert(fc.asyncProperty(fc.jsonValue(), async (v) => (await stringifyInSlices(v)) === JSON.stringify(v)));
});

test('a large answer lets a timer run while it is written, where JSON.stringify would not', async () => {
  const big = { data: { nodes: Array.from({ length: 3000 }, (_, i) => ({ id: i, text: 'y'.repeat(2000) })) } };
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  await nextTurn();
  const start = performance.now();
  await stringifyInSlices(big);
  const took = performance.now() - start;
  clearInterval(timer);
  if (took > 4 * SLICE_MS) expect(ticks).toBeGreaterThan(0);
});

test('at most N costly operations run at once; the next waits its turn and is not overtaken', async () => {
  const gate = new OperationGate(2);
  const order: string[] = [];
  const a = await gate.enter();
  const b = await gate.enter();
  const c = gate.enter().then((release) => (order.push('c'), release));
  const d = gate.enter().then((release) => (order.push('d'), release));
  await new Promise((r) => setImmediate(r));
  expect(order).toEqual([]);
  a();
  a(); // a second release of the same slot frees nothing more
  await new Promise((r) => setImmediate(r));
  expect(order).toEqual(['c']);
  b();
  (await c)();
  (await d)();
  const e = await gate.enter();
  const f = await gate.enter();
  e();
  f();
});
