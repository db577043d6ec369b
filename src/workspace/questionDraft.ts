// A teacher's question as typed: the fields of an edit, or of a question of their own. One path
// builds both, so an edit and a new question are held to the same shape. What a question needs
// to be gradable (one right option named, a blank, items to order) is refused here; what makes it
// a weak question (two options, a missing rationale, a clue word) is left to the quiz rules,
// which report it as warnings.
import type { ChoiceOption, Difficulty, Item, Question, QuestionKind } from '../domain/question';
import { BLANK } from '../domain/question';
import { BadInputError } from '../errors';
import { computeDifficulty, createRng } from '../quiz';

export interface OptionDraft {
  readonly text: string;
  readonly correct: boolean;
  /** Why it is right or wrong; kept from the option of the same text when left out of an edit. */
  readonly rationale?: string | null;
}

export interface PairDraft {
  readonly left: string;
  readonly right: string;
}

/** Every field optional: an edit changes what it names and keeps the rest. */
export interface QuestionDraft {
  readonly prompt?: string | null;
  readonly explanation?: string | null;
  /** Choice kinds: the whole list, in presented order. */
  readonly options?: readonly OptionDraft[] | null;
  /** Choice kinds: which option is right, by key ('b'), without retyping the options. */
  readonly correctOption?: string | null;
  readonly booleanAnswer?: boolean | null;
  readonly numberAnswer?: number | null;
  readonly tolerance?: number | null;
  readonly unit?: string | null;
  readonly acceptedAnswers?: readonly string[] | null;
  /** Ordering: the items in the right order (students see them shuffled). */
  readonly orderedItems?: readonly string[] | null;
  /** Matching: each left item with its right item (students see the right side shuffled). */
  readonly pairs?: readonly PairDraft[] | null;
}

export const MAX_TEXT = 2000;
export const MAX_OPTION_TEXT = 500;
/** Structural bounds; the rules warn outside the engine's own 3–4 options. */
export const MAX_DRAFT_OPTIONS = 8;
export const MAX_DRAFT_ITEMS = 12;

const CHOICE_KINDS: readonly QuestionKind[] = ['MULTIPLE_CHOICE', 'WHO_SAID_IT', 'SOURCE_AND_STANDING'];

/** Which draft fields each kind takes; any other is refused rather than silently dropped. */
const FIELDS_OF_KIND: Record<QuestionKind, readonly (keyof QuestionDraft)[]> = {
  MULTIPLE_CHOICE: ['options', 'correctOption'],
  WHO_SAID_IT: ['options', 'correctOption'],
  SOURCE_AND_STANDING: ['options', 'correctOption'],
  TRUE_FALSE: ['booleanAnswer'],
  NUMERIC: ['numberAnswer', 'tolerance', 'unit'],
  FILL_IN_THE_BLANK: ['acceptedAnswers'],
  MATCHING: ['pairs'],
  ORDERING: ['orderedItems'],
};
const ANSWER_FIELDS = [...new Set(Object.values(FIELDS_OF_KIND).flat())];

/**
 * A question no generator scored: the formula over the one factor known (one sentence, the least),
 * nothing guessed. An edit keeps the generated question's difficulty.
 */
export const UNSCORED_DIFFICULTY: Difficulty = computeDifficulty({ distractorSimilarity: 0, sentencesNeeded: 1, sourceInference: false });

const has = <K extends keyof QuestionDraft>(draft: QuestionDraft, key: K): boolean => draft[key] !== undefined && draft[key] !== null;

function text(value: string, field: string, max = MAX_TEXT, allowEmpty = false): string {
  const trimmed = value.trim();
  if (!allowEmpty && trimmed === '') throw new BadInputError(`${field} must not be empty`, [field]);
  if (trimmed.length > max) throw new BadInputError(`${field} is ${trimmed.length} characters long; at most ${max} are allowed`, [field]);
  return trimmed;
}

function noDuplicates(values: readonly string[], field: string, what: string): void {
  const seen = new Set<string>();
  for (const [i, v] of values.entries()) {
    const key = v.toLowerCase();
    if (seen.has(key)) throw new BadInputError(`${what} “${v}” appears twice`, [`${field}[${i}]`]);
    seen.add(key);
  }
}

function choiceOptions(draft: QuestionDraft, base: readonly ChoiceOption[] | null, path: string): { options: ChoiceOption[]; optionId: string } {
  let options: ChoiceOption[];
  if (has(draft, 'options')) {
    const given = draft.options!;
    if (given.length < 2 || given.length > MAX_DRAFT_OPTIONS) {
      throw new BadInputError(`a choice question needs 2 to ${MAX_DRAFT_OPTIONS} options; ${given.length} were given`, [`${path}.options`]);
    }
    const rationaleBefore = new Map((base ?? []).map((o) => [o.text.toLowerCase(), o.rationale]));
    options = given.map((o, i) => {
      const optionText = text(o.text, `${path}.options[${i}].text`, MAX_OPTION_TEXT);
      const rationale = o.rationale != null ? text(o.rationale, `${path}.options[${i}].rationale`, MAX_TEXT, true) : (rationaleBefore.get(optionText.toLowerCase()) ?? '');
      return { id: String.fromCharCode(97 + i), text: optionText, correct: o.correct, rationale };
    });
    noDuplicates(options.map((o) => o.text), `${path}.options`, 'the option');
  } else if (base) {
    options = [...base];
  } else {
    throw new BadInputError('a choice question needs its options', [`${path}.options`]);
  }
  if (has(draft, 'correctOption')) {
    const key = draft.correctOption!;
    if (!options.some((o) => o.id === key)) throw new BadInputError(`correctOption “${key}” names no option; the options are ${options.map((o) => o.id).join(', ')}`, [`${path}.correctOption`]);
    options = options.map((o) => ({ ...o, correct: o.id === key }));
  }
  const correct = options.filter((o) => o.correct);
  if (correct.length !== 1) throw new BadInputError(`exactly one option must be correct; ${correct.length} are`, [`${path}.options`]);
  return { options, optionId: correct[0]!.id };
}

/** Presented order: shuffled by a seed drawn from the items, never already the answer order. */
function presented<T extends Item>(items: readonly T[], seed: string): T[] {
  const shuffled = createRng(seed).shuffle(items);
  if (items.length > 1 && shuffled.every((item, i) => item.id === items[i]!.id)) shuffled.push(shuffled.shift()!);
  return shuffled;
}

function itemTexts(values: readonly string[], field: string): string[] {
  if (values.length < 2 || values.length > MAX_DRAFT_ITEMS) throw new BadInputError(`give 2 to ${MAX_DRAFT_ITEMS} items; ${values.length} were given`, [field]);
  const out = values.map((v, i) => text(v, `${field}[${i}]`, MAX_OPTION_TEXT));
  noDuplicates(out, field, 'the item');
  return out;
}

/**
 * The question the draft describes: `base` with the draft's fields applied, or (base null) a new
 * question of `kind` from the draft alone. `id`, evidence and tested facts are the caller's.
 * `path` is the input path the draft came from, for the field of each refusal.
 */
export function questionFromDraft(kind: QuestionKind, draft: QuestionDraft, base: Question | null, path: string): Question {
  if (base && base.kind !== kind) throw new Error(`draft of kind ${kind} applied to a ${base.kind} question`);
  for (const field of ANSWER_FIELDS) {
    if (has(draft, field) && !FIELDS_OF_KIND[kind].includes(field)) {
      throw new BadInputError(`${field} does not apply to a ${kind} question`, [`${path}.${field}`]);
    }
  }
  const prompt = has(draft, 'prompt') ? text(draft.prompt!, `${path}.prompt`) : base?.prompt;
  if (prompt === undefined) throw new BadInputError('a question needs a prompt', [`${path}.prompt`]);
  const explanation = has(draft, 'explanation') ? text(draft.explanation!, `${path}.explanation`, MAX_TEXT, true) : (base?.explanation ?? '');
  const common = {
    id: base?.id ?? '',
    prompt,
    explanation,
    evidence: base?.evidence ?? [],
    difficulty: base?.difficulty ?? UNSCORED_DIFFICULTY,
    tests: base?.tests ?? [],
  };
  switch (kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING': {
      const before = base && 'options' in base ? base.options : null;
      const { options, optionId } = choiceOptions(draft, before, path);
      return { ...common, kind, options, answer: { optionId } };
    }
    case 'TRUE_FALSE': {
      const value = has(draft, 'booleanAnswer') ? draft.booleanAnswer! : base?.kind === 'TRUE_FALSE' ? base.answer.value : undefined;
      if (value === undefined) throw new BadInputError('a true/false question needs booleanAnswer', [`${path}.booleanAnswer`]);
      return { ...common, kind, answer: { value } };
    }
    case 'NUMERIC': {
      const old = base?.kind === 'NUMERIC' ? base.answer : undefined;
      const value = has(draft, 'numberAnswer') ? draft.numberAnswer! : old?.value;
      if (value === undefined) throw new BadInputError('a numeric question needs numberAnswer', [`${path}.numberAnswer`]);
      if (!Number.isFinite(value)) throw new BadInputError('numberAnswer must be a finite number', [`${path}.numberAnswer`]);
      const tolerance = has(draft, 'tolerance') ? draft.tolerance! : (old?.tolerance ?? 0);
      if (!Number.isFinite(tolerance) || tolerance < 0) throw new BadInputError(`tolerance must be zero or more; ${tolerance} was given`, [`${path}.tolerance`]);
      const unit = has(draft, 'unit') ? text(draft.unit!, `${path}.unit`, 100, true) : (old?.unit ?? '');
      return { ...common, kind, answer: { value, tolerance, unit } };
    }
    case 'FILL_IN_THE_BLANK': {
      const blanks = prompt.split(BLANK).length - 1;
      if (blanks !== 1) throw new BadInputError(`the prompt must hold exactly one blank, written ${BLANK}; it holds ${blanks}`, [`${path}.prompt`]);
      const accepted = has(draft, 'acceptedAnswers')
        ? draft.acceptedAnswers!.map((a, i) => text(a, `${path}.acceptedAnswers[${i}]`, MAX_OPTION_TEXT))
        : base?.kind === 'FILL_IN_THE_BLANK' ? [...base.answer.accepted] : [];
      if (accepted.length === 0) throw new BadInputError('a fill-in-the-blank question needs at least one accepted answer', [`${path}.acceptedAnswers`]);
      return { ...common, kind, answer: { accepted } };
    }
    case 'ORDERING': {
      if (!has(draft, 'orderedItems')) {
        if (base?.kind !== 'ORDERING') throw new BadInputError('an ordering question needs orderedItems', [`${path}.orderedItems`]);
        return { ...base, ...common };
      }
      const inOrder = itemTexts(draft.orderedItems!, `${path}.orderedItems`).map((t, i) => ({ id: `I${i + 1}`, text: t }));
      return { ...common, kind, items: presented(inOrder, `${prompt}\n${inOrder.map((i) => i.text).join('\n')}`), answer: { order: inOrder.map((i) => i.id) } };
    }
    case 'MATCHING': {
      if (!has(draft, 'pairs')) {
        if (base?.kind !== 'MATCHING') throw new BadInputError('a matching question needs pairs', [`${path}.pairs`]);
        return { ...base, ...common };
      }
      const pairs = draft.pairs!;
      const lefts = itemTexts(pairs.map((p) => p.left), `${path}.pairs`);
      const rights = itemTexts(pairs.map((p) => p.right), `${path}.pairs`);
      const left = lefts.map((t, i) => ({ id: `L${i + 1}`, text: t }));
      const right = rights.map((t, i) => ({ id: `R${i + 1}`, text: t }));
      return {
        ...common,
        kind,
        left,
        right: presented(right, `${prompt}\n${rights.join('\n')}`),
        answer: { pairs: left.map((l, i) => ({ leftId: l.id, rightId: right[i]!.id })) },
      };
    }
  }
}

export const isChoiceKind = (kind: QuestionKind): boolean => CHOICE_KINDS.includes(kind);
