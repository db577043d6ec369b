// Rule: no question prints another question's answer, anywhere (prompt, options, items). A student
// who never read the article fills "_____ says it received 8,000 reports" from the speaker offered
// in the who-said-it question above it, and picks "Abou Diaby" because a blank two questions down
// printed him. Unlike no-cross-giveaway this needs no shared fact or sentence: on extracted facts
// one name turns up in many unrelated questions, and a student has the whole sheet in front of them.
import { BLANK, type Question } from '../../domain/question';
import type { FactIndex } from '../facts/factIndex';
import { containsPhrase } from '../text/normalize';
import { findNumbers } from '../text/numbers';
import { answerTexts, visibleText } from './answerTexts';
import { optionMeaning } from './optionMeaning';
import type { QuizRule, Violation } from './types';

/** What a student must supply or pick, as words to look for and figures to look for. */
interface Answer {
  readonly texts: readonly string[];
  readonly figures: readonly number[];
}

function answerOf(index: FactIndex, q: Question): Answer {
  switch (q.kind) {
    case 'NUMERIC':
      return { texts: [], figures: [q.answer.value] };
    case 'FILL_IN_THE_BLANK':
      return { texts: q.answer.accepted.filter((t) => findNumbers(t).length === 0), figures: q.answer.accepted.flatMap((t) => (findNumbers(t).length === 1 && findNumbers(t)[0]?.text === t.trim() ? [findNumbers(t)[0]!.value] : [])) };
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING': {
      const correct = q.options.find((o) => o.id === q.answer.optionId);
      const meaning = correct === undefined ? null : optionMeaning(index, correct.text);
      if (meaning?.type === 'number') return { texts: [], figures: [meaning.value] };
      return { texts: answerTexts(q, index), figures: [] };
    }
    default:
      return { texts: [], figures: [] };
  }
}

function prints(seen: string, text: string): boolean {
  return containsPhrase(seen, text);
}

/** A word a student could not tell from any other word on the sheet: no capital, no figure ("financial", "a foregone"). */
function isOrdinaryWord(text: string): boolean {
  return !/[\p{Lu}\d]/u.test(text);
}

/** The words either side of a blank ("U.S. _____ economy" → "U.S.", "economy"); null at an edge. */
function blankNeighbours(prompt: string): { before: string | null; after: string | null } {
  const at = prompt.indexOf(BLANK);
  const word = (w: string | undefined): string | null => {
    const bare = (w ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    return bare === '' ? null : bare;
  };
  if (at < 0) return { before: null, after: null };
  return { before: word(prompt.slice(0, at).trim().split(/\s+/).pop()), after: word(prompt.slice(at + BLANK.length).trim().split(/\s+/)[0]) };
}

/**
 * Whether `seen` prints a blank's answer where a student could take it for the blank's. A name or a
 * figure printed anywhere is a candidate to write in; an ordinary word ("financial") is one of the
 * hundreds of words on the sheet, so it gives the blank away only next to a word the blank sits by
 * ("U.S. financial", "financial economy"), as when another question shows the same clause.
 */
function printsBlankAnswer(seen: string, prompt: string, text: string): boolean {
  if (!prints(seen, text)) return false;
  if (!isOrdinaryWord(text)) return true;
  const { before, after } = blankNeighbours(prompt);
  if (before === null && after === null) return true;
  return (before !== null && prints(seen, `${before} ${text}`)) || (after !== null && prints(seen, `${text} ${after}`));
}

function printsFigure(seen: string, value: number): boolean {
  return findNumbers(seen).some((n) => n.value === value);
}

/**
 * Why `other` prints `victim`'s answer, or null. For a choice question the answer counts as printed
 * only when it stands out: if every option is printed elsewhere too, seeing them singles none out.
 * Exported for quiz selection.
 */
export function printsAnswerOf(index: FactIndex, victim: Question, other: Question): string | null {
  if (victim === other) return null;
  const seen = visibleText(other);
  const answer = answerOf(index, victim);
  const text = answer.texts.find((t) => (victim.kind === 'FILL_IN_THE_BLANK' ? printsBlankAnswer(seen, victim.prompt, t) : prints(seen, t)));
  const figure = answer.figures.find((v) => printsFigure(seen, v));
  if (text === undefined && figure === undefined) return null;
  if (victim.kind === 'MULTIPLE_CHOICE' || victim.kind === 'WHO_SAID_IT' || victim.kind === 'SOURCE_AND_STANDING') {
    const wrong = victim.options.filter((o) => o.id !== victim.answer.optionId);
    const allPrinted = wrong.every((o) => {
      const m = optionMeaning(index, o.text);
      return m.type === 'number' ? printsFigure(seen, m.value) : prints(seen, o.text);
    });
    if (allPrinted) return null;
  }
  return `question ${other.id} prints its answer “${text ?? String(figure)}”`;
}

export const noAnswerElsewhere: QuizRule = {
  name: 'no-answer-elsewhere',
  check(questions, index) {
    const out: Violation[] = [];
    for (const victim of questions) {
      for (const other of questions) {
        const why = printsAnswerOf(index, victim, other);
        if (why !== null) out.push({ rule: this.name, questionId: victim.id, message: why });
      }
    }
    return out;
  },
};
