// GIFT (Moodle's plain-text question format), read with gift-pegjs. A file that does not parse
// whole is read block by block (GIFT separates questions with blank lines), so one typo costs one
// question, named with its line, not the whole file.
import { parse, type GIFTQuestion, type NumericalChoice, type NumericalFormat, type TextChoice, type TextFormat } from 'gift-pegjs';
import { BLANK } from '../../domain/question';
import { plainText, reportOf, type ImportReport, type ReadQuestion } from './importReport';

interface Block {
  readonly text: string;
  /** 1-based line of the block's first line in the file. */
  readonly line: number;
}

/** Blank-line-separated blocks: Moodle's own GIFT reader ends a question at a blank line, braces or not. */
export function giftBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  let start = 1;
  const close = () => {
    if (current.some((l) => l.trim() !== '' && !l.trim().startsWith('//'))) blocks.push({ text: current.join('\n'), line: start });
  };
  source.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') {
      close();
      current = [];
      start = i + 2;
    } else {
      current.push(line);
    }
  });
  close();
  return blocks;
}

function text(t: TextFormat | null | undefined, notes: string[]): string {
  if (!t) return '';
  if (t.format === 'html') {
    const plain = plainText(t.text);
    if (plain !== t.text.trim()) notes.push('HTML formatting was reduced to plain text');
    return plain;
  }
  return t.text.trim();
}

const fullCredit = (c: { isCorrect: boolean; weight: number | null }) => (c.weight === null ? c.isCorrect : c.weight >= 100);
const partialCredit = (c: { weight: number | null }) => c.weight !== null && c.weight > 0 && c.weight < 100;

function numericAnswer(f: NumericalFormat): { value: number; tolerance: number } | null {
  if (f.type === 'high-low' && f.numberHigh !== undefined && f.numberLow !== undefined) return { value: (f.numberHigh + f.numberLow) / 2, tolerance: Math.abs(f.numberHigh - f.numberLow) / 2 };
  if (f.number === undefined) return null;
  return { value: f.number, tolerance: f.type === 'range' ? Math.abs(f.range ?? 0) : 0 };
}

function readQuestion(q: Exclude<GIFTQuestion, { type: 'Category' }>): ReadQuestion {
  const title = q.title ?? null;
  const notes: string[] = [];
  const prompt = text(q.stem, notes);
  const explanation = 'globalFeedback' in q ? text(q.globalFeedback, notes) : '';
  switch (q.type) {
    case 'Description':
      return { title, skip: 'a description is not a question' };
    case 'Essay':
      return { title, skip: 'an essay question has no answer to grade' };
    case 'TF':
      return { title, kind: 'TRUE_FALSE', draft: { prompt, explanation: explanation || text(q.isTrue ? q.trueFeedback : q.falseFeedback, notes), booleanAnswer: q.isTrue }, notes };
    case 'MC': {
      if (q.choices.some(partialCredit) || q.choices.filter(fullCredit).length !== 1) {
        return { title, skip: 'a choice question with partial credit or more than one right answer cannot be asked here (exactly one option is right)' };
      }
      const options = q.choices.map((c: TextChoice) => ({ text: text(c.text, notes), correct: fullCredit(c), rationale: text(c.feedback, notes) }));
      return { title, kind: 'MULTIPLE_CHOICE', draft: { prompt, explanation, options }, notes };
    }
    case 'Short': {
      const accepted = q.choices.filter(fullCredit).map((c) => text(c.text, notes));
      if (q.choices.some(partialCredit)) notes.push('answers worth partial credit were left out');
      const blanked = prompt.includes(BLANK) ? prompt : `${prompt} ${BLANK}`;
      if (!prompt.includes(BLANK)) notes.push('the answer blank was added at the end of the prompt');
      return { title, kind: 'FILL_IN_THE_BLANK', draft: { prompt: blanked, explanation, acceptedAnswers: accepted }, notes };
    }
    case 'Numerical': {
      const choices = Array.isArray(q.choices) ? q.choices : [{ isCorrect: true, weight: null, text: q.choices, feedback: null } as NumericalChoice];
      const right = choices.filter(fullCredit);
      if (right.length === 0) return { title, skip: 'a numeric question with no answer worth full credit' };
      if (choices.length > 1) notes.push(`only the first full-credit answer was kept; ${choices.length - 1} other answer${choices.length > 2 ? 's were' : ' was'} left out`);
      const answer = numericAnswer(right[0]!.text);
      if (answer === null) return { title, skip: 'the numeric answer could not be read' };
      return { title, kind: 'NUMERIC', draft: { prompt, explanation, numberAnswer: answer.value, tolerance: answer.tolerance }, notes };
    }
    case 'Matching': {
      const pairs = q.matchPairs.filter((p) => p.subquestion.text.trim() !== '').map((p) => ({ left: text(p.subquestion, notes), right: p.subanswer.trim() }));
      if (pairs.length < q.matchPairs.length) notes.push('right items with no left item (extra distractors) were left out');
      return { title, kind: 'MATCHING', draft: { prompt, explanation, pairs }, notes };
    }
  }
}

function isQuestion(q: GIFTQuestion): q is Exclude<GIFTQuestion, { type: 'Category' }> {
  return q.type !== 'Category';
}

export function importGift(source: string): ImportReport {
  let read: ReadQuestion[];
  try {
    read = parse(source).filter(isQuestion).map(readQuestion);
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'SyntaxError') throw error;
    read = giftBlocks(source).flatMap((block): ReadQuestion[] => {
      try {
        return parse(block.text).filter(isQuestion).map(readQuestion);
      } catch (inner) {
        if (!(inner instanceof Error) || inner.name !== 'SyntaxError') throw inner;
        const at = (inner as Error & { location?: { start: { line: number } } }).location?.start.line ?? 1;
        const title = /^\s*::(.*?)::/.exec(block.text)?.[1]?.trim() ?? null;
        return [{ title, skip: `not valid GIFT at line ${block.line + at - 1}: ${inner.message}` }];
      }
    });
  }
  return reportOf(read);
}
