// Headers for the HTML pages and the assets they load. The pages are shells that load one module
// script and one stylesheet from this server and call /graphql here, so the policy allows exactly
// that: no inline script or style, nothing from elsewhere. If a student's name or an article's
// text ever slipped through escaping, it could not run script or send the page's data away.
import type { NextFunction, Request, Response } from 'express';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  // No other site may frame the pages (a click-jacked "submit answers", a results table shown inside another page).
  "frame-ancestors 'none'",
].join('; ');

export function pageHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Their paths name a quiz or a share code: no request a page makes carries them to anyone.
  res.setHeader('Referrer-Policy', 'no-referrer');
  next();
}
