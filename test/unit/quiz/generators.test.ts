import { BLANK } from '../../../src/domain/question';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { generateQuiz, questionBank } from '../../../src/quiz';
import { fillInBody } from '../../../src/quiz/compose/prompts';
import { defaultSeedsDir, readSeedFacts } from '../../../src/seeds/readSeed';
import { quizFacts } from '../../fixtures/quizFacts';
import { choiceQuestions, correctText, ofKind, testsFact } from './helpers';

const bank = questionBank(quizFacts);
const haveSeed = existsSync(path.join(defaultSeedsDir(), 'seed.json'));
const whoSaidIt = ofKind(bank, 'WHO_SAID_IT');

describe('who-said-it questions', () => {
  it('ask for the speaker of a quote and offer the speaker among people', () => {
    const q = whoSaidIt.find((x) => x.prompt.includes('We are grateful'));
    expect(q?.prompt).toBe('Who said these words: “We are grateful for the help of our neighbours”?');
    expect(q && correctText(q)).toBe('Anna Berg');
    expect(q?.options.map((o) => o.text)).toContain('Tomas Vell');
  });

  it('never offer the speaker’s alias as a distractor', () => {
    for (const q of whoSaidIt) {
      const wrong = q.options.filter((o) => !o.correct).map((o) => o.text);
      expect(wrong).not.toEqual(expect.arrayContaining(['Berg']));
      expect(wrong).not.toContain('Freedonian Prime Minister Anna Berg');
    }
  });

  it('never offer the channel a statement came through, nor an entity the article never names', () => {
    const q = whoSaidIt.find((x) => testsFact(x, 'c-council-teams'));
    const texts = q?.options.map((o) => o.text) ?? [];
    expect(q && correctText(q)).toBe('The Harbor Council');
    expect(texts).not.toContain('The Coastal Wire');
    expect(texts).not.toContain('Ola Tarn');
  });

  it('never offer someone who answered the same claim in the same way', () => {
    // Vell and the Fund both did not confirm Berg's figure: neither is a wrong answer for the other.
    const q = whoSaidIt.find((x) => testsFact(x, 'c-fund-not-confirmed'));
    expect(q?.options.map((o) => o.text)).not.toContain('Tomas Vell');
  });

  it('never name the speaker in the prompt', () => {
    for (const q of whoSaidIt) expect(q.prompt).not.toMatch(new RegExp(correctText(q).replace(/^The /, '')));
  });
});

describe('multiple-choice questions', () => {
  it('offers wrong figures in the answer’s unit and magnitude, never another figure of the text relabelled', () => {
    const q = ofKind(bank, 'MULTIPLE_CHOICE').find((x) => testsFact(x, 'q-berg-engineers'));
    // Half, one and a half and double Berg's 3,000; the council's 3,500 (another fact) is not offered.
    expect(q?.options.map((o) => o.text).sort()).toEqual(['1,500 engineers', '3,000 engineers', '4,500 engineers', '6,000 engineers']);
    expect(q && correctText(q)).toBe('3,000 engineers');
    expect(ofKind(bank, 'NUMERIC').find((x) => testsFact(x, 'q-berg-engineers'))?.prompt).toBe(
      'According to Anna Berg, how many Ruritanian engineers are being sent to Freedonia?',
    );
    for (const q of choiceQuestions(bank)) expect(q.options.length).toBeGreaterThanOrEqual(3);
  });

  it('never offer a place that contains the answer as a wrong "where"', () => {
    const q = ofKind(bank, 'MULTIPLE_CHOICE').find((x) => x.prompt.includes('where was Anna Berg'));
    expect(q && correctText(q)).toBe('Lakeside');
    expect(q?.options.map((o) => o.text)).not.toContain('Freedonia');
  });

  it('offer only dates that cannot overlap the answer', () => {
    const q = ofKind(bank, 'MULTIPLE_CHOICE').find((x) => x.prompt.startsWith('According to the article, when did Anna Berg say'));
    expect(q && correctText(q)).toBe('On Monday');
    expect(q?.options.map((o) => o.text)).toEqual(expect.arrayContaining(['On Tuesday', 'In May']));
  });
});

describe('true/false questions', () => {
  const tf = ofKind(bank, 'TRUE_FALSE');

  it('make false statements by changing one thing, and explain with the original words', () => {
    const swapped = tf.find((q) => q.prompt === 'According to the article, Berg said Ruritania is sending around 3,500 engineers to Freedonia to help rebuild the Varna Bridge.');
    expect(swapped?.answer.value).toBe(false);
    expect(swapped?.explanation).toContain('“around 3,000 engineers”');
    // The stand-in is named as the article names the speaker (a surname for a surname): a full name would mark every swap.
    const speaker = tf.find((q) => /^According to the article, (Tomas )?Vell said Ruritania is sending/.test(q.prompt));
    expect(speaker?.answer.value).toBe(false);
    expect(speaker?.explanation).toMatch(/^False: it was Anna Berg, not Tomas Vell/);
  });

  it('turn a doubt into a false confirmation, and keep the doubt as a true statement', () => {
    const prompts = tf.filter((q) => q.prompt.includes('Anna Berg’s claim')).map((q) => [q.prompt, q.answer.value]);
    expect(prompts).toEqual(
      expect.arrayContaining([
        [expect.stringMatching(/Tomas Vell did not confirm Anna Berg’s claim/), true],
        [expect.stringMatching(/Tomas Vell confirmed Anna Berg’s claim/), false],
      ]),
    );
  });

  it('never swap the speaker of a statement that refers back to them ("his government")', () => {
    expect(tf.some((q) => /Anna Berg said his government/.test(q.prompt))).toBe(false);
  });
});

describe('numeric questions', () => {
  it('accept answers around a hedged figure, but not another source’s figure', () => {
    const q = ofKind(bank, 'NUMERIC').find((x) => testsFact(x, 'q-berg-engineers'));
    expect(q?.answer).toEqual({ value: 3000, tolerance: 300, unit: 'engineers' });
    expect(Math.abs(3500 - 3000)).toBeGreaterThan(q?.answer.tolerance ?? Infinity);
  });

  it('ask for an exact figure when the text does not hedge, with the unit when it is not obvious', () => {
    const q = ofKind(bank, 'NUMERIC').find((x) => testsFact(x, 'q-road'));
    expect(q?.answer).toEqual({ value: 40, tolerance: 0, unit: 'miles' });
    expect(q?.prompt).toMatch(/Give the figure in miles\.$/);
  });
});

describe('fill-in-the-blank questions', () => {
  const fill = ofKind(bank, 'FILL_IN_THE_BLANK');
  it('hold exactly one blank and accept the text’s own words first', () => {
    for (const q of fill) expect(q.prompt.split(BLANK)).toHaveLength(2);
    const six = fill.find((q) => testsFact(q, 'q-council-teams'));
    expect(six?.answer.accepted).toEqual(['six', '6']);
  });

  it('never erase the whole sentence: at least four words stay around the blank, and no quotation mark dangles', () => {
    const seedFill = haveSeed ? ofKind(questionBank(readSeedFacts()), 'FILL_IN_THE_BLANK') : [];
    for (const q of [...fill, ...seedFill]) {
      const body = fillInBody(q.prompt);
      expect(body.split(BLANK).join(' ').split(/\s+/).filter((w) => /\w/.test(w)).length).toBeGreaterThanOrEqual(4);
      expect((body.match(/“/g) ?? []).length).toBe((body.match(/”/g) ?? []).length);
    }
    if (haveSeed) expect(seedFill.map((q) => q.answer.accepted[0])).not.toContain('It’s highly worrying.');
  });

  it('never blank a name the rest of the sentence repeats', () => {
    for (const q of fill) {
      const rest = q.prompt.replace(BLANK, '');
      expect(rest).not.toContain(` ${q.answer.accepted[0]} `);
    }
  });
});

describe('matching and ordering questions', () => {
  it('pair each speaker with one thing they said', () => {
    const q = ofKind(bank, 'MATCHING').find((x) => x.prompt.startsWith('Match each speaker'));
    expect(q?.left.length).toBeGreaterThanOrEqual(3);
    const pairs = q?.answer.pairs.map((p) => [q.left.find((l) => l.id === p.leftId)?.text, q.right.find((r) => r.id === p.rightId)?.text]);
    expect(pairs).toEqual(expect.arrayContaining([['Anna Berg', 'Ruritania is sending around 3,000 engineers to Freedonia to help rebuild the Varna Bridge']]));
  });

  it('present timeline steps out of order and answer with the timeline’s sequence', () => {
    const q = ofKind(bank, 'ORDERING')[0];
    expect(q?.items.map((i) => i.id)).not.toEqual(q?.answer.order);
    expect(q?.answer.order.map((id) => q.items.find((i) => i.id === id)?.text)).toEqual([
      'The Varna Bridge collapses in a storm',
      'Ruritania and Freedonia sign a reconstruction agreement',
      'Anna Berg says Ruritania is sending engineers',
      'The Harbor Council reports a larger figure',
    ]);
  });
});

describe('item ids shown to students', () => {
  const byNumber = (ids: readonly string[]): string[] => [...ids].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  const seedBank = haveSeed ? questionBank(readSeedFacts()) : [];
  const quizzes = haveSeed ? Array.from({ length: 50 }, (_, i) => generateQuiz(readSeedFacts(), { count: 20, seed: `ids-${i}` }).questions) : [];
  const everywhere = [...bank, ...seedBank, ...quizzes.flat()];

  it('a student’s item ids, sorted, are not the answer order', () => {
    const ordering = ofKind(everywhere, 'ORDERING');
    expect(ordering.length).toBeGreaterThan(0);
    for (const q of ordering) expect(byNumber(q.answer.order)).not.toEqual(q.answer.order);
  });

  it('an ordering question numbers its items in the order shown, so ids say nothing the list does not', () => {
    for (const q of ofKind(everywhere, 'ORDERING')) expect(q.items.map((i) => i.id)).toEqual(byNumber(q.items.map((i) => i.id)));
  });

  it('a matching question’s ids paired in order (L1–R1, L2–R2 …) are not the answer', () => {
    const matching = ofKind(everywhere, 'MATCHING');
    expect(matching.length).toBeGreaterThan(0);
    for (const q of matching) {
      const inOrder = q.left.every((l, i) => q.answer.pairs.some((p) => p.leftId === l.id && p.rightId === q.right[i]?.id));
      expect(inOrder).toBe(false);
      expect(q.left.map((i) => i.id)).toEqual(byNumber(q.left.map((i) => i.id)));
      expect(q.right.map((i) => i.id)).toEqual(byNumber(q.right.map((i) => i.id)));
    }
  });
});

describe('source-and-standing questions', () => {
  const sas = ofKind(bank, 'SOURCE_AND_STANDING');

  it('offer the relaying news agency as a wrong answer to "whose figure is it?"', () => {
    const q = sas.find((x) => x.prompt.includes('at around 3,500'));
    expect(q?.prompt).toBe('One source puts the number of Ruritanian engineers being prepared for Freedonia at around 3,500. Whose figure is it?');
    expect(q && correctText(q)).toBe('The Harbor Council');
    expect(q?.options.find((o) => o.text === 'The Coastal Wire')?.rationale).toMatch(/reported the figure/);
  });

  it('ask what a responder said about a claim, with standings that exclude each other', () => {
    const q = sas.find((x) => x.prompt.startsWith('What did Tomas Vell say'));
    expect(q && correctText(q)).toBe('Said there was no evidence for the claim');
    // "Did not confirm" is also true of Vell, so it must not be offered beside "no evidence".
    expect(q?.options.map((o) => o.text)).not.toContain('Did not confirm the claim');
  });

  it('ask which claim a responder doubted, offering claims nobody doubted', () => {
    const q = sas.find((x) => x.prompt === 'Tomas Vell said there was no evidence for one of these claims. Which one?');
    expect(q && correctText(q)).toBe('Ruritania is sending around 3,000 engineers to Freedonia to help rebuild the Varna Bridge');
  });
});
