// Probes for an orchestrator: /healthz says the process answers (restart it if not); /readyz says
// the database answers too (send it traffic only then).
import { Router } from 'express';
import type { DataSource } from 'typeorm';

/**
 * Not rate-limited: an orchestrator probes every instance from a few addresses, often many nodes
 * behind one, and a throttled probe looks like a dead instance, which then gets restarted.
 */
export const PROBE_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz']);

export function healthRoutes(dataSource: DataSource, isStopping: () => boolean): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    // A draining instance should get no new traffic even though its database still answers.
    if (isStopping()) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  return router;
}
