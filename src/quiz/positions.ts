// Balancing where the correct option sits across a quiz. Each choice question takes the position
// furthest behind its fair share so far (a 3-option question adds 1/3 to the share of positions
// a–c); ties are broken by the quiz's seeded rng, so the layout is fair and reproducible.
import type { Question } from '../domain/question';
import { withCorrectAt } from './compose/choiceQuestion';
import type { Rng } from './random';

export function balanceCorrectPositions(questions: readonly Question[], rng: Rng): Question[] {
  const counts: number[] = [];
  const expected: number[] = [];
  return questions.map((q) => {
    if (q.kind !== 'MULTIPLE_CHOICE' && q.kind !== 'WHO_SAID_IT' && q.kind !== 'SOURCE_AND_STANDING') return q;
    const n = q.options.length;
    for (let p = 0; p < n; p++) expected[p] = (expected[p] ?? 0) + 1 / n;
    let best: number[] = [];
    let bestDeficit = Number.POSITIVE_INFINITY;
    for (let p = 0; p < n; p++) {
      const surplus = (counts[p] ?? 0) - (expected[p] ?? 0);
      if (surplus < bestDeficit - 1e-9) {
        bestDeficit = surplus;
        best = [p];
      } else if (Math.abs(surplus - bestDeficit) <= 1e-9) best.push(p);
    }
    const position = rng.pick(best) ?? 0;
    counts[position] = (counts[position] ?? 0) + 1;
    return withCorrectAt(q, position);
  });
}
