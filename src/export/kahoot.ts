// Kahoot's "Import spreadsheet" template: instructions at the top, the question table from row 8.
import { asChoiceItems } from './conversions/asChoiceItems';
import { fitting } from './conversions/limits';
import { shorterPrompt } from './conversions/shorterPrompt';
import { timeLimit } from './conversions/timeLimit';
import { filenameFor } from './filename';
import { newWorkbook, workbookBuffer, XLSX_MEDIA_TYPE } from './spreadsheet';
import type { ExportableQuiz, ExportedFile, ExportWarning } from './types';
import { passageLeftOut } from './text/passage';

export const KAHOOT_TIME_LIMITS = [5, 10, 20, 30, 60, 90, 120, 240] as const;
export const KAHOOT_HEADER = [
  '',
  'Question - max 120 characters',
  'Answer 1 - max 75 characters',
  'Answer 2 - max 75 characters',
  'Answer 3 - max 75 characters',
  'Answer 4 - max 75 characters',
  'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
  'Correct answer(s) - choose at least one',
] as const;
/** Where the template puts the table header; its first question is on the next row. */
export const KAHOOT_HEADER_ROW = 8;
const MAX_PROMPT_LENGTH = 120;

export async function writeKahoot(quiz: ExportableQuiz): Promise<ExportedFile> {
  const converted = asChoiceItems(quiz.questions, 'KAHOOT', { maxOptions: 4, maxOptionLength: 75 });
  const warnings: ExportWarning[] = [
    { questionId: null, message: 'KAHOOT: the template has no feedback column, so explanations and evidence are not included.' },
    ...passageLeftOut('KAHOOT', quiz),
    ...converted.warnings,
  ];
  const shortened = converted.items.map((item) => {
    const prompt = shorterPrompt(item.prompt, MAX_PROMPT_LENGTH);
    if (prompt !== item.prompt) warnings.push({ questionId: item.questionId, message: `KAHOOT: ${item.id}: "According to the article," dropped from the question to fit Kahoot's ${MAX_PROMPT_LENGTH} characters.` });
    return prompt === item.prompt ? item : { ...item, prompt };
  });
  const items = fitting(shortened, { formatName: 'KAHOOT', minOptions: 2, maxOptions: 4, maxPromptLength: MAX_PROMPT_LENGTH, maxOptionLength: 75 }, warnings);
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));

  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.getCell('B2').value = 'Quiz template';
  sheet.getCell('B3').value = 'Add questions, at least two answer alternatives, time limit and choose correct answers. Honor the character limits.';
  sheet.getCell('B5').value = quiz.title;
  sheet.getRow(KAHOOT_HEADER_ROW).values = [...KAHOOT_HEADER];
  items.forEach((item, index) => {
    const level = byId.get(item.questionId)?.difficulty.level ?? 'MEDIUM';
    const answers = [0, 1, 2, 3].map((i) => item.options[i]?.text ?? '');
    const correct = item.options.flatMap((o, i) => (o.correct ? [i + 1] : [])).join(',');
    sheet.getRow(KAHOOT_HEADER_ROW + 1 + index).values = [index + 1, item.prompt, ...answers, timeLimit(level, KAHOOT_TIME_LIMITS), correct];
  });
  return {
    filename: filenameFor(quiz.title, 'kahoot.xlsx'),
    mediaType: XLSX_MEDIA_TYPE,
    content: await workbookBuffer(workbook),
    binary: true,
    warnings,
  };
}
