// The generateQuiz use case: gather the facts, run the pure engine, store the result.
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { EventFacts } from '../domain/facts';
import type { DifficultyLevel, QuestionKind } from '../domain/question';
import { BadInputError } from '../errors';
import { eventIdsByArticle } from '../events/batches';
import { loadEventFacts } from '../events/loadEventFacts';
import { generateQuiz as generateQuestions, QuizInputError } from '../quiz';
import { factsOfArticles } from './factsOfArticles';
import { saveQuiz } from './quizStore';
import type { StoredQuiz } from './storedQuiz';

export interface QuizRequest {
  readonly eventId: number | null;
  readonly articleIds: readonly number[] | null;
  readonly count: number;
  readonly kinds: readonly QuestionKind[] | null;
  readonly difficulty: DifficultyLevel | null;
  readonly seed: string | null;
  readonly title: string | null;
  readonly questionIds: readonly string[] | null;
  readonly ownerId: number | null;
}

/** The event the request is about: given directly, or the one event its articles report. */
async function eventOf(ds: DataSource, request: QuizRequest): Promise<number> {
  if (!request.articleIds?.length) {
    if (request.eventId === null) throw new BadInputError('give eventId or articleIds');
    return request.eventId;
  }
  const eventsPerArticle = await eventIdsByArticle(ds, request.articleIds);
  const missing = request.articleIds.filter((_, i) => eventsPerArticle[i]!.length === 0);
  if (missing.length) throw new BadInputError(`${missing.length} of the articleIds name no stored article`);
  const events = new Set(eventsPerArticle.flat());
  if (request.eventId !== null && !eventsPerArticle.every((e) => e.includes(request.eventId!))) {
    throw new BadInputError('articleIds must be articles of the event given as eventId');
  }
  if (request.eventId === null && events.size > 1) {
    throw new BadInputError('articleIds belong to different events; a quiz covers one event');
  }
  return request.eventId ?? [...events][0]!;
}

export interface QuizSources {
  /** An event's facts; the API passes its cache, which the engine's question bank is kept with. */
  readonly eventFacts?: (eventId: number) => Promise<EventFacts>;
  readonly now?: Date;
  /** Builds the facts' question bank where it should run (a worker pool) before the quiz is picked. */
  readonly readyBank?: (facts: EventFacts) => Promise<void>;
}

export async function generateAndStoreQuiz(ds: DataSource, request: QuizRequest, sources: QuizSources = {}): Promise<StoredQuiz> {
  const eventId = await eventOf(ds, request);
  let facts = await (sources.eventFacts ?? ((id) => loadEventFacts(ds, id)))(eventId);
  if (request.articleIds?.length) facts = factsOfArticles(facts, new Set(request.articleIds.map(String)));
  await sources.readyBank?.(facts);
  // No seed asked for: pick one and store it, so the quiz can be made again identically.
  const seed = request.seed ?? randomBytes(6).toString('hex');
  let generated;
  try {
    generated = generateQuestions(facts, {
      count: request.count,
      seed,
      ...(request.kinds ? { kinds: request.kinds } : {}),
      ...(request.difficulty ? { difficulty: request.difficulty } : {}),
      ...(request.questionIds ? { questionIds: request.questionIds } : {}),
    });
  } catch (error) {
    if (error instanceof QuizInputError) throw new BadInputError(error.message);
    throw error;
  }
  if (generated.questions.length === 0) {
    throw new BadInputError(`no question can be made from this event with these options: ${generated.warnings.join(' ')}`);
  }
  return saveQuiz(ds, {
    eventId: String(eventId),
    ownerId: request.ownerId === null ? null : String(request.ownerId),
    title: request.title?.trim() || `Quiz: ${facts.event.title}`,
    seed,
    requestedCount: request.count,
    kinds: request.kinds ?? [],
    difficulty: request.difficulty,
    warnings: generated.warnings,
    createdAt: (sources.now ?? new Date()).toISOString(),
    questions: generated.questions,
  });
}
