// Gimkit's spreadsheet import template: one right answer and up to three wrong ones per question.
import { asChoiceItems } from './conversions/asChoiceItems';
import { fitting } from './conversions/limits';
import { CSV_MEDIA_TYPE, csvBuffer } from './csv';
import { filenameFor } from './filename';
import type { ExportableQuiz, ExportedFile, ExportWarning } from './types';
import { passageLeftOut } from './text/passage';

export const GIMKIT_TITLE_ROW = ['Gimkit Spreadsheet Import Template', '', '', '', ''] as const;
export const GIMKIT_HEADER = ['Question', 'Correct Answer', 'Incorrect Answer 1', 'Incorrect Answer 2 (Optional)', 'Incorrect Answer 3 (Optional)'] as const;

export function writeGimkit(quiz: ExportableQuiz): ExportedFile {
  const converted = asChoiceItems(quiz.questions, 'GIMKIT', { maxOptions: 4 });
  const warnings: ExportWarning[] = [
    { questionId: null, message: 'GIMKIT: the template has no feedback column, so explanations and evidence are not included.' },
    ...passageLeftOut('GIMKIT', quiz),
    ...converted.warnings,
  ];
  const items = fitting(converted.items, { formatName: 'GIMKIT', minOptions: 2, maxOptions: 4, exactlyOneCorrect: true }, warnings);
  const rows = items.map((item) => {
    const right = item.options.find((o) => o.correct)?.text ?? '';
    const wrong = item.options.filter((o) => !o.correct).map((o) => o.text);
    return [item.prompt, right, ...[0, 1, 2].map((i) => wrong[i] ?? '')];
  });
  return {
    filename: filenameFor(quiz.title, 'gimkit.csv'),
    mediaType: CSV_MEDIA_TYPE,
    content: csvBuffer([GIMKIT_TITLE_ROW, GIMKIT_HEADER, ...rows]),
    binary: false,
    warnings,
  };
}
