// Question ids are derived, never random: the same question from the same facts must keep its id
// across runs and seeds, so a teacher's saved selection (questionIds) still means the same thing.
import type { FactRef } from '../domain/facts';
import type { QuestionKind } from '../domain/question';
import { hashString } from './random';

export function questionId(kind: QuestionKind, tests: readonly FactRef[], variant: string): string {
  const refs = tests.map((t) => `${t.type}:${t.id}`).sort();
  const key = `${kind}|${refs.join(',')}|${variant}`;
  // Two differently seeded 53-bit hashes: collisions stay out of reach even for large banks.
  const hex = hashString(key, 1).toString(16).padStart(14, '0') + hashString(key, 2).toString(16).padStart(14, '0');
  return `q-${kind.toLowerCase().replace(/_/g, '-')}-${hex.slice(0, 20)}`;
}
