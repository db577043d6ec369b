// Assembles a choice question from a correct answer and distractors: ids, option order, difficulty.
// Option order comes from an rng seeded by the question id, so the bank is the same on every run
// and a question's layout does not depend on which other questions were generated.
import type { Evidence, FactRef } from '../../domain/facts';
import type { ChoiceOption, ChoiceQuestion, QuestionSkill } from '../../domain/question';
import { computeDifficulty, mean } from '../difficulty';
import { questionId } from '../questionId';
import { createRng } from '../random';
import { hasAbsoluteWord, isCatchAllOption } from '../text/clues';
import { normalizeName } from '../text/normalize';
import { sentencesNeeded } from './evidence';

export interface OptionDraft {
  readonly text: string;
  readonly rationale: string;
  /** 0..1: how close this distractor is to the answer (ignored for the correct option). */
  readonly similarity: number;
}

export interface ChoiceDraft {
  readonly kind: ChoiceQuestion['kind'];
  readonly variant: string;
  readonly prompt: string;
  readonly correct: Omit<OptionDraft, 'similarity'>;
  readonly distractors: readonly OptionDraft[];
  readonly explanation: string;
  readonly evidence: readonly Evidence[];
  readonly tests: readonly FactRef[];
  readonly sourceInference: boolean;
  /** What it tests, when more than recall of the answer (main idea, cause and effect, …). */
  readonly skill?: QuestionSkill;
}

export const MAX_OPTIONS = 4;
/** Two options make a coin toss, and one wrong option is often ruled out by its form alone. */
export const MIN_OPTIONS = 3;

/**
 * Null when fewer than two usable distractors remain: the engine offers fewer options rather than
 * filler, and no question at all rather than a two-option coin toss (true/false asks that better).
 */
export function choiceQuestion(draft: ChoiceDraft): ChoiceQuestion | null {
  if (hasAbsoluteWord(draft.correct.text) || isCatchAllOption(draft.correct.text)) return null;
  const seen = new Set([normalizeName(draft.correct.text)]);
  const distractors: OptionDraft[] = [];
  for (const d of draft.distractors) {
    const key = normalizeName(d.text);
    if (seen.has(key) || hasAbsoluteWord(d.text) || isCatchAllOption(d.text)) continue;
    seen.add(key);
    distractors.push(d);
    if (distractors.length === MAX_OPTIONS - 1) break;
  }
  if (distractors.length < MIN_OPTIONS - 1) return null;

  const id = questionId(draft.kind, draft.tests, draft.variant);
  const rng = createRng(id);
  const order = rng.shuffle(distractors).map((d) => ({ text: d.text, rationale: d.rationale, correct: false }));
  order.splice(rng.int(order.length + 1), 0, { text: draft.correct.text, rationale: draft.correct.rationale, correct: true });
  const options: ChoiceOption[] = order.map((o, i) => ({ id: optionLetter(i), ...o }));
  const answer = options.find((o) => o.correct);
  return {
    id,
    kind: draft.kind,
    prompt: draft.prompt,
    options,
    answer: { optionId: answer?.id ?? 'a' },
    explanation: draft.explanation,
    evidence: draft.evidence,
    difficulty: computeDifficulty({
      distractorSimilarity: mean(distractors.map((d) => d.similarity)),
      sentencesNeeded: sentencesNeeded(draft.evidence),
      sourceInference: draft.sourceInference,
    }),
    tests: draft.tests,
    ...(draft.skill === undefined ? {} : { skill: draft.skill }),
  };
}

export function optionLetter(i: number): string {
  return String.fromCharCode('a'.charCodeAt(0) + i);
}

/** The same question with its correct option moved to `position`; the others keep their order. */
export function withCorrectAt(question: ChoiceQuestion, position: number): ChoiceQuestion {
  const correct = question.options.find((o) => o.correct);
  if (correct === undefined) return question;
  const others = question.options.filter((o) => !o.correct);
  const at = Math.max(0, Math.min(position, others.length));
  const reordered = [...others.slice(0, at), correct, ...others.slice(at)];
  const options = reordered.map((o, i) => ({ ...o, id: optionLetter(i) }));
  return { ...question, options, answer: { optionId: optionLetter(at) } };
}
