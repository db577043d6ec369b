// An audit of generated quizzes that shares no code with the engine's rules (src/quiz/rules): it
// reads questions as a student who never opened the article would, and as a copy editor would, with
// its own word lists and its own matching. If the rules and this audit agreed only because they were
// the same code, a rule's blind spot would be the audit's too.
import type { Question } from '../src/domain/question';

/** What a blind strategy earned over the questions it applies to, next to what guessing earns. */
export interface StrategyScore {
  /** Questions the strategy could be used on. */
  applicable: number;
  /** Expected points (ties between options split the point). */
  points: number;
  /** Expected points of a uniform guess over the same questions. */
  chance: number;
}

export const BLIND_STRATEGIES = ['always true', 'always false', 'first option', 'longest option', 'never the longest option', 'most specific option', 'option repeating a prompt word', 'answer printed in title or another question'] as const;
export type BlindStrategy = (typeof BLIND_STRATEGIES)[number];

const STOP = new Set(
  'the a an of to in on at for by with from and or but as is are was were be been has have had that this these those which who whom what when where why how it its their his her they he she we you i not no do does did than then there here into over about after before said says article according following statement true false most least more many much one two'.split(' '),
);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

function contentWords(text: string): Set<string> {
  return new Set(words(text).filter((w) => w.length >= 3 && !STOP.has(w)));
}

function squash(text: string): string {
  return ` ${words(text).join(' ')} `;
}

/** Whether `needle`'s words appear, in order and whole, inside `hay`. */
export function printedIn(needle: string, hay: string): boolean {
  const n = squash(needle);
  return n.trim() !== '' && squash(hay).includes(n);
}

interface Choice {
  readonly texts: readonly string[];
  readonly correct: number;
}

function asChoice(q: Question): Choice | null {
  if (q.kind !== 'MULTIPLE_CHOICE' && q.kind !== 'WHO_SAID_IT' && q.kind !== 'SOURCE_AND_STANDING') return null;
  return { texts: q.options.map((o) => o.text), correct: q.options.findIndex((o) => o.id === q.answer.optionId) };
}

/** A strategy that picks the options of highest score; ties split the point, an all-zero score is a guess. */
function byScore(choice: Choice, score: (text: string, i: number) => number): number {
  const scores = choice.texts.map(score);
  const best = Math.max(...scores);
  if (best <= 0) return 1 / choice.texts.length;
  const top = scores.flatMap((s, i) => (s === best ? [i] : []));
  return top.includes(choice.correct) ? 1 / top.length : 0;
}

/** Capitalised words not opening the option, digits, and words over eight letters: proper, exact, technical. */
function specificity(text: string): number {
  const tokens = text.split(/\s+/).filter((t) => t !== '');
  let n = 0;
  tokens.forEach((t, i) => {
    if (/\d/.test(t)) n += 1;
    else if (i > 0 && /^[A-Z]/.test(t)) n += 1;
    else if (t.replace(/[^A-Za-z]/g, '').length > 8) n += 0.5;
  });
  return n;
}

function visible(q: Question): string {
  switch (q.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      return [q.prompt, ...q.options.map((o) => o.text)].join('\n');
    case 'MATCHING':
      return [q.prompt, ...q.left.map((i) => i.text), ...q.right.map((i) => i.text)].join('\n');
    case 'ORDERING':
      return [q.prompt, ...q.items.map((i) => i.text)].join('\n');
    default:
      return q.prompt;
  }
}

/** The words a student must supply or pick: a correct option, a blank's answer, a figure. */
export function answerOf(q: Question): string | null {
  switch (q.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      return q.options.find((o) => o.id === q.answer.optionId)?.text ?? null;
    case 'FILL_IN_THE_BLANK':
      return q.answer.accepted[0] ?? null;
    case 'NUMERIC':
      return String(q.answer.value);
    default:
      return null;
  }
}

function addScore(into: StrategyScore, points: number, chance: number): void {
  into.applicable += 1;
  into.points += points;
  into.chance += chance;
}

export function emptyScores(): Record<BlindStrategy, StrategyScore> {
  return Object.fromEntries(BLIND_STRATEGIES.map((s) => [s, { applicable: 0, points: 0, chance: 0 }])) as Record<BlindStrategy, StrategyScore>;
}

/**
 * The blind student's points on one quiz, per strategy. `title` is the article's headline, which a
 * student sees on the worksheet. A blank or a figure counts as given away when its answer is printed
 * in the title or in another question (a strategy with no options: chance is taken as 0).
 */
export function blindScores(quiz: readonly Question[], title: string | null): Record<BlindStrategy, StrategyScore> {
  const out = emptyScores();
  quiz.forEach((q, qi) => {
    const elsewhere = [title ?? '', ...quiz.filter((_, j) => j !== qi).map(visible)].join('\n');
    if (q.kind === 'TRUE_FALSE') addScore(out['always true'], q.answer.value ? 1 : 0, 0.5);
    if (q.kind === 'TRUE_FALSE') addScore(out['always false'], q.answer.value ? 0 : 1, 0.5);
    const choice = asChoice(q);
    if (choice !== null && choice.correct >= 0) {
      const chance = 1 / choice.texts.length;
      addScore(out['first option'], choice.correct === 0 ? 1 : 0, chance);
      addScore(out['longest option'], byScore(choice, (t) => t.length), chance);
      // The student who has learnt that the longest option is a trap: a guess among the others.
      const maxLength = Math.max(...choice.texts.map((t) => t.length));
      addScore(out['never the longest option'], byScore(choice, (t) => (t.length < maxLength ? 1 : 0)), chance);
      addScore(out['most specific option'], byScore(choice, specificity), chance);
      const prompt = contentWords(q.prompt);
      addScore(out['option repeating a prompt word'], byScore(choice, (t) => [...contentWords(t)].filter((w) => prompt.has(w)).length), chance);
      addScore(out['answer printed in title or another question'], byScore(choice, (t) => (printedIn(t, elsewhere) ? 1 : 0)), chance);
    } else if (q.kind === 'FILL_IN_THE_BLANK' || q.kind === 'NUMERIC') {
      const answer = answerOf(q);
      const given = answer !== null && (q.kind === 'NUMERIC' ? new RegExp(`(^|[^0-9.,])${answer.replace('.', '\\.')}([^0-9]|$)`).test(elsewhere.replace(/(\d),(\d{3})/g, '$1$2')) : printedIn(answer, elsewhere));
      addScore(out['answer printed in title or another question'], given ? 1 : 0, 0);
    }
  });
  return out;
}

export const GRAMMAR_FLAGS = [
  'copied sentence behind "According to the article"',
  'opens with a pronoun or deictic',
  'fragment opening with But/And/Meanwhile',
  'first-person words outside a quotation',
  'speech tag left in ("…, she said")',
  'unpaired quotation mark',
  'lower-case opening',
  'template numeric stem',
  'doubled word or stray spacing',
  'wrong preposition before a day ("in March 9")',
  'doubled punctuation ("it.”.", "Co.. The")',
  'unpaired bracket',
  'template leftover',
  'title with no article ("is Captain of")',
] as const;
export type GrammarFlag = (typeof GRAMMAR_FLAGS)[number];

const LEAD = /^according to (the article|[^,]{1,60}),\s*/i;
/** A fill-in prompt's lead ("Fill in the blank: ", "Which name is missing? "), read as a copy editor would: short words ending in a colon or question mark before the sentence. */
const FILL_LEAD = /^[A-Z][a-z ]{3,45}[:?]\s+/;

/** The sentences a student reads as statements: true/false prompts and choice options longer than a name. */
function statements(q: Question): string[] {
  if (q.kind === 'TRUE_FALSE') return [q.prompt];
  if (q.kind === 'MULTIPLE_CHOICE') return q.options.map((o) => o.text).filter((t) => t.split(/\s+/).length >= 5);
  if (q.kind === 'ORDERING') return q.items.map((i) => i.text);
  return [];
}

/** What a copy editor would flag in one question; `sentences` are the article's sentences. */
export function grammarFlags(q: Question, sentences: readonly string[]): GrammarFlag[] {
  const flags = new Set<GrammarFlag>();
  const fillStem = q.kind === 'FILL_IN_THE_BLANK' ? q.prompt.replace(FILL_LEAD, '') : null;
  const texts = [fillStem ?? q.prompt, ...statements(q).filter((s) => s !== q.prompt)];
  for (const raw of texts) {
    const body = raw.replace(LEAD, '');
    const outsideQuotes = body.replace(/[“"][^”"]*[”"]/g, ' ');
    if (/^[a-z]/.test(raw.trim())) flags.add('lower-case opening');
    if (/^(he|she|it|they|them|this|that|these|those|such|its|their|his|her)\b/i.test(body) && !/^(that|this) (is|was) (true|false)/i.test(body)) flags.add('opens with a pronoun or deictic');
    if (/^(but|and|or|so|meanwhile|however|also|still|yet)\b/i.test(body)) flags.add('fragment opening with But/And/Meanwhile');
    if (/\b(i|me|my|mine|we|us|our|ours|myself|ourselves)\b/i.test(outsideQuotes.replace(/\bU\.?S\.?\b/g, ''))) flags.add('first-person words outside a quotation');
    if (/,\s*(he|she|they|the [a-z]+( [a-z]+)?|[A-Z][a-z]+) (said|says|added|continued|told [a-z]+|explained|noted)\.?["”]?$/.test(body)) flags.add('speech tag left in ("…, she said")');
    const straight = (body.match(/"/g) ?? []).length;
    const open = (body.match(/“/g) ?? []).length;
    const close = (body.match(/”/g) ?? []).length;
    if (straight % 2 === 1 || open !== close) flags.add('unpaired quotation mark');
    if (/\b(what figure is given for|what is the number of)\b/i.test(body)) flags.add('template numeric stem');
    if (/\b(\w+) \1\b/i.test(body) || / {2,}| [,.;:?]/.test(body)) flags.add('doubled word or stray spacing');
    if (/\bin (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/.test(body)) flags.add('wrong preposition before a day ("in March 9")');
    if (/[^.]\.\.(?!\.)|[.?!]["”]\.|,\s?[,.]|[?!]\./.test(body)) flags.add('doubled punctuation ("it.”.", "Co.. The")');
    if ((body.match(/\(/g) ?? []).length !== (body.match(/\)/g) ?? []).length || (body.match(/\[/g) ?? []).length !== (body.match(/\]/g) ?? []).length) flags.add('unpaired bracket');
    if (/\$\{|\{\w*\}|\bundefined\b|\bNaN\b|\[object /.test(body) || (q.kind !== 'FILL_IN_THE_BLANK' && /_{3,}/.test(body)) || (body.match(/_{3,}/g) ?? []).length > 1) flags.add('template leftover');
    if (/\b(is|was) (Captain|President|Prime Minister|Minister|Secretary|Chairman|Director|Leader|Governor|Mayor|Coach|Head) of\b/.test(body)) flags.add('title with no article ("is Captain of")');
    if (LEAD.test(raw)) {
      const statement = squash(body);
      if (words(body).length >= 8 && sentences.some((s) => squash(s).includes(statement) || statement.includes(squash(s)))) flags.add('copied sentence behind "According to the article"');
    }
  }
  return [...flags];
}
