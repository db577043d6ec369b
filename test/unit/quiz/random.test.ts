import { createRng, hashString } from '../../../src/quiz/random';
import { questionId } from '../../../src/quiz/questionId';

describe('the seeded random source', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRng('class-7b');
    const b = createRng('class-7b');
    const c = createRng('class-7c');
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('stays within its ranges and shuffles without losing items', () => {
    const rng = createRng('x');
    for (let i = 0; i < 1000; i++) {
      const f = rng.next();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
      expect(rng.int(4)).toBeLessThan(4);
    }
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(rng.pick([])).toBeUndefined();
  });

  it('hashes strings stably (the value is pinned so ids never drift between releases)', () => {
    expect(hashString('newsquiz')).toBe(hashString('newsquiz'));
    expect(hashString('newsquiz')).not.toBe(hashString('newsquiz', 1));
    expect(questionId('NUMERIC', [{ type: 'QUANTITY', id: 'q1' }], 'value')).toMatchInlineSnapshot(`"q-numeric-021f87fafeceb90d6777"`);
  });

  it('derives a question id from kind, tested facts and variant, whatever their order', () => {
    const a = questionId('MATCHING', [{ type: 'CLAIM', id: 'c1' }, { type: 'CLAIM', id: 'c2' }], 'v');
    expect(questionId('MATCHING', [{ type: 'CLAIM', id: 'c2' }, { type: 'CLAIM', id: 'c1' }], 'v')).toBe(a);
    expect(questionId('MATCHING', [{ type: 'CLAIM', id: 'c1' }, { type: 'CLAIM', id: 'c2' }], 'w')).not.toBe(a);
  });
});
