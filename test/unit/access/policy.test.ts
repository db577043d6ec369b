import { bearerSecret, hashSecret } from '../../../src/access/apiKeys';
import { canChangeQuiz, canManageKeys, canReadQuiz, canWrite, quizListOwner } from '../../../src/access/policy';
import type { Viewer } from '../../../src/access/viewer';

const educator = (keyId: number): Viewer => ({ kind: 'key', keyId, name: `educator ${keyId}`, role: 'EDUCATOR' });
const admin: Viewer = { kind: 'key', keyId: 9, name: 'admin', role: 'ADMIN' };

test('an educator reads and changes only the quizzes its key made', () => {
  expect(canReadQuiz(educator(1), { ownerId: '1' })).toBe(true);
  expect(canChangeQuiz(educator(1), { ownerId: 1 })).toBe(true);
  expect(canReadQuiz(educator(2), { ownerId: '1' })).toBe(false);
  expect(canChangeQuiz(educator(2), { ownerId: '1' })).toBe(false);
});

test('a quiz made before keys existed belongs to no educator', () => {
  expect(canReadQuiz(educator(1), { ownerId: null })).toBe(false);
  expect(canReadQuiz(admin, { ownerId: null })).toBe(true);
});

test('an admin reads every quiz and manages keys, but changes only its own quizzes', () => {
  expect(canReadQuiz(admin, { ownerId: '1' })).toBe(true);
  expect(canChangeQuiz(admin, { ownerId: '1' })).toBe(false);
  expect(canManageKeys(admin)).toBe(true);
  expect(canManageKeys(educator(1))).toBe(false);
  expect(quizListOwner(admin)).toBeNull();
  expect(quizListOwner(educator(3))).toBe(3);
});

test('the Authorization header: absent, Bearer, or malformed', () => {
  expect(bearerSecret(undefined)).toBeNull();
  expect(bearerSecret('  ')).toBeNull();
  expect(bearerSecret('Bearer nq_abc')).toBe('nq_abc');
  expect(bearerSecret('bearer   nq_abc ')).toBe('nq_abc');
  expect(bearerSecret('Basic dXNlcjpwdw==')).toEqual({ malformed: true });
});

test('a secret is stored as its sha256 in hex', () => {
  expect(hashSecret('nq_x')).toMatch(/^[0-9a-f]{64}$/);
  expect(hashSecret('nq_x')).not.toBe(hashSecret('nq_y'));
});

test('any live key may write, admins included; an unknown role may not', () => {
  expect(canWrite(educator(1))).toBe(true);
  expect(canWrite(admin)).toBe(true);
  expect(canWrite({ ...admin, role: 'GUEST' as never })).toBe(false);
});

test('an owner is matched by number, whatever the store gives back', () => {
  expect(canReadQuiz(educator(12), { ownerId: '12' })).toBe(true);
  expect(canReadQuiz(educator(12), { ownerId: '1' })).toBe(false);
  expect(canChangeQuiz(admin, { ownerId: 9 })).toBe(true);
  expect(canChangeQuiz(admin, { ownerId: null })).toBe(false);
  expect(canChangeQuiz({ ...admin, keyId: 0 }, { ownerId: null })).toBe(false);
});
