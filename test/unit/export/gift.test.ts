import { parse, type GIFTQuestion, type Matching, type MultipleChoice, type Numerical, type NumericalFormat, type ShortAnswer, type TrueFalse } from 'gift-pegjs';
import { BLANK } from '../../../src/domain/question';
import type { ChoiceQuestion, Question } from '../../../src/domain/question';
import { exportQuiz } from '../../../src/export';
import { giftText } from '../../../src/export/gift';
import { explanationWithEvidence } from '../../../src/export/text/evidence';
import { sourceNames } from '../../../src/export/text/sourceNames';
import { ARTICLE_CITED_AS, EXPORT_QUIZ, questionOfKind, quizWith } from '../../fixtures/exportQuiz';

async function parsedGift(): Promise<GIFTQuestion[]> {
  const file = await exportQuiz(EXPORT_QUIZ, 'GIFT');
  return parse(file.content.toString('utf8'));
}

/** The question titled with the opening words of this prompt (a title ends at a word, with "…" when cut). */
function byTitle<T extends GIFTQuestion>(questions: GIFTQuestion[], question: Question): T {
  const prompt = question.prompt.split(BLANK).join('…');
  const found = questions.find((q) => q.type !== 'Category' && 'title' in q && typeof q.title === 'string' && q.title !== '' && prompt.startsWith(q.title.replace(/…$/, '')));
  if (found === undefined) throw new Error(`no GIFT question titled after “${question.prompt}”`);
  return found as T;
}

/** gift-pegjs decodes escapes everywhere except the right side of a match pair (its PlainText rule). */
function decodeGiftEscapes(text: string): string {
  return text.replace(/&&092;/g, '\\').replace(/&&058;/g, ':').replace(/&&035;/g, '#').replace(/&&061;/g, '=').replace(/&&123;/g, '{').replace(/&&125;/g, '}').replace(/&&126;/g, '~').replace(/&&010/g, '\n');
}

describe('GIFT export, read back by gift-pegjs', () => {
  test('the category and every question parse, each titled by its prompt’s opening words, never its id', async () => {
    const parsed = await parsedGift();
    expect(parsed[0]).toEqual({ type: 'Category', title: `newsquiz/${EXPORT_QUIZ.title}` });
    const titles = parsed.slice(1).map((q) => ('title' in q ? q.title : null));
    expect(titles).toHaveLength(EXPORT_QUIZ.questions.length);
    // Written out by hand: a short prompt is its own title; a long one ends at a word, with "…".
    expect(titles[0]).toBe('What did Ukraine’s military intelligence (HUR) say the…');
    expect(titles[3]).toBe('True or false: the Pentagon confirmed that North Korean…');
    expect(titles[5]).toBe('Zelensky’s office said the troops had been moved to Russia’s…');
    expect(titles[6]).toBe('Match each speaker to what they said.');
    for (const [i, title] of titles.entries()) {
      expect(title).not.toContain(EXPORT_QUIZ.questions[i]!.id);
      expect((title ?? '').length).toBeLessThanOrEqual(61);
    }
  });

  test.each(['MULTIPLE_CHOICE', 'WHO_SAID_IT', 'SOURCE_AND_STANDING'] as const)('a %s question keeps its prompt, options, answer, option feedback and general feedback', async (kind) => {
    const question: ChoiceQuestion = questionOfKind(kind);
    const gift = byTitle<MultipleChoice>(await parsedGift(), question);
    expect(gift.type).toBe('MC');
    expect(gift.stem.text).toBe(question.prompt);
    expect(gift.choices.map((c) => [c.text.text, c.isCorrect, c.feedback?.text ?? ''])).toEqual(question.options.map((o) => [o.text, o.correct, o.rationale]));
    expect(gift.globalFeedback?.text).toBe(explanationWithEvidence(question.explanation, question.evidence, sourceNames(EXPORT_QUIZ)));
  });

  test('the general feedback carries the explanation and the quoted evidence', async () => {
    const question = questionOfKind('MULTIPLE_CHOICE');
    const gift = byTitle<MultipleChoice>(await parsedGift(), question);
    expect(gift.globalFeedback?.text).toContain(question.explanation);
    expect(gift.globalFeedback?.text).toContain(`“${question.evidence[0]?.text ?? ''}”`);
    expect(gift.globalFeedback?.text).toContain(`— ${ARTICLE_CITED_AS}, sentence 5`);
  });

  test('a true/false question keeps its answer', async () => {
    const question = questionOfKind('TRUE_FALSE');
    const gift = byTitle<TrueFalse>(await parsedGift(), question);
    expect([gift.type, gift.stem.text, gift.isTrue]).toEqual(['TF', question.prompt, question.answer.value]);
  });

  test('a numeric question keeps its value and tolerance as {#value:tolerance}', async () => {
    const question = questionOfKind('NUMERIC');
    const tolerant = { ...question, answer: { ...question.answer, value: 11000.5, tolerance: 500 } };
    const file = await exportQuiz(quizWith(tolerant), 'GIFT');
    expect(file.content.toString('utf8')).toContain('{#11000.5:500');
    const gift = byTitle<Numerical>(parse(file.content.toString('utf8')), question);
    expect(gift.type).toBe('Numerical');
    expect(gift.choices as NumericalFormat).toEqual({ type: 'range', number: 11000.5, range: 500 });
  });

  test('a fill-in-the-blank question becomes a short answer with the blank in place', async () => {
    const question = questionOfKind('FILL_IN_THE_BLANK');
    const gift = byTitle<ShortAnswer>(await parsedGift(), question);
    expect(gift.type).toBe('Short');
    expect(gift.hasEmbeddedAnswers).toBe(true);
    expect(gift.stem.text).toBe(question.prompt);
    expect(gift.stem.text).toContain(BLANK);
    expect(gift.choices.map((c) => [c.text.text, c.isCorrect])).toEqual(question.answer.accepted.map((a) => [a, true]));
  });

  test('a matching question keeps every pair, and unpaired right items as distractors', async () => {
    const question = questionOfKind('MATCHING');
    const gift = byTitle<Matching>(await parsedGift(), question);
    const text = (list: readonly { id: string; text: string }[], id: string): string => list.find((i) => i.id === id)?.text ?? '';
    const expected = question.answer.pairs.map((p) => [text(question.left, p.leftId), text(question.right, p.rightId)]);
    expected.push(['', text(question.right, 'r4')]);
    expect(gift.matchPairs.map((m) => [m.subquestion.text, decodeGiftEscapes(m.subanswer)])).toEqual(expected);
  });

  test('an ordering question becomes one multiple choice over sequences, with a warning', async () => {
    const question = questionOfKind('ORDERING');
    const file = await exportQuiz(EXPORT_QUIZ, 'GIFT');
    const gift = byTitle<MultipleChoice>(parse(file.content.toString('utf8')), question);
    const right = gift.choices.filter((c) => c.isCorrect).map((c) => c.text.text);
    expect(right).toEqual(['Training at "Camp ~7" → Move to Kursk → Kyiv reports it → Peskov: <no comment>']);
    expect(gift.choices).toHaveLength(4);
    expect(file.warnings).toContainEqual({ questionId: question.id, message: expect.stringContaining('ORDERING written as a multiple choice') });
  });

  test('GIFT specials and backslashes are escaped; brackets are left alone', () => {
    expect(giftText('a~b=c#d{e}f:g\\h[i]')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h[i]');
    expect(giftText('line one\nline two')).toBe('line one\\nline two');
  });

  test('a matching item containing "->" is left out with a warning, since GIFT cannot escape it', async () => {
    const question = questionOfKind('MATCHING');
    const arrow = { ...question, left: question.left.map((l, i) => (i === 0 ? { ...l, text: 'Pentagon -> DoD' } : l)) };
    const file = await exportQuiz(quizWith(arrow), 'GIFT');
    expect(file.warnings).toContainEqual({ questionId: question.id, message: expect.stringContaining('"->"') });
    expect(parse(file.content.toString('utf8')).some((q) => 'stem' in q && q.stem.text.startsWith(question.prompt))).toBe(false);
  });

  test('the file: a category line without line breaks or slashes, plain UTF-8 text, named for the quiz', async () => {
    const file = await exportQuiz({ ...EXPORT_QUIZ, title: 'Week 3/4\nKursk\r\nclaims' }, 'GIFT');
    const text = file.content.toString('utf8');
    expect(text.split('\n')[0]).toBe('$CATEGORY: newsquiz/Week 3 4 Kursk claims');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('}\n\n::');
    expect(file).toMatchObject({ mediaType: 'text/plain; charset=utf-8', binary: false });
    expect(file.filename).toMatch(/gift\.txt$/);
  });

  test('a false statement is keyed FALSE; an option without a rationale gets no feedback mark', async () => {
    const question = questionOfKind('TRUE_FALSE');
    const file = await exportQuiz(quizWith({ ...question, answer: { value: !question.answer.value } }), 'GIFT');
    expect(byTitle<TrueFalse>(parse(file.content.toString('utf8')), question).isTrue).toBe(!question.answer.value);
    expect(file.content.toString('utf8')).toContain(`{${question.answer.value ? 'FALSE' : 'TRUE'}\n`);
    const choice = questionOfKind('MULTIPLE_CHOICE');
    const bare = { ...choice, options: choice.options.map((o) => ({ ...o, rationale: '' })) };
    const text = (await exportQuiz(quizWith(bare), 'GIFT')).content.toString('utf8');
    for (const o of bare.options) expect(text).toContain(`\t${o.correct ? '=' : '~'}${giftText(o.text)}\n`);
  });

  test('Windows and old Mac line breaks become \\n like any other', () => {
    expect(giftText('a\r\nb\rc')).toBe('a\\nb\\nc');
  });

  test('an ordering question whose answer names an item it does not have is left out with a warning', async () => {
    const question = questionOfKind('ORDERING');
    const broken = { ...question, answer: { order: [...question.answer.order.slice(1), 'nowhere'] } };
    const file = await exportQuiz(quizWith(broken), 'GIFT');
    expect(file.warnings).toContainEqual({ questionId: question.id, message: 'GIFT: ORDERING left out: its answer does not name every item.' });
    expect(parse(file.content.toString('utf8')).some((q) => 'stem' in q && q.stem.text.startsWith(question.prompt))).toBe(false);
  });

  test('a fill-in-the-blank prompt without a blank still carries its answers, after the prompt', async () => {
    const question = questionOfKind('FILL_IN_THE_BLANK');
    const noBlank = { ...question, prompt: 'Name the figure' };
    const text = (await exportQuiz(quizWith(noBlank), 'GIFT')).content.toString('utf8');
    expect(text).toContain(`::Name the figure:: Name the figure{${question.answer.accepted.map((a) => `=${giftText(a)}`).join(' ')}\n`);
  });

  test('a numeric question writes its figure and tolerance as plain decimals', async () => {
    const question = questionOfKind('NUMERIC');
    const text = (await exportQuiz(quizWith({ ...question, answer: { ...question.answer, value: 1e21, tolerance: 0 } }), 'GIFT')).content.toString('utf8');
    expect(text).toContain(`:: ${giftText(question.prompt)} {#1000000000000000000000:0\n\t####`);
  });
});
