// Importing a teacher's GIFT or Moodle XML file into a quiz: the file read by the pure importers
// (src/workspace/import), the questions it gave added through the same stored edit as any other
// (rules run, a new version once students have answered), and everything left out listed.
import type { DataSource } from 'typeorm';
import { BadInputError } from '../errors';
import { importGift } from '../workspace/import/gift';
import type { ImportReport } from '../workspace/import/importReport';
import { importMoodleXml } from '../workspace/import/moodleXml';
import { editQuiz, type EditSources } from './editQuiz';
import type { StoredEdit } from './quizEditStore';
import type { StoredQuiz } from './storedQuiz';

export type ImportFormat = 'GIFT' | 'MOODLE_XML';

export interface ImportRequest {
  readonly format: ImportFormat;
  readonly content: string;
  readonly position: number | null;
}

export function readImport(format: ImportFormat, content: string): ImportReport {
  if (content.trim() === '') throw new BadInputError('the file is empty', ['input', 'content']);
  const report = format === 'GIFT' ? importGift(content) : importMoodleXml(content);
  if (report.questions.length === 0) {
    const why = report.skipped.slice(0, 5).map((s) => `question ${s.number}${s.title ? ` (${s.title})` : ''}: ${s.reason}`);
    throw new BadInputError(`nothing in the file could be imported${why.length ? `: ${why.join('; ')}` : ': it holds no question'}`, ['input', 'content']);
  }
  return report;
}

export async function importIntoQuiz(ds: DataSource, quiz: StoredQuiz, request: ImportRequest, sources: EditSources = {}): Promise<{ stored: StoredEdit; report: ImportReport }> {
  const report = readImport(request.format, request.content);
  const stored = await editQuiz(ds, quiz, { type: 'ADD', questions: report.questions, position: request.position }, sources);
  return { stored, report };
}
