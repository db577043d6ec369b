// GET /quizzes/:id/export/:format — the same files as Quiz.export, as links an educator clicks.
import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { EXPORT_FORMATS } from '../export';
import { BadInputError } from '../errors';
import { idOf } from '../graphql/common/globalId';
import { exportStoredQuiz, formatSlug } from '../quizzes/exportStoredQuiz';
import { quizzesById } from '../quizzes/quizStore';

export function exportRouter(dataSource: DataSource): Router {
  const router = Router();
  router.get('/quizzes/:id/export/:format', async (req, res, next) => {
    try {
      const format = EXPORT_FORMATS.find((f) => formatSlug(f) === req.params.format.toLowerCase());
      if (!format) {
        res.status(400).type('text/plain').send(`Unknown format "${req.params.format}". Use one of: ${EXPORT_FORMATS.map(formatSlug).join(', ')}.`);
        return;
      }
      let quizId: number;
      try {
        quizId = idOf('Quiz', req.params.id);
      } catch (error) {
        if (error instanceof BadInputError) return void res.status(400).type('text/plain').send(error.message);
        throw error;
      }
      const [quiz] = await quizzesById(dataSource, [quizId]);
      if (!quiz) return void res.status(404).type('text/plain').send('No quiz with this id.');
      const file = await exportStoredQuiz(quiz, format);
      res
        .status(200)
        .type(file.mediaType)
        .attachment(file.filename)
        .setHeader('X-Export-Warnings', String(file.warnings.length))
        .send(file.content);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
