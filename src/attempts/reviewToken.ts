// Review tokens: the one credential a student holds for their own attempt. 24 random bytes (192
// bits) cannot be guessed or enumerated, unlike attempt ids, which are sequential. The prefix
// `nqr_` makes a leaked token recognisable (secret scanners, logs) and tells it from an API key
// (`nq_`). Only the sha256 is stored, so a copy of the database opens no attempt.
import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'nqr_';
/** 24 bytes in base64url are 32 characters. */
const TOKEN_SHAPE = /^nqr_[A-Za-z0-9_-]{32}$/;

export function newReviewToken(): string {
  return PREFIX + randomBytes(24).toString('base64url');
}

export function hashReviewToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The hash to look a typed token up by, or null when it cannot be a token at all, so the store is
 * never asked about junk. Surrounding spaces are dropped: a link copied by hand picks them up.
 */
export function reviewHashOf(typed: string): string | null {
  const token = typed.trim();
  return TOKEN_SHAPE.test(token) ? hashReviewToken(token) : null;
}
