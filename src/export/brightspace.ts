// Brightspace (D2L) Question Library CSV import. D2L publishes no specification beyond its sample
// file (Sample_Question_Import_UTF8.csv, linked from the import page): a question is a block of
// rows, each naming its field in the first cell (NewQuestion, Title, QuestionText, Points, then
// the type's rows: Option, TRUE/FALSE, Answer, Choice/Match, Item), then Hint and Feedback; a row
// of empty cells ends the block. A first cell starting with // is a comment, so it never holds text.
// Brightspace's CSV import takes WR, SA, M, MC, TF, MS and O; it cannot import Fill in the Blanks
// or Arithmetic, so a blank becomes a short answer and a figure with a tolerance is left out.
import type { Question } from '../domain/question';
import { BLANK } from '../domain/question';
import { orderingAsChoice } from './conversions/orderingAsChoice';
import { CSV_MEDIA_TYPE, csvBuffer } from './csv';
import { filenameFor } from './filename';
import { explanationWithEvidence } from './text/evidence';
import { plainDecimal, readableNumber } from './text/numbers';
import { passageLeftOut } from './text/passage';
import { questionTitle } from './text/questionTitle';
import { sourceNames, type SourceName } from './text/sourceNames';
import type { ExportableQuiz, ExportedFile, ExportWarning } from './types';

/** The sample's rows are five cells wide; every row here is padded to the same width. */
const WIDTH = 5;
/** Texts are plain (no HTML flag in the third cell), and kept on one line: the sample has no quoted line breaks, so whether the importer reads them is unknown. */
const oneLine = (text: string): string => text.replace(/[\r\n]+/g, ' ');

type Row = (string | number)[];

function typeRows(question: Question, warnings: ExportWarning[]): { type: string; rows: Row[] } | null {
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      return { type: 'MC', rows: question.options.map((o) => ['Option', o.correct ? 100 : 0, o.text, '', o.rationale]) };
    case 'TRUE_FALSE':
      return {
        type: 'TF',
        rows: [
          ['TRUE', question.answer.value ? 100 : 0, ''],
          ['FALSE', question.answer.value ? 0 : 100, ''],
        ],
      };
    case 'NUMERIC': {
      const { value, tolerance } = question.answer;
      if (tolerance !== 0) {
        warnings.push({ questionId: question.id, message: `BRIGHTSPACE: NUMERIC left out: its answer accepts ± ${readableNumber(tolerance)}, and Brightspace's CSV import has no arithmetic questions (a short answer would accept only the exact figure).` });
        return null;
      }
      const spellings = [...new Set([plainDecimal(value), readableNumber(value)])];
      warnings.push({ questionId: question.id, message: `BRIGHTSPACE: NUMERIC written as a short answer accepting ${spellings.join(' or ')}.` });
      return { type: 'SA', rows: spellings.map((s) => ['Answer', 100, s, 'insensitive']) };
    }
    case 'FILL_IN_THE_BLANK':
      warnings.push({ questionId: question.id, message: 'BRIGHTSPACE: FILL_IN_THE_BLANK written as a short answer (Brightspace\'s CSV import has no fill-in-the-blanks); every accepted answer is kept.' });
      return { type: 'SA', rows: question.answer.accepted.map((a) => ['Answer', 100, a, 'insensitive']) };
    case 'MATCHING': {
      const paired = new Set(question.answer.pairs.map((p) => p.rightId));
      if (question.right.some((r) => !paired.has(r.id))) {
        warnings.push({ questionId: question.id, message: 'BRIGHTSPACE: MATCHING: its unpaired right items are left out; in the CSV every match belongs to a choice.' });
      }
      const left = new Map(question.left.map((l) => [l.id, l.text]));
      const right = new Map(question.right.map((r) => [r.id, r.text]));
      const pairs = question.answer.pairs;
      return {
        type: 'M',
        rows: [
          ...pairs.map((p, i): Row => ['Choice', i + 1, left.get(p.leftId) ?? '']),
          ...pairs.map((p, i): Row => ['Match', i + 1, right.get(p.rightId) ?? '']),
        ],
      };
    }
    case 'ORDERING': {
      if (orderingAsChoice(question) === null) {
        warnings.push({ questionId: question.id, message: 'BRIGHTSPACE: ORDERING left out: its answer does not name every item.' });
        return null;
      }
      const byId = new Map(question.items.map((item) => [item.id, item.text]));
      // The Item rows are the right order; Brightspace shuffles them for the learner.
      return { type: 'O', rows: question.answer.order.map((id): Row => ['Item', byId.get(id) ?? '', '']) };
    }
  }
}

function block(question: Question, names: SourceName, warnings: ExportWarning[]): Row[] {
  const typed = typeRows(question, warnings);
  if (typed === null) return [];
  const text = question.kind === 'FILL_IN_THE_BLANK' ? question.prompt.split(BLANK).join('________') : question.prompt;
  const unit = question.kind === 'NUMERIC' && question.answer.unit !== '' ? ` (in ${question.answer.unit})` : '';
  return [
    ['NewQuestion', typed.type],
    ['Title', questionTitle(question)],
    ['QuestionText', `${text}${unit}`],
    ['Points', 1],
    ...typed.rows,
    ['Feedback', explanationWithEvidence(question.explanation, question.evidence, names)],
    [],
  ];
}

export function writeBrightspace(quiz: ExportableQuiz): ExportedFile {
  const warnings: ExportWarning[] = [...passageLeftOut('BRIGHTSPACE', quiz)];
  const names = sourceNames(quiz);
  const rows = quiz.questions
    .flatMap((q) => block(q, names, warnings))
    .map((row) => [...row.map((cell) => (typeof cell === 'string' ? oneLine(cell) : cell)), ...Array<string>(WIDTH).fill('')].slice(0, Math.max(WIDTH, row.length)));
  return {
    filename: filenameFor(quiz.title, 'brightspace.csv'),
    mediaType: CSV_MEDIA_TYPE,
    content: csvBuffer(rows),
    binary: false,
    warnings,
  };
}
