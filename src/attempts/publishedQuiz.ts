// A quiz as a student opens it by code: the live share and the student view of its questions.
import type { DataSource } from 'typeorm';
import type { QuizShareRecord } from '../db/entities';
import { NotFoundError } from '../errors';
import { citedArticleIds } from '../export/text/sourceNames';
import { quizzesById } from '../quizzes/quizStore';
import type { StoredQuiz } from '../quizzes/storedQuiz';
import { normalizeShareCode } from './shareCode';
import { liveShareByCode } from './shareStore';
import { studentQuestion, type StudentQuestion } from './studentView';

export interface PublishedQuiz {
  readonly code: string;
  readonly title: string;
  readonly questions: readonly StudentQuestion[];
  /** The articles the questions cite, in first-citation order: what the student reads (the passages). */
  readonly articleIds: readonly string[];
}

export interface LiveQuiz {
  readonly share: QuizShareRecord;
  readonly quiz: StoredQuiz;
}

/** The quiz behind a live code; NOT_FOUND for unknown and unpublished codes alike, so neither leaks. */
export async function liveQuizByCode(ds: DataSource, typed: string): Promise<LiveQuiz> {
  const code = normalizeShareCode(typed);
  const share = code ? await liveShareByCode(ds, code) : null;
  const [quiz] = share ? await quizzesById(ds, [share.quizId]) : [null];
  if (!share || !quiz) throw new NotFoundError('no published quiz has this code; check it with your teacher');
  return { share, quiz };
}

export function publishedView({ share, quiz }: LiveQuiz): PublishedQuiz {
  return { code: share.code, title: quiz.title, questions: quiz.questions.map(studentQuestion), articleIds: citedArticleIds(quiz.questions) };
}
