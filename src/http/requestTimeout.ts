// A request that has not been answered in time gets a 503 with Retry-After instead of hanging the
// client; the work behind it cannot be cancelled, but the connection is released.
import type { NextFunction, Request, Response } from 'express';

export function requestTimeout(ms: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (ms <= 0) return next();
    const timer = setTimeout(() => {
      // A body still arriving after the same time is Node's to answer: its requestTimeout sends 408
      // and closes the connection (serverTimeouts.ts), where a 503 here would leave it open.
      if (res.headersSent || !req.complete) return;
      res.setHeader('Retry-After', '1');
      res.status(503).json({ errors: [{ message: `Request took longer than ${ms} ms.`, extensions: { code: 'TIMEOUT' } }] });
    }, ms);
    res.once('close', () => clearTimeout(timer));
    next();
  };
}
