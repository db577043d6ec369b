// The quiz-editing use case: the quiz's facts gathered (the rules check edits against them), a
// bank question looked up for a replacement, then the edit stored (quizEditStore.ts).
import type { DataSource } from 'typeorm';
import type { EventFacts } from '../domain/facts';
import { BadInputError } from '../errors';
import { loadEventFacts } from '../events/loadEventFacts';
import { questionBank } from '../quiz';
import type { QuizEdit } from '../workspace/quizEdit';
import { bankQuestionsOf } from './bankQuestions';
import { storeQuizEdit, type StoredEdit } from './quizEditStore';
import type { StoredQuiz } from './storedQuiz';

/** A QuizEdit as a client asks for it: a replacement named by its bank id. */
export type EditRequest =
  | Exclude<QuizEdit, { type: 'REPLACE' }>
  | { readonly type: 'REPLACE'; readonly questionId: string; readonly bankQuestionId: string };

export interface EditSources {
  readonly eventFacts?: (eventId: number) => Promise<EventFacts>;
  readonly now?: Date;
}

export async function editQuiz(ds: DataSource, quiz: StoredQuiz, request: EditRequest, sources: EditSources = {}): Promise<StoredEdit> {
  const facts = await (sources.eventFacts ?? ((id) => loadEventFacts(ds, id)))(Number(quiz.eventId));
  let edit: QuizEdit;
  if (request.type === 'REPLACE') {
    // The event's bank as its owner sees it: generated questions and the owner's own.
    const own = quiz.ownerId === null ? [] : await bankQuestionsOf(ds, Number(quiz.eventId), Number(quiz.ownerId));
    const replacement = [...questionBank(facts), ...own].find((q) => q.id === request.bankQuestionId);
    if (!replacement) throw new BadInputError(`no question of this quiz's event bank has id ${request.bankQuestionId}`, ['input', 'bankQuestionId']);
    edit = { type: 'REPLACE', questionId: request.questionId, replacement };
  } else {
    edit = request;
  }
  return storeQuizEdit(ds, Number(quiz.id), facts, edit, sources.now);
}

