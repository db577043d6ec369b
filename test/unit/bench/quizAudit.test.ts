// The corpus audit's checks, pinned on hand-built questions: each strategy and flag is shown
// catching the defect it looks for, next to a question it must leave alone.
import { blindScores, grammarFlags } from '../../../bench/quizAudit';
import type { ChoiceQuestion, Question, TrueFalseQuestion } from '../../../src/domain/question';

const base = { explanation: 'x', evidence: [], tests: [], difficulty: { level: 'EASY', score: 0, factors: { distractorSimilarity: 0, sentencesNeeded: 1, sourceInference: false } } } as const;

function choice(prompt: string, texts: string[], correct: number, id = prompt): ChoiceQuestion {
  return {
    ...base,
    id,
    kind: 'MULTIPLE_CHOICE',
    prompt,
    options: texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text, correct: i === correct, rationale: 'r' })),
    answer: { optionId: String.fromCharCode(97 + correct) },
  };
}

function tf(prompt: string, value: boolean): TrueFalseQuestion {
  return { ...base, id: prompt, kind: 'TRUE_FALSE', prompt, answer: { value } };
}

describe('blind-student strategies', () => {
  it('always-True scores the share of true statements against a chance of one half', () => {
    const s = blindScores([tf('A.', true), tf('B.', true), tf('C.', true), tf('D.', false)], null)['always true'];
    expect(blindScores([tf('A.', true), tf('B.', true), tf('C.', true), tf('D.', false)], null)['always false']).toEqual({ applicable: 4, points: 1, chance: 2 });
    expect(s).toEqual({ applicable: 4, points: 3, chance: 2 });
  });

  it('the longest option scores when the key is longest, splits the point on ties, and loses otherwise', () => {
    const longest = choice('Who won?', ['Ann', 'Bob', 'Christopher Robinson'], 2, '1');
    const tie = choice('Who won?', ['Ann', 'Bob', 'Cyd'], 0, '2');
    const shortKey = choice('Who won?', ['Ann', 'Bob', 'Christopher Robinson'], 0, '3');
    const s = blindScores([longest, tie, shortKey], null)['longest option'];
    expect(s.applicable).toBe(3);
    expect(s.points).toBeCloseTo(1 + 1 / 3 + 0);
    expect(s.chance).toBeCloseTo(1);
  });

  it('an option repeating a prompt word ("Monday") is picked; with no overlap the strategy only guesses', () => {
    const clued = choice('Which of these happened on Monday?', ['Talks began on Monday', 'A ship sank', 'Prices rose'], 0, '1');
    const plain = choice('Which of these happened first?', ['Talks began', 'A ship sank', 'Prices rose'], 1, '2');
    const s = blindScores([clued, plain], null)['option repeating a prompt word'];
    expect(s.points).toBeCloseTo(1 + 1 / 3);
  });

  it('an answer printed in the title or in another question of the quiz is found', () => {
    const q1 = choice('Where did the crane fall?', ['Mecca', 'Medina', 'Riyadh'], 0, '1');
    const fill: Question = { ...base, id: 'f', kind: 'FILL_IN_THE_BLANK', prompt: 'The crane fell on the _____ mosque.', answer: { accepted: ['Grand'] } };
    const withTitle = blindScores([q1, fill], 'Crane collapses at Grand Mosque in Mecca')['answer printed in title or another question'];
    expect(withTitle).toEqual({ applicable: 2, points: 2, chance: 1 / 3 });
    const without = blindScores([q1, fill], 'Storm in the desert')['answer printed in title or another question'];
    expect(without.points).toBeCloseTo(1 / 3);
  });

  it('the first option scores only when the key sits first', () => {
    const s = blindScores([choice('Q?', ['x', 'y', 'z'], 0, '1'), choice('Q?', ['x', 'y', 'z'], 2, '2')], null)['first option'];
    expect(s.points).toBe(1);
  });
});

describe('grammar and self-containedness flags', () => {
  const article = ['They are afraid of women.', 'The storm killed 12 people in the north of the country on Monday.'];
  it.each([
    ['According to the article, they are afraid of women.', 'opens with a pronoun or deictic'],
    ['According to the article, but they failed.', 'fragment opening with But/And/Meanwhile'],
    ['According to the article, I do not even hate the man.', 'first-person words outside a quotation'],
    ['According to the article, the extremists are afraid of books, the teenager continued.', 'speech tag left in ("…, she said")'],
    ['According to the article, the storm killed 12 people in the north of the country on Monday.', 'copied sentence behind "According to the article"'],
    ['According to the article, what figure is given for days? Give the figure in days.', 'template numeric stem'],
    ['According to the article, which of these happened in March 9, 2007?', 'wrong preposition before a day ("in March 9")'],
    ['He said “we will win.', 'unpaired quotation mark'],
    ['According to the article, Bracewell said: “We will not talk about it.”.', 'doubled punctuation ("it.”.", "Co.. The")'],
    ['According to the article, the council (which met on Monday agreed.', 'unpaired bracket'],
    ['According to the article, the bridge cost undefined dollars.', 'template leftover'],
    ['According to the article, who is Captain of New Zealand?', 'title with no article ("is Captain of")'],
  ])('%s is flagged: %s', (prompt, flag) => {
    expect(grammarFlags(tf(prompt, true), article)).toContain(flag);
  });

  it('reads a fill-in stem past its short lead: the sentence’s own opening is what counts', () => {
    const fill = (prompt: string) => ({ id: 'f', kind: 'FILL_IN_THE_BLANK', prompt, answer: { accepted: ['x'] }, explanation: '', evidence: [], difficulty: { level: 'EASY', score: 0, factors: { distractorSimilarity: 0, sentencesNeeded: 1, sourceInference: false } }, tests: [] }) as unknown as Parameters<typeof grammarFlags>[0];
    expect(grammarFlags(fill('Which word is missing? He said the protesters waved with all _____ fingers.'), article)).toContain('opens with a pronoun or deictic');
    expect(grammarFlags(fill('Fill in the blank: the team won _____ games.'), article)).toContain('lower-case opening');
    expect(grammarFlags(fill('Fill in the blank: Bush said the protesters waved with all _____ fingers.'), article)).toEqual([]);
  });

  it('a paraphrase naming its speaker, with first person only inside the quotation, is not flagged', () => {
    expect(grammarFlags(tf('Malala Yousafzai said the extremists are afraid of books, calling them “our weapons”.', true), article)).toEqual([]);
  });
});
