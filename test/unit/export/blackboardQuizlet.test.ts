// Blackboard's "Upload Questions" and Quizlet's import text, read back by csv-parse with tabs as
// separators and quoting off, as those importers read them.
import { parse } from 'csv-parse/sync';
import { exportQuiz } from '../../../src/export';
import { EXPORT_QUIZ, questionOfKind, quizWith } from '../../fixtures/exportQuiz';

const rows = (content: Buffer): string[][] => parse(content.toString('utf8'), { delimiter: '\t', quote: false, relax_column_count: true }) as string[][];

describe('Blackboard Upload Questions', () => {
  test('each kind is written as Blackboard’s own question type, in the quiz’s order', async () => {
    const table = rows((await exportQuiz(EXPORT_QUIZ, 'BLACKBOARD')).content);
    const expected = { MULTIPLE_CHOICE: 'MC', WHO_SAID_IT: 'MC', SOURCE_AND_STANDING: 'MC', TRUE_FALSE: 'TF', NUMERIC: 'NUM', FILL_IN_THE_BLANK: 'FIB', MATCHING: 'MAT', ORDERING: 'ORD' };
    expect(table.map((r) => r[0])).toEqual(EXPORT_QUIZ.questions.map((q) => expected[q.kind]));
  });

  test('numbers, tolerance, order and pairs are the question’s own', async () => {
    const ranged = { ...questionOfKind('NUMERIC'), answer: { value: 11000, tolerance: 250, unit: 'troops' } };
    const table = rows((await exportQuiz(quizWith(ranged), 'BLACKBOARD')).content);
    expect(table.find((r) => r[0] === 'NUM')?.slice(2)).toEqual(['11000', '250']);
    const ordering = questionOfKind('ORDERING');
    const texts = ordering.answer.order.map((id) => ordering.items.find((i) => i.id === id)?.text);
    expect(table.find((r) => r[0] === 'ORD')?.slice(2)).toEqual(texts);
    const tf = questionOfKind('TRUE_FALSE');
    expect(table.find((r) => r[0] === 'TF')?.[2]).toBe(tf.answer.value ? 'true' : 'false');
  });

  test('a tab or line break inside a text cannot start a new field or question', async () => {
    const mc = { ...questionOfKind('MULTIPLE_CHOICE'), prompt: 'Line one\nline\ttwo?' };
    const table = rows((await exportQuiz(quizWith(mc), 'BLACKBOARD')).content);
    expect(table.find((r) => r[0] === 'MC' && r[1]?.startsWith('Line one'))?.[1]).toBe('Line one line two?');
    expect(table).toHaveLength(EXPORT_QUIZ.questions.length);
  });

  test('a formula-like text gets OWASP’s leading quote', async () => {
    const mc = { ...questionOfKind('MULTIPLE_CHOICE'), prompt: '=HYPERLINK("http://x")' };
    const table = rows((await exportQuiz(quizWith(mc), 'BLACKBOARD')).content);
    expect(table.some((r) => r[1] === `'=HYPERLINK("http://x")`)).toBe(true);
  });
});

describe('Quizlet import text', () => {
  test('one card a question: the question, then the answer without its option letter and the explanation', async () => {
    const table = rows((await exportQuiz(EXPORT_QUIZ, 'QUIZLET')).content);
    expect(table).toHaveLength(EXPORT_QUIZ.questions.length);
    for (const row of table) expect(row).toHaveLength(2);
    const who = questionOfKind('WHO_SAID_IT');
    expect(table.find((r) => r[0] === who.prompt)?.[1]).toBe(`Dmitry Peskov — ${who.explanation}`);
  });
});
