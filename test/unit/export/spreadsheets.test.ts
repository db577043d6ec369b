import ExcelJS from 'exceljs';
import { exportQuiz } from '../../../src/export';
import { KAHOOT_HEADER, KAHOOT_HEADER_ROW, KAHOOT_TIME_LIMITS } from '../../../src/export/kahoot';
import { QUIZIZZ_HEADER, QUIZIZZ_TIME_LIMITS } from '../../../src/export/quizizz';
import { EXPORT_QUIZ, HOSTILE_OPTION, questionOfKind, quizWith } from '../../fixtures/exportQuiz';

type Cell = string | number | null;

async function rows(content: Buffer): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error('no sheet');
  const out: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    out[rowNumber - 1] = values.map((v) => (v === undefined || v === null ? null : typeof v === 'number' ? v : String(v)));
  });
  return out;
}

describe('Kahoot spreadsheet, re-read with exceljs', () => {
  test('the template header sits on its row and every row fits Kahoot’s limits', async () => {
    const file = await exportQuiz(EXPORT_QUIZ, 'KAHOOT');
    expect(file.filename).toMatch(/\.kahoot\.xlsx$/);
    const table = await rows(file.content);
    expect(table[KAHOOT_HEADER_ROW - 1]).toEqual([...KAHOOT_HEADER]);
    const questions = table.slice(KAHOOT_HEADER_ROW).filter((r) => r !== undefined);
    expect(questions.length).toBeGreaterThan(0);
    for (const [, prompt, a1, a2, a3, a4, time, correct] of questions) {
      expect(String(prompt).length).toBeLessThanOrEqual(120);
      for (const answer of [a1, a2, a3, a4]) expect(String(answer ?? '').length).toBeLessThanOrEqual(75);
      expect(KAHOOT_TIME_LIMITS).toContain(time);
      expect(String(correct)).toMatch(/^[1-4](,[1-4])*$/);
    }
  });

  test('the hostile multiple-choice option survives, marked correct', async () => {
    const table = await rows((await exportQuiz(EXPORT_QUIZ, 'KAHOOT')).content);
    const row = table.find((r) => r?.[1] === questionOfKind('MULTIPLE_CHOICE').prompt);
    expect(row?.slice(2, 6)).toContain(HOSTILE_OPTION);
    expect(row?.[7]).toBe(String((row?.slice(2, 6).indexOf(HOSTILE_OPTION) ?? -2) + 1));
  });

  test('a question over 120 characters is left out with a warning, never cut', async () => {
    const long = { ...questionOfKind('MULTIPLE_CHOICE'), prompt: `${'Why '.repeat(30)}?` };
    const file = await exportQuiz(quizWith(long), 'KAHOOT');
    expect(file.warnings).toContainEqual({ questionId: long.id, message: expect.stringContaining('the format allows 120') });
    const table = await rows(file.content);
    expect(table.some((r) => typeof r?.[1] === 'string' && r[1].startsWith('Why Why'))).toBe(false);
  });

  test('the ordering question, whose sequences run past 75 characters, is asked as "which came first?" over its items, with a warning', async () => {
    const file = await exportQuiz(EXPORT_QUIZ, 'KAHOOT');
    expect(file.warnings).toContainEqual({ questionId: 'q-order-events', message: expect.stringContaining('"which happened first?"') });
    const row = (await rows(file.content)).find((r) => r?.[1] === 'Which of these came first?');
    const answers = row?.slice(2, 6).map(String) ?? [];
    expect([...answers].sort()).toEqual(['Kyiv reports it', 'Move to Kursk', 'Peskov: <no comment>', 'Training at "Camp ~7"']);
    expect(row?.[7]).toBe(String(answers.indexOf('Training at "Camp ~7"') + 1));
  });
});

describe('Quizizz spreadsheet, re-read with exceljs', () => {
  test('the header is the template’s and fill-in-the-blank keeps its kind with the accepted answers', async () => {
    const file = await exportQuiz(EXPORT_QUIZ, 'QUIZIZZ');
    const table = await rows(file.content);
    expect(table[0]).toEqual([...QUIZIZZ_HEADER]);
    const blank = questionOfKind('FILL_IN_THE_BLANK');
    const row = table.find((r) => r?.[0] === blank.prompt);
    expect(row?.[1]).toBe('Fill-in-the-Blank');
    expect(row?.slice(2, 4)).toEqual(['Kursk', 'Kursk region']);
    for (const r of table.slice(1)) {
      expect(QUIZIZZ_TIME_LIMITS).toContain(r?.[8]);
      expect(['Multiple Choice', 'Checkbox', 'Fill-in-the-Blank']).toContain(r?.[1]);
    }
  });

  test('the explanation column carries the explanation and the quoted evidence', async () => {
    const table = await rows((await exportQuiz(EXPORT_QUIZ, 'QUIZIZZ')).content);
    const question = questionOfKind('SOURCE_AND_STANDING');
    const row = table.find((r) => r?.[0] === question.prompt);
    expect(row?.[10]).toContain(question.explanation);
    expect(row?.[10]).toContain(question.evidence[0]?.text);
    expect(row?.[7]).toBe('3');
  });
});

test('Kahoot keeps a question over 120 characters when dropping "According to the article," fits it, and says so', async () => {
  const who = questionOfKind('WHO_SAID_IT');
  const prompt = 'According to the article, who said the alliance was consulting allies {at 09:00 #CET} about the report of troops moved to Kursk?';
  expect(prompt.length).toBeGreaterThan(120);
  const file = await exportQuiz(quizWith({ ...who, prompt }), 'KAHOOT');
  const mine = file.warnings.filter((w) => w.questionId === who.id);
  expect(mine.some((w) => /left out/.test(w.message))).toBe(false);
  expect(mine.some((w) => /"According to the article," dropped/.test(w.message))).toBe(true);
});
