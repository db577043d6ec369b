// The quiz-taking pages and the educator's results page, plus the assets they load. The pages are
// static shells and hold no data, so they are public: the results page asks the educator for an
// API key and sends it with each API call, where the access checks are.
import { Router } from 'express';
import { normalizeShareCode } from '../attempts/shareCode';
import { clientScript, isClientModule } from './clientScripts';
import { pageHeaders } from './pageHeaders';
import { codeFormPage, playPage, resultsPage, reviewPage, STYLE } from './pages';

export function playRouter(): Router {
  const router = Router();
  router.use(['/play', '/quizzes/:id/results', '/assets/web'], pageHeaders);
  router.get('/play', (req, res) => {
    const typed = typeof req.query.code === 'string' ? req.query.code : null;
    if (typed === null) return void res.type('html').send(codeFormPage(null));
    const code = normalizeShareCode(typed);
    // Without script the form still works: a GET to /play?code=… lands here and redirects.
    if (code) return void res.redirect(303, `/play/${code}`);
    res.status(400).type('html').send(codeFormPage('That is not a quiz code: it has 8 letters and digits.', typed.slice(0, 40)));
  });

  // Before /play/:code, which would take "review" for a mistyped code. The token is in the URL's
  // fragment, never sent here, so this path and the request log carry none.
  router.get('/play/review', (_req, res) => {
    res.type('html').send(reviewPage());
  });

  router.get('/play/:code', (req, res) => {
    const code = normalizeShareCode(req.params.code);
    if (code && code !== req.params.code) return void res.redirect(301, `/play/${code}`);
    res.type('html').send(playPage(code ?? req.params.code.slice(0, 40)));
  });

  router.get('/quizzes/:id/results', (req, res) => {
    res.type('html').send(resultsPage(req.params.id.slice(0, 100)));
  });

  router.get('/assets/web/style.css', (_req, res) => {
    res.type('css').set('cache-control', 'no-cache').send(STYLE);
  });

  router.get('/assets/web/:name.js', async (req, res, next) => {
    const name = req.params.name;
    if (!isClientModule(name)) return void res.status(404).type('text/plain').send('Not found');
    try {
      res.type('text/javascript').set('cache-control', 'no-cache').send(await clientScript(name));
    } catch (error) {
      next(error);
    }
  });

  return router;
}
