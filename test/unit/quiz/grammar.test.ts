import { BLANK, type Question } from '../../../src/domain/question';
import { grammar, grammarFlags, type GrammarCheck } from '../../../src/quiz/rules/grammar';

const base = { id: 'q', explanation: 'Because.', evidence: [], difficulty: { level: 'EASY', score: 0.2, factors: { distractorSimilarity: 0, sentencesNeeded: 1, sourceInference: false } }, tests: [] };
const tf = (prompt: string): Question => ({ ...base, kind: 'TRUE_FALSE', prompt, answer: { value: true } }) as unknown as Question;
const fill = (prompt: string): Question => ({ ...base, kind: 'FILL_IN_THE_BLANK', prompt, answer: { accepted: ['x'] } }) as unknown as Question;
const choice = (prompt: string, options: string[]): Question =>
  ({ ...base, kind: 'MULTIPLE_CHOICE', prompt, options: options.map((text, i) => ({ id: `o${i}`, text, correct: i === 0, rationale: 'r' })), answer: { optionId: 'o0' } }) as unknown as Question;
const ordering = (items: string[]): Question =>
  ({ ...base, kind: 'ORDERING', prompt: 'Put these events in the order they happened, earliest first.', items: items.map((text, i) => ({ id: `i${i}`, text })), answer: { order: items.map((_, i) => `i${i}`) } }) as unknown as Question;

const checks = (q: Question): GrammarCheck[] => grammarFlags(q).map((f) => f.check);

describe('grammar flags: each fires on the bad case and not on the good one', () => {
  it.each<[GrammarCheck, Question, Question]>([
    ['doubled punctuation', tf('According to the article, John Bracewell said: “We will not talk about it.”.'), tf('According to the article, John Bracewell said: “We will not talk about it.”')],
    ['doubled punctuation', fill(`Fill in the blank: Kmart will buy Sears, Roebuck & Co.. The deal will cost ${BLANK} billion.`), fill(`Fill in the blank: Kmart will buy Sears for ${BLANK} billion...`)],
    ['unpaired quotation mark or bracket', fill(`Fill in the blank: Maathai founded the ${BLANK} “to protect biological diversity.`), fill(`Fill in the blank: Maathai founded the ${BLANK} “to protect biological diversity.”`)],
    ['unpaired quotation mark or bracket', tf('According to the article, the council (which met on Monday agreed.'), tf('According to the article, the council (which met on Monday) agreed.')],
    ['lower-case sentence start', fill(`Complete the sentence: the team won ${BLANK} games last year.`), fill(`Complete the sentence: The team won ${BLANK} games last year.`)],
    ['lower-case sentence start', ordering(['the bridge collapses', 'Engineers arrive']), ordering(['The bridge collapses', 'Engineers arrive'])],
    ['stem opens with a conjunction or unresolved reference', fill(`Fill in the blank: He said the protesters waved with all ${BLANK} fingers.`), fill(`Fill in the blank: Bush said the protesters waved with all ${BLANK} fingers.`)],
    ['stem opens with a conjunction or unresolved reference', tf('According to the article, but they failed to agree.'), tf('According to the article, the ministers failed to agree.')],
    ['doubled word', tf('According to the article, the the bridge was closed.'), tf('According to the article, the bridge was closed.')],
    ['template leftover', choice('According to the article, who said {quote}?', ['Berg', 'Vell', 'Kos']), choice('According to the article, who said the bridge would open?', ['Berg', 'Vell', 'Kos'])],
    ['template leftover', tf(`According to the article, the bridge cost ${BLANK}.`), fill(`Fill in the blank: The bridge cost ${BLANK}.`)],
    ['template leftover', tf('According to the article, the bridge cost undefined dollars.'), tf('According to the article, the bridge cost five dollars.')],
    ['title without an article', choice('Who is Captain of New Zealand?', ['Stephen Fleming', 'Nathan Astle', 'Scott Styris']), choice('Who is the Captain of New Zealand?', ['Stephen Fleming', 'Nathan Astle', 'Scott Styris'])],
    ['a/an before the wrong sound', tf('According to the article, it was an voluntary programme.'), tf('According to the article, it was a voluntary programme for a union of an hour.')],
  ])('%s', (check, bad, good) => {
    expect(checks(bad)).toContain(check);
    expect(checks(good)).not.toContain(check);
  });

  it('reads a fill-in stem past its lead, so the sentence’s own first word is what is checked', () => {
    expect(checks(fill(`Which name is missing? ${BLANK} said on Monday that the bridge would open.`))).toEqual([]);
    expect(checks(fill(`Which word is missing? And many of them spread ${BLANK} messages.`))).toContain('stem opens with a conjunction or unresolved reference');
  });

  it('leaves speech its own opening words, and an option may be a phrase in lower case', () => {
    expect(checks(fill(`Fill in the blank: “This is our land,” ${BLANK} said.`))).toEqual([]);
    expect(checks(choice('How many engineers is Ruritania sending?', ['around 3,000 engineers', 'around 5,000 engineers']))).toEqual([]);
  });

  it('works as a question rule: one message a flag, naming the words', () => {
    expect(grammar.check(tf('According to the article, the the bridge was closed.'), undefined as never)).toEqual(['doubled word: “the the”']);
  });
});
