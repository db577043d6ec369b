// Errors raised before GraphQL runs (malformed JSON, a body over the limit, a wrong charset) come
// from body-parser through Express. Express's own handler answers those with an HTML page that,
// outside production, carries the stack trace; this answers with a GraphQL-shaped JSON error and
// the status body-parser chose, and never echoes internals.
import type { NextFunction, Request, Response } from 'express';

interface HttpError {
  status?: number;
  statusCode?: number;
  expose?: boolean;
  type?: string;
}

const CODES: Record<number, string> = { 400: 'BAD_REQUEST', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' };

export function jsonErrors(log: ((entry: Record<string, unknown>) => void) | null) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const e = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
    const status = e.status ?? e.statusCode ?? 500;
    const clientError = status >= 400 && status < 500;
    if (!clientError) log?.({ level: 'error', time: new Date().toISOString(), msg: 'unhandled error', requestId: res.locals.requestId, error: String(error) });
    const message = clientError
      ? e.type === 'entity.parse.failed' ? 'Request body is not valid JSON.' : e.type === 'entity.too.large' ? 'Request body is too large.' : 'Bad request.'
      : 'Internal server error';
    res.status(clientError ? status : 500).json({ errors: [{ message, extensions: { code: CODES[status] ?? (clientError ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR') } }] });
  };
}
