// The Anki deck, read back by anki-reader (sql.js over the zip's collection.anki2), a reader that
// shares nothing with the writer (better-sqlite3 and JSZip).
import { exportQuiz } from '../../../src/export';
import type { ExportableQuiz } from '../../../src/export/types';
import { readApkg } from './support';
import { ARTICLE_BODY, ARTICLE_SOURCE, EXPORT_QUIZ, questionOfKind, quizWith } from '../../fixtures/exportQuiz';

interface Card { front: string; back: string; due: number }

async function readDeck(quiz: ExportableQuiz): Promise<{ name: string; cards: Card[]; media: string[] }> {
  const file = await exportQuiz(quiz, 'ANKI');
  expect(file.binary).toBe(true);
  const { collection, media } = await readApkg(file.content);
  const decks = Object.values(collection.getDecks()).filter((d) => Object.keys(d.getCards()).length > 0);
  expect(decks).toHaveLength(1);
  const deck = decks[0]!;
  const cards = Object.values(deck.getCards()).map((c) => ({ front: c.getFront() ?? '', back: c.getBack() ?? '', due: Number((c.getRawCard() as { due: number }).due) }));
  return { name: deck.getName(), cards: cards.sort((a, b) => a.due - b.due), media: Object.keys(media) };
}

/** What a learner sees: the card's HTML as text (Anki renders these fields as HTML). */
const text = (field: string): string =>
  field.replace(/<br>/g, '\n').replace(/<li>/g, '\n• ').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('Anki deck (.apkg)', () => {
  test('one card a question, in the quiz’s order, in a deck named after the quiz', async () => {
    const { name, cards, media } = await readDeck(EXPORT_QUIZ);
    expect(name).toBe(EXPORT_QUIZ.title);
    expect(cards).toHaveLength(EXPORT_QUIZ.questions.length);
    expect(media).toEqual([]);
    EXPORT_QUIZ.questions.forEach((q, i) => {
      const prompt = q.kind === 'FILL_IN_THE_BLANK' ? q.prompt.replace('_____', '________') : q.prompt;
      expect(text(cards[i]!.front).startsWith(prompt)).toBe(true);
    });
  });

  test('a choice card shows every option on the front, and the right one, explanation and cited sentence on the back', async () => {
    const { cards } = await readDeck(EXPORT_QUIZ);
    const mc = questionOfKind('MULTIPLE_CHOICE');
    const card = cards[0]!;
    expect(text(card.front).split('\n').slice(1)).toEqual(mc.options.map((o, i) => `${'ABCD'[i]}. ${o.text}`));
    const back = text(card.back);
    expect(back).toContain(`B. ${mc.options[1]!.text}`);
    expect(back).toContain(mc.explanation);
    expect(back).toContain(`“${mc.evidence[0]!.text}”`);
    expect(back).toContain('sentence 5');
    // The wrong options' text is on the front only.
    expect(back).not.toContain('Stayed in Pyongyang');
  });

  test('true/false, figures, blanks, matching and ordering each give a card a learner can answer', async () => {
    const { cards } = await readDeck(EXPORT_QUIZ);
    const byPrompt = (start: string): Card => cards.find((c) => text(c.front).startsWith(start))!;
    expect(text(byPrompt('True or false').back).startsWith('False')).toBe(true);
    const numeric = byPrompt('How many North Korean troops');
    expect(text(numeric.front)).toMatch(/\(in troops\)$/);
    expect(text(numeric.back).startsWith('11,000 troops')).toBe(true);
    expect(text(byPrompt('Zelensky’s office said the troops').back).startsWith('Kursk / Kursk region')).toBe(true);
    const matching = text(byPrompt('Match each speaker').front);
    for (const item of ['The Pentagon', 'D. Kyiv’s offensive = over']) expect(matching).toContain(item);
    expect(text(byPrompt('Put these in the order').back).startsWith('Training at "Camp ~7" → Move to Kursk → Kyiv reports it → Peskov: <no comment>')).toBe(true);
  });

  test('the note type’s template, rendered by the reader, shows the front, then the back after the front', async () => {
    const { collection } = await readApkg((await exportQuiz(EXPORT_QUIZ, 'ANKI')).content);
    const card = Object.values(collection.getDecks()).flatMap((d) => Object.values(d.getCards()))[0]!;
    expect(Object.keys(card.getFields())).toEqual(['Front', 'Back']);
    const [rendered] = card.getQuestions();
    expect(rendered?.getQuestionString()).toBe(card.getFront());
    const answer = rendered?.getAnswerString() ?? '';
    expect(answer.indexOf(card.getFront() ?? '')).toBe(0);
    expect(answer.endsWith(card.getBack() ?? '')).toBe(true);
  });

  test('the deck says the passage is not on the cards', async () => {
    const file = await exportQuiz({ ...EXPORT_QUIZ, sources: [{ ...ARTICLE_SOURCE, body: ARTICLE_BODY }] }, 'ANKI');
    expect(file.warnings.some((w) => /no place for a reading passage/.test(w.message))).toBe(true);
  });

  test('a question keeps its note id across exports, so importing again updates the card instead of adding one', async () => {
    const read = async (quiz: ExportableQuiz): Promise<string[]> => {
      const { collection } = await readApkg((await exportQuiz(quiz, 'ANKI')).content);
      const rows = collection.getRawCollection().exec('SELECT guid FROM notes ORDER BY guid')[0]?.values ?? [];
      return rows.map((r: unknown[]) => String(r[0]));
    };
    const edited = quizWith({ ...questionOfKind('TRUE_FALSE'), explanation: 'Reworded.' });
    expect(await read(edited)).toEqual(await read(EXPORT_QUIZ));
  });
});
