// Quizizz (Wayground) spreadsheet template: one question per row under a single header row.
import { asChoiceItems } from './conversions/asChoiceItems';
import { fitting } from './conversions/limits';
import { timeLimit } from './conversions/timeLimit';
import { filenameFor } from './filename';
import { newWorkbook, workbookBuffer, XLSX_MEDIA_TYPE } from './spreadsheet';
import { explanationWithEvidence } from './text/evidence';
import { passageLeftOut } from './text/passage';
import { sourceNames } from './text/sourceNames';
import type { ExportableQuiz, ExportedFile, ExportWarning } from './types';

export const QUIZIZZ_HEADER = [
  'Question Text',
  'Question Type',
  'Option 1',
  'Option 2',
  'Option 3',
  'Option 4',
  'Option 5',
  'Correct Answer',
  'Time in seconds',
  'Image Link',
  'Answer explanation',
] as const;
export const QUIZIZZ_TIME_LIMITS = [5, 10, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900] as const;
const MAX_OPTIONS = 5;

export async function writeQuizizz(quiz: ExportableQuiz): Promise<ExportedFile> {
  const warnings: ExportWarning[] = [...passageLeftOut('QUIZIZZ', quiz)];
  // Quizizz grades typed answers itself, so fill-in-the-blank keeps its kind; the rest become choices.
  const converted = asChoiceItems(quiz.questions.filter((q) => q.kind !== 'FILL_IN_THE_BLANK'), 'QUIZIZZ', { maxOptions: MAX_OPTIONS });
  warnings.push(...converted.warnings);
  const items = fitting(converted.items, { formatName: 'QUIZIZZ', minOptions: 2, maxOptions: MAX_OPTIONS }, warnings);
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const names = sourceNames(quiz);

  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow([...QUIZIZZ_HEADER]);
  for (const question of quiz.questions) {
    const seconds = timeLimit(question.difficulty.level, QUIZIZZ_TIME_LIMITS);
    const explanation = explanationWithEvidence(question.explanation, question.evidence, names);
    if (question.kind === 'FILL_IN_THE_BLANK') {
      const { accepted } = question.answer;
      if (accepted.length > MAX_OPTIONS) {
        warnings.push({ questionId: question.id, message: `QUIZIZZ: left out: it accepts ${accepted.length} answers; the template has room for ${MAX_OPTIONS}.` });
        continue;
      }
      const options = Array.from({ length: MAX_OPTIONS }, (_, i) => accepted[i] ?? '');
      sheet.addRow([question.prompt, 'Fill-in-the-Blank', ...options, '', seconds, '', explanation]);
      continue;
    }
    for (const item of items.filter((i) => i.questionId === question.id)) {
      const options = Array.from({ length: MAX_OPTIONS }, (_, i) => item.options[i]?.text ?? '');
      const correct = item.options.flatMap((o, i) => (o.correct ? [i + 1] : []));
      const type = correct.length > 1 ? 'Checkbox' : 'Multiple Choice';
      const level = byId.get(item.questionId)?.difficulty.level ?? 'MEDIUM';
      sheet.addRow([item.prompt, type, ...options, correct.join(','), timeLimit(level, QUIZIZZ_TIME_LIMITS), '', explanation]);
    }
  }
  return {
    filename: filenameFor(quiz.title, 'quizizz.xlsx'),
    mediaType: XLSX_MEDIA_TYPE,
    content: await workbookBuffer(workbook),
    binary: true,
    warnings,
  };
}
