// Brightspace's Question Library CSV, read back by csv-parse and split into question blocks at
// each NewQuestion row, as D2L's sample file lays them out.
import { parse } from 'csv-parse/sync';
import { exportQuiz } from '../../../src/export';
import { ARTICLE_BODY, ARTICLE_SOURCE, EXPORT_QUIZ, questionOfKind, quizWith } from '../../fixtures/exportQuiz';

type Block = string[][];

function blocks(content: Buffer): Block[] {
  const rows = parse(content.toString('utf8'), { bom: true, relax_column_count: true }) as string[][];
  const found: Block[] = [];
  for (const row of rows) {
    if (row[0] === 'NewQuestion') found.push([row]);
    else if (row.some((cell) => cell !== '')) found.at(-1)?.push(row);
  }
  return found;
}

const rowsNamed = (block: Block, name: string): string[][] => block.filter((r) => r[0] === name);
const field = (block: Block, name: string): string | undefined => rowsNamed(block, name)[0]?.[1];

describe('Brightspace Question Library CSV', () => {
  test('each kind becomes one of the types Brightspace imports from CSV, in the quiz’s order', async () => {
    const read = blocks((await exportQuiz(EXPORT_QUIZ, 'BRIGHTSPACE')).content);
    const expected = { MULTIPLE_CHOICE: 'MC', WHO_SAID_IT: 'MC', SOURCE_AND_STANDING: 'MC', TRUE_FALSE: 'TF', NUMERIC: 'SA', FILL_IN_THE_BLANK: 'SA', MATCHING: 'M', ORDERING: 'O' };
    expect(read.map((b) => b[0]?.[1])).toEqual(EXPORT_QUIZ.questions.map((q) => expected[q.kind]));
    for (const block of read) {
      expect(rowsNamed(block, 'QuestionText')).toHaveLength(1);
      expect(field(block, 'Points')).toBe('1');
      // The title is a readable name, never the store's id.
      expect(field(block, 'Title')).not.toMatch(/^q-/);
    }
  });

  test('a choice keeps its options, the right one at 100%, each with its rationale as feedback', async () => {
    const mc = questionOfKind('MULTIPLE_CHOICE');
    const block = blocks((await exportQuiz(EXPORT_QUIZ, 'BRIGHTSPACE')).content)[0] as Block;
    expect(field(block, 'QuestionText')).toBe(mc.prompt);
    expect(rowsNamed(block, 'Option').map((r) => [r[1], r[2], r[4]])).toEqual(mc.options.map((o) => [o.correct ? '100' : '0', o.text, o.rationale]));
  });

  test('true/false gives the right one 100%; an exact figure is a short answer in both spellings', async () => {
    const read = blocks((await exportQuiz(EXPORT_QUIZ, 'BRIGHTSPACE')).content);
    const tf = read.find((b) => b[0]?.[1] === 'TF') as Block;
    // The fixture's statement is false.
    expect([field(tf, 'TRUE'), field(tf, 'FALSE')]).toEqual(['0', '100']);
    const numeric = read.find((b) => field(b, 'QuestionText')?.startsWith('How many North Korean troops')) as Block;
    expect(field(numeric, 'QuestionText')).toMatch(/\(in troops\)$/);
    expect(rowsNamed(numeric, 'Answer').map((r) => r[2])).toEqual(['11000', '11,000']);
  });

  test('a blank is shown as a line and every accepted answer is kept', async () => {
    const read = blocks((await exportQuiz(EXPORT_QUIZ, 'BRIGHTSPACE')).content);
    const blank = read.find((b) => field(b, 'QuestionText')?.includes('region.')) as Block;
    expect(field(blank, 'QuestionText')).toBe('Zelensky’s office said the troops had been moved to Russia’s ________ region.');
    expect(rowsNamed(blank, 'Answer').map((r) => [r[1], r[2]])).toEqual([['100', 'Kursk'], ['100', 'Kursk region']]);
  });

  test('matching pairs each choice with its match by number; ordering lists the items in the right order', async () => {
    const file = await exportQuiz(EXPORT_QUIZ, 'BRIGHTSPACE');
    const read = blocks(file.content);
    const matching = read.find((b) => b[0]?.[1] === 'M') as Block;
    const match = new Map(rowsNamed(matching, 'Match').map((r) => [r[1], r[2]]));
    const pairs = rowsNamed(matching, 'Choice').map((r) => [r[2], match.get(r[1] as string)]);
    expect(pairs).toEqual([
      ['The Pentagon', '“a dangerous escalation”'],
      ['Mark Rutte (NATO)', 'Allies are consulted {at 09:00 #CET}'],
      ['Dmitry Peskov', '"We have no evidence" & <no comment>'],
    ]);
    expect(file.warnings.some((w) => w.questionId === 'q-match-speakers' && /unpaired right items are left out/.test(w.message))).toBe(true);
    const ordering = read.find((b) => b[0]?.[1] === 'O') as Block;
    expect(rowsNamed(ordering, 'Item').map((r) => r[1])).toEqual(['Training at "Camp ~7"', 'Move to Kursk', 'Kyiv reports it', 'Peskov: <no comment>']);
  });

  test('the feedback is the explanation with the cited sentence, on one line', async () => {
    const read = blocks((await exportQuiz(EXPORT_QUIZ, 'BRIGHTSPACE')).content);
    const feedback = field(read[0] as Block, 'Feedback') ?? '';
    expect(feedback).toContain(questionOfKind('MULTIPLE_CHOICE').explanation);
    expect(feedback).toContain('sentence 5');
    expect(feedback).not.toMatch(/[\r\n]/);
  });

  test('a figure with a tolerance is left out and says why; the passage is left out and says so', async () => {
    const ranged = { ...questionOfKind('NUMERIC'), answer: { value: 11000, tolerance: 500, unit: 'troops' } };
    const quiz = { ...quizWith(ranged), sources: [{ ...ARTICLE_SOURCE, body: ARTICLE_BODY }] };
    const file = await exportQuiz(quiz, 'BRIGHTSPACE');
    expect(blocks(file.content)).toHaveLength(EXPORT_QUIZ.questions.length - 1);
    expect(file.warnings.find((w) => w.questionId === ranged.id)?.message).toMatch(/left out: its answer accepts ± 500/);
    expect(file.warnings.some((w) => w.questionId === null && /no place for a reading passage/.test(w.message))).toBe(true);
  });

  test('a text starting like a formula gets OWASP’s quote, and a line break cannot split a row', async () => {
    const mc = { ...questionOfKind('MULTIPLE_CHOICE'), prompt: '=HYPERLINK("http://x")\nline two' };
    const read = blocks((await exportQuiz(quizWith(mc), 'BRIGHTSPACE')).content);
    expect(field(read[0] as Block, 'QuestionText')).toBe(`'=HYPERLINK("http://x") line two`);
    expect(field(read[0] as Block, 'Title')).toMatch(/^'=HYPERLINK/);
    expect(read).toHaveLength(EXPORT_QUIZ.questions.length);
  });
});
