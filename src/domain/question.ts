// What the quiz engine produces and everything downstream (store, API, exports, grading) reads.
import type { Evidence, FactRef } from './facts';

export const QUESTION_KINDS = [
  'MULTIPLE_CHOICE',
  'TRUE_FALSE',
  'WHO_SAID_IT',
  'NUMERIC',
  'FILL_IN_THE_BLANK',
  'MATCHING',
  'ORDERING',
  'SOURCE_AND_STANDING',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * What a question asks the reader to do, apart from its answer shape (`kind`): find a stated fact
 * (RECALL), say who said it or how sure they were (ATTRIBUTION), put events in order (SEQUENCE), or
 * understand the text: its main point, a stated cause, what it does not back, how its sources differ.
 * The comprehension skills ride on choice questions, so the store, grading and every export format
 * handle them as they are.
 */
export const QUESTION_SKILLS = [
  'RECALL',
  'ATTRIBUTION',
  'SEQUENCE',
  'MAIN_IDEA',
  'CAUSE_EFFECT',
  'NOT_SUPPORTED',
  'SOURCE_COMPARISON',
] as const;
export type QuestionSkill = (typeof QUESTION_SKILLS)[number];

/** Skills that need understanding of the text rather than finding the sentence that answers. */
export const COMPREHENSION_SKILLS: readonly QuestionSkill[] = ['MAIN_IDEA', 'CAUSE_EFFECT', 'NOT_SUPPORTED', 'SOURCE_COMPARISON'];

export const DIFFICULTY_LEVELS = ['EASY', 'MEDIUM', 'HARD'] as const;
export type DifficultyLevel = (typeof DIFFICULTY_LEVELS)[number];

/** Difficulty is computed from these factors, never guessed; `score` in [0, 1]. */
export interface Difficulty {
  readonly level: DifficultyLevel;
  readonly score: number;
  readonly factors: {
    /** Mean similarity of the distractors to the answer, 0 (unlike) to 1 (near-identical). */
    readonly distractorSimilarity: number;
    /** How many distinct sentences a reader must combine. */
    readonly sentencesNeeded: number;
    /** Whether it asks about sources and standing rather than content. */
    readonly sourceInference: boolean;
  };
}

/** A choice as presented, with why it is right or wrong. Ids are 'a', 'b', 'c', … in order. */
export interface ChoiceOption {
  readonly id: string;
  readonly text: string;
  readonly correct: boolean;
  readonly rationale: string;
}

/** An item to order or match, in presented order. */
export interface Item {
  readonly id: string;
  readonly text: string;
}

interface QuestionBase {
  /** Stable: the same question from the same facts has the same id on every run. */
  readonly id: string;
  readonly prompt: string;
  readonly explanation: string;
  readonly evidence: readonly Evidence[];
  readonly difficulty: Difficulty;
  readonly tests: readonly FactRef[];
  /** What it tests; absent on questions stored before skills existed (read it with `questionSkill`). */
  readonly skill?: QuestionSkill;
}

export interface ChoiceQuestion extends QuestionBase {
  readonly kind: 'MULTIPLE_CHOICE' | 'WHO_SAID_IT' | 'SOURCE_AND_STANDING';
  readonly options: readonly ChoiceOption[];
  readonly answer: { readonly optionId: string };
}

export interface TrueFalseQuestion extends QuestionBase {
  readonly kind: 'TRUE_FALSE';
  readonly answer: { readonly value: boolean };
}

export interface NumericQuestion extends QuestionBase {
  readonly kind: 'NUMERIC';
  /** Correct when |response - value| <= tolerance. */
  readonly answer: { readonly value: number; readonly tolerance: number; readonly unit: string };
}

/** The prompt holds one blank written as BLANK. */
export interface FillInTheBlankQuestion extends QuestionBase {
  readonly kind: 'FILL_IN_THE_BLANK';
  /** Accepted answers; the first is the text's own words. Compared after normalisation. */
  readonly answer: { readonly accepted: readonly string[] };
}

export interface MatchingQuestion extends QuestionBase {
  readonly kind: 'MATCHING';
  readonly left: readonly Item[];
  readonly right: readonly Item[];
  readonly answer: { readonly pairs: readonly { readonly leftId: string; readonly rightId: string }[] };
}

export interface OrderingQuestion extends QuestionBase {
  readonly kind: 'ORDERING';
  /** Presented (shuffled) order. */
  readonly items: readonly Item[];
  /** Item ids, earliest first. */
  readonly answer: { readonly order: readonly string[] };
}

export type Question =
  | ChoiceQuestion
  | TrueFalseQuestion
  | NumericQuestion
  | FillInTheBlankQuestion
  | MatchingQuestion
  | OrderingQuestion;

/** The question's skill: its own, or the one its kind implies (who said it → ATTRIBUTION, …). */
export function questionSkill(question: Pick<Question, 'kind' | 'skill'>): QuestionSkill {
  if (question.skill !== undefined) return question.skill;
  switch (question.kind) {
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      return 'ATTRIBUTION';
    case 'ORDERING':
      return 'SEQUENCE';
    default:
      return 'RECALL';
  }
}

/** The marker a fill-in-the-blank prompt uses for its blank. */
export const BLANK = '_____';

/** A generated quiz as the engine returns it: what it could make, and why it made fewer if it did. */
export interface GeneratedQuiz {
  readonly questions: readonly Question[];
  readonly warnings: readonly string[];
}
