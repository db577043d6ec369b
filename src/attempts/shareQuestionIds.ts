// The ids students see for a share's questions (issue 17 §2). A quiz's own question ids
// (`<quiz id>.<bank id>`) carry the bank id that generateQuiz(questionIds), Event.questionBank and
// the educator's views take, so handing them to students handed every educator key a way to the
// quiz's answers. A share instead names each question `sq_` + an HMAC of its bank id under a
// random key stored with the share: unguessable without the key, the same on every instance and
// after a restart (no server secret involved), derived rather than stored per question so edits
// (new quiz versions) need no bookkeeping, and new with every publish, so a republished quiz's ids
// say nothing about the old share's. Going back from a share id to a bank id needs the share's key
// and the questions it may name: only submitAttempt and reviews, which load both, ever do.
import { createHmac, randomBytes } from 'node:crypto';

const PREFIX = 'sq_';
/** 16 bytes of the HMAC (128 bits) in base64url: 22 characters. */
const SHAPE = /^sq_[A-Za-z0-9_-]{22}$/;

export function newShareQuestionKey(): string {
  return randomBytes(24).toString('base64url');
}

export function shareQuestionId(key: string, bankId: string): string {
  return PREFIX + createHmac('sha256', key).update(`share-question\n${bankId}`).digest().subarray(0, 16).toString('base64url');
}

/** Whether a question id is of the students' form (of any share). */
export function isShareQuestionId(ref: string): boolean {
  return SHAPE.test(ref);
}

/** Back from share ids to the bank ids of `bankIds`; a share id naming none of them stays as it is. */
export function bankIdsOfShare(key: string, bankIds: readonly string[]): (ref: string) => string {
  const byShareId = new Map(bankIds.map((id) => [shareQuestionId(key, id), id]));
  return (ref) => byShareId.get(ref) ?? ref;
}

/** The share's key; every share has one (see the ShareQuestionKeys migration), so none is a broken store. */
export function questionKeyOf(share: { readonly id: number; readonly questionKey: string | null }): string {
  if (!share.questionKey) throw new Error(`share ${share.id} has no question key`);
  return share.questionKey;
}
