import { createHash } from 'node:crypto';

/**
 * Two copies of an article that differ only in line endings, Unicode composition or runs of
 * whitespace are the same article: this is the key that keeps it from being stored twice.
 */
export function contentHash(body: string): string {
  const normalised = body.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex');
}
