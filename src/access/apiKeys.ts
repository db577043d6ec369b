// API keys in the store. The secret is 32 random bytes, base64url, prefixed `nq_` so a leaked key
// is recognisable (secret scanners, logs); only its sha256 is kept, so a copy of the database
// grants nothing, and the secret is shown once, when the key is made.
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ApiKeyRecord } from '../db/entities';
import { BadInputError, NotFoundError } from '../errors';
import { ROLES, type Role, type Viewer, type ViewerState } from './viewer';

const PREFIX = 'nq_';
/** 32 bytes in base64url are 43 characters. */
const SECRET_SHAPE = /^nq_[A-Za-z0-9_-]{43}$/;

export interface ApiKeyInfo {
  readonly id: number;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function parseRole(text: string): Role {
  const role = text.toUpperCase();
  const known = ROLES.find((r) => r === role);
  if (!known) throw new BadInputError(`role must be one of ${ROLES.join(', ').toLowerCase()}; got "${text}"`);
  return known;
}

const infoOf = (r: ApiKeyRecord): ApiKeyInfo => ({ id: r.id, name: r.name, role: r.role, createdAt: r.createdAt, revokedAt: r.revokedAt });

/** Makes a key; the returned secret exists nowhere else, so show it now or lose it. */
export async function createApiKey(ds: DataSource, input: { role: Role; name: string }, now: Date = new Date()): Promise<{ key: ApiKeyInfo; secret: string }> {
  const name = input.name.trim();
  if (!name || name.length > 100) throw new BadInputError('a key needs a name of 1 to 100 characters');
  const secret = PREFIX + randomBytes(32).toString('base64url');
  const record = { name, role: input.role, keyHash: hashSecret(secret), createdAt: now.toISOString(), revokedAt: null };
  const inserted = await ds.manager.insert(ApiKeyRecord, record);
  return { key: infoOf({ ...record, id: Number(inserted.identifiers[0]!.id) }), secret };
}

export async function listApiKeys(ds: DataSource): Promise<ApiKeyInfo[]> {
  return (await ds.manager.find(ApiKeyRecord, { order: { id: 'ASC' } })).map(infoOf);
}

/** Revoking is permanent and idempotent: the first revocation time is kept. */
export async function revokeApiKey(ds: DataSource, id: number, now: Date = new Date()): Promise<ApiKeyInfo> {
  const record = await ds.manager.findOneBy(ApiKeyRecord, { id });
  if (!record) throw new NotFoundError(`no API key with id ${id}`);
  if (record.revokedAt === null) {
    record.revokedAt = now.toISOString();
    await ds.manager.update(ApiKeyRecord, { id }, { revokedAt: record.revokedAt });
  }
  return infoOf(record);
}

/** The Authorization header's key, or null when the header is absent (empty counts as absent). */
export function bearerSecret(header: string | undefined): string | null | { malformed: true } {
  if (header === undefined || header.trim() === '') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : { malformed: true };
}

/**
 * Who the header says the request is. The key is found by the sha256 of the secret through a
 * unique index, not by comparing secrets: what is compared is a hash of an unguessable value,
 * and timing reveals at most how a hash compares with stored hashes, which does not help anyone
 * forge a secret whose hash matches. So no constant-time comparison is needed.
 */
export async function viewerOf(ds: DataSource, header: string | undefined): Promise<ViewerState> {
  const secret = bearerSecret(header);
  if (secret === null) return { kind: 'anonymous' };
  const invalid = { kind: 'invalid', reason: 'This API key is unknown or revoked: send Authorization: Bearer <key> with a live key' } as const;
  if (typeof secret !== 'string') return { kind: 'invalid', reason: 'The Authorization header must be "Bearer <key>"' };
  // A malformed secret cannot name a key; skip the query.
  if (!SECRET_SHAPE.test(secret)) return invalid;
  const record = await ds.manager.findOneBy(ApiKeyRecord, { keyHash: hashSecret(secret) });
  if (!record || record.revokedAt !== null) return invalid;
  const viewer: Viewer = { kind: 'key', keyId: record.id, name: record.name, role: record.role };
  return viewer;
}

/** The live key with this id, as a viewer; null when there is none or it was revoked. */
export async function viewerOfKeyId(ds: DataSource, id: number): Promise<Viewer | null> {
  const record = await ds.manager.findOneBy(ApiKeyRecord, { id });
  return record && record.revokedAt === null ? { kind: 'key', keyId: record.id, name: record.name, role: record.role } : null;
}
