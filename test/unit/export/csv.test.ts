import { parse } from 'csv-parse/sync';
import { exportQuiz } from '../../../src/export';
import { BLOOKET_HEADER, BLOOKET_TITLE_ROW } from '../../../src/export/blooket';
import { GIMKIT_HEADER, GIMKIT_TITLE_ROW } from '../../../src/export/gimkit';
import { EXPORT_QUIZ, HOSTILE_OPTION, questionOfKind } from '../../fixtures/exportQuiz';

function table(content: Buffer): string[][] {
  return parse(content.toString('utf8'), { bom: true, relax_column_count: false }) as string[][];
}

describe('Blooket CSV, parsed back by csv-parse', () => {
  test('title row, template header, then numbered questions with answer numbers', async () => {
    const file = await exportQuiz(EXPORT_QUIZ, 'BLOOKET');
    const rows = table(file.content);
    expect(rows[0]).toEqual([...BLOOKET_TITLE_ROW]);
    expect(rows[1]).toEqual([...BLOOKET_HEADER]);
    const questions = rows.slice(2);
    expect(questions.map((r) => r[0])).toEqual(questions.map((_, i) => String(i + 1)));
    const mc = questions.find((r) => r[1] === questionOfKind('MULTIPLE_CHOICE').prompt);
    expect(mc?.slice(2, 6)).toContain(HOSTILE_OPTION);
    expect(mc?.[7]).toBe(String((mc?.slice(2, 6).indexOf(HOSTILE_OPTION) ?? -2) + 1));
    for (const r of questions) expect(Number(r[6])).toBeLessThanOrEqual(300);
  });

  test('matching becomes one question per item to match', async () => {
    const rows = table((await exportQuiz(EXPORT_QUIZ, 'BLOOKET')).content);
    const matching = questionOfKind('MATCHING');
    expect(rows.filter((r) => r[1]?.startsWith(matching.prompt))).toHaveLength(matching.left.length);
  });
});

describe('Gimkit CSV, parsed back by csv-parse', () => {
  test('title row, template header, then the right answer and up to three wrong ones', async () => {
    const file = await exportQuiz(EXPORT_QUIZ, 'GIMKIT');
    const rows = table(file.content);
    expect(rows[0]).toEqual([...GIMKIT_TITLE_ROW]);
    expect(rows[1]).toEqual([...GIMKIT_HEADER]);
    const mc = rows.find((r) => r[0] === questionOfKind('MULTIPLE_CHOICE').prompt);
    expect(mc?.[1]).toBe(HOSTILE_OPTION);
    const who = questionOfKind('WHO_SAID_IT');
    expect(rows.find((r) => r[0] === who.prompt)).toEqual([who.prompt, 'Dmitry Peskov', 'Volodymyr Zelensky', 'Mark Rutte', '']);
  });
});
