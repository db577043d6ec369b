import { exportQuiz, type ExportedFile, type ExportFormat } from '../export';
import type { StoredQuiz } from './storedQuiz';

export function exportStoredQuiz(quiz: StoredQuiz, format: ExportFormat): Promise<ExportedFile> {
  return exportQuiz({ id: quiz.id, title: quiz.title, questions: quiz.questions }, format);
}

/** The download route's path segment for a format: /quizzes/:id/export/moodle-xml. */
export const formatSlug = (format: ExportFormat): string => format.toLowerCase().replace(/_/g, '-');
