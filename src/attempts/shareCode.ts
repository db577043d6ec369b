// Share codes: what a teacher writes on the board and a student types on a phone.
import { randomInt } from 'node:crypto';

/**
 * No 0/O, 1/I/L: the pairs people misread or mistype. 31 symbols, 8 of them: 31^8 ≈ 8.5e11 ≈ 2^39.6,
 * so even a million live codes leave a guess a one-in-850,000 chance; codes cannot be enumerated.
 */
export const SHARE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const SHARE_CODE_LENGTH = 8;

/** crypto.randomInt, not Math.random: a guessable code would let anyone read or flood a quiz. */
export function newShareCode(random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < SHARE_CODE_LENGTH; i++) code += SHARE_CODE_ALPHABET[random(SHARE_CODE_ALPHABET.length)];
  return code;
}

/**
 * A code as typed, made canonical: case, spaces and dashes ignored ("abcd-efgh"). Null when it
 * cannot be a code at all, so the store is never asked about junk.
 */
export function normalizeShareCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== SHARE_CODE_LENGTH) return null;
  for (const c of code) if (!SHARE_CODE_ALPHABET.includes(c)) return null;
  return code;
}
