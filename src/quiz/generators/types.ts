import type { Question } from '../../domain/question';
import type { FactIndex } from '../facts/factIndex';

/** One kind's generator: every question of that kind the facts support, deterministic, no rng. */
export type QuestionGenerator = (index: FactIndex) => Question[];
