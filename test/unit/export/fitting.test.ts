// Conversions that keep a question a choice-only format would otherwise leave out (issue 15 §3),
// each only where every wrong option stays provably wrong, and the grammar of converted figures.
import type { MatchingQuestion, NumericQuestion, OrderingQuestion } from '../../../src/domain/question';
import { exportQuiz } from '../../../src/export';
import { asChoiceItems } from '../../../src/export/conversions/asChoiceItems';
import { numericAsChoice } from '../../../src/export/conversions/numericAsChoice';
import { choiceOverOrdersPrompt, orderingAsChoice } from '../../../src/export/conversions/orderingAsChoice';
import { questionOfKind } from '../../fixtures/exportQuiz';

const base = questionOfKind('MATCHING');

/** Five speakers, each with one statement, and one statement nobody made: six right items. */
const SIX_RIGHT: MatchingQuestion = {
  ...base,
  id: 'q-match-six',
  left: ['Pentagon', 'Rutte', 'Peskov', 'Zelensky', 'HUR'].map((text, i) => ({ id: `l${i + 1}`, text })),
  right: ['escalation', 'consulting allies', 'no comment', '11,000 moved', 'trained near Vladivostok', 'offensive over'].map((text, i) => ({ id: `r${i + 1}`, text })),
  answer: { pairs: [1, 2, 3, 4, 5].map((n) => ({ leftId: `l${n}`, rightId: `r${n}` })) },
};

describe('a matching question with more right items than the format has answers', () => {
  test('each left item becomes a choice of four: its own match and three of the others, never two right', () => {
    const { items, warnings } = asChoiceItems([SIX_RIGHT], 'KAHOOT', { maxOptions: 4 });
    expect(items).toHaveLength(5);
    items.forEach((item, i) => {
      expect(item.options).toHaveLength(4);
      expect(item.options.filter((o) => o.correct).map((o) => o.text)).toEqual([SIX_RIGHT.right[i]!.text]);
      expect(new Set(item.options.map((o) => o.text)).size).toBe(4);
    });
    expect(warnings[0]?.message).toMatch(/each offering its match and 3 of the others/);
  });

  test('Kahoot keeps every one of them (before, each had six options and was left out)', async () => {
    const file = await exportQuiz({ id: 'q', title: 'Kursk', questions: [SIX_RIGHT] }, 'KAHOOT');
    expect(file.warnings.some((w) => /left out/.test(w.message))).toBe(false);
  });

  test('a format with room for every right item still offers them all, in order', () => {
    const { items } = asChoiceItems([SIX_RIGHT], 'QUIZIZZ', { maxOptions: 10 });
    expect(items[0]!.options.map((o) => o.text)).toEqual(SIX_RIGHT.right.map((r) => r.text));
  });
});

const LONG_ORDER: OrderingQuestion = {
  ...questionOfKind('ORDERING'),
  id: 'q-order-long',
  prompt: 'Put these events in the order they happened, earliest first.',
  items: [
    { id: 'c', text: 'Kyiv says the troops have reached the Kursk region' },
    { id: 'a', text: 'The soldiers train at a camp near Vladivostok' },
    { id: 'd', text: 'The Kremlin declines to comment on the report' },
    { id: 'b', text: 'The troops are moved west by train' },
  ],
  answer: { order: ['a', 'b', 'c', 'd'] },
};

describe('an ordering question whose whole sequences are too long for the answers', () => {
  test('becomes "which of these events happened first?" over its items, the earliest alone right', () => {
    const { items, warnings } = asChoiceItems([LONG_ORDER], 'KAHOOT', { maxOptions: 4, maxOptionLength: 75 });
    expect(items).toHaveLength(1);
    expect(items[0]!.prompt).toBe('Which of these events happened first?');
    expect(items[0]!.options.filter((o) => o.correct).map((o) => o.text)).toEqual(['The soldiers train at a camp near Vladivostok']);
    expect(items[0]!.options.map((o) => o.text).sort()).toEqual(LONG_ORDER.items.map((i) => i.text).sort());
    expect(warnings[0]?.message).toMatch(/which happened first/);
  });

  test('Kahoot keeps it (as sequences every option was over 75 characters)', async () => {
    expect(orderingAsChoice(LONG_ORDER)!.options.every((o) => o.text.length > 75)).toBe(true);
    const file = await exportQuiz({ id: 'q', title: 'Kursk', questions: [LONG_ORDER] }, 'KAHOOT');
    expect(file.warnings.some((w) => /left out/.test(w.message))).toBe(false);
  });

  test('where sequences fit, they are kept: they test the whole order', () => {
    const { items } = asChoiceItems([LONG_ORDER], 'BLOOKET', { maxOptions: 4 });
    expect(items[0]!.options.every((o) => o.text.includes(' → '))).toBe(true);
  });
});

describe('the stem of an ordering question asked as a choice over orders', () => {
  test('"Put … in the order they happened, earliest first." is asked once, as a question', () => {
    expect(choiceOverOrdersPrompt('Put these events in the order they happened, earliest first.')).toBe('In which order did these events happen, earliest first?');
    expect(orderingAsChoice(LONG_ORDER)!.prompt.match(/earliest first/g)).toHaveLength(1);
  });

  test('a stem that already says "earliest first" is not told so again; one that does not is', () => {
    expect(choiceOverOrdersPrompt('Order the steps of the rescue, earliest first.')).toBe('Order the steps of the rescue, earliest first. Which order is right?');
    expect(choiceOverOrdersPrompt('Put these in the order the article says they happened.')).toBe('Put these in the order the article says they happened. Which order is right, earliest first?');
  });
});

describe('a figure converted to a choice keeps its grammar', () => {
  const numeric = questionOfKind('NUMERIC');
  const withAnswer = (value: number, unit: string): NumericQuestion => ({ ...numeric, answer: { value, tolerance: 0, unit } });

  test('no wrong option of 1 beside a plural unit ("1 soldiers"): triple stands in for half of 2', () => {
    const options = numericAsChoice(withAnswer(2, 'soldiers'))!.options.map((o) => o.text);
    expect(options).not.toContain('1 soldiers');
    expect(options.sort()).toEqual(['2 soldiers', '3 soldiers', '4 soldiers', '6 soldiers']);
  });

  test('an answer of 1 keeps its singular unit; the wrong figures take the plural', () => {
    const options = numericAsChoice(withAnswer(1, 'soldier'))!.options;
    expect(options.find((o) => o.correct)?.text).toBe('1 soldier');
    expect(options.filter((o) => !o.correct).map((o) => o.text).sort()).toEqual(['2 soldiers', '3 soldiers']);
  });

  test('a figure with a tolerance (a hedge: "around", "more than") is never a choice: a wrong option could be true', () => {
    expect(numericAsChoice({ ...numeric, answer: { value: 60, tolerance: 6, unit: 'people' } })).toBeNull();
  });

  test('nor one the cited words hedge, even with no tolerance: 90 would be "more than 60" too', () => {
    const hedged = (text: string): NumericQuestion => ({ ...withAnswer(60, 'people'), evidence: [{ ...numeric.evidence[0]!, text }] });
    expect(numericAsChoice(hedged('police said more than 60 people were hurt'))).toBeNull();
    expect(numericAsChoice(hedged('officials put the toll at nearly 60 people'))).toBeNull();
    // The same figure stated plainly is still a choice.
    expect(numericAsChoice(hedged('police said 60 people were hurt, more than last year'))).not.toBeNull();
  });
});

describe('an answer key states a hedged figure as the band it accepts', () => {
  const numeric = questionOfKind('NUMERIC');
  test('"more than 60" accepted as 61 to 73 reads "any figure from 61 to 73 people", never a midpoint the article never gives', async () => {
    const hedged: NumericQuestion = { ...numeric, answer: { value: 67, tolerance: 6, unit: 'people' } };
    const markdown = (await exportQuiz({ id: 'q', title: 'Kursk', questions: [hedged] }, 'MARKDOWN')).content.toString('utf8');
    expect(markdown).toContain('any figure from 61 to 73 people');
    expect(markdown).not.toContain('67');
  });

  test('a band with decimal ends is written without floating-point noise', async () => {
    const hedged: NumericQuestion = { ...numeric, answer: { value: 66.85, tolerance: 0.05, unit: 'seconds' } };
    const markdown = (await exportQuiz({ id: 'q', title: 'Kursk', questions: [hedged] }, 'MARKDOWN')).content.toString('utf8').replace(/\\(.)/g, '$1');
    expect(markdown).toContain('any figure from 66.8 to 66.9 seconds');
  });
});
