// Download links an educator can click: the API (which checked the key) signs the path with a
// server secret and an expiry, and the download route serves a path whose signature holds,
// without the Authorization header a browser link cannot carry. API keys never go into URLs.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const DOWNLOAD_LINK_SECONDS = 60 * 60;

function signature(path: string, expires: number, secret: string): string {
  return createHmac('sha256', secret).update(`${path}\n${expires}`).digest('base64url');
}

export function signPath(path: string, secret: string, nowSeconds: number, ttlSeconds = DOWNLOAD_LINK_SECONDS): string {
  const expires = nowSeconds + ttlSeconds;
  return `${path}?expires=${expires}&signature=${signature(path, expires, secret)}`;
}

export type LinkCheck = 'valid' | 'expired' | 'invalid';

export function checkSignedPath(path: string, expires: string, given: string, secret: string, nowSeconds: number): LinkCheck {
  if (!/^\d{1,12}$/.test(expires)) return 'invalid';
  const expected = Buffer.from(signature(path, Number(expires), secret));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return 'invalid';
  return Number(expires) < nowSeconds ? 'expired' : 'valid';
}
