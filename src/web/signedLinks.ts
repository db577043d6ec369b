// Download links an educator can click: the API, having checked the key, signs the path, the key's
// id and an expiry with a server secret. The download route serves a path whose signature holds
// without the Authorization header a browser link cannot carry, after checking that the key is
// still live and may still read the quiz: revoking a key kills its links. Secrets never go in URLs.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const DOWNLOAD_LINK_SECONDS = 60 * 60;

function signature(path: string, keyId: number, expires: number, secret: string): string {
  return createHmac('sha256', secret).update(`${path}\n${keyId}\n${expires}`).digest('base64url');
}

export function signPath(path: string, keyId: number, secret: string, nowSeconds: number, ttlSeconds = DOWNLOAD_LINK_SECONDS): string {
  const expires = nowSeconds + ttlSeconds;
  return `${path}?key=${keyId}&expires=${expires}&signature=${signature(path, keyId, expires, secret)}`;
}

export type LinkCheck = { readonly result: 'valid'; readonly keyId: number } | { readonly result: 'expired' | 'invalid' };

export interface SignedQuery {
  readonly key: string;
  readonly expires: string;
  readonly signature: string;
}

export function checkSignedPath(path: string, query: SignedQuery, secret: string, nowSeconds: number): LinkCheck {
  if (!/^\d{1,12}$/.test(query.expires) || !/^\d{1,15}$/.test(query.key)) return { result: 'invalid' };
  const keyId = Number(query.key);
  const expected = Buffer.from(signature(path, keyId, Number(query.expires), secret));
  const actual = Buffer.from(query.signature);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { result: 'invalid' };
  return Number(query.expires) < nowSeconds ? { result: 'expired' } : { result: 'valid', keyId };
}
