// The ingestArticle use case: check the text and extract its facts (pure; in a worker thread when
// the server passes one), store them in one transaction. Bad input is refused before anything is written.
import type { DataSource } from 'typeorm';
import { validateFacts } from '../domain/validateFacts';
import { BadInputError } from '../errors';
import { saveArticleFacts, type SavedArticle } from '../events/saveArticleFacts';
import { read, type ExtractInput, type Reading } from '../offload/tasks';

export interface ArticleSubmission {
  readonly title: string | null;
  readonly body: string;
  readonly url: string | null;
  readonly outlet: string | null;
  /** YYYY-MM-DD; relative dates ("Thursday", "last month") resolve against it. */
  readonly publishedAt: string | null;
  /** Add the article to this event instead of starting a new one. */
  readonly eventId: number | null;
}

const MAX_FIELD = 500;

function checkMetadata(s: ArticleSubmission): void {
  for (const [name, value] of [['title', s.title], ['url', s.url], ['outlet', s.outlet]] as const) {
    if (value !== null && value.length > MAX_FIELD) throw new BadInputError(`${name} is over ${MAX_FIELD} characters`);
  }
  if (s.url !== null && !/^https?:\/\/\S+$/i.test(s.url)) throw new BadInputError('url must be an http(s) address');
  if (s.publishedAt !== null) {
    const date = new Date(`${s.publishedAt}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s.publishedAt) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== s.publishedAt) {
      throw new BadInputError(`publishedAt must be a date written YYYY-MM-DD; got "${s.publishedAt.slice(0, 40)}"`);
    }
  }
}

/** Checks and reads a text into facts: on the calling thread by default, or in a worker (src/offload). */
export type ReadArticle = (input: ExtractInput) => Promise<Reading>;

export async function ingestArticle(dataSource: DataSource, submission: ArticleSubmission, readText: ReadArticle = async (input) => read(input)): Promise<SavedArticle> {
  checkMetadata(submission);
  const reading = await readText(submission);
  if (!reading.ok) throw new BadInputError(reading.reason);
  const { facts } = reading;
  // Extraction is ours, not the client's: facts that fail the store's invariants are a bug here.
  const problems = validateFacts(facts);
  if (problems.length > 0) throw new Error(`extraction produced invalid facts: ${problems.slice(0, 5).join('; ')}`);
  return saveArticleFacts(dataSource, facts, submission.eventId === null ? {} : { eventId: submission.eventId });
}
