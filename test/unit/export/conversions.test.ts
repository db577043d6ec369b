import { EXPORT_FORMATS, exportQuiz } from '../../../src/export';
import { asChoiceItems } from '../../../src/export/conversions/asChoiceItems';
import { shorterPrompt } from '../../../src/export/conversions/shorterPrompt';
import { slugOf } from '../../../src/export/filename';
import { EXPORT_QUIZ, QUESTIONS, questionOfKind } from '../../fixtures/exportQuiz';

describe('conversions for choice-only formats', () => {
  const { items, warnings } = asChoiceItems(QUESTIONS, 'TEST');

  test('an ordering question becomes one choice over sequences with exactly one right order', () => {
    const ordering = items.filter((i) => i.questionId === 'q-order-events');
    expect(ordering).toHaveLength(1);
    const options = ordering[0]?.options ?? [];
    expect(options.filter((o) => o.correct).map((o) => o.text)).toEqual(['Training at "Camp ~7" → Move to Kursk → Kyiv reports it → Peskov: <no comment>']);
    expect(new Set(options.map((o) => o.text)).size).toBe(options.length);
  });

  test('a matching question becomes one choice per left item, each with its own right answer', () => {
    const matching = questionOfKind('MATCHING');
    const split = items.filter((i) => i.questionId === matching.id);
    expect(split.map((i) => i.options.find((o) => o.correct)?.text)).toEqual(['“a dangerous escalation”', 'Allies are consulted {at 09:00 #CET}', '"We have no evidence" & <no comment>']);
  });

  test('true/false becomes a two-option choice, and a fill-in-the-blank is left out; each is reported', () => {
    expect(items.find((i) => i.questionId === 'q-tf-confirmed')?.options.map((o) => [o.text, o.correct])).toEqual([['True', false], ['False', true]]);
    expect(items.some((i) => i.questionId === 'q-blank-region')).toBe(false);
    expect(warnings.map((w) => w.questionId)).toEqual(expect.arrayContaining(['q-tf-confirmed', 'q-blank-region', 'q-match-speakers', 'q-order-events', 'q-num-troops']));
  });

  test('the same quiz always exports to the same bytes', async () => {
    for (const format of EXPORT_FORMATS) {
      const [a, b] = await Promise.all([exportQuiz(EXPORT_QUIZ, format), exportQuiz(EXPORT_QUIZ, format)]);
      expect(a.content.equals(b.content)).toBe(true);
    }
  });
});

describe('file names', () => {
  test('come from a slug of the title', async () => {
    expect(slugOf('Zelensky’s visit to Kyiv: what we know')).toBe('zelenskys-visit-to-kyiv-what-we-know');
    expect(slugOf('Élysée <>&"')).toBe('elysee');
    expect(slugOf('***')).toBe('quiz');
    const file = await exportQuiz(EXPORT_QUIZ, 'GIFT');
    expect(file.filename).toBe('north-korean-troops-in-kursk-zelenskys-claim-the-pentagons-not-confirmed.gift.txt');
  });
});

describe('text XML cannot carry', () => {
  test('a question with a control character is left out of the XML formats, with a warning', async () => {
    const bad = { ...questionOfKind('WHO_SAID_IT'), explanation: 'bell \u0007 here' };
    const quiz = { ...EXPORT_QUIZ, questions: [bad] };
    for (const format of ['MOODLE_XML', 'QTI21', 'QTI30'] as const) {
      const file = await exportQuiz(quiz, format);
      expect(file.warnings).toContainEqual({ questionId: bad.id, message: expect.stringContaining('XML cannot carry') });
    }
  });
});

describe('shorterPrompt: fewer words, never a cut', () => {
  const long = `According to the article, who said the alliance was consulting allies about the report on ${'x'.repeat(40)}?`;

  test('"According to the article," goes when the prompt is over the limit, and the rest is kept whole', () => {
    expect(shorterPrompt(long, 120)).toBe(`Who said the alliance was consulting allies about the report on ${'x'.repeat(40)}?`);
  });

  test('a prompt within the limit, or with nothing that can go, is left exactly as it is', () => {
    expect(shorterPrompt('According to the article, who spoke?', 120)).toBe('According to the article, who spoke?');
    const other = `Who said ${'y'.repeat(130)}?`;
    expect(shorterPrompt(other, 120)).toBe(other);
  });
});
