// Figures asked as a person asks them (issue 11 §3): the stem names what is counted from the
// sentence ("how many people were injured in the fire?"), never a template ("what figure is given for
// hours?", "what percentage is given for of Australian salt?"); a hedge is graded at its boundary;
// wrong figures stay in the answer's unit and are never another figure of the text relabelled.
import type { EventFacts, Quantity, QuantityMeasure } from '../../../src/domain/facts';
import { gradeResponse } from '../../../src/quiz';
import { indexFacts } from '../../../src/quiz/facts/factIndex';
import { figureStem } from '../../../src/quiz/facts/figureStem';
import { quantityPrompt } from '../../../src/quiz/facts/quantityText';
import { howManyQuestion } from '../../../src/quiz/generators/multipleChoice';
import { numericQuestion } from '../../../src/quiz/generators/numeric';

interface Figure {
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
  readonly measure: QuantityMeasure;
  readonly counts: string;
  readonly approximate?: boolean;
}

/** One sentence a figure, each figure found in its sentence by its words. */
function factsOf(sentences: string[], figures: Figure[]): EventFacts {
  let at = 0;
  const spans = sentences.map((text, index) => {
    const s = { index, start: at, end: at + text.length, text };
    at += text.length + 1;
    return s;
  });
  const body = sentences.join(' ');
  const quantities: Quantity[] = figures.map((f, i) => {
    const s = spans[i]!;
    const start = s.start + s.text.indexOf(f.figure);
    return {
      id: `q${i}`, articleId: 'a1', claimId: null, value: f.value, valueMax: null, approximate: f.approximate ?? false, unit: f.unit, measure: f.measure, counts: f.counts, sourceId: null,
      evidence: { articleId: 'a1', sentenceIndex: i, start, end: start + f.figure.length, text: f.figure },
    };
  });
  return {
    event: { id: 'e1', title: 'x', summary: 'x', date: null, placeId: null },
    articles: [{ id: 'a1', title: null, outlet: null, url: null, publishedAt: '2004-11-17', body, sentences: spans }],
    entities: [], mentions: [], claims: [], quantities, relations: [], timeline: [],
  };
}

const one = (sentence: string, f: Figure) => {
  const facts = factsOf([sentence], [f]);
  return { index: indexFacts(facts), q: facts.quantities[0]! };
};

describe('the stem says what is counted, from the sentence', () => {
  it.each([
    ['12 people were injured in the fire.', { figure: '12 people', value: 12, unit: 'person', measure: 'PEOPLE', counts: 'people injured in the fire' }, 'how many people were injured in the fire'],
    ['The bombs killed 15 students in a university cafeteria.', { figure: '15 students', value: 15, unit: 'student', measure: 'PEOPLE', counts: 'students in a university cafeteria' }, 'how many students did the bombs kill in a university cafeteria'],
    ['Relatives of 24 unarmed workers who were killed by British troops are fighting in court.', { figure: '24 unarmed workers', value: 24, unit: 'worker', measure: 'PEOPLE', counts: 'unarmed workers' }, 'how many unarmed workers were killed by British troops'],
    ['Iodine is added to 10 per cent of Australian salt.', { figure: '10 per cent', value: 10, unit: 'percent', measure: 'PERCENT', counts: 'of Australian salt' }, null],
    ['Officials said 60% of those women tested positive.', { figure: '60%', value: 60, unit: 'percent', measure: 'PERCENT', counts: 'those women' }, 'what percentage of those women tested positive'],
  ] as [string, Figure, string | null][])('“%s”', (sentence, figure, expected) => {
    const { index, q } = one(sentence, figure);
    expect(figureStem(index, q)).toBe(expected);
  });

  it('never a template: a counted phrase that opens with a preposition, or a share with no shape to ask from, makes no question', () => {
    const salt = one('Iodine is added to 10 per cent of Australian salt.', { figure: '10 per cent', value: 10, unit: 'percent', measure: 'PERCENT', counts: 'of Australian salt' });
    expect(quantityPrompt(salt.index, salt.q)).toBeNull();
    const hours = one('The race lasted 45 hours across the desert.', { figure: '45 hours', value: 45, unit: 'hour', measure: 'DURATION', counts: 'hours across the desert' });
    expect(quantityPrompt(hours.index, hours.q)).toBeNull();
    expect(numericQuestion(hours.index, hours.q)).toBeNull();
  });

  it('“one in four organisations” is a ratio, not a count', () => {
    const { index, q } = one('One in four public sector organisations use the contracts.', { figure: 'four public sector organisations', value: 4, unit: 'organisation', measure: 'COUNT', counts: 'public sector organisations' });
    expect(quantityPrompt(index, q)).toBeNull();
  });

  it('the typed question reads as a person asks it', () => {
    const { index, q } = one('12 people were injured in the fire.', { figure: '12 people', value: 12, unit: 'person', measure: 'PEOPLE', counts: 'people injured in the fire' });
    expect(numericQuestion(index, q)?.prompt).toBe('According to the article, how many people were injured in the fire?');
  });
});

describe('a hedge graded at its boundary, both ways, and quoted', () => {
  const typed = (sentence: string, figure: string, value: number) => {
    const { index, q } = one(sentence, { figure, value, unit: 'person', measure: 'PEOPLE', counts: 'people injured in the fire', approximate: true });
    return numericQuestion(index, q)!;
  };

  it('“at least nine people”: eight is wrong, nine is right', () => {
    const q = typed('At least nine people were injured in the fire.', 'At least nine people', 9);
    expect(gradeResponse(q, { value: 8 }).correct).toBe(false);
    expect(gradeResponse(q, { value: 9 }).correct).toBe(true);
    expect(q.explanation).toContain('“at least nine”');
  });

  it('“more than 60 people”: 60 is wrong, 61 is right', () => {
    const q = typed('More than 60 people were injured in the fire.', 'More than 60 people', 60);
    expect(gradeResponse(q, { value: 60 }).correct).toBe(false);
    expect(gradeResponse(q, { value: 61 }).correct).toBe(true);
  });

  it('“around 200 people”: within a tenth either way (180 to 220), and the explanation says so', () => {
    const q = typed('Around 200 people were injured in the fire.', 'Around 200 people', 200);
    expect([179, 180, 220, 221].map((value) => gradeResponse(q, { value }).correct)).toEqual([false, true, true, false]);
    expect(q.explanation).toContain('“around 200”: answers from 180 to 220 are accepted');
  });
});

describe('wrong figures for a choice', () => {
  it('are in the answer’s unit, never another figure of the article relabelled (a race time given as miles)', () => {
    const facts = factsOf(
      ['Russian forces are pressing along the 600-mile front.', 'The winner ran the course in 300 seconds.'],
      [
        { figure: '600-mile front', value: 600, unit: 'mile', measure: 'LENGTH', counts: 'the length of the front along which Russian forces are pressing' },
        { figure: '300 seconds', value: 300, unit: 'second', measure: 'DURATION', counts: 'seconds the winner took' },
      ],
    );
    const index = indexFacts(facts);
    const q = howManyQuestion(index, facts.quantities[0]!);
    const texts = q?.options.map((o) => o.text) ?? [];
    expect(texts).toContain('600 miles');
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const t of texts) expect(t).toMatch(/^[\d,.]+ miles$/);
    expect(texts).not.toContain('300 miles');
  });
});
