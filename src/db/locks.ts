// Transaction-scoped locks on names, for writes that check then insert ("is this article or this
// entity already stored?"). On PostgreSQL, concurrent transactions would both miss each other's
// rows; an advisory lock per name, held until commit, makes the second wait and then see the
// first's rows. SQLite needs none: it lets one write transaction run at a time.
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** A 63-bit lock key per name, so distinct names practically never share a lock. */
function lockKey(name: string): string {
  return BigInt.asIntN(64, BigInt(`0x${createHash('sha256').update(name).digest('hex').slice(0, 16)}`)).toString();
}

export async function lockNames(em: EntityManager, names: Iterable<string>): Promise<void> {
  if (em.connection.options.type !== 'postgres') return;
  // One order for every transaction, so two never wait on each other in a cycle.
  const keys = [...new Set([...names].map(lockKey))].sort();
  for (const key of keys) await em.query('SELECT pg_advisory_xact_lock($1::bigint)', [key]);
}
