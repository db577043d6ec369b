// Text that breaks careless writers must come back unchanged from every format's own reader.
// (The worksheet's check is in worksheet.test.ts, which shares one Chromium for all its tests.)
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseGift, type MultipleChoice } from 'gift-pegjs';
import { exportQuiz, type ExportFormat } from '../../../src/export';
import { HOSTILE_TEXT, hostileQuiz } from '../../fixtures/exportQuiz';
import { readApkg, schemaErrors, schemaSet, unzip } from './support';

const { quiz, question } = hostileQuiz();
const HOSTILE = HOSTILE_TEXT;
const prompt = question.prompt;

async function sheetValues(content: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const values: string[] = [];
  workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value))));
  return values;
}

const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false, htmlEntities: true });

/** CommonMark: a backslash before ASCII punctuation stands for that character. */
const commonMarkUnescape = (text: string): string => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

const READ_BACK: Record<Exclude<ExportFormat, 'WORKSHEET_HTML'>, (content: Buffer) => Promise<string[]>> = {
  GIFT: async (content) => {
    const mc = parseGift(content.toString('utf8')).find((q) => q.type === 'MC') as MultipleChoice;
    return [mc.stem.text, ...mc.choices.map((c) => c.text.text), ...mc.choices.map((c) => c.feedback?.text ?? ''), mc.globalFeedback?.text ?? ''];
  },
  MOODLE_XML: async (content) => {
    const q = (xml.parse(content.toString('utf8')) as { quiz: { question: { questiontext?: { text: string }; answer?: { text: string }[] }[] } }).quiz.question[1];
    return [q?.questiontext?.text ?? '', ...(q?.answer ?? []).map((a) => a.text)];
  },
  QTI12: async (content) => {
    const files = await unzip(content);
    const assessment = files.get('assessment/assessment.xml') ?? '';
    expect(await schemaErrors(schemaSet('qti12'), new Map([['assessment.xml', assessment]]))).toEqual([]);
    return [...assessment.matchAll(/<mattext[^>]*>([^<]*)<\/mattext>/g)].map((m) => xml.parse(`<t>${m[1] ?? ''}</t>`).t as string);
  },
  COMMON_CARTRIDGE: async (content) => {
    const files = await unzip(content);
    const assessment = files.get('quiz/assessment.xml') ?? '';
    expect(await schemaErrors(schemaSet('cc11Qti'), new Map([['assessment.xml', assessment]]))).toEqual([]);
    return [...assessment.matchAll(/<mattext[^>]*>([^<]*)<\/mattext>/g)].map((m) => xml.parse(`<t>${m[1] ?? ''}</t>`).t as string);
  },
  QTI21: async (content) => {
    const files = await unzip(content);
    const item = files.get('items/ITEM_001.xml') ?? '';
    expect(await schemaErrors(schemaSet('qti21Item'), new Map([['item.xml', item]]))).toEqual([]);
    const parsed = xml.parse(item) as { assessmentItem: { itemBody: { choiceInteraction: { prompt: string; simpleChoice: { '#text': string }[] } } } };
    const interaction = parsed.assessmentItem.itemBody.choiceInteraction;
    return [interaction.prompt, ...interaction.simpleChoice.map((c) => c['#text'])];
  },
  QTI30: async (content) => {
    const files = await unzip(content);
    const item = files.get('items/ITEM_001.xml') ?? '';
    expect(await schemaErrors(schemaSet('qti30Item'), new Map([['item.xml', item]]))).toEqual([]);
    const parsed = xml.parse(item) as { 'qti-assessment-item': { 'qti-item-body': { 'qti-choice-interaction': { 'qti-prompt': string; 'qti-simple-choice': { '#text': string }[] } } } };
    const interaction = parsed['qti-assessment-item']['qti-item-body']['qti-choice-interaction'];
    return [interaction['qti-prompt'], ...interaction['qti-simple-choice'].map((c) => c['#text'])];
  },
  AIKEN: async (content) => content.toString('utf8').split('\n').map((line) => line.replace(/^[A-Z]\. /, '')),
  KAHOOT: async (content) => sheetValues(content),
  QUIZIZZ: async (content) => sheetValues(content),
  BLOOKET: async (content) => (parseCsv(content, { bom: true }) as string[][]).flat(),
  GIMKIT: async (content) => (parseCsv(content, { bom: true }) as string[][]).flat(),
  // Tab-separated, no quoting: csv-parse with quoting off reads each field exactly as written.
  BLACKBOARD: async (content) => (parseCsv(content, { delimiter: '\t', quote: false, relax_column_count: true }) as string[][]).flat(),
  BRIGHTSPACE: async (content) => (parseCsv(content, { bom: true, relax_column_count: true }) as string[][]).flat(),
  QUIZLET: async (content) => (parseCsv(content, { delimiter: '\t', quote: false, relax_column_count: true }) as string[][]).flat().flatMap((t) => [t, t.split(' — ')[0] ?? '']),
  // anki-reader over the collection; a card's fields are HTML, so entities are decoded once.
  ANKI: async (content) => {
    const { collection } = await readApkg(content);
    const fields = Object.values(collection.getDecks()).flatMap((d) => Object.values(d.getCards()).flatMap((c) => Object.values(c.getFields())));
    const decoded = fields.flatMap((f) => String(f).split('<br>')).map((t) => String((xml.parse(`<t>${t}</t>`) as { t: unknown }).t ?? ''));
    return decoded.flatMap((t) => [t, t.replace(/^[A-Z]\. /, '')]);
  },
  MARKDOWN: async (content) => content.toString('utf8').split('\n').map((line) => commonMarkUnescape(line.replace(/^\s*(\d+\.|-|#+)\s+/, '').replace(/^[A-Z]\\\. /, ''))),
};

describe.each(Object.keys(READ_BACK) as (keyof typeof READ_BACK)[])('hostile text through %s', (format) => {
  test('the prompt and the correct option come back unchanged', async () => {
    const file = await exportQuiz(quiz, format);
    expect(file.warnings.filter((w) => w.questionId === question.id && /left out/.test(w.message))).toEqual([]);
    const texts = await READ_BACK[format](file.content);
    expect(texts).toContain(prompt);
    expect(texts).toContain(HOSTILE);
  });
});
