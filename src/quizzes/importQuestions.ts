// Importing a teacher's GIFT or Moodle XML file into a quiz: the file read by the pure importers
// (src/workspace/import), the questions it gave added through the same stored edit as any other
// (rules run, a new version once students have answered), and everything left out listed.
import type { DataSource } from 'typeorm';
import { EventRecord } from '../db/entities';
import type { Question } from '../domain/question';
import { BadInputError, NotFoundError } from '../errors';
import { loadEventFacts } from '../events/loadEventFacts';
import { checkQuiz, type Violation } from '../quiz';
import { saveBankQuestions } from './bankQuestions';
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

/** More than a bank should take in one file; a quiz takes at most 100 questions anyway. */
export const MAX_BANK_IMPORT = 500;

/** Into the key's own part of an event's bank; questions it already has there are listed, not stored again. */
export interface BankImport {
  readonly added: Question[];
  readonly alreadyThere: string[];
  readonly report: ImportReport;
  /** The question rules (a bank's scope) over the questions added. */
  readonly warnings: Violation[];
}

export async function importIntoBank(ds: DataSource, eventId: number, ownerId: number, request: Omit<ImportRequest, 'position'>, sources: EditSources = {}): Promise<BankImport> {
  const report = readImport(request.format, request.content);
  if (report.questions.length > MAX_BANK_IMPORT) throw new BadInputError(`the file holds ${report.questions.length} questions; import at most ${MAX_BANK_IMPORT} at once`, ['input', 'content']);
  if (!(await eventExists(ds, eventId))) throw new NotFoundError(`no event with id ${eventId}`);
  const facts = await (sources.eventFacts ?? ((id) => loadEventFacts(ds, id)))(eventId);
  const saved = await saveBankQuestions(ds, eventId, ownerId, report.questions, sources.now);
  return { ...saved, report, warnings: checkQuiz(saved.added, facts, { scope: 'BANK' }) };
}

export async function importIntoQuiz(ds: DataSource, quiz: StoredQuiz, request: ImportRequest, sources: EditSources = {}): Promise<{ stored: StoredEdit; report: ImportReport }> {
  const report = readImport(request.format, request.content);
  const stored = await editQuiz(ds, quiz, { type: 'ADD', questions: report.questions, position: request.position }, sources);
  return { stored, report };
}

async function eventExists(ds: DataSource, eventId: number): Promise<boolean> {
  return (await ds.manager.countBy(EventRecord, { id: eventId })) > 0;
}
