// GET /quizzes/:id/export/:format — the same files as Quiz.export, as links an educator clicks.
// A link signed by Quiz.export stands for the key it was made with; otherwise the Authorization
// header's key. Either way the same rules as Quiz.export: 401 without a live key, 403 for another
// educator's quiz.
import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { viewerOf, viewerOfKeyId } from '../access/apiKeys';
import { canReadQuiz } from '../access/policy';
import { NEEDS_KEY, type ViewerState } from '../access/viewer';
import { EXPORT_FORMATS } from '../export';
import { BadInputError } from '../errors';
import { idOf } from '../graphql/common/globalId';
import { exportStoredQuiz, formatSlug } from '../quizzes/exportStoredQuiz';
import { quizzesById } from '../quizzes/quizStore';
import { checkSignedPath } from './signedLinks';

export function exportRouter(dataSource: DataSource, linkSecret: string): Router {
  const router = Router();
  router.get('/quizzes/:id/export/:format', async (req, res, next) => {
    // An export may be an answer key: no browser or proxy cache keeps a copy, and no answer here
    // (a refusal included) is reused for the next person at this machine.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
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
      const { key, expires, signature } = req.query;
      let viewer: ViewerState;
      if (typeof key === 'string' && typeof expires === 'string' && typeof signature === 'string') {
        const check = checkSignedPath(req.path, { key, expires, signature }, linkSecret, Math.floor(Date.now() / 1000));
        if (check.result !== 'valid') {
          return void res.status(403).type('text/plain').send(check.result === 'expired' ? 'This download link has expired: export the quiz again for a new one.' : 'This download link is not valid.');
        }
        viewer = (await viewerOfKeyId(dataSource, check.keyId)) ?? { kind: 'invalid', reason: 'The key this link was made with has been revoked.' };
      } else {
        viewer = await viewerOf(dataSource, req.headers.authorization);
      }
      if (viewer.kind !== 'key') {
        const reason = viewer.kind === 'invalid' ? viewer.reason : NEEDS_KEY;
        return void res.status(401).setHeader('WWW-Authenticate', 'Bearer').type('text/plain').send(reason);
      }
      const [quiz] = await quizzesById(dataSource, [quizId]);
      if (!quiz) return void res.status(404).type('text/plain').send('No quiz with this id.');
      if (!canReadQuiz(viewer, quiz)) return void res.status(403).type('text/plain').send("This quiz belongs to another educator's key.");
      const file = await exportStoredQuiz(dataSource, quiz, format);
      // attachment() sets Content-Type from the file's extension, which knows neither .imscc nor
      // that a .blackboard.txt is tab-separated: the writer's media type is set after it, and wins.
      res
        .status(200)
        .attachment(file.filename)
        .type(file.mediaType)
        .setHeader('X-Export-Warnings', String(file.warnings.length))
        .send(file.content);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
