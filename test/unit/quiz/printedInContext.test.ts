// no-answer-elsewhere on an ordinary word: a blank's word ("financial") printed elsewhere on the sheet
// gives it away only beside a word the blank sits by; a name or a figure printed anywhere does.
// Hand-built questions, so each case fails if the context check is dropped or made too loose.
import type { Difficulty, FillInTheBlankQuestion, Question, TrueFalseQuestion } from '../../../src/domain/question';
import { indexFacts } from '../../../src/quiz/facts/factIndex';
import { printsAnswerOf } from '../../../src/quiz/rules/noAnswerElsewhere';
import { quizFacts } from '../../fixtures/quizFacts';

const index = indexFacts(quizFacts);
const difficulty = { level: 'MEDIUM', score: 0.5 } as unknown as Difficulty;
const blank = (id: string, prompt: string, accepted: string[]): FillInTheBlankQuestion => ({ id, kind: 'FILL_IN_THE_BLANK', prompt, answer: { accepted }, explanation: '', evidence: [], difficulty, tests: [] });
const statement = (id: string, prompt: string): TrueFalseQuestion => ({ id, kind: 'TRUE_FALSE', prompt, answer: { value: true }, explanation: '', evidence: [], difficulty, tests: [] });
const printed = (victim: Question, other: Question): boolean => printsAnswerOf(index, victim, other) !== null;

const financial = blank('b-financial', 'Fill in the blank: The bill was designed to help the struggling U.S. _____ economy.', ['financial']);

describe('a blank’s ordinary word printed elsewhere', () => {
  it('is no give-away where another question uses the word in another setting', () => {
    expect(printed(financial, statement('t-other', 'According to the article, the senator said the financial system needed confidence.'))).toBe(false);
  });

  it('gives the blank away beside the word before the blank', () => {
    expect(printed(financial, statement('t-before', 'According to the article, the U.S. financial economy was struggling.'))).toBe(true);
  });

  it('gives the blank away beside the word after the blank', () => {
    expect(printed(financial, statement('t-after', 'According to the article, the financial economy was struggling.'))).toBe(true);
  });

  it('still counts a name printed anywhere: a student writes in a name the sheet offers', () => {
    const name = blank('b-name', 'Which name is missing? _____ sent a letter to the board.', ['Blackmun', 'Scott Blackmun']);
    expect(printed(name, statement('t-name', 'According to the article, Scott Blackmun insisted on a fresh start.'))).toBe(true);
  });

  it('still counts a figure printed anywhere', () => {
    const figure = blank('b-figure', 'Complete the sentence: The bill passed with _____ votes.', ['74']);
    expect(printed(figure, statement('t-figure', 'According to the article, 74 senators were present.'))).toBe(true);
  });

  it('counts a word at the start of a stem printed before the word after it', () => {
    const opening = blank('b-open', 'Fill in the blank: _____ measures were added to the bill.', ['additional']);
    expect(printed(opening, statement('t-open1', 'According to the article, additional measures were added.'))).toBe(true);
    expect(printed(opening, statement('t-open2', 'According to the article, the steps were additional.'))).toBe(false);
  });
});
