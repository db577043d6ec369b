// A teacher's own questions in an event's bank, in the store. Each key sees only its own: events
// are shared, a teacher's questions are not.
import { In, type DataSource } from 'typeorm';
import { BankQuestionRecord } from '../db/entities';
import type { Question } from '../domain/question';

/** Stores the questions the key does not already have for this event; returns those it stored. */
export async function saveBankQuestions(ds: DataSource, eventId: number, ownerId: number, questions: readonly Question[], now: Date = new Date()): Promise<{ added: Question[]; alreadyThere: string[] }> {
  return ds.transaction(async (em) => {
    const ids = questions.map((q) => q.id);
    const existing = new Set((await em.find(BankQuestionRecord, { where: { eventId, ownerId, questionId: In(ids) }, select: { questionId: true } })).map((r) => r.questionId));
    const added = questions.filter((q) => !existing.has(q.id));
    if (added.length) await em.insert(BankQuestionRecord, added.map((question) => ({ eventId, ownerId, questionId: question.id, question, createdAt: now.toISOString() })));
    return { added, alreadyThere: ids.filter((id) => existing.has(id)) };
  });
}

/** The key's own questions for the event, oldest first. */
export async function bankQuestionsOf(ds: DataSource, eventId: number, ownerId: number): Promise<Question[]> {
  const rows = await ds.manager.find(BankQuestionRecord, { where: { eventId, ownerId }, order: { id: 'ASC' } });
  return rows.map((r) => r.question);
}
