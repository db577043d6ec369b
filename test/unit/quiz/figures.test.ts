// Figures as a teacher would ask them (issue 11 §3): "how many" only over a plural noun phrase, a
// hedge graded as written and quoted in the explanation, wrong figures in the answer's own unit and
// magnitude. Expected values are worked out by hand from the hedge, not read back from the code.
import type { EventFacts, Quantity } from '../../../src/domain/facts';
import { indexFacts } from '../../../src/quiz/facts/factIndex';
import { countedNounIsPlural, hedgeBand, hedgeOf, plausibleWrongValues, unambiguousFigure } from '../../../src/quiz/facts/quantityText';
import { numericQuestion } from '../../../src/quiz/generators/numeric';
import { gradeResponse } from '../../../src/quiz';
import { quizFacts } from '../../fixtures/quizFacts';

const quantity = (over: Partial<Quantity> & { text?: string }): Quantity => ({
  id: 'q', articleId: 'a', claimId: null, value: 60, valueMax: null, approximate: false, unit: 'person', measure: 'PEOPLE', counts: 'people injured in the fire', sourceId: null,
  evidence: { articleId: 'a', sentenceIndex: 0, start: 0, end: 1, text: over.text ?? '60 people' },
  ...over,
});

describe('how many: only over a plural noun phrase', () => {
  it.each([
    ['people injured in the fire', 60],
    ['North Korean soldiers North Korea is preparing to send', 10000],
    ['Ruritanian engineering teams being prepared', 6],
    ['votes in the Senate', 2],
    ['mid-air tanker aircraft from Boeing', 4],
  ])('“%s” (%d) is asked', (counts, value) => {
    expect(countedNounIsPlural(quantity({ counts, value, measure: 'COUNT' }))).toBe(true);
  });

  it.each([
    ['day rally in the capital', 2],
    ['Immortals player', 3],
    ['miles west of Stockholm', 130],
    ['degrees Celsius', 800],
    ['earthquake', 8.6],
    ['people', 1],
  ])('“%s” (%d) is not', (counts, value) => {
    expect(countedNounIsPlural(quantity({ counts, value, measure: 'COUNT' }))).toBe(false);
  });
});

describe('hedges graded as written', () => {
  it.each([
    ['more than 60 people', 60, 'above', 61, 73],
    ['at least nine people', 9, 'atLeast', 9, 11],
    ['as many as 50,000 people', 50000, 'atMost', 40000, 50000],
    ['around 200 people', 200, 'around', 180, 220],
    ['fewer than 30 people', 30, 'below', 23, 29],
    ['60 people', 60, 'none', 60, 60],
  ])('“%s” accepts %d as %s: from %d to %d', (text, value, kind, low, high) => {
    const q = quantity({ text, value, approximate: kind !== 'none' });
    expect(hedgeOf(q).kind).toBe(kind);
    expect(hedgeBand(q)).toEqual({ low, high });
  });

  it('“thousands of fans” is vague: no figure to grade against', () => {
    expect(hedgeOf(quantity({ text: 'thousands of fans', value: 1000, approximate: true })).kind).toBe('vague');
  });

  const hedged = (text: string): EventFacts => ({
    ...quizFacts,
    quantities: quizFacts.quantities.map((x) => (x.id === 'q-berg-engineers' ? { ...x, evidence: { ...x.evidence, text } } : x)),
  });

  it('a typed “more than 3,000” refuses 3,000 itself, takes 3,001, and quotes the hedge', () => {
    const facts = hedged('more than 3,000 engineers');
    const index = indexFacts(facts);
    const q = numericQuestion(index, facts.quantities.find((x) => x.id === 'q-berg-engineers')!)!;
    expect(gradeResponse(q, { value: 3000 }).correct).toBe(false);
    expect(gradeResponse(q, { value: 3001 }).correct).toBe(true);
    // The council's 3,500 engineers is another source's figure: the band stops short of it.
    expect(gradeResponse(q, { value: 3500 }).correct).toBe(false);
    expect(q.explanation).toContain('“more than 3,000”');
  });

  it('a typed “as many as 3,000” refuses 3,001 and takes 2,800', () => {
    const facts = hedged('as many as 3,000 engineers');
    const q = numericQuestion(indexFacts(facts), facts.quantities.find((x) => x.id === 'q-berg-engineers')!)!;
    expect(gradeResponse(q, { value: 3001 }).correct).toBe(false);
    expect(gradeResponse(q, { value: 2800 }).correct).toBe(true);
    expect(gradeResponse(q, { value: 3000 }).correct).toBe(true);
  });
});

describe('wrong figures', () => {
  const index = indexFacts(quizFacts);
  const berg = quizFacts.quantities.find((x) => x.id === 'q-berg-engineers')!;

  it('are of the answer’s magnitude and never a figure the text prints for something else', () => {
    const wrong = plausibleWrongValues(index, berg);
    expect(wrong).toEqual([4500, 1500, 6000]);
    const printed = quizFacts.quantities.map((x) => x.value);
    for (const w of wrong) expect(printed).not.toContain(w);
  });

  it('a figure the same source gives twice for one thing, differently, is not asked', () => {
    const facts: EventFacts = {
      ...quizFacts,
      quantities: [...quizFacts.quantities, { ...berg, id: 'q-berg-engineers-2', value: 2500, counts: 'Ruritanian engineers being sent to Freedonia now' }],
    };
    expect(unambiguousFigure(indexFacts(facts), berg)).toBe(false);
    expect(unambiguousFigure(index, berg)).toBe(true);
  });
});
