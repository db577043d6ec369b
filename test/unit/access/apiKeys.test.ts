// Keys in a real (in-memory SQLite) store: what is stored, what a header resolves to, revocation.
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { bearerSecret, createApiKey, hashSecret, listApiKeys, parseRole, revokeApiKey, viewerOf, viewerOfKeyId } from '../../../src/access/apiKeys';
import { ApiKeyRecord } from '../../../src/db/entities';
import { openDataSource } from '../../../src/db/dataSource';

let ds: DataSource;
beforeAll(async () => {
  ds = await openDataSource({ kind: 'sqlite', path: ':memory:' });
});
afterAll(async () => {
  if (ds?.isInitialized) await ds.destroy();
});

const at = new Date('2025-03-01T10:00:00.000Z');

test('a new key: an nq_ secret of 43 base64url characters, stored only as its sha256', async () => {
  const { key, secret } = await createApiKey(ds, { role: 'EDUCATOR', name: '  Ms Rivera  ' }, at);
  expect(secret).toMatch(/^nq_[A-Za-z0-9_-]{43}$/);
  expect(key).toEqual({ id: expect.any(Number), name: 'Ms Rivera', role: 'EDUCATOR', createdAt: '2025-03-01T10:00:00.000Z', revokedAt: null });
  const stored = await ds.manager.findOneByOrFail(ApiKeyRecord, { id: key.id });
  expect(stored.keyHash).toBe(createHash('sha256').update(secret).digest('hex'));
  expect(JSON.stringify(stored)).not.toContain(secret.slice(3));
});

test('a key needs a name of 1 to 100 characters', async () => {
  await expect(createApiKey(ds, { role: 'ADMIN', name: '   ' })).rejects.toThrow('a key needs a name of 1 to 100 characters');
  await expect(createApiKey(ds, { role: 'ADMIN', name: 'x'.repeat(101) })).rejects.toThrow('1 to 100');
  await expect(createApiKey(ds, { role: 'ADMIN', name: 'x'.repeat(100) })).resolves.toMatchObject({ key: { role: 'ADMIN' } });
});

test('a header resolves to the key’s viewer; unknown, revoked and malformed keys are invalid', async () => {
  const { key, secret } = await createApiKey(ds, { role: 'ADMIN', name: 'head office' }, at);
  expect(await viewerOf(ds, `Bearer ${secret}`)).toEqual({ kind: 'key', keyId: key.id, name: 'head office', role: 'ADMIN' });
  expect(await viewerOfKeyId(ds, key.id)).toEqual({ kind: 'key', keyId: key.id, name: 'head office', role: 'ADMIN' });
  expect(await viewerOf(ds, undefined)).toEqual({ kind: 'anonymous' });
  expect(await viewerOf(ds, '')).toEqual({ kind: 'anonymous' });

  const unknown = { kind: 'invalid', reason: 'This API key is unknown or revoked: send Authorization: Bearer <key> with a live key' };
  expect(await viewerOf(ds, `Bearer nq_${'A'.repeat(43)}`)).toEqual(unknown);
  expect(await viewerOf(ds, `Bearer ${secret}x`)).toEqual(unknown);
  expect(await viewerOf(ds, `Bearer x${secret}`)).toEqual(unknown);
  expect(await viewerOf(ds, `Token ${secret}`)).toEqual({ kind: 'invalid', reason: 'The Authorization header must be "Bearer <key>"' });

  const revoked = await revokeApiKey(ds, key.id, new Date('2025-03-02T00:00:00.000Z'));
  expect(revoked.revokedAt).toBe('2025-03-02T00:00:00.000Z');
  expect(await viewerOf(ds, `Bearer ${secret}`)).toEqual(unknown);
  expect(await viewerOfKeyId(ds, key.id)).toBeNull();
  expect(await viewerOfKeyId(ds, 999_999)).toBeNull();
});

test('revoking twice keeps the first revocation time; an unknown id is not found', async () => {
  const { key } = await createApiKey(ds, { role: 'EDUCATOR', name: 'twice' }, at);
  await revokeApiKey(ds, key.id, new Date('2025-04-01T00:00:00.000Z'));
  const again = await revokeApiKey(ds, key.id, new Date('2025-05-01T00:00:00.000Z'));
  expect(again.revokedAt).toBe('2025-04-01T00:00:00.000Z');
  expect((await ds.manager.findOneByOrFail(ApiKeyRecord, { id: key.id })).revokedAt).toBe('2025-04-01T00:00:00.000Z');
  await expect(revokeApiKey(ds, 999_999)).rejects.toThrow('no API key with id 999999');
});

test('keys are listed in the order they were made', async () => {
  const listed = await listApiKeys(ds);
  const ids = listed.map((k) => k.id);
  expect(ids).toEqual([...ids].sort((a, b) => a - b));
  expect(listed.map((k) => k.name)).toEqual(expect.arrayContaining(['Ms Rivera', 'head office', 'twice']));
  expect(listed[0]).toEqual({ id: ids[0], name: 'Ms Rivera', role: 'EDUCATOR', createdAt: '2025-03-01T10:00:00.000Z', revokedAt: null });
});

test('roles are read case-insensitively; anything else is refused with the choices', () => {
  expect(parseRole('educator')).toBe('EDUCATOR');
  expect(parseRole('Admin')).toBe('ADMIN');
  expect(() => parseRole('owner')).toThrow('role must be one of educator, admin; got "owner"');
});

test('the Authorization header: the token after Bearer, nothing else', () => {
  expect(bearerSecret('Bearer a b')).toEqual({ malformed: true });
  expect(bearerSecret('xBearer abc')).toEqual({ malformed: true });
  expect(bearerSecret('Bearer abc\t')).toBe('abc');
  expect(bearerSecret('Bearer')).toEqual({ malformed: true });
  expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});
