// Blackboard Learn's "Upload Questions" file: one question per line, fields split by tabs, the
// question type first (MC, TF, NUM, FIB, MAT, ORD). Blackboard reads no quoting, so a tab or line
// break inside a text becomes a space; a text starting like a formula gets OWASP's leading quote,
// since teachers open these files in Excel too.
import type { Question } from '../domain/question';
import { BLANK } from '../domain/question';
import { orderingAsChoice } from './conversions/orderingAsChoice';
import { inertCell } from './csv';
import { filenameFor } from './filename';
import { plainDecimal } from './text/numbers';
import { passageLeftOut } from './text/passage';
import type { ExportableQuiz, ExportedFile, ExportWarning } from './types';

const field = (text: string): string => inertCell(text.replace(/[\t\r\n]+/g, ' '));

function line(question: Question, warnings: ExportWarning[]): string[] | null {
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      return ['MC', question.prompt, ...question.options.flatMap((o) => [o.text, o.correct ? 'correct' : 'incorrect'])];
    case 'TRUE_FALSE':
      return ['TF', question.prompt, question.answer.value ? 'true' : 'false'];
    case 'NUMERIC': {
      const { value, tolerance, unit } = question.answer;
      const prompt = unit === '' ? question.prompt : `${question.prompt} (in ${unit})`;
      return tolerance === 0 ? ['NUM', prompt, plainDecimal(value)] : ['NUM', prompt, plainDecimal(value), plainDecimal(tolerance)];
    }
    case 'FILL_IN_THE_BLANK':
      return ['FIB', question.prompt.split(BLANK).join('________'), ...question.answer.accepted];
    case 'MATCHING': {
      const right = new Map(question.right.map((r) => [r.id, r.text]));
      const paired = new Set(question.answer.pairs.map((p) => p.rightId));
      if (question.right.some((r) => !paired.has(r.id))) {
        warnings.push({ questionId: question.id, message: 'BLACKBOARD: MATCHING: its unpaired right items are left out; Blackboard\'s upload has no distractor answers.' });
      }
      return ['MAT', question.prompt, ...question.answer.pairs.flatMap((p) => [question.left.find((l) => l.id === p.leftId)?.text ?? '', right.get(p.rightId) ?? ''])];
    }
    case 'ORDERING': {
      const byId = new Map(question.items.map((item) => [item.id, item.text]));
      if (orderingAsChoice(question) === null) {
        warnings.push({ questionId: question.id, message: 'BLACKBOARD: ORDERING left out: its answer does not name every item.' });
        return null;
      }
      return ['ORD', question.prompt, ...question.answer.order.map((id) => byId.get(id) ?? '')];
    }
  }
}

export function writeBlackboard(quiz: ExportableQuiz): ExportedFile {
  const warnings: ExportWarning[] = [
    { questionId: null, message: 'BLACKBOARD: the upload format has no feedback field, so explanations and evidence are not included.' },
    ...passageLeftOut('BLACKBOARD', quiz),
  ];
  const lines = quiz.questions.flatMap((q) => {
    const fields = line(q, warnings);
    return fields === null ? [] : [fields.map(field).join('\t')];
  });
  return {
    filename: filenameFor(quiz.title, 'blackboard.txt'),
    mediaType: 'text/tab-separated-values; charset=utf-8',
    content: Buffer.from(lines.map((l) => `${l}\r\n`).join(''), 'utf8'),
    binary: false,
    warnings,
  };
}
