// Blooket's CSV import template: a title row, a header row, then one question per row.
import { asChoiceItems } from './conversions/asChoiceItems';
import { fitting } from './conversions/limits';
import { timeLimit } from './conversions/timeLimit';
import { CSV_MEDIA_TYPE, csvBuffer } from './csv';
import { filenameFor } from './filename';
import type { ExportableQuiz, ExportedFile, ExportWarning } from './types';
import { passageLeftOut } from './text/passage';

export const BLOOKET_TITLE_ROW = ['Blooket\nImport Template', '', '', '', '', '', '', ''] as const;
export const BLOOKET_HEADER = [
  'Question #',
  'Question Text',
  'Answer 1',
  'Answer 2',
  'Answer 3\n(Optional)',
  'Answer 4\n(Optional)',
  'Time Limit (sec)\n(Max: 300 seconds)',
  'Correct Answer(s)\n(Only include Answer #)',
] as const;
const TIME_LIMITS = [5, 10, 20, 30, 60, 90, 120, 300] as const;

export function writeBlooket(quiz: ExportableQuiz): ExportedFile {
  const converted = asChoiceItems(quiz.questions, 'BLOOKET', { maxOptions: 4 });
  const warnings: ExportWarning[] = [
    { questionId: null, message: 'BLOOKET: the template has no feedback column, so explanations and evidence are not included.' },
    ...passageLeftOut('BLOOKET', quiz),
    ...converted.warnings,
  ];
  const items = fitting(converted.items, { formatName: 'BLOOKET', minOptions: 2, maxOptions: 4 }, warnings);
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const rows = items.map((item, index) => {
    const answers = [0, 1, 2, 3].map((i) => item.options[i]?.text ?? '');
    const correct = item.options.flatMap((o, i) => (o.correct ? [i + 1] : [])).join(',');
    const level = byId.get(item.questionId)?.difficulty.level ?? 'MEDIUM';
    return [index + 1, item.prompt, ...answers, timeLimit(level, TIME_LIMITS), correct];
  });
  return {
    filename: filenameFor(quiz.title, 'blooket.csv'),
    mediaType: CSV_MEDIA_TYPE,
    content: csvBuffer([BLOOKET_TITLE_ROW, BLOOKET_HEADER, ...rows]),
    binary: false,
    warnings,
  };
}
