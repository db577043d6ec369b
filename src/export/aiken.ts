// Aiken: Moodle's plainest import, one single-answer multiple choice per block.
import { asChoiceItems } from './conversions/asChoiceItems';
import { fitting } from './conversions/limits';
import { filenameFor } from './filename';
import type { ExportableQuiz, ExportedFile, ExportWarning } from './types';
import { passageLeftOut } from './text/passage';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** A prompt that starts like an option line ("A. …") would be read as one. */
const LOOKS_LIKE_OPTION = /^[A-Z][.)]\s/;

export function writeAiken(quiz: ExportableQuiz): ExportedFile {
  const converted = asChoiceItems(quiz.questions, 'AIKEN');
  const warnings: ExportWarning[] = [
    { questionId: null, message: 'AIKEN: the format has no feedback, so explanations and evidence are not included.' },
    ...passageLeftOut('AIKEN', quiz),
    ...converted.warnings,
  ];
  const items = fitting(converted.items, { formatName: 'AIKEN', minOptions: 2, maxOptions: LETTERS.length, exactlyOneCorrect: true, singleLine: true }, warnings).filter(
    (item) => {
      const clash = LOOKS_LIKE_OPTION.test(item.prompt) || /^ANSWER:/i.test(item.prompt);
      if (clash) warnings.push({ questionId: item.questionId, message: `AIKEN: ${item.id} left out: its question starts like an option or answer line.` });
      return !clash;
    },
  );
  const blocks = items.map((item) => {
    const options = item.options.map((o, i) => `${LETTERS[i]}. ${o.text}`);
    const answer = LETTERS[item.options.findIndex((o) => o.correct)];
    return [item.prompt, ...options, `ANSWER: ${answer}`].join('\n');
  });
  return {
    filename: filenameFor(quiz.title, 'aiken.txt'),
    mediaType: 'text/plain; charset=utf-8',
    content: Buffer.from(blocks.map((b) => `${b}\n`).join('\n'), 'utf8'),
    binary: false,
    warnings,
  };
}
