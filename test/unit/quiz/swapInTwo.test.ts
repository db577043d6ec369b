// swapInTwo: where the greedy pass stops short, a chosen question that alone shuts out two questions
// which can share a quiz makes way for both. Hand-built conflict graphs over stand-in questions.
import type { Difficulty, Question } from '../../../src/domain/question';
import { swapInTwo } from '../../../src/quiz/selection';

const difficulty = { level: 'MEDIUM', score: 0.5 } as unknown as Difficulty;
const tf = (id: string, skill?: Question['skill']): Question => ({ id, kind: 'TRUE_FALSE', prompt: id, answer: { value: true }, explanation: '', evidence: [], difficulty, tests: [], ...(skill === undefined ? {} : { skill }) });
/** Symmetric adjacency lists from pairs of positions. */
const graphOf = (n: number, pairs: [number, number][]): number[][] => {
  const g: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of pairs) {
    (g[a] as number[]).push(b);
    (g[b] as number[]).push(a);
  }
  return g;
};
const ids = (qs: readonly Question[]): string[] => qs.map((q) => q.id).sort();

describe('swapInTwo', () => {
  // 0 blocks 1 and 2, which do not block each other; 3 blocks nothing.
  const pool = ['blocker', 'freed-a', 'freed-b', 'other'].map((id) => tf(id));
  const graph = graphOf(4, [[0, 1], [0, 2]]);

  it('swaps one question out for the two it alone shuts out', () => {
    const selected = [pool[0], pool[3]] as Question[];
    expect(swapInTwo(pool, graph, selected, 10, () => true).sort()).toEqual([1, 2]);
    expect(ids(selected)).toEqual(['freed-a', 'freed-b', 'other']);
  });

  it('does not swap in two questions that conflict with each other', () => {
    const selected = [pool[0], pool[3]] as Question[];
    expect(swapInTwo(pool, graphOf(4, [[0, 1], [0, 2], [1, 2]]), selected, 10, () => true)).toEqual([]);
    expect(ids(selected)).toEqual(['blocker', 'other']);
  });

  it('does not swap in a question another chosen question also shuts out', () => {
    const selected = [pool[0], pool[3]] as Question[];
    expect(swapInTwo(pool, graphOf(4, [[0, 1], [0, 2], [3, 2]]), selected, 10, () => true)).toEqual([]);
  });

  it('keeps the quiz-level checks: no swap the checks refuse', () => {
    const selected = [pool[0], pool[3]] as Question[];
    expect(swapInTwo(pool, graph, selected, 10, (list) => list.length < 3)).toEqual([]);
    expect(ids(selected)).toEqual(['blocker', 'other']);
  });

  it('never lets a question testing understanding make way', () => {
    const withMainIdea = [tf('main-idea', 'MAIN_IDEA'), pool[1], pool[2], pool[3]] as Question[];
    const selected = [withMainIdea[0], withMainIdea[3]] as Question[];
    expect(swapInTwo(withMainIdea, graph, selected, 10, () => true)).toEqual([]);
  });

  it('stops at the count asked for', () => {
    const selected = [pool[0], pool[3]] as Question[];
    expect(swapInTwo(pool, graph, selected, 2, () => true)).toEqual([]);
  });
});
